"""Introduction requests: saving, the dated chain of steps and what each step writes.

A step is checked against the status machine (domain.introductions) before anything is
written; asking logs an ask on the introducer (accepted or declined then records its
answer), "met" logs a meeting with the target and moves them from To meet to Weak ties
with "introduced by" set, closing logs the thanks.
Every step returns what it changed so that undo can put it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from networking_app.domain.contacts import display_name
from networking_app.domain.interactions import InteractionDraft
from networking_app.domain.intro_templates import step_summary
from networking_app.domain.introductions import (
    IntroDraft,
    IntroducerFacts,
    IntroSummary,
    Step,
    Tie,
    check_transition,
    find_ties,
)
from networking_app.domain.vocabulary import (
    AskOutcome,
    Channel,
    Circle,
    Direction,
    InteractionKind,
    IntroStatus,
    ResponseState,
)
from networking_app.storage.interactions import give_ask_by_contact, save_interaction
from networking_app.storage.models import (
    Contact,
    Interaction,
    IntroductionRequest,
    IntroductionTransition,
    db,
)
from networking_app.storage.sql import rows, when

_NAME = "c.given_name, c.family_name, c.nickname"


class RequestNotFound(LookupError):
    def __init__(self, request_id: int) -> None:
        self.request_id = request_id
        super().__init__(f"no introduction request #{request_id}")


# -- reading -----------------------------------------------------------------------------------


def list_requests() -> list[IntroSummary]:
    """Every request, the most recently changed first, with its dated steps."""
    steps: dict[int, list[Step]] = {}
    for rid, status, at in rows(
        "SELECT request_id, to_status, at FROM introduction_transition ORDER BY at, id"
    ):
        steps.setdefault(rid, []).append(Step(IntroStatus(status), when(at) or datetime.min))
    found = []
    for r in rows(
        "SELECT r.id, r.target_id, t.given_name, t.family_name, t.nickname, r.introducer_id,"
        " i.given_name, i.family_name, i.nickname, r.status, r.why, r.ask, r.language,"
        " r.updated_at FROM introduction_request r JOIN contact t ON t.id = r.target_id"
        " LEFT JOIN contact i ON i.id = r.introducer_id ORDER BY r.updated_at DESC, r.id DESC"
    ):
        introducer = display_name(r[6], r[7], r[8]) if r[5] is not None else ""
        found.append(
            IntroSummary(
                id=r[0],
                target_id=r[1],
                target_name=display_name(r[2], r[3], r[4]),
                introducer_id=r[5],
                introducer_name=introducer,
                status=IntroStatus(r[9]),
                why=r[10],
                ask=r[11],
                language=r[12],
                steps=tuple(steps.get(r[0], ())),
                updated_at=when(r[13]) or datetime.min,
            )
        )
    return found


def load_request(request_id: int) -> IntroDraft:
    r = IntroductionRequest.get_or_none(IntroductionRequest.id == request_id)
    if r is None:
        raise RequestNotFound(request_id)
    return IntroDraft(
        id=r.id,
        target_id=r.target.id,
        introducer_id=getattr(r, "introducer_id", None),
        why=r.why,
        ask=r.ask,
        context=r.context,
        language=r.language,
        opt_in_subject=r.opt_in_subject,
        opt_in_body=r.opt_in_body,
        forwardable_subject=r.forwardable_subject,
        forwardable_body=r.forwardable_body,
    )


def preferred_email(contact_id: int) -> str:
    """The contact's preferred email (else their first one), "" when they have none."""
    found = rows(
        "SELECT value FROM contact_method WHERE contact_id = ? AND kind = 'email'"
        " ORDER BY preferred DESC, id LIMIT 1",
        (contact_id,),
    )
    return str(found[0][0]).strip() if found else ""


def declined_introducers(target_id: int) -> list[int]:
    """Who already declined to introduce this target: never proposed again for them."""
    return [
        r[0]
        for r in rows(
            "SELECT DISTINCT r.introducer_id FROM introduction_request r"
            " JOIN introduction_transition s ON s.request_id = r.id"
            " WHERE r.target_id = ? AND s.to_status = 'declined'"
            " AND r.introducer_id IS NOT NULL",
            (target_id,),
        )
    ]


