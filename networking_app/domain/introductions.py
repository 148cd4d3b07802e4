"""Introduction requests: the status machine, introducer ranking, readiness, follow-ups.

The guide's method ("Les demandes d'introduction"): say why this person, ask the
introducer first (opt-in), hand them an email they can forward, respect a no, and keep
them informed until you thank them. Pure: the current date is always passed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from networking_app.domain.vocabulary import IntroStatus

# -- the status machine ------------------------------------------------------------------------

#: Every legal step: draft → asked → accepted | declined → introduced → met → closed,
#: and declined → closed once the introducer has been thanked anyway.
NEXT_STEPS: dict[IntroStatus, tuple[IntroStatus, ...]] = {
    IntroStatus.DRAFT: (IntroStatus.ASKED,),
    IntroStatus.ASKED: (IntroStatus.ACCEPTED, IntroStatus.DECLINED),
    IntroStatus.ACCEPTED: (IntroStatus.INTRODUCED,),
    IntroStatus.DECLINED: (IntroStatus.CLOSED,),
    IntroStatus.INTRODUCED: (IntroStatus.MET,),
    IntroStatus.MET: (IntroStatus.CLOSED,),
    IntroStatus.CLOSED: (),
}

#: Statuses after which the introducer has not answered yet or the chain is still open.
OPEN_STATUSES = frozenset(s for s in IntroStatus if s is not IntroStatus.CLOSED)


class IllegalTransition(ValueError):
    """A step the chain does not allow (e.g. "met" before "asked"); nothing changes."""

    def __init__(self, current: IntroStatus, wanted: IntroStatus) -> None:
        self.current, self.wanted = current, wanted
        super().__init__(f"cannot go from {current.value} to {wanted.value}")


def next_steps(status: IntroStatus) -> tuple[IntroStatus, ...]:
    return NEXT_STEPS[status]


def can_move(current: IntroStatus, wanted: IntroStatus) -> bool:
    return wanted in NEXT_STEPS[current]


def check_transition(current: IntroStatus, wanted: IntroStatus) -> None:
    """Raise :class:`IllegalTransition` unless ``current → wanted`` is a legal step."""
    if not can_move(current, wanted):
        raise IllegalTransition(current, wanted)


# -- choosing the introducer ---------------------------------------------------------------


class Tie(StrEnum):
    """Why a contact could introduce you, best first."""

    KNOWS_TARGET = "knows_target"  # a recorded relationship with the target
    SAME_ORGANISATION = "same_organisation"  # works there or knows someone who does
    SAME_INDUSTRY = "same_industry"  # in the target's industry or knows someone in it
    NONE = "none"  # any other contact: the user may still choose them


_TIE_ORDER = {tie: rank for rank, tie in enumerate(Tie)}


@dataclass(frozen=True)
class IntroducerFacts:
    """What storage knows about one possible introducer for one target."""

    contact_id: int
    name: str
    tie: Tie = Tie.NONE
    strength: int = 0  # strongest relationship behind the tie, 1…5; 0 when none
    given_12m: int = 0
    asked_12m: int = 0
    last_contact: datetime | None = None
    email: str = ""  # preferred email, "" when none

    @property
    def balance(self) -> int:
        """Positive when you gave this person more than you asked over 12 months."""
        return self.given_12m - self.asked_12m


def rank_introducers(
    candidates: Iterable[IntroducerFacts], declined: Iterable[int] = ()
) -> list[IntroducerFacts]:
    """Best introducers first; those who already declined for this target are left out.

    Order: who knows the target, then who bridges into the target's organisation, then
    its industry, then everyone else; within a tie the stronger relationship, the better
    give/ask balance, the more recent contact, then the name.
    """
    refused = set(declined)

    def key(c: IntroducerFacts) -> tuple[int, int, int, float, str]:
        recency = -c.last_contact.timestamp() if c.last_contact else float("inf")
        return (_TIE_ORDER[c.tie], -c.strength, -c.balance, recency, c.name.casefold())

    return sorted((c for c in candidates if c.contact_id not in refused), key=key)


# -- readiness: "quand solliciter" -------------------------------------------------------------


class ReadinessWarning(StrEnum):
    """A reason to think again before asking; never a reason to refuse."""

    NOTHING_GIVEN = "nothing_given"  # no value given to the introducer in 12 months
    ASKS_OUTWEIGH = "asks_outweigh"  # more asks than gifts with them over 12 months
    COLD = "cold"  # no contact for six months or never: reconnect first
    PENDING_ASK = "pending_ask"  # another request to the same introducer is still open
    VAGUE_ASK = "vague_ask"  # too short or nothing concrete (time, format)
    BIG_ASK = "big_ask"  # a job, money or a decision: disproportionate through an intro
    VAGUE_WHY = "vague_why"  # "why this person" says too little
    NO_EMAIL = "no_email"  # the introducer has no email: send the drafts another way


COLD_AFTER = timedelta(days=180)
MIN_ASK_WORDS = 4
MIN_WHY_WORDS = 8
_CONCRETE = re.compile(
    r"\d|\b(minutes?|hours?|coffee|call|lunch|breakfast|meeting|video|visio|caf[ée]|appel"
    r"|d[ée]jeuner|petit[- ]d[ée]jeuner|rendez-vous|heures?|[ée]change|conversation"
    r"|question|advice|conseil|avis|feedback|retour)\b",
    re.IGNORECASE,
)
_BIG = re.compile(
    r"\b(job|hire|hiring|recruit\w*|invest\w*|funding|fund|money|loan|contract|sign"
    r"|emploi|poste|embauche\w*|recrut\w*|financement|argent|pr[êe]t|contrat|signer)\b",
    re.IGNORECASE,
)


def _words(text: str) -> int:
    return len(text.split())


def readiness(
    introducer: IntroducerFacts | None,
    why: str,
    ask: str,
    now: datetime,
    pending_with_introducer: int = 0,
) -> list[ReadinessWarning]:
    """Every warning about asking this introducer for this ask now (empty: go ahead)."""
    found: list[ReadinessWarning] = []
    if _words(why) < MIN_WHY_WORDS:
        found.append(ReadinessWarning.VAGUE_WHY)
    if _words(ask) < MIN_ASK_WORDS or not _CONCRETE.search(ask):
        found.append(ReadinessWarning.VAGUE_ASK)
    if _BIG.search(ask):
        found.append(ReadinessWarning.BIG_ASK)
    if introducer is not None:
        if introducer.given_12m == 0:
            found.append(ReadinessWarning.NOTHING_GIVEN)
        elif introducer.asked_12m > introducer.given_12m:
            found.append(ReadinessWarning.ASKS_OUTWEIGH)
        if introducer.last_contact is None or now - introducer.last_contact > COLD_AFTER:
            found.append(ReadinessWarning.COLD)
        if pending_with_introducer:
            found.append(ReadinessWarning.PENDING_ASK)
        if not introducer.email:
            found.append(ReadinessWarning.NO_EMAIL)
    return found


# -- following the chain ------------------------------------------------------------------------

#: After asking, how long to wait for the introducer before one gentle follow-up.
NUDGE_AFTER = timedelta(days=7)


class FollowUpKind(StrEnum):
    NUDGE_INTRODUCER = "nudge_introducer"  # asked 7+ days ago, no answer recorded
    THANK_AFTER_MEETING = "thank_after_meeting"  # met: tell the introducer, thank them
    THANK_AFTER_DECLINE = "thank_after_decline"  # declined: thank them anyway


@dataclass(frozen=True)
class IntroState:
    """Where one request stands: enough to decide its follow-up."""

    request_id: int
    status: IntroStatus
    since: date  # the local date the request reached ``status``
    target_name: str = ""
    introducer_name: str = ""


@dataclass(frozen=True)
class IntroFollowUp:
    request_id: int
    kind: FollowUpKind
    due: date
    target_name: str
    introducer_name: str


def follow_ups(requests: Iterable[IntroState], today: date) -> list[IntroFollowUp]:
    """The prompts the introduction chains call for on ``today``, the oldest due first.

    For the reminder engine: at most one prompt per request, determined by its status.

    - asked, and no answer recorded ``NUDGE_AFTER`` (7 days) later: one gentle follow-up
      to the introducer, due 7 days after asking (it stays the same prompt, never
      repeated or escalated, until the status changes);
    - met: update the introducer on how it went and thank them, due the day of "met";
    - declined: thank them anyway, due the day of the decline.

    Closing the request (the introducer thanked and told) ends the prompts. A reminder
    engine can key a prompt by ``(request_id, kind)`` to know it was already shown.
    """
    found = []
    for r in requests:
        kind: FollowUpKind | None = None
        due = r.since
        if r.status is IntroStatus.ASKED:
            due = r.since + NUDGE_AFTER
            kind = FollowUpKind.NUDGE_INTRODUCER if due <= today else None
        elif r.status is IntroStatus.MET:
            kind = FollowUpKind.THANK_AFTER_MEETING
        elif r.status is IntroStatus.DECLINED:
            kind = FollowUpKind.THANK_AFTER_DECLINE
        if kind is not None and due <= today:
            found.append(IntroFollowUp(r.request_id, kind, due, r.target_name, r.introducer_name))
    return sorted(found, key=lambda f: (f.due, f.request_id))


# -- a request as the user writes it -----------------------------------------------------------


@dataclass(frozen=True)
class IntroDraft:
    """Everything the wizard edits; ``id`` is None for a new request."""

    target_id: int
    introducer_id: int | None
    why: str
    ask: str = ""
    context: str = ""
    language: str = "en"
    opt_in_subject: str = ""
    opt_in_body: str = ""
    forwardable_subject: str = ""
    forwardable_body: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Step:
    """One dated step of a request's chain."""

    status: IntroStatus
    at: datetime  # naive UTC


