"""Rapport: strategic networking turned into daily habits."""

__version__ = "0.1.0"
APP_NAME = "Rapport"
