"""The timeline view as a user drives it: per-contact timelines, filters, lazy loading, undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from networking_app.domain.interactions import InteractionDraft
from networking_app.domain.vocabulary import InteractionKind
from networking_app.services.workspace import Workspace
from networking_app.storage.models import db
from networking_app.ui.timeline.log_dialog import LogInteractionDialog
from networking_app.ui.timeline.timeline_model import FIRST_PAGE
from networking_app.ui.timeline.timeline_view import TimelineView
from tests.ui.timeline.conftest import NOW, log

MakeView = Callable[[], TimelineView]
CTRL = Qt.KeyboardModifier.ControlModifier


def shown(view: TimelineView) -> list[str]:
    """The summaries of the entries loaded in the list, top to bottom."""
    model = view.model
    return [e.summary for r in range(model.rowCount()) if (e := model.entry_at(r))]


def active_dialog(qtbot: QtBot, view: TimelineView) -> LogInteractionDialog:
    dialog = view._dialog
    assert isinstance(dialog, LogInteractionDialog)
    qtbot.waitUntil(dialog.isActiveWindow)  # its shortcuts work in the active window
    return dialog


def select(view: TimelineView, interaction_id: int) -> None:
    assert view.select_interaction(interaction_id)
    view.list.setFocus()


def test_an_empty_timeline_says_how_to_start(make_view: MakeView) -> None:
    view = make_view()
    assert view.pages.currentWidget() is view.empty_label
    assert view.empty_label.text().startswith("Nothing logged yet. Press Ctrl+L")


def test_a_group_lunch_is_on_each_participant_timeline(
    qtbot: QtBot, make_view: MakeView, people: dict[str, int]
) -> None:
    view = make_view()
    dialog = view.log_interaction([people["zoe"], people["marc"]])
    qtbot.keyClicks(dialog.form.summary, "Team lunch")
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Return)
    assert shown(view) == ["Team lunch"]  # the open view reloaded by itself
    for who in ("zoe", "marc"):
        view.show_contact(people[who])
        assert shown(view) == ["Team lunch"]
        assert (
            view.filter_bar.contact.editor.text()
            == {"zoe": "Zoé Martin", "marc": "Marc Petit"}[who]
        )
    view.show_contact(people["ana"])
    assert shown(view) == []
    assert view.pages.currentWidget() is view.empty_label
    assert view.empty_label.text() == "No interaction matches these filters."


def test_filters_narrow_and_escape_clears_them(
    qtbot: QtBot, workspace: Workspace, make_view: MakeView, people: dict[str, int]
) -> None:
    log(workspace, [people["zoe"]], 40, values_given=("information",),
        summary="Sent François the article on pricing")  # fmt: skip
    log(workspace, [people["marc"]], 20, ask="An intro to their CFO", ask_outcome="pending",
        kind=InteractionKind.CALL, summary="Call about the CFO")  # fmt: skip
    log(workspace, [people["ana"]], 3, next_step="Send the deck",
        next_step_due=date(2026, 12, 1), summary="Coffee with Ana")  # fmt: skip
    log(workspace, [people["ana"]], 2, next_step="Call back", next_step_done_at=NOW,
        summary="Done already")  # fmt: skip
    view = make_view()
    bar = view.filter_bar
    everything = ["Done already", "Coffee with Ana", "Call about the CFO",
                  "Sent François the article on pricing"]  # fmt: skip
    assert shown(view) == everything

    bar.kind.setCurrentIndex(bar.kind.findData(InteractionKind.CALL.value))
    assert shown(view) == ["Call about the CFO"]
    bar.kind.setCurrentIndex(0)

    qtbot.keyClicks(bar.search, "francois")  # no accent: still found
    qtbot.waitUntil(lambda: shown(view) == ["Sent François the article on pricing"])
    bar.search.clear()
    bar.apply()

    bar.open_steps.setChecked(True)
    assert shown(view) == ["Coffee with Ana"]
    bar.circle.setCurrentIndex(bar.circle.findData("close"))
    assert shown(view) == []
    assert view.empty_label.text() == "No interaction matches these filters."

    bar.open_steps.setFocus()
    qtbot.keyClick(bar.open_steps, Qt.Key.Key_Escape)
    assert shown(view) == everything
    assert not bar.open_steps.isChecked() and bar.circle.currentIndex() == 0

    bar.values_given.setChecked(True)
    assert shown(view) == ["Sent François the article on pricing"]
    bar.values_given.setChecked(False)
    bar.asks.setChecked(True)
    assert shown(view) == ["Call about the CFO"]
    bar.asks.setChecked(False)
    bar.since.set_value(date(2026, 11, 1))
    bar.until.set_value(date(2026, 11, 24))
    assert shown(view) == ["Call about the CFO"]


def test_only_the_first_page_loads_until_the_list_is_scrolled(
    qtbot: QtBot, workspace: Workspace, make_view: MakeView, people: dict[str, int]
) -> None:
    total = 260
    with db.atomic():
        for n in range(total):
            workspace.timeline.save(InteractionDraft(
                contact_ids=(people["zoe"],),
                occurred_at=workspace.clock.now() - timedelta(hours=7 * n),
                summary=f"entry {n}",
            ))  # fmt: skip
    view = make_view()
    model = view.model
    assert model.entry_count() == FIRST_PAGE
    QApplication.processEvents()
    assert model.entry_count() == FIRST_PAGE  # the first screen is full: nothing more read
    loaded = [model.entry_count()]
    while model.canFetchMore():
        view.list.scrollToBottom()
        QApplication.processEvents()
        assert model.entry_count() > loaded[-1]
        loaded.append(model.entry_count())
    assert loaded[-1] == total and len(loaded) >= 3
    assert shown(view) == [f"entry {n}" for n in range(total)]


def test_edit_then_undo_restores_the_previous_text(
    qtbot: QtBot,
    workspace: Workspace,
    undo_stack: QUndoStack,
    make_view: MakeView,
    people: dict[str, int],
) -> None:
    first = log(workspace, [people["zoe"]], 3, summary="Old text")
    view = make_view()
    select(view, first)
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    dialog = active_dialog(qtbot, view)
    assert dialog.windowTitle() == "Edit Interaction"
    dialog.form.summary.selectAll()
    qtbot.keyClicks(dialog.form.summary, "New text")
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_S, CTRL)
    assert shown(view) == ["New text"]
    assert view.selected_entry() is not None and view.selected_entry().id == first  # type: ignore[union-attr]
    undo_stack.undo()
    assert workspace.timeline.load(first).summary == "Old text"
    assert shown(view) == ["Old text"]
    undo_stack.redo()
    assert shown(view) == ["New text"]


def test_delete_then_undo_brings_it_back(
    qtbot: QtBot,
    workspace: Workspace,
    undo_stack: QUndoStack,
    make_view: MakeView,
    people: dict[str, int],
) -> None:
    kept = log(workspace, [people["ana"]], 1, summary="Kept")
    gone = log(workspace, [people["zoe"], people["marc"]], 2, summary="Lunch to delete")
    view = make_view()
    select(view, gone)
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert shown(view) == ["Kept"]
    assert view.selected_entry() is not None and view.selected_entry().id == kept  # type: ignore[union-attr]
    undo_stack.undo()
    assert shown(view) == ["Kept", "Lunch to delete"]
    restored = workspace.timeline.load(gone)
    assert restored.contact_ids == tuple(sorted([people["zoe"], people["marc"]]))


def test_space_marks_the_next_step_done_and_undone(
    qtbot: QtBot,
    workspace: Workspace,
    undo_stack: QUndoStack,
    make_view: MakeView,
    people: dict[str, int],
) -> None:
    step = log(workspace, [people["zoe"]], 1, summary="Coffee", next_step="Send the deck")
    view = make_view()
    select(view, step)
    assert view.done_action.text() == "Mark Next Step &Done"
    qtbot.keyClick(view.list, Qt.Key.Key_Space)
    assert workspace.timeline.open_next_steps() == []
    entry = view.selected_entry()
    assert entry is not None and entry.next_step_done_at == workspace.clock.now()
    assert view.done_action.text() == "Mark Next Step &Not Done"
    qtbot.keyClick(view.list, Qt.Key.Key_Space)
    assert [s.text for s in workspace.timeline.open_next_steps()] == ["Send the deck"]
    undo_stack.undo()
    assert workspace.timeline.open_next_steps() == []


def test_ctrl_l_on_a_contact_timeline_logs_with_that_contact(
    qtbot: QtBot, make_view: MakeView, people: dict[str, int]
) -> None:
    view = make_view()
    view.show_contact(people["francois"])
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_L, CTRL)
    dialog = view._dialog
    assert dialog is not None and dialog.form.contacts.contact_ids() == [people["francois"]]
    assert dialog.windowTitle() == "Log an Interaction"


def test_a_renamed_contact_is_renamed_on_the_timeline(
    qtbot: QtBot, workspace: Workspace, make_view: MakeView, people: dict[str, int]
) -> None:
    log(workspace, [people["zoe"]], 1, summary="Coffee")
    view = make_view()
    entry = view.model.entry_at(2)
    assert entry is not None and entry.participants == ((people["zoe"], "Zoé Martin"),)
    draft = workspace.contacts.draft(people["zoe"])
    workspace.contacts.save(replace(draft, family_name="Martin-Roux"))
    view.events.contacts_changed.emit([people["zoe"]])
    qtbot.waitUntil(lambda: view.model.entry_at(2).participants[0][1] == "Zoé Martin-Roux")  # type: ignore[union-attr]


def test_a_change_elsewhere_keeps_the_scroll_position_and_selection(
    qtbot: QtBot, workspace: Workspace, make_view: MakeView, people: dict[str, int]
) -> None:
    made = [log(workspace, [people["marc"]], n / 3, summary=f"entry {n}") for n in range(150)]
    view = make_view()
    while view.model.canFetchMore():
        view.list.scrollToBottom()
        QApplication.processEvents()
    select(view, made[120])
    view.list.scrollTo(view.model.index(view.model.row_of(made[110]), 0),
                       view.list.ScrollHint.PositionAtTop)  # fmt: skip
    top = view.list.indexAt(view.list.viewport().rect().topLeft())
    before = view.model.entry_at(top.row()) or view.model.entry_at(top.row() + 1)
    log(workspace, [people["ana"]], 0.01, summary="Just now")  # logged from another view
    view.events.interactions_changed.emit([])
    assert "Just now" in shown(view)
    assert view.model.entry_count() == 150 and view.model.canFetchMore()  # as many as shown
    top = view.list.indexAt(view.list.viewport().rect().topLeft())
    after = view.model.entry_at(top.row()) or view.model.entry_at(top.row() + 1)
    assert before is not None and after is not None and after.id == before.id
    assert view.selected_entry() is not None and view.selected_entry().id == made[120]  # type: ignore[union-attr]
