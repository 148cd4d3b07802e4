"""The user's country, for phone numbers written without their +prefix."""

from __future__ import annotations

import os

import phonenumbers


def default_region() -> str | None:
    """The country phone numbers without +prefix belong to, from the locale the user set
    (fr_FR.UTF-8 → FR); None for C or POSIX, which name no country (Python would read
    them as en_US)."""
    for variable in ("LC_ALL", "LC_CTYPE", "LANG"):
        name = os.environ.get(variable, "")
        if name:
            region = name.split(".", 1)[0].partition("_")[2][:2].upper()
            return region if region.isalpha() and len(region) == 2 else None
    return None


def country_code() -> str:
    """The calling code of the user's country ("33" in France), "" when unknown."""
    region = default_region()
    code = phonenumbers.country_code_for_region(region) if region else 0
    return str(code) if code else ""
