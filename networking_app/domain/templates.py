"""Message templates with ``{placeholder}`` fields, filled from a contact and the profile.

Pure: the texts themselves (built-in ones per kind and language) live beside the feature
that uses them; the user's edited copies are stored by :mod:`networking_app.storage.templates`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from networking_app.domain.vocabulary import Language, TemplateKind

_FIELD = re.compile(r"\{([a-z][a-z0-9_]*)\}")


@dataclass(frozen=True)
class TemplateText:
    kind: TemplateKind
    language: Language
    subject: str
    body: str
    name: str = ""


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str
    #: Placeholders the values did not fill (left visible, e.g. "{article_link}").
    missing: tuple[str, ...] = field(default_factory=tuple)


def placeholders(text: str) -> list[str]:
    """The distinct placeholder names of ``text``, in order of appearance."""
    seen: dict[str, None] = {}
    for match in _FIELD.finditer(text):
        seen.setdefault(match.group(1), None)
    return list(seen)


def fill(text: str, values: Mapping[str, str]) -> tuple[str, list[str]]:
    """Replace each known, non-empty ``{name}``; unknown or empty ones stay as typed.

    Unlike ``str.format`` this never raises on braces the user typed ("{:)}" stays).
    """
    missing: dict[str, None] = {}

    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if value:
            return value
        missing.setdefault(match.group(1), None)
        return match.group(0)

    return _FIELD.sub(replace, text), list(missing)


def render(template: TemplateText, values: Mapping[str, str]) -> Rendered:
    subject, missing_subject = fill(template.subject, values)
    body, missing_body = fill(template.body, values)
    missing = dict.fromkeys([*missing_subject, *missing_body])
    return Rendered(subject=subject, body=body, missing=tuple(missing))