def pending_with(introducer_id: int, other_than: int | None = None) -> int:
    """Requests to this introducer still waiting on them (asked or accepted)."""
    found = rows(
        "SELECT COUNT(*) FROM introduction_request WHERE introducer_id = ?"
        " AND status IN ('asked', 'accepted') AND id <> ?",
        (introducer_id, other_than or 0),
    )
    return int(found[0][0])


def introducer_facts(target_id: int, balance_since: datetime) -> list[IntroducerFacts]:
    """Every contact not in the trash (but the target) as a possible introducer."""
    people: dict[int, tuple[str, str]] = {}
    names: dict[int, str] = {}
    for cid, g, f, n, org, industry in rows(
        f"SELECT c.id, {_NAME}, c.organisation, c.industry FROM contact c"
        " WHERE c.archived_at IS NULL"
    ):
        people[cid] = (org, industry)
        names[cid] = display_name(g, f, n)
    links = rows("SELECT source_id, other_id, strength FROM relationship")
    ties = find_ties(target_id, people, ((a, b, s) for a, b, s in links))
    balances = give_ask_by_contact(balance_since)
    last = dict(
        rows(
            "SELECT p.contact_id, MAX(i.occurred_at) FROM interaction_participant p"
            " JOIN interaction i ON i.id = p.interaction_id GROUP BY p.contact_id"
        )
    )
    emails: dict[int, str] = {}
    for cid, value in rows(
        "SELECT contact_id, value FROM contact_method WHERE kind = 'email'"
        " ORDER BY preferred, id DESC"  # the preferred one, else the first, is written last
    ):
        emails[cid] = value.strip()
    found = []
    for cid, name in names.items():
        if cid == target_id:
            continue
        given, asked = balances.get(cid, (0, 0))
        found.append(
            IntroducerFacts(
                contact_id=cid,
                name=name,
                tie=ties[cid][0] if cid in ties else Tie.NONE,
                strength=ties[cid][1] if cid in ties else 0,
                given_12m=given,
                asked_12m=asked,
                last_contact=when(last.get(cid)),
                email=emails.get(cid, ""),
            )
        )
    return found


# -- changing ----------------------------------------------------------------------------------


def _texts(draft: IntroDraft, now: datetime) -> dict[str, object]:
    return dict(
        target=draft.target_id,
        introducer=draft.introducer_id,
        why=draft.why.strip(),
        ask=draft.ask.strip(),
        context=draft.context.strip(),
        language=draft.language,
        opt_in_subject=draft.opt_in_subject,
        opt_in_body=draft.opt_in_body,
        forwardable_subject=draft.forwardable_subject,
        forwardable_body=draft.forwardable_body,
        updated_at=now,
    )


def save_request(draft: IntroDraft, now: datetime) -> int:
    """Insert a new request (its first step: draft) or update an existing one's texts."""
    with db.atomic():
        if draft.id is None:
            rid = int(IntroductionRequest.insert(created_at=now, **_texts(draft, now)).execute())
            IntroductionTransition.create(
                request=rid, from_status=None, to_status=IntroStatus.DRAFT.value, at=now
            )
            return rid
        if (
            not IntroductionRequest.update(**_texts(draft, now))
            .where(IntroductionRequest.id == draft.id)
            .execute()
        ):
            raise RequestNotFound(draft.id)
        return draft.id


@dataclass(frozen=True)
class StepRecord:
    """What one step changed, so that undo can put it back."""

    request_id: int
    previous: IntroStatus
    transition_id: int
    interaction_ids: tuple[int, ...] = ()
    #: (contact id, circle, introduced_by id, channel) of the target before "met"
    target_before: tuple[int, str, int | None, str | None] | None = None
    #: the ask logged when asking, whose outcome an answer (accepted, declined) set
    answered_ask: int | None = None


def _ask_logged_when_asked(request_id: int, introducer_id: int) -> int | None:
    """The interaction "asked" wrote on the introducer (same moment, still pending)."""
    found = rows(
        "SELECT i.id FROM interaction i"
        " JOIN interaction_participant p ON p.interaction_id = i.id AND p.contact_id = ?"
        " JOIN introduction_transition s ON s.at = i.occurred_at"
        " WHERE s.request_id = ? AND s.to_status = 'asked' AND i.ask_outcome = 'pending'"
        " ORDER BY s.id DESC LIMIT 1",
        (introducer_id, request_id),
    )
    return int(found[0][0]) if found else None


