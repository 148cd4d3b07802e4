"""The five places of the app, in navigation order, with their honest empty states."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from networking_app.services.workspace import NetworkCounts


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: Callable[[], str]
    # Only for views still to come: their honest empty state.
    heading: Callable[[], str] | None = None
    explanation: Callable[[], str] | None = None
    fact: Callable[[NetworkCounts], str] | None = None


def _network_fact(counts: NetworkCounts) -> str:
    return QCoreApplication.translate("Views", "You follow {n} target domains.").format(
        n=counts.target_domains
    )


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("today", lambda: QCoreApplication.translate("Views", "Today")),
    ViewSpec("board", lambda: QCoreApplication.translate("Views", "Board")),
    ViewSpec("timeline", lambda: QCoreApplication.translate("Views", "Timeline")),
    ViewSpec("introductions", lambda: QCoreApplication.translate("Views", "Introductions")),
    ViewSpec(
        "network",
        lambda: QCoreApplication.translate("Views", "Network"),
        lambda: QCoreApplication.translate("Views", "The map of your network"),
        lambda: QCoreApplication.translate(
            "Views",
            "Which circles are thin, which target domains are holes, and who the"
            " bridges are. The network map arrives in a coming version.",
        ),
        _network_fact,
    ),
)
