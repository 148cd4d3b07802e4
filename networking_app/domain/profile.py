"""The user's own profile, as the settings store it."""

from __future__ import annotations

from dataclasses import dataclass

from networking_app.domain.vocabulary import Language, PersonalityMode


@dataclass(frozen=True)
class Profile:
    """Who the user is: used in drafted messages and to adapt tips."""

    name: str = ""
    pitch: str = ""
    signature: str = ""
    personality: PersonalityMode = PersonalityMode.NONE
    language: Language = Language.SYSTEM