def _log(contact_id: int | None, now: datetime, **fields: object) -> list[int]:
    if contact_id is None:
        return []
    draft = InteractionDraft(contact_ids=(contact_id,), occurred_at=now, **fields)  # type: ignore[arg-type]
    return [save_interaction(draft, now)]


def move(request_id: int, wanted: IntroStatus, now: datetime, note: str = "") -> StepRecord:
    """Take one step of the chain (raises IllegalTransition and changes nothing if illegal)."""
    r = IntroductionRequest.get_or_none(IntroductionRequest.id == request_id)
    if r is None:
        raise RequestNotFound(request_id)
    current = IntroStatus(r.status)
    check_transition(current, wanted)
    target = r.target
    introducer = r.introducer
    summary = step_summary(
        wanted,
        r.language,
        target.full_name,
        introducer.full_name if introducer else "",
        after_decline=current is IntroStatus.DECLINED,
    )
    logged: list[int] = []
    before = None
    answered = None
    with db.atomic():
        transition = IntroductionTransition.create(
            request=request_id, from_status=current.value, to_status=wanted.value, at=now, note=note
        )
        IntroductionRequest.update(status=wanted.value, updated_at=now).where(
            IntroductionRequest.id == request_id
        ).execute()
        introducer_id = introducer.id if introducer else None
        if wanted is IntroStatus.ASKED:
            logged = _log(
                introducer_id,
                now,
                kind=InteractionKind.EMAIL,
                direction=Direction.OUTREACH,
                summary=summary,
                ask=r.ask or summary,
                ask_outcome=AskOutcome.PENDING.value,
                response_state=ResponseState.WAITING.value,
            )
        elif wanted in (IntroStatus.ACCEPTED, IntroStatus.DECLINED) and introducer_id:
            answered = _ask_logged_when_asked(request_id, introducer_id)
            if answered is not None:  # the introducer answered the ask: yes or no
                outcome = AskOutcome.YES if wanted is IntroStatus.ACCEPTED else AskOutcome.NO
                Interaction.update(
                    ask_outcome=outcome.value,
                    response_state=ResponseState.ANSWERED.value,
                    responded_at=now,
                    updated_at=now,
                ).where(Interaction.id == answered).execute()
        elif wanted is IntroStatus.MET:
            before = (
                target.id,
                target.circle,
                getattr(target, "introduced_by_id", None),
                target.channel,
            )
            logged = _log(
                target.id,
                now,
                kind=InteractionKind.MEETING,
                direction=Direction.MUTUAL,
                summary=summary,
            )
            changes: dict[str, object] = {"updated_at": now}
            if target.circle == Circle.TARGET.value:
                changes["circle"] = Circle.WEAK.value
            if introducer_id is not None:
                changes["introduced_by"] = introducer_id
                if not target.channel:
                    changes["channel"] = Channel.INTRODUCTION.value
            Contact.update(**changes).where(Contact.id == target.id).execute()
        elif wanted is IntroStatus.CLOSED:
            logged = _log(
                introducer_id,
                now,
                kind=InteractionKind.MESSAGE,
                direction=Direction.OUTREACH,
                summary=summary,
            )
    return StepRecord(request_id, current, transition.id, tuple(logged), before, answered)


def undo_step(record: StepRecord, now: datetime) -> None:
    """Put the request (and what its step wrote) back as it was before the step."""
    with db.atomic():
        IntroductionTransition.delete().where(
            IntroductionTransition.id == record.transition_id
        ).execute()
        IntroductionRequest.update(status=record.previous.value, updated_at=now).where(
            IntroductionRequest.id == record.request_id
        ).execute()
        if record.interaction_ids:
            Interaction.delete().where(Interaction.id.in_(record.interaction_ids)).execute()
        if record.answered_ask is not None:
            Interaction.update(
                ask_outcome=AskOutcome.PENDING.value,
                response_state=ResponseState.WAITING.value,
                responded_at=None,
                updated_at=now,
            ).where(Interaction.id == record.answered_ask).execute()
        if record.target_before is not None:
            cid, circle, introduced_by, channel = record.target_before
            Contact.update(
                circle=circle, introduced_by=introduced_by, channel=channel, updated_at=now
            ).where(Contact.id == cid).execute()
