"""The card's small give/ask marker and the tooltip that says what it means."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from networking_app.domain.board import ContactCard
from networking_app.ui.board.board_model import CARD_ROLE


def balance_marker(card: ContactCard) -> tuple[str, bool] | None:
    """The card's give/ask marker: ("+3 / −1", asking more than giving), None when neither."""
    given, asked = card.given_12m, card.asked_12m
    if not (given or asked):
        return None
    parts = ([f"+{given}"] if given else []) + ([f"\u2212{asked}"] if asked else [])
    return " / ".join(parts), asked > given


def balance_tooltip(card: ContactCard) -> str:
    """ "Given 3, asked 1 in the last 12 months" (empty when neither)."""
    if not (card.given_12m or card.asked_12m):
        return ""
    return (
        QCoreApplication.translate(
            "CardDelegate", "Given {given}, asked {asked} in the last 12 months"
        )
        .replace("{given}", str(card.given_12m))
        .replace("{asked}", str(card.asked_12m))
    )


def card_tooltip(index: QModelIndex | QPersistentModelIndex) -> str:
    """The card's tooltip: the model's (role @ organisation), then the give/ask balance."""
    card: ContactCard | None = index.data(CARD_ROLE)
    base = index.data(Qt.ItemDataRole.ToolTipRole) or ""
    balance = balance_tooltip(card) if card is not None else ""
    return "\n".join(part for part in (base, balance) if part)