@dataclass(frozen=True)
class IntroSummary:
    """One request as the Introductions view and ``intro list`` show it."""

    id: int
    target_id: int
    target_name: str
    introducer_id: int | None
    introducer_name: str
    status: IntroStatus
    why: str
    ask: str
    language: str
    steps: tuple[Step, ...]
    updated_at: datetime

    def state(self) -> IntroState:
        since = self.steps[-1].at.date() if self.steps else self.updated_at.date()
        return IntroState(self.id, self.status, since, self.target_name, self.introducer_name)


def find_ties(
    target_id: int,
    people: dict[int, tuple[str, str]],
    links: Iterable[tuple[int, int, int]],
) -> dict[int, tuple[Tie, int]]:
    """How each person could reach the target: (tie, strength of the tie).

    ``people`` maps contact id → (organisation, industry); ``links`` are relationships
    (a, b, strength) in either direction. A person bridges into the target's organisation
    (or industry) by working there or by knowing someone who does; the strength is that
    of the strongest relationship behind the tie (0 for a bare colleague).
    """
    org, industry = (v.strip().casefold() for v in people.get(target_id, ("", "")))

    def tie_of(pid: int) -> Tie:
        p_org, p_industry = (v.strip().casefold() for v in people.get(pid, ("", "")))
        if org and p_org == org:
            return Tie.SAME_ORGANISATION
        if industry and p_industry == industry:
            return Tie.SAME_INDUSTRY
        return Tie.NONE

    found: dict[int, tuple[Tie, int]] = {
        pid: (tie, 0) for pid in people if pid != target_id and (tie := tie_of(pid)) != Tie.NONE
    }

    def offer(pid: int, tie: Tie, strength: int) -> None:
        if pid == target_id or pid not in people:
            return
        old = found.get(pid)
        if old is None or (_TIE_ORDER[tie], -strength) < (_TIE_ORDER[old[0]], -old[1]):
            found[pid] = (tie, strength)

    for a, b, strength in links:
        for me, other in ((a, b), (b, a)):
            if other == target_id:
                offer(me, Tie.KNOWS_TARGET, strength)
            elif (tie := tie_of(other)) is not Tie.NONE:
                offer(me, tie, strength)
    return found
