"""The timeline: logging interactions and reading them back, newest first."""
