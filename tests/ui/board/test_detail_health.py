"""What the timeline tells about a contact, on the board: balance, responsiveness, next steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from networking_app.domain.contacts import ContactDraft
from networking_app.domain.interactions import InteractionDraft, Responsiveness
from networking_app.domain.vocabulary import Circle, Direction
from networking_app.services.workspace import Workspace
from networking_app.ui.board.balance_marker import balance_marker, card_tooltip
from networking_app.ui.board.board_model import CARD_ROLE
from networking_app.ui.board.board_view import CIRCLES, BoardView
from networking_app.ui.board.relationship_health import (
    RelationshipHealth,
    delay_text,
    responsiveness_text,
)
from networking_app.ui.timeline.timeline_commands import SaveInteractionCommand
from tests.ui.board.conftest import MakeBoard
from tests.ui.helpers import go_dark

GIVE_FIRST = "Give before you ask: share something useful first."


@dataclass
class History:
    zoe: int  # the known history of tests/storage/test_interactions.py, and two next steps
    marc: int  # nothing logged
    ana: int  # one ask, nothing given
    overdue_step: int
    later_step: int
    now: datetime


@pytest.fixture
def history(fresh_workspace: Workspace) -> History:
    book, timeline = fresh_workspace.contacts, fresh_workspace.timeline
    assert fresh_workspace.clock.fixed is not None
    now = fresh_workspace.clock.fixed
    zoe = book.save(ContactDraft(given_name="Zoé", family_name="Martin", circle=Circle.CLOSE))
    marc = book.save(ContactDraft(given_name="Marc", family_name="Petit", circle=Circle.CLOSE))
    ana = book.save(ContactDraft(given_name="Ana", family_name="Silva", circle=Circle.CLOSE))

    def log(ids: tuple[int, ...], days_ago: float, **kw: object) -> int:
        draft = InteractionDraft(contact_ids=ids, occurred_at=now - timedelta(days=days_ago), **kw)  # type: ignore[arg-type]
        return timeline.save(draft)

    log((zoe,), 400, values_given=("introduction", "support"))  # old: all time only
    log((zoe,), 100, values_given=("information",))
    log((zoe,), 50, ask="Feedback on my deck", ask_outcome="yes")
    for days_ago, state, hours in (
        (30, "answered", 2),
        (20, "answered", 10),
        (10, "answered", 48),
        (5, "no_answer", None),
        (1, "waiting", None),
    ):
        sent = now - timedelta(days=days_ago)
        timeline.save(
            InteractionDraft(
                contact_ids=(zoe,),
                occurred_at=sent,
                direction=Direction.OUTREACH,
                response_state=state,
                responded_at=sent + timedelta(hours=hours) if hours else None,
            )
        )
    overdue = log((zoe,), 7, next_step="Send the deck", next_step_due=now.date() - timedelta(3))
    later = log((zoe,), 2, next_step="Book a coffee", next_step_due=now.date() + timedelta(9))
    log((ana,), 3, ask="An intro to their CFO", ask_outcome="pending")
    return History(zoe, marc, ana, overdue, later, now)


def shown(board: BoardView, contact_id: int) -> RelationshipHealth:
    assert board.select_contact(contact_id)
    assert board.detail.contact_id == contact_id
    return board.detail.health


def step_texts(health: RelationshipHealth) -> list[str]:
    return [row.step.text for row in health.rows]


def test_the_panel_shows_the_balance_and_responsiveness_of_a_known_history(
    make_board: MakeBoard, fresh_workspace: Workspace, history: History
) -> None:
    board = make_board(fresh_workspace)
    health = shown(board, history.zoe)
    assert health.balance_label.text() == (
        "Given 1 · Asked 1 in the last 12 months (all time: 3 given, 1 asked)"
    )
    assert health.hint_label.isHidden()  # as much given as asked: no advice
    assert health.responsiveness_label.text() == (
        "Answered 3 of 5 outreach messages (60%), usually within 10 hours"
    )
    assert health.isVisible() and health.balance_label.isVisible()

    health = shown(board, history.ana)
    assert health.balance_label.text() == (
        "Given 0 · Asked 1 in the last 12 months (all time: 0 given, 1 asked)"
    )
    assert health.hint_label.isVisible()
    assert health.hint_label.text() == GIVE_FIRST
    assert health.responsiveness_label.text() == "No outreach yet."

    health = shown(board, history.marc)
    assert health.balance_label.text() == "Nothing given or asked yet."
    assert health.hint_label.isHidden()
    assert health.responsiveness_label.text() == "No outreach yet."
    assert health.rows == [] and health.no_steps.isVisible()


def test_delays_and_shares_read_as_people_say_them() -> None:
    assert delay_text(timedelta(seconds=20)) == "1 minute"
    assert delay_text(timedelta(minutes=25)) == "25 minutes"
    assert delay_text(timedelta(minutes=59, seconds=50)) == "1 hour"
    assert delay_text(timedelta(hours=10)) == "10 hours"
    assert delay_text(timedelta(hours=47)) == "47 hours"
    assert delay_text(timedelta(days=3, hours=5)) == "3 days"
    assert responsiveness_text(Responsiveness(1, 0)) == (
        "Answered 0 of 1 outreach message (0%)"  # nothing answered: no delay to tell
    )
    assert responsiveness_text(Responsiveness(3, 2, None)) == (
        "Answered 2 of 3 outreach messages (67%)"  # answered, but when was not recorded
    )


def test_open_next_steps_are_listed_with_their_due_date_overdue_ones_marked(
    make_board: MakeBoard, fresh_workspace: Workspace, history: History
) -> None:
    health = shown(make_board(fresh_workspace), history.zoe)
    assert step_texts(health) == ["Send the deck", "Book a coffee"]  # earliest due first
    overdue, later = health.rows
    assert overdue.overdue and not later.overdue
    assert overdue.label.accessibleName() == "Send the deck — due 2 Jan 2026 — overdue"
    assert later.label.accessibleName() == "Book a coffee — due 14 Jan 2026"
    assert "overdue" in overdue.label.text() and "overdue" not in later.label.text()
    assert health.no_steps.isHidden() and health.more_steps.isHidden()


def test_marking_a_next_step_done_from_the_panel_is_undone_by_ctrl_z(
    qtbot: QtBot, make_board: MakeBoard, fresh_workspace: Workspace, history: History
) -> None:
    board = make_board(fresh_workspace)
    timeline = fresh_workspace.timeline
    health = shown(board, history.zoe)
    qtbot.mouseClick(health.rows[0].done_button, Qt.MouseButton.LeftButton)

    assert [s.interaction_id for s in timeline.open_next_steps(history.zoe)] == [history.later_step]
    assert timeline.load(history.overdue_step).next_step_done_at is not None
    assert step_texts(health) == ["Book a coffee"]
    assert board.undo_stack.undoText() == "Mark next step done"

    board.undo_stack.undo()
    assert [s.interaction_id for s in timeline.open_next_steps(history.zoe)] == [
        history.overdue_step,
        history.later_step,
    ]
    qtbot.waitUntil(lambda: step_texts(health) == ["Send the deck", "Book a coffee"])

    board.undo_stack.redo()
    qtbot.waitUntil(lambda: step_texts(health) == ["Book a coffee"])


def test_the_panel_follows_interactions_logged_elsewhere(
    qtbot: QtBot, make_board: MakeBoard, fresh_workspace: Workspace, history: History
) -> None:
    board = make_board(fresh_workspace)
    health = shown(board, history.marc)
    draft = InteractionDraft(
        contact_ids=(history.marc,),
        occurred_at=history.now - timedelta(hours=2),
        values_given=("information", "support"),
        next_step="Send the article",
    )
    board.undo_stack.push(SaveInteractionCommand(fresh_workspace.timeline, board.events, draft))
    qtbot.waitUntil(
        lambda: (
            health.balance_label.text()
            == "Given 2 · Asked 0 in the last 12 months (all time: 2 given, 0 asked)"
        )
    )
    assert step_texts(health) == ["Send the article"]

    board.undo_stack.undo()  # deleted again
    qtbot.waitUntil(lambda: health.balance_label.text() == "Nothing given or asked yet.")
    assert step_texts(health) == []


def test_the_show_timeline_link_asks_for_the_contact_s_timeline(
    qtbot: QtBot, make_board: MakeBoard, fresh_workspace: Workspace, history: History
) -> None:
    board = make_board(fresh_workspace)
    health = shown(board, history.zoe)
    link = health.timeline_link
    assert link.isVisible()
    start = QPoint(link.contentsRect().left() + 4, link.height() // 2)  # on the link's text
    with qtbot.waitSignal(board.timeline_requested) as requested:
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=start)
    assert requested.args == [history.zoe]


def test_cards_carry_a_give_ask_marker_and_say_what_it_means(
    qtbot: QtBot, make_board: MakeBoard, fresh_workspace: Workspace, history: History
) -> None:
    board = make_board(fresh_workspace)
    model = board.models[Circle.CLOSE]
    rows = {model.card_at(row).id: model.index(row, 0) for row in range(model.rowCount())}
    zoe, ana, marc = rows[history.zoe], rows[history.ana], rows[history.marc]
    assert balance_marker(zoe.data(CARD_ROLE)) == ("+1 / \u22121", False)  # even: green
    assert balance_marker(ana.data(CARD_ROLE)) == ("\u22121", True)  # asked more: orange
    assert balance_marker(marc.data(CARD_ROLE)) is None  # nothing to show
    assert card_tooltip(zoe).splitlines()[-1] == "Given 1, asked 1 in the last 12 months"
    assert card_tooltip(ana).splitlines()[-1] == "Given 0, asked 1 in the last 12 months"
    assert "asked" not in card_tooltip(marc)

    view = board.columns[CIRCLES.index(Circle.CLOSE)].view
    at = view.visualRect(zoe).center()
    help_event = QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at))
    QApplication.sendEvent(view.viewport(), help_event)
    qtbot.waitUntil(lambda: "Given 1, asked 1 in the last 12 months" in QToolTip.text())
    QToolTip.hideText()


@pytest.mark.parametrize("dark", [False, True])
def test_the_marker_is_painted_in_light_and_dark_palettes(
    make_board: MakeBoard, fresh_workspace: Workspace, history: History, dark: bool
) -> None:
    board = make_board(fresh_workspace)
    if dark:
        go_dark(board)
    view = board.columns[CIRCLES.index(Circle.CLOSE)].view
    model = board.models[Circle.CLOSE]
    row = next(r for r in range(model.rowCount()) if model.card_at(r).id == history.ana)
    rect = view.visualRect(model.index(row, 0))
    image = view.viewport().grab(rect).toImage()
    # The orange of the marker, near the card's top right corner, for this palette.
    orange = QColor(0xFF, 0xB7, 0x4D) if dark else QColor(0xB4, 0x53, 0x09)
    corner = (
        image.pixelColor(x, y)
        for x in range(image.width() * 6 // 10, image.width())
        for y in range(image.height() // 2)
    )
    assert any(close_to(pixel, orange) for pixel in corner)


def close_to(pixel: QColor, wanted: QColor) -> bool:
    return all(
        abs(a - b) < 24 for a, b in zip(pixel.getRgb()[:3], wanted.getRgb()[:3], strict=True)
    )
