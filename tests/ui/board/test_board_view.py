"""The board driven like a user drives it: mouse, keyboard, drag and drop, undo."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeData,
    QModelIndex,
    QPointF,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
)
from PySide6.QtWidgets import QApplication, QMenu
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from networking_app.domain.board import BoardFilter, SortKey, select
from networking_app.domain.contacts import ContactDraft, MethodDraft
from networking_app.domain.vocabulary import Circle
from networking_app.services.workspace import Workspace
from networking_app.ui.board import board_model, detail_panel
from networking_app.ui.board.board_column import CircleColumn
from networking_app.ui.board.board_model import ID_ROLE
from networking_app.ui.board.board_view import CIRCLES, BoardView
from tests.ui.board.conftest import MakeBoard
from tests.ui.helpers import show_active

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def column(board: BoardView, circle: Circle) -> CircleColumn:
    return board.columns[CIRCLES.index(circle)]


def click_card(
    qtbot: QtBot,
    board: BoardView,
    circle: Circle,
    row: int,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> int:
    """Click the card at ``row`` of ``circle``'s column; returns its contact id."""
    view = column(board, circle).view
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center()
    )
    return column(board, circle).model.card_at(row).id


DragEvent = TypeVar("DragEvent", QDragEnterEvent, QDragMoveEvent)


