"""The window's global shortcuts reach the right place from wherever the user is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from networking_app.domain.vocabulary import Circle
from networking_app.paths import AppPaths
from networking_app.ui.contacts.contact_editor import ContactEditor
from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.timeline.log_dialog import LogInteractionDialog
from tests.ui.helpers import show_active

MakeWindow = Callable[[AppPaths], MainWindow]


def _open_dialog(qtbot: QtBot, kind: type) -> object:
    """The one dialog of ``kind`` on screen, once it has the focus (as for a user)."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    found[0].activateWindow()
    qtbot.waitUntil(found[0].isActiveWindow)
    return found[0]


def test_ctrl_l_logs_a_touch_with_the_board_selection(
    qtbot: QtBot, make_window: MakeWindow, demo_paths: AppPaths
) -> None:
    window = make_window(demo_paths)
    show_active(qtbot, window)
    qtbot.keyClick(window, "2", Qt.KeyboardModifier.ControlModifier)
    card = window.workspace.contacts.cards()[0]
    assert window.board.select_contact(card.id)
    before = window.workspace.contacts.cards([card.id])[0].last_interaction

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = _open_dialog(qtbot, LogInteractionDialog)
    assert isinstance(dialog, LogInteractionDialog)
    assert dialog.form.contacts.contact_ids() == [card.id]
    qtbot.keyClicks(dialog.form.summary, "Coffee near the office")
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    after = window.workspace.contacts.cards([card.id])[0].last_interaction
    assert after is not None and (before is None or after > before)


def test_ctrl_n_opens_the_editor_and_the_new_contact_lands_on_the_board(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths
) -> None:
    window = make_window(paths)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = _open_dialog(qtbot, ContactEditor)
    assert isinstance(editor, ContactEditor)
    first_name = editor.profile_page.given_edit
    assert first_name.hasFocus()
    qtbot.keyClicks(first_name, "Zoe")
    qtbot.keyClick(first_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    cards = window.workspace.contacts.cards()
    assert [c.name for c in cards] == ["Zoe"]
    assert window.board.selected_ids() in ([], [cards[0].id])


def test_ctrl_z_undoes_a_board_move_from_the_window(
    qtbot: QtBot, make_window: MakeWindow, demo_paths: AppPaths
) -> None:
    window = make_window(demo_paths)
    show_active(qtbot, window)
    qtbot.keyClick(window, "2", Qt.KeyboardModifier.ControlModifier)
    card = next(c for c in window.workspace.contacts.cards() if c.circle is Circle.WEAK)
    assert window.board.select_contact(card.id)
    window.board.move_selected(Circle.CLOSE)
    assert window.workspace.contacts.draft(card.id).circle is Circle.CLOSE
    assert window.undo_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.contacts.draft(card.id).circle is Circle.WEAK
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.workspace.contacts.draft(card.id).circle is Circle.CLOSE


def test_ctrl_f_searches_the_view_in_front(
    qtbot: QtBot, make_window: MakeWindow, demo_paths: AppPaths
) -> None:
    window = make_window(demo_paths)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "board"
    assert window.board.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(window, "3", Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "timeline"
    assert window.timeline.isAncestorOf(QApplication.focusWidget())


def test_a_contacts_timeline_from_the_contacts_menu(
    qtbot: QtBot, make_window: MakeWindow, demo_paths: AppPaths
) -> None:
    window = make_window(demo_paths)
    show_active(qtbot, window)
    window.show_view("board")
    card = next(c for c in window.workspace.contacts.cards() if c.last_interaction)
    assert window.board.select_contact(card.id)
    window.contact_timeline_action.trigger()
    assert window.current_view() == "timeline"
    model = window.timeline.model
    assert model.current_filter().contact_id == card.id
    shown = [e for r in range(model.rowCount()) if (e := model.entry_at(r)) is not None]
    assert shown
    assert all(card.id in [cid for cid, _name in e.participants] for e in shown)


def test_log_from_the_cards_menu_and_the_detail_panel(
    qtbot: QtBot, make_window: MakeWindow, demo_paths: AppPaths
) -> None:
    window = make_window(demo_paths)
    show_active(qtbot, window)
    window.show_view("board")
    card = window.workspace.contacts.cards()[3]
    assert window.board.select_contact(card.id)
    window.board.detail.log_button.click()
    dialog = _open_dialog(qtbot, LogInteractionDialog)
    assert isinstance(dialog, LogInteractionDialog)
    assert dialog.form.contacts.contact_ids() == [card.id]
    dialog.done(0)
    window.board.log_requested.emit([card.id])  # what the card's context menu sends
    again = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, LogInteractionDialog) and w.isVisible()
    ]
    assert [d.form.contacts.contact_ids() for d in again] == [[card.id]]
