"""Translated words of the introduction chain: steps, ties, readiness, follow-ups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from networking_app.domain.introductions import (
    FollowUpKind,
    IntroFollowUp,
    ReadinessWarning,
    Tie,
)
from networking_app.domain.vocabulary import IntroStatus
from networking_app.services.introductions import Introductions


def status_labels() -> dict[IntroStatus, str]:
    return {
        IntroStatus.DRAFT: QCoreApplication.translate("Intro", "Draft"),
        IntroStatus.ASKED: QCoreApplication.translate("Intro", "Asked"),
        IntroStatus.ACCEPTED: QCoreApplication.translate("Intro", "Accepted"),
        IntroStatus.DECLINED: QCoreApplication.translate("Intro", "Declined"),
        IntroStatus.INTRODUCED: QCoreApplication.translate("Intro", "Introduced"),
        IntroStatus.MET: QCoreApplication.translate("Intro", "Met"),
        IntroStatus.CLOSED: QCoreApplication.translate("Intro", "Closed"),
    }


def tie_labels() -> dict[Tie, str]:
    return {
        Tie.KNOWS_TARGET: QCoreApplication.translate("Intro", "Knows them"),
        Tie.SAME_ORGANISATION: QCoreApplication.translate("Intro", "Bridge to their organisation"),
        Tie.SAME_INDUSTRY: QCoreApplication.translate("Intro", "Bridge to their industry"),
        Tie.NONE: QCoreApplication.translate("Intro", "No known tie"),
    }


def warning_texts() -> dict[ReadinessWarning, str]:
    """Each warning says what it noticed and what would help: it never blocks."""
    return {
        ReadinessWarning.NOTHING_GIVEN: QCoreApplication.translate(
            "Intro",
            "You have not given this person anything in the last twelve months. Give"
            " first: share an article, an introduction, a word of support.",
        ),
        ReadinessWarning.ASKS_OUTWEIGH: QCoreApplication.translate(
            "Intro",
            "You have asked this person more than you have given them this year."
            " Consider giving before asking again.",
        ),
        ReadinessWarning.COLD: QCoreApplication.translate(
            "Intro",
            "You have not been in touch for more than six months. Reconnect first, without an ask.",
        ),
        ReadinessWarning.PENDING_ASK: QCoreApplication.translate(
            "Intro", "Another request to this person is still waiting on them. One ask at a time."
        ),
        ReadinessWarning.VAGUE_ASK: QCoreApplication.translate(
            "Intro",
            "The ask is vague. Say exactly what you want: a format and a length, for"
            " example “a 20-minute call next week”.",
        ),
        ReadinessWarning.BIG_ASK: QCoreApplication.translate(
            "Intro",
            "The ask looks disproportionate for a first contact (a job, money, a"
            " contract). Ask for advice or a conversation first.",
        ),
        ReadinessWarning.VAGUE_WHY: QCoreApplication.translate(
            "Intro",
            "“Why this person” is short. Say what you hope from this connection:"
            " it helps the introducer say yes.",
        ),
        ReadinessWarning.NO_EMAIL: QCoreApplication.translate(
            "Intro",
            "This person has no email address recorded: the draft will have no"
            " recipient, send it another way or add their email.",
        ),
    }


def follow_up_text(item: IntroFollowUp) -> str:
    texts = {
        FollowUpKind.NUDGE_INTRODUCER: QCoreApplication.translate(
            "Intro",
            "{introducer} has not answered about {target} for a week: send one gentle follow-up.",
        ),
        FollowUpKind.THANK_AFTER_MEETING: QCoreApplication.translate(
            "Intro",
            "You met {target}: tell {introducer} how it went and thank them, then close"
            " the request.",
        ),
        FollowUpKind.THANK_AFTER_DECLINE: QCoreApplication.translate(
            "Intro",
            "{introducer} declined to introduce {target}: thank them anyway, then close"
            " the request.",
        ),
    }
    return texts[item.kind].format(
        introducer=item.introducer_name or QCoreApplication.translate("Intro", "The introducer"),
        target=item.target_name,
    )


def refusal_text(current: IntroStatus, wanted: IntroStatus, nexts: list[IntroStatus]) -> str:
    """Why a step cannot be taken now, and what can."""
    labels = status_labels()
    if nexts:
        return QCoreApplication.translate(
            "Intro", "“{wanted}” cannot come after “{current}”. Next step: {next}."
        ).format(
            wanted=labels[wanted],
            current=labels[current],
            next=QCoreApplication.translate("Intro", " or ").join(f"“{labels[s]}”" for s in nexts),
        )
    return QCoreApplication.translate(
        "Intro", "This request is closed: nothing follows “{current}”."
    ).format(current=labels[current])


def export_drafts(intros: Introductions, request_id: int, folder: Path) -> str:
    """Write the request's two .eml drafts into ``folder``; what to tell the user."""
    try:
        written = intros.export(request_id, folder)
    except OSError as exc:
        return QCoreApplication.translate(
            "Intro", "Could not write in {folder}: {reason}. Choose another folder."
        ).format(folder=folder, reason=exc.strerror or exc)
    return QCoreApplication.translate("Intro", "Saved {first} and {second} in {folder}.").format(
        first=written.opt_in.name, second=written.forwardable.name, folder=folder
    )