def drag_event(kind: type[DragEvent], at: QPointF, mime: QMimeData) -> DragEvent:
    """What the drag machinery sends a view while a card is dragged over it."""
    args = (
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    try:
        return kind(at, *args)  # Qt 6.12 takes a QPointF...
    except TypeError:
        return kind(at.toPoint(), *args)  # ...and deprecates the QPoint that 6.11 wanted


def count_in_header(board: BoardView, circle: Circle) -> int:
    return int(column(board, circle).header_text.split(" · ")[1])


def test_ctrl_shift_3_moves_the_selection_to_weak_ties_and_ctrl_z_undoes(
    qtbot: QtBot, make_board: MakeBoard, demo_workspace: Workspace
) -> None:
    book = demo_workspace.contacts
    board = make_board(demo_workspace)
    show_active(qtbot, board)
    close_count, weak_count = (
        count_in_header(board, Circle.CLOSE),
        count_in_header(board, Circle.WEAK),
    )
    first = click_card(qtbot, board, Circle.CLOSE, 0)
    second = click_card(qtbot, board, Circle.CLOSE, 1, SHIFT)
    assert board.selected_ids() == [first, second]

    qtbot.keyClick(column(board, Circle.CLOSE).view, Qt.Key.Key_3, CTRL | SHIFT)

    assert book.draft(first).circle is Circle.WEAK
    assert book.draft(second).circle is Circle.WEAK
    assert count_in_header(board, Circle.CLOSE) == close_count - 2
    assert count_in_header(board, Circle.WEAK) == weak_count + 2
    assert sorted(board.selected_ids()) == sorted([first, second])  # the selection follows
    assert column(board, Circle.WEAK).view.hasFocus()

    qtbot.keyClick(column(board, Circle.WEAK).view, Qt.Key.Key_Z, CTRL)
    assert book.draft(first).circle is Circle.CLOSE
    assert book.draft(second).circle is Circle.CLOSE
    assert sorted(column(board, Circle.CLOSE).selected_ids()) == sorted([first, second])
    assert count_in_header(board, Circle.CLOSE) == close_count
    assert count_in_header(board, Circle.WEAK) == weak_count

    qtbot.keyClick(column(board, Circle.WEAK).view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert book.draft(first).circle is Circle.WEAK


def test_dragging_a_card_onto_another_column_moves_it(
    qtbot: QtBot, make_board: MakeBoard, demo_workspace: Workspace
) -> None:
    book = demo_workspace.contacts
    board = make_board(demo_workspace)
    source, target = column(board, Circle.TARGET), column(board, Circle.EXTENDED)
    contact_id = click_card(qtbot, board, Circle.TARGET, 2)
    mime = source.model.mimeData(source.view.selectionModel().selectedIndexes())
    viewport = target.view.viewport()
    at = QPointF(viewport.width() / 2, viewport.height() / 2)
    enter = drag_event(QDragEnterEvent, at, mime)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = drag_event(QDragMoveEvent, at, mime)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(
        at,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)

    assert book.draft(contact_id).circle is Circle.EXTENDED
    assert target.model.reveal({contact_id})
    assert not source.model.reveal({contact_id})
    # the card stays selected in its new column, its details still shown
    assert board.selected_ids() == [contact_id] and target.selected_ids() == [contact_id]
    assert board.detail.contact_id == contact_id
    assert board.undo_stack.count() == 1
    board.undo_stack.undo()
    assert book.draft(contact_id).circle is Circle.TARGET
    assert source.selected_ids() == [contact_id] and board.detail.contact_id == contact_id
    board.undo_stack.redo()
    assert book.draft(contact_id).circle is Circle.EXTENDED
    assert target.selected_ids() == [contact_id]


def test_delete_moves_to_the_trash_and_ctrl_z_restores(
    qtbot: QtBot, make_board: MakeBoard, demo_workspace: Workspace
) -> None:
    book = demo_workspace.contacts
    board = make_board(demo_workspace)
    show_active(qtbot, board)
    count = count_in_header(board, Circle.EXTENDED)
    contact_id = click_card(qtbot, board, Circle.EXTENDED, 3)
    following = column(board, Circle.EXTENDED).model.card_at(4).id
    view = column(board, Circle.EXTENDED).view

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert contact_id in [entry.id for entry in book.trashed()]
    assert count_in_header(board, Circle.EXTENDED) == count - 1
    assert board.selected_ids() == [following]  # ready for the next Delete

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert contact_id not in [entry.id for entry in book.trashed()]
    assert count_in_header(board, Circle.EXTENDED) == count
    assert column(board, Circle.EXTENDED).model.card_at(3).id == contact_id


def test_enter_and_double_click_ask_to_edit_the_card(
    qtbot: QtBot, make_board: MakeBoard, demo_workspace: Workspace
) -> None:
    board = make_board(demo_workspace)
    show_active(qtbot, board)
    contact_id = click_card(qtbot, board, Circle.WEAK, 1)
    view = column(board, Circle.WEAK).view
    with qtbot.waitSignal(board.edit_requested) as edit:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert edit.args == [contact_id]

    where = view.visualRect(view.model().index(2, 0)).center()
    with qtbot.waitSignal(board.edit_requested) as edit:
        # A double click is a press, a release and a second press that is a double click.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert edit.args == [column(board, Circle.WEAK).model.card_at(2).id]

    with qtbot.waitSignal(board.new_requested) as new:
        board.request_new()
    assert new.args == [Circle.WEAK]  # the column the user is in


def test_the_selection_lives_in_one_column_and_drives_the_detail_panel(
    qtbot: QtBot, make_board: MakeBoard, demo_workspace: Workspace
) -> None:
    board = make_board(demo_workspace)
    assert board.detail.placeholder.text() == "Select a contact to see their details."
    with qtbot.waitSignal(board.selection_changed) as changed:
        close_id = click_card(qtbot, board, Circle.CLOSE, 0)
    assert changed.args == [[close_id]]
    assert board.detail.contact_id == close_id
    assert board.detail.name.text() == demo_workspace.contacts.draft(close_id).name

    weak_ids = [click_card(qtbot, board, Circle.WEAK, 0)]
    weak_ids.append(click_card(qtbot, board, Circle.WEAK, 1, CTRL))
    assert board.selected_ids() == weak_ids  # the close circle's selection went away
    assert board.detail.placeholder.text() == "2 contacts selected."

    click_card(qtbot, board, Circle.WEAK, 0, CTRL)
    click_card(qtbot, board, Circle.WEAK, 1, CTRL)
    assert board.selected_ids() == []
    assert board.detail.placeholder.isVisible()
    assert board.detail.placeholder.text() == "Select a contact to see their details."


def test_ctrl_arrows_go_from_column_to_column(
    qtbot: QtBot, make_board: MakeBoard, demo_workspace: Workspace
) -> None:
    board = make_board(demo_workspace)
    show_active(qtbot, board)
    first = click_card(qtbot, board, Circle.CLOSE, 0)
    close_view = column(board, Circle.CLOSE).view
    qtbot.keyClick(close_view, Qt.Key.Key_Down)
    assert board.selected_ids() == [column(board, Circle.CLOSE).model.card_at(1).id]
    qtbot.keyClick(close_view, Qt.Key.Key_Right, CTRL)
    assert column(board, Circle.EXTENDED).view.hasFocus()
    assert board.selected_ids() == [column(board, Circle.EXTENDED).model.card_at(0).id]
    qtbot.keyClick(column(board, Circle.EXTENDED).view, Qt.Key.Key_Left, CTRL)
    assert close_view.hasFocus()
    assert board.selected_ids() == [column(board, Circle.CLOSE).model.card_at(1).id]
    assert first != board.selected_ids()[0]


def test_the_context_menu_offers_moves_edit_and_trash(
    qtbot: QtBot, make_board: MakeBoard, demo_workspace: Workspace
) -> None:
    board = make_board(demo_workspace)
    click_card(qtbot, board, Circle.EXTENDED, 0)
    seen: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            seen.append(action.text())
            if action.menu() is not None:
                seen.extend(
                    f"{a.text()} {a.shortcut().toString()} {a.isEnabled()}"
                    for a in action.menu().actions()
                )
        menu.close()

    QTimer.singleShot(50, read_and_close)
    view = column(board, Circle.EXTENDED).view
    view.customContextMenuRequested.emit(view.visualRect(view.model().index(0, 0)).center())
    assert seen[0] == "Edit…"
    assert seen[1] == "Move to"
    assert seen[2:6] == [
        "Close circle Ctrl+Shift+1 True",
        "Extended circle Ctrl+Shift+2 False",  # already there
        "Weak ties Ctrl+Shift+3 True",
        "To meet Ctrl+Shift+4 True",
    ]
    assert "Move to Trash" in seen
    assert "New Contact…" in seen
    assert all(a.isEnabled() for a in board.move_actions.values())  # enabled again after


def test_detail_panel_links_email_and_phone(
    qtbot: QtBot, make_board: MakeBoard, fresh_workspace: Workspace, monkeypatch: MonkeyPatch
) -> None:
    book = fresh_workspace.contacts
    contact_id = book.save(
        ContactDraft(
            given_name="Élodie",
            family_name="Roux",
            organisation="Acme",
            role="Product manager",
            city="Lyon",
            circle=Circle.CLOSE,
            methods=(
                MethodDraft("email", "elodie.roux@acme.example", "work", preferred=True),
                MethodDraft("phone", "+33 (0)6 12 34 56 78", "mobile"),
                MethodDraft("url", "www.acme.example/elodie", "site"),
                MethodDraft("url", "file:///etc/passwd", "imported"),
            ),
            tags=("mentor", "python"),
            prep_notes="Ask about the Lyon meetup.",
        )
    )
    board = make_board(fresh_workspace)
    assert board.select_contact(contact_id)
    text = board.detail.sections["methods"][1].text()
    assert 'href="mailto:elodie.roux@acme.example"' in text
    assert 'href="tel:+33612345678"' in text
    assert 'href="https://www.acme.example/elodie"' in text
    assert "file:///etc/passwd" in text and 'href="file:' not in text  # shown, not opened
    assert board.detail.job.text() == "Product manager @ Acme"
    assert board.detail.sections["tags"][1].text() == "mentor · python"
    assert board.detail.sections["prep"][1].text() == "Ask about the Lyon meetup."
    assert board.detail.fact_labels["city"].text() == "Lyon"

    opened: list[QUrl] = []
    monkeypatch.setattr(detail_panel.QDesktopServices, "openUrl", opened.append)
    board.detail.sections["methods"][1].linkActivated.emit("mailto:elodie.roux@acme.example")
    assert opened == [QUrl("mailto:elodie.roux@acme.example")]

    with qtbot.waitSignal(board.edit_requested) as edit:
        qtbot.mouseClick(board.detail.edit_button, Qt.MouseButton.LeftButton)
    assert edit.args == [contact_id]


def test_an_empty_network_says_how_to_begin(
    qtbot: QtBot, make_board: MakeBoard, fresh_workspace: Workspace
) -> None:
    board = make_board(fresh_workspace)
    assert board.pages.currentIndex() == 1
    assert board.empty_label.text() == (
        "No contacts yet. Press Ctrl+N to add the first person of your network."
    )
    assert not board.filter_bar.isVisible()
    with qtbot.waitSignal(board.new_requested) as new:
        qtbot.mouseClick(board.empty_button, Qt.MouseButton.LeftButton)
    assert new.args == [None]

    contact_id = fresh_workspace.contacts.save(ContactDraft(given_name="Ada"))
    board.events.contacts_changed.emit([contact_id])
    assert board.pages.currentIndex() == 0
    assert board.filter_bar.isVisible()
    assert count_in_header(board, Circle.WEAK) == 1


def png(color: str) -> bytes:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_photos_are_read_only_for_cards_on_screen_and_only_once(
    qtbot: QtBot, make_board: MakeBoard, fresh_workspace: Workspace
) -> None:
    book = fresh_workspace.contacts
    photo = png("#3366aa")
    for n in range(40):
        book.save(ContactDraft(given_name=f"Person {n:02}", circle=Circle.CLOSE, photo=photo))
    board = make_board(fresh_workspace)
    loads: list[int] = []
    original = board.photos.load

    def counting(contact_id: int) -> bytes | None:
        loads.append(contact_id)
        return original(contact_id)

    board.photos.load = counting
    board.store.load()  # fresh cards: the delegate paints them (and asks for photos) again
    board.grab()
    assert 0 < len(loads) < 40
    first = list(loads)
    board.grab()
    assert loads == first  # decoded once, then cached


def test_a_relationship_in_the_detail_panel_leads_to_that_contact(
    qtbot: QtBot, make_board: MakeBoard, demo_workspace: Workspace
) -> None:
    board = make_board(demo_workspace)
    linked = next(
        cid
        for cid, _name in demo_workspace.contacts.choices()
        if demo_workspace.contacts.detail(cid).links
    )
    board.select_contact(linked)
    other = demo_workspace.contacts.detail(linked).links[0]
    links = board.detail.sections["links"][1]
    assert f'href="contact:{other.id}"' in links.text()
    links.linkActivated.emit(f"contact:{other.id}")
    assert board.selected_ids() == [other.id]
    assert board.detail.name.text() == other.name


def test_the_detail_panels_buttons_are_never_cut_off(
    qtbot: QtBot, make_board: MakeBoard, demo_workspace: Workspace
) -> None:
    board = make_board(demo_workspace)
    click_card(qtbot, board, Circle.EXTENDED, 0)
    panel = board.detail
    for width in (1280, 1000):
        board.resize(width, 760)
        qtbot.wait(20)  # layouts run
        for button in (
            panel.edit_button,
            panel.log_button,
            panel.intro_button,
            panel.remind_button,
        ):
            assert button.isVisible()
            right = button.mapTo(panel.viewport(), button.rect().topRight()).x()
            assert right < panel.viewport().width(), (width, button.text())


def test_scrolling_a_searched_column_to_the_bottom_reaches_its_last_card(
    qtbot: QtBot, make_board: MakeBoard, demo_workspace: Workspace, monkeypatch: MonkeyPatch
) -> None:
    monkeypatch.setattr(board_model, "PAGE", 5)  # the demo's columns then take pages
    board = make_board(demo_workspace)
    qtbot.waitUntil(lambda: board.store.index is not None)
    qtbot.keyClicks(board.filter_bar.search, "e")
    weak = column(board, Circle.WEAK)
    expected = select(
        board.store.pool(Circle.WEAK, SortKey.NAME), BoardFilter(text="e"), board.store.today
    )
    assert len(expected) > 3 * 5
    assert weak.model.rowCount() < len(expected)  # a few pages, enough to fill the view
    assert count_in_header(board, Circle.WEAK) == len(expected)
    overdue = sum(card.due is not None and card.due < board.store.today for card in expected)
    assert f"{overdue} overdue" in weak.header_text

    for _ in range(len(expected)):  # a page more each time the view reaches its bottom
        if not weak.model.canFetchMore(QModelIndex()):
            break
        weak.view.scrollToBottom()
        qtbot.wait(1)
    weak.view.scrollToBottom()
    qtbot.wait(1)
    last = weak.model.index(weak.model.rowCount() - 1, 0)
    assert weak.model.rowCount() == len(expected)
    assert last.data(ID_ROLE) == expected[-1].id
    assert weak.view.visualRect(last).intersects(weak.view.viewport().rect())  # on screen
    assert count_in_header(board, Circle.WEAK) == len(expected)
