"""The closed vocabularies of the method, as stored values.

Labels shown to the user live in the UI layer (translated); these values are what the
database, the command line and exports use, so they never change once released.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Circle(StrEnum):
    """Relationship circles from the guide's "Cartographier votre réseau"."""

    CLOSE = "close"
    EXTENDED = "extended"
    WEAK = "weak"
    TARGET = "target"


#: Default keep-in-touch cadence per circle, in days. People to meet have none.
DEFAULT_CADENCE_DAYS: dict[Circle, int] = {
    Circle.CLOSE: 21,
    Circle.EXTENDED: 60,
    Circle.WEAK: 180,
}


class TargetCategory(StrEnum):
    OWN_INDUSTRY = "own_industry"
    ADJACENT_INDUSTRY = "adjacent_industry"
    COMPLEMENTARY_FUNCTION = "complementary_function"
    POTENTIAL_MENTOR = "potential_mentor"
    AMBITIOUS_PEER = "ambitious_peer"


class Channel(StrEnum):
    EVENT = "event"
    ONLINE = "online"
    ASSOCIATION = "association"
    ALUMNI = "alumni"
    INTRODUCTION = "introduction"
    OTHER = "other"


class MethodKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    SOCIAL = "social"


class RelationshipKind(StrEnum):
    KNOWS = "knows"
    WORKS_WITH = "works_with"
    INTRODUCED = "introduced"


class InteractionKind(StrEnum):
    COFFEE = "coffee"
    MEAL = "meal"
    MEETING = "meeting"
    CALL = "call"
    VIDEO = "video"
    EMAIL = "email"
    MESSAGE = "message"
    EVENT = "event"
    SOCIAL_TOUCH = "social_touch"


class Direction(StrEnum):
    OUTREACH = "outreach"  # I reached out
    INBOUND = "inbound"  # they did
    MUTUAL = "mutual"


class ValueType(StrEnum):
    """What one can give, from the guide's "Apporter de la valeur"."""

    INTRODUCTION = "introduction"
    INFORMATION = "information"
    EXPERTISE = "expertise"
    VISIBILITY = "visibility"
    SUPPORT = "support"


class AskOutcome(StrEnum):
    PENDING = "pending"
    YES = "yes"
    NO = "no"


class ResponseState(StrEnum):
    ANSWERED = "answered"
    WAITING = "waiting"
    NO_ANSWER = "no_answer"


class LifeEventKind(StrEnum):
    BIRTHDAY = "birthday"
    NEW_JOB = "new_job"
    PROMOTION = "promotion"
    PUBLICATION = "publication"
    MOVE = "move"
    MILESTONE = "milestone"
    OTHER = "other"


class IntroStatus(StrEnum):
    DRAFT = "draft"
    ASKED = "asked"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    INTRODUCED = "introduced"
    MET = "met"
    CLOSED = "closed"


class TemplateKind(StrEnum):
    RECONNECT = "reconnect"
    CONGRATULATE = "congratulate"
    SHARE = "share"
    THANK = "thank"
    FOLLOW_UP = "follow_up"
    INTRO_OPT_IN = "intro_opt_in"
    INTRO_FORWARDABLE = "intro_forwardable"


class TargetDomainKind(StrEnum):
    INDUSTRY = "industry"
    FUNCTION = "function"


class PersonalityMode(StrEnum):
    NONE = "none"
    INTROVERT = "introvert"
    JUNIOR = "junior"
    SENIOR = "senior"


class Language(StrEnum):
    SYSTEM = "system"
    ENGLISH = "en"
    FRENCH = "fr"


def join_values(values: Iterable[str]) -> str:
    """Store a set of vocabulary values as one sorted, comma-separated text."""
    return ",".join(sorted({v for v in values if v}))


def split_values(text: str | None) -> list[str]:
    """Inverse of :func:`join_values`."""
    return [v for v in (text or "").split(",") if v]
