"""Logging an interaction as a user does: keyboard only, back-dating, refusals, discarding."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from networking_app.domain.interactions import TimelineFilter
from networking_app.domain.vocabulary import Direction, InteractionKind, ResponseState
from networking_app.services.workspace import Workspace
from networking_app.ui.events import DataEvents
from networking_app.ui.timeline.log_dialog import LogInteractionDialog
from tests.ui.helpers import show_active
from tests.ui.timeline.conftest import NOW, POPUP_LOG

CTRL = Qt.KeyboardModifier.ControlModifier


def open_dialog(
    qtbot: QtBot,
    workspace: Workspace,
    events: DataEvents,
    undo_stack: QUndoStack,
    contact_ids: Sequence[int] = (),
    interaction_id: int | None = None,
) -> LogInteractionDialog:
    dialog = LogInteractionDialog(workspace, events, undo_stack, contact_ids, interaction_id)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def summaries(workspace: Workspace, contact_id: int | None = None) -> list[str]:
    return [e.summary for e in workspace.timeline.page(TimelineFilter(contact_id=contact_id))]


def test_two_keystrokes_with_the_contact_prefilled(
    qtbot: QtBot,
    workspace: Workspace,
    events: DataEvents,
    undo_stack: QUndoStack,
    people: dict[str, int],
) -> None:
    dialog = open_dialog(qtbot, workspace, events, undo_stack, [people["zoe"]])
    assert QApplication.focusWidget() is dialog.form.summary
    assert dialog.form.kind.currentData() == InteractionKind.COFFEE
    qtbot.keyClicks(dialog.form.summary, "Coffee about her pricing page")
    with qtbot.waitSignal(dialog.interaction_saved) as saved:
        qtbot.keyClick(dialog.form.summary, Qt.Key.Key_S, CTRL)
    assert not dialog.isVisible()
    assert summaries(workspace, people["zoe"]) == ["Coffee about her pricing page"]
    stored = workspace.timeline.load(saved.args[0])
    assert stored.occurred_at == workspace.clock.now().replace(second=0)
    assert stored.direction is Direction.MUTUAL
    assert undo_stack.count() == 1


@POPUP_LOG
def test_from_empty_with_the_keyboard_only(
    qtbot: QtBot,
    workspace: Workspace,
    events: DataEvents,
    undo_stack: QUndoStack,
    people: dict[str, int],
) -> None:
    dialog = open_dialog(qtbot, workspace, events, undo_stack)
    chooser = dialog.form.contacts
    assert QApplication.focusWidget() is chooser.editor
    assert "Choose at least one contact." in dialog.problems()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(chooser.editor, "francois")  # no accent, lower case
    qtbot.keyClick(chooser.editor, Qt.Key.Key_Return)
    assert chooser.contact_ids() == [people["francois"]]
    assert chooser.editor.text() == ""
    qtbot.keyClicks(chooser.editor, "ZOE M")
    qtbot.keyClick(chooser.editor, Qt.Key.Key_Enter)
    assert chooser.contact_ids() == [people["francois"], people["zoe"]]
    assert dialog.problems() == []
    qtbot.keyClick(chooser.editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.form.summary
    qtbot.keyClicks(dialog.form.summary, "Lunch with both")
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Return)  # Enter in a line saves
    assert not dialog.isVisible()
    assert summaries(workspace, people["francois"]) == ["Lunch with both"]
    assert summaries(workspace, people["zoe"]) == ["Lunch with both"]


@POPUP_LOG
def test_backspace_removes_the_last_chip(
    qtbot: QtBot,
    workspace: Workspace,
    events: DataEvents,
    undo_stack: QUndoStack,
    people: dict[str, int],
) -> None:
    dialog = open_dialog(qtbot, workspace, events, undo_stack, [people["zoe"], people["marc"]])
    chooser = dialog.form.contacts
    chooser.editor.setFocus()
    qtbot.keyClick(chooser.editor, Qt.Key.Key_Backspace)  # selects the last chip
    assert chooser.contact_ids() == [people["zoe"], people["marc"]]
    qtbot.keyClick(chooser.editor, Qt.Key.Key_Backspace)  # removes it
    assert chooser.contact_ids() == [people["zoe"]]
    chooser.chips.item(0).setSelected(True)
    qtbot.keyClick(chooser.chips, Qt.Key.Key_Delete)
    assert chooser.contact_ids() == []
    assert "Choose at least one contact." in dialog.problems()


def test_a_back_dated_entry_moves_the_last_interaction(
    qtbot: QtBot,
    workspace: Workspace,
    events: DataEvents,
    undo_stack: QUndoStack,
    people: dict[str, int],
) -> None:
    zoe = people["zoe"]
    dialog = open_dialog(qtbot, workspace, events, undo_stack, [zoe])
    when = datetime(2026, 11, 14, 18, 30)  # local time, two weeks back
    dialog.form.when.setDateTime(QDateTime(when))
    qtbot.keyClicks(dialog.form.summary, "Drinks after the meetup")
    with qtbot.waitSignal(events.contacts_changed) as changed:
        qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Return, CTRL)
    assert changed.args == [[zoe]]
    card = workspace.contacts.cards(ids=[zoe])[0]
    assert card.last_interaction == workspace.clock.to_utc(when)
    assert workspace.timeline.page(TimelineFilter(contact_id=zoe))[0].occurred_at == (
        workspace.clock.to_utc(when)
    )


def test_a_date_in_the_future_is_refused_and_nothing_is_saved(
    qtbot: QtBot,
    workspace: Workspace,
    events: DataEvents,
    undo_stack: QUndoStack,
    people: dict[str, int],
) -> None:
    dialog = open_dialog(qtbot, workspace, events, undo_stack, [people["marc"]])
    dialog.form.when.setDateTime(QDateTime(NOW + timedelta(days=3)))
    qtbot.keyClicks(dialog.form.summary, "Coffee next Tuesday")
    assert dialog.problems() == [
        "This date is in the future: a planned meeting is a next step, not an interaction."
    ]
    assert dialog.form.problem_labels
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_S, CTRL)
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert summaries(workspace) == []
    assert undo_stack.count() == 0
    # Later today is fine: a meeting about to start, another time zone.
    dialog.form.when.setDateTime(QDateTime(NOW + timedelta(hours=2)))
    assert dialog.problems() == []


def test_a_due_date_needs_a_next_step(
    qtbot: QtBot,
    workspace: Workspace,
    events: DataEvents,
    undo_stack: QUndoStack,
    people: dict[str, int],
) -> None:
    dialog = open_dialog(qtbot, workspace, events, undo_stack, [people["marc"]])
    dialog.form.next_step_due.check.setChecked(True)
    assert dialog.problems() == ["A next step needs a description."]
    qtbot.keyClicks(dialog.form.next_step, "Send the deck")
    assert dialog.problems() == []
    qtbot.keyClick(dialog.form.next_step, Qt.Key.Key_Return)
    steps = workspace.timeline.open_next_steps(people["marc"])
    assert [(s.text, s.due) for s in steps] == [("Send the deck", NOW.date())]


def test_the_answer_is_asked_only_for_outreach(
    qtbot: QtBot,
    workspace: Workspace,
    events: DataEvents,
    undo_stack: QUndoStack,
    people: dict[str, int],
) -> None:
    dialog = open_dialog(qtbot, workspace, events, undo_stack, [people["ana"]])
    form = dialog.form
    assert not form.response.isEnabled()
    form.kind.setCurrentIndex(form.kind.findData(InteractionKind.EMAIL.value))
    form.direction.buttons()[0].click()
    assert form.current_direction() is Direction.OUTREACH
    assert form.response.isEnabled()
    assert form.response.currentData() == ResponseState.WAITING  # an email waits
    assert not form.responded_at.isEnabled()
    form.response.setCurrentIndex(form.response.findData(ResponseState.ANSWERED.value))
    assert form.responded_at.isEnabled()
    form.values[next(iter(form.values))].setChecked(True)
    qtbot.keyClicks(form.ask, "An intro to their CFO")
    assert form.ask_outcome.isEnabled()
    dialog.save()
    entry = workspace.timeline.page(TimelineFilter())[0]
    assert (entry.response_state, entry.values_given, entry.ask_outcome) == (
        "answered",
        ("introduction",),
        "pending",
    )


def test_escape_with_changes_asks_before_discarding(
    qtbot: QtBot,
    workspace: Workspace,
    events: DataEvents,
    undo_stack: QUndoStack,
    people: dict[str, int],
) -> None:
    dialog = open_dialog(qtbot, workspace, events, undo_stack, [people["zoe"]])
    qtbot.keyClicks(dialog.form.summary, "Half-typed")
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Escape)
    box = dialog._confirm
    assert box is not None and box.isVisible()
    assert box.text() == "Discard this entry?"
    # The title fits the box's width, with room left for the window's buttons.
    assert box.windowTitle() == "Discard Entry"
    assert box.fontMetrics().horizontalAdvance(box.windowTitle()) + 120 < box.width()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible()
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Escape)
    box = dialog._confirm
    assert box is not None
    box.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()
    assert summaries(workspace) == []


def test_escape_without_changes_just_closes(
    qtbot: QtBot,
    workspace: Workspace,
    events: DataEvents,
    undo_stack: QUndoStack,
    people: dict[str, int],
) -> None:
    dialog = open_dialog(qtbot, workspace, events, undo_stack, [people["zoe"]])
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog._confirm is None


def test_the_last_kind_used_is_the_next_default(
    qtbot: QtBot,
    workspace: Workspace,
    events: DataEvents,
    undo_stack: QUndoStack,
    people: dict[str, int],
) -> None:
    first = open_dialog(qtbot, workspace, events, undo_stack, [people["zoe"]])
    first.form.kind.setCurrentIndex(first.form.kind.findData(InteractionKind.CALL.value))
    first.save()
    second = open_dialog(qtbot, workspace, events, undo_stack, [people["zoe"]])
    assert second.form.kind.currentData() == InteractionKind.CALL
