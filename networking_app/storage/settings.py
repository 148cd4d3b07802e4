"""User settings kept in the database (they travel with the data and its backups)."""

from __future__ import annotations

import json
from typing import Any

from networking_app.domain.profile import Profile
from networking_app.domain.vocabulary import (
    DEFAULT_CADENCE_DAYS,
    Circle,
    Language,
    PersonalityMode,
)
from networking_app.storage.models import Setting, db

_PROFILE_KEYS = ("name", "pitch", "signature", "personality", "language")


def get_setting(key: str, default: Any = None) -> Any:
    # Plain SQL: read a dozen times per agenda, where a model query costs 0.2 ms each.
    found = db.execute_sql("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return default if found is None else json.loads(found[0])


def set_setting(key: str, value: Any) -> None:
    Setting.replace(key=key, value=json.dumps(value, ensure_ascii=False)).execute()


def load_profile() -> Profile:
    raw = {k: get_setting(f"profile.{k}", None) for k in _PROFILE_KEYS}
    personality = raw["personality"]
    language = raw["language"]
    return Profile(
        name=raw["name"] or "",
        pitch=raw["pitch"] or "",
        signature=raw["signature"] or "",
        personality=PersonalityMode(personality)
        if personality in PersonalityMode._value2member_map_
        else PersonalityMode.NONE,
        language=Language(language) if language in Language._value2member_map_ else Language.SYSTEM,
    )


def save_profile(profile: Profile) -> None:
    with db.atomic():
        for key in _PROFILE_KEYS:
            value = getattr(profile, key)
            set_setting(f"profile.{key}", str(value))


def cadence_days(circle: Circle) -> int | None:
    """The keep-in-touch cadence for ``circle`` (user setting, else the guide's default)."""
    default = DEFAULT_CADENCE_DAYS.get(circle)
    value = get_setting(f"cadence.{circle.value}", default)
    return int(value) if value is not None else None
