"""The Introductions view: the chain, one action per step, refusals, follow-ups, undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from networking_app.domain.introductions import IntroDraft
from networking_app.domain.vocabulary import Circle, IntroStatus
from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.workspace import Workspace
from networking_app.ui.events import DataEvents
from networking_app.ui.intro.intro_wizard import IntroWizard
from networking_app.ui.intro.introductions_view import IntroductionsView
from networking_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import show_active
from tests.ui.intro.conftest import NOW

S = IntroStatus


def make_view(
    qtbot: QtBot, workspace: Workspace, events: DataEvents, undo_stack: QUndoStack
) -> IntroductionsView:
    view = IntroductionsView(workspace, events, undo_stack)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    show_active(qtbot, view)
    return view


def request(workspace: Workspace, people: dict[str, int]) -> int:
    return workspace.introductions.save(
        IntroDraft(
            target_id=people["target"],
            introducer_id=people["zoe"],
            why="He launched the B2B payments offer at Acme.",
            ask="A 20-minute call next week.",
            opt_in_subject="Would you introduce me to François Muller?",
            opt_in_body="Hi Zoe,\n…\n",
        )
    )


def test_an_empty_view_explains_what_to_do(
    qtbot: QtBot, workspace: Workspace, events: DataEvents, undo_stack: QUndoStack
) -> None:
    view = make_view(qtbot, workspace, events, undo_stack)
    assert view.pages.currentIndex() == 1
    assert "Ctrl+I" in view.empty.text()
    with qtbot.waitSignal(view.new_requested):
        view.empty_button.click()


def test_each_step_in_one_action_dated_and_undoable(
    qtbot: QtBot,
    workspace: Workspace,
    events: DataEvents,
    undo_stack: QUndoStack,
    people: dict[str, int],
) -> None:
    rid = request(workspace, people)
    view = make_view(qtbot, workspace, events, undo_stack)
    assert view.current_id() == rid
    row = view.table.topLevelItem(0)
    assert row is not None and [row.text(c) for c in range(3)] == [
        "François Muller",
        "Zoe Martin",
        "Draft",
    ]
    for status in (S.ASKED, S.ACCEPTED, S.INTRODUCED, S.MET):
        view.step_buttons[status].click()
        assert view.current() is not None and view.current().status is status  # type: ignore[union-attr]
    buttons = view.step_buttons
    assert buttons[S.MET].isChecked() and "\n" in buttons[S.MET].text()
    assert buttons[S.ASKED].text().startswith("Asked\n") and not buttons[S.DECLINED].isChecked()
    assert not buttons[S.CLOSED].isChecked()
    target = workspace.contacts.draft(people["target"])
    assert (target.circle, target.introduced_by_id) == (Circle.WEAK, people["zoe"])
    # after "met": the prompt to update and thank the introducer
    assert view.follow_box.isVisibleTo(view)
    item = view.follow_list.item(0)
    assert item is not None and "tell Zoe Martin how it went" in item.text()

    undo_stack.undo()  # back to "introduced": the target is to meet again
    assert view.current().status is S.INTRODUCED  # type: ignore[union-attr]
    assert workspace.contacts.draft(people["target"]).circle is Circle.TARGET
    assert not view.follow_box.isVisibleTo(view)
    undo_stack.redo()
    view.step_buttons[S.CLOSED].click()
    assert view.current().status is S.CLOSED  # type: ignore[union-attr]
    assert view.follow_list.count() == 0


def test_an_illegal_step_is_refused_with_a_message(
    qtbot: QtBot,
    workspace: Workspace,
    events: DataEvents,
    undo_stack: QUndoStack,
    people: dict[str, int],
) -> None:
    request(workspace, people)
    view = make_view(qtbot, workspace, events, undo_stack)
    view.step_buttons[S.MET].click()  # met before asked
    assert view.message.text() == "“Met” cannot come after “Draft”. Next step: “Asked”."
    assert not view.step_buttons[S.MET].isChecked()
    assert view.current().status is S.DRAFT  # type: ignore[union-attr]
    assert undo_stack.count() == 0
    assert workspace.contacts.draft(people["target"]).circle is Circle.TARGET


def test_no_answer_after_seven_days_prompts_one_follow_up(
    qtbot: QtBot,
    database: AppPaths,
    events: DataEvents,
    undo_stack: QUndoStack,
    people: dict[str, int],
    workspace: Workspace,
    tmp_path: Path,
) -> None:
    rid = request(workspace, people)
    workspace.introductions.move(rid, S.ASKED)
    assert workspace.introductions.follow_ups() == []
    later = Workspace(database, Clock(fixed=NOW + timedelta(days=7)))
    view = make_view(qtbot, later, events, undo_stack)
    assert view.follow_list.count() == 1
    line = view.follow_list.item(0).text()  # type: ignore[union-attr]
    assert "Zoe Martin has not answered about François Muller" in line
    # dated as Today writes days ("4 Jun 2026"), not "6/4/26"
    due = (NOW + timedelta(days=7)).date()
    assert line.startswith(f"{due.day} {due:%b} {due.year} — ")
    view.export_current(tmp_path / "drafts")
    assert "Saved intro-" in view.message.text()
    assert len(list((tmp_path / "drafts").glob("*.eml"))) == 2


def test_ctrl_4_shows_the_view_and_ctrl_i_asks_for_the_selected_contact(
    qtbot: QtBot, make_window: Callable[[AppPaths], MainWindow], demo_paths: AppPaths
) -> None:
    window = make_window(demo_paths)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "introductions"
    assert window.introductions.table.topLevelItemCount() == 3
    assert window.introductions.follow_list.count() >= 1  # the demo's request asked 9 days ago
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.board.store.loaded)
    some = next(c for c in window.workspace.contacts.cards() if c.circle is Circle.TARGET)
    window.board.select_contact(some.id)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = window.findChild(IntroWizard)
    assert wizard is not None and wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.target_page.loaded)
    assert wizard.target_page.target_id() == some.id
    wizard.reject()
    qtbot.waitUntil(lambda: window.board.detail.contact_id == some.id)
    window.board.detail.intro_button.click()  # the same from the detail panel
    wizards = [w for w in window.findChildren(IntroWizard) if w.isVisible()]
    qtbot.waitUntil(lambda: all(w.target_page.loaded for w in wizards))
    assert [w.target_page.target_id() for w in wizards] == [some.id]
    wizards[0].reject()


def test_a_request_asked_from_the_wizard_shows_as_asked_and_current(
    qtbot: QtBot, make_window: Callable[[AppPaths], MainWindow], demo_paths: AppPaths
) -> None:
    window = make_window(demo_paths)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    before = window.introductions.table.topLevelItemCount()
    some = next(c for c in window.workspace.contacts.cards() if c.circle is Circle.TARGET)
    wizard = window.contact_actions.ask_introduction(some.id)
    qtbot.waitUntil(lambda: wizard.target_page.loaded)
    wizard.target_page.why.setPlainText("She rebuilt the payments team at her firm last year.")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.introducer_page.table.topLevelItemCount() > 0)
    wizard.next()
    wizard.readiness_page.ask.setPlainText("A 20-minute call next week about pricing.")
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.export_page
    wizard.export_page.asked.setChecked(True)
    with qtbot.waitSignal(wizard.request_asked):
        wizard.accept()
    table = window.introductions.table
    assert table.topLevelItemCount() == before + 1
    current = table.currentItem()
    assert current is not None and current.text(0) == some.name
    assert current.text(2) == "Asked"
