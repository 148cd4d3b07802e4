"""The trash lists deleted contacts newest first; restore brings them back, purge asks first."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from networking_app.services.contacts import ContactBook
from networking_app.storage.sql import rows
from networking_app.ui.contacts.trash_dialog import TrashDialog
from networking_app.ui.events import DataEvents
from networking_app.ui.i18n import install_translators
from tests.ui.contacts.keyboard import press
from tests.ui.helpers import show_active

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]


def open_trash(qtbot: QtBot, book: ContactBook) -> tuple[TrashDialog, DataEvents]:
    events = DataEvents()
    dialog = TrashDialog(book, events)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog, events


def listed(dialog: TrashDialog) -> list[str]:
    tree = dialog.tree
    return [tree.topLevelItem(row).text(0) for row in range(tree.topLevelItemCount())]


def select_rows(dialog: TrashDialog, *row_numbers: int) -> None:
    tree = dialog.tree
    tree.clearSelection()
    flag = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in row_numbers:
        tree.selectionModel().select(tree.model().index(row, 0), flag)


def name_of(book: ContactBook, contact_id: int) -> str:
    return book.draft(contact_id).name


def test_the_trash_lists_the_newest_first(qtbot: QtBot, book: ContactBook) -> None:
    demo_trash = [entry.name for entry in book.trashed()]  # the demo deleted two, weeks ago
    book.trash([3])
    dialog, _events = open_trash(qtbot, book)
    assert listed(dialog) == [name_of(book, 3), *demo_trash]
    assert dialog.tree.topLevelItem(0).text(1) == book.draft(3).organisation
    assert dialog.tree.topLevelItem(0).text(2)  # when, in the user's format
    assert dialog.stack.currentWidget() is dialog.tree


def test_restore_brings_the_selected_contacts_back(qtbot: QtBot, book: ContactBook) -> None:
    book.trash([3, 7])
    dialog, events = open_trash(qtbot, book)
    ids = [entry.id for entry in book.trashed()]
    select_rows(dialog, 0, 1)  # the two just deleted
    restored = set(dialog.selected_ids())
    assert restored == {3, 7}

    told: list[list[int]] = []
    dialog.contacts_restored.connect(told.append)
    events.contacts_changed.connect(told.append)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [sorted(ids) for ids in told] == [[3, 7], [3, 7]]
    assert [entry.id for entry in book.trashed()] == [i for i in ids if i not in restored]
    assert {3, 7} <= {card.id for card in book.cards()}
    assert len(listed(dialog)) == len(ids) - 2


def test_enter_restores_the_current_contact(qtbot: QtBot, book: ContactBook) -> None:
    book.trash([3])
    dialog, _events = open_trash(qtbot, book)
    press(qtbot, Qt.Key.Key_Return)  # the newest is current and selected when it opens
    assert 3 not in {entry.id for entry in book.trashed()}
    assert dialog.isVisible()


def test_purge_asks_first_and_deletes_for_good(
    qtbot: QtBot, book: ContactBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(_parent: object, title: str, text: str, *_args: object) -> object:
        asked.append(f"{title}: {text}")
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", answer)
    book.trash([3, 7])
    dialog, events = open_trash(qtbot, book)
    select_rows(dialog, 0, 1)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)  # "Cancel"
    assert {3, 7} <= {entry.id for entry in book.trashed()}

    with qtbot.waitSignals([dialog.contacts_purged, events.contacts_changed]):
        qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)  # "Yes"
    assert (
        asked
        == [
            "Delete for Good: Delete 2 contacts for good? This cannot be undone.\n\n"
            "Their interactions stay in your timeline, without them."
        ]
        * 2
    )
    assert rows("SELECT COUNT(*) FROM contact WHERE id IN (3, 7)") == [(0,)]
    assert rows("SELECT COUNT(*) FROM interaction_participant WHERE contact_id IN (3, 7)") == [(0,)]


def test_purging_one_names_it_and_the_delete_key_asks_too(
    qtbot: QtBot, book: ContactBook, never_block_on_a_message_box: list[str]
) -> None:
    book.trash([3])
    dialog, _events = open_trash(qtbot, book)
    press(qtbot, Qt.Key.Key_Delete)  # the safe answer, "Cancel", is given
    assert never_block_on_a_message_box == [
        f"Delete for Good: Delete {name_of(book, 3)} for good? This cannot be undone.\n\n"
        "Their interactions stay in your timeline, without them."
    ]
    assert 3 in {entry.id for entry in book.trashed()}
    assert dialog.isVisible()


def test_an_empty_trash_says_what_it_is_for(qtbot: QtBot, empty_book: ContactBook) -> None:
    dialog, _events = open_trash(qtbot, empty_book)
    assert dialog.stack.currentWidget() is dialog.empty_label
    assert dialog.empty_label.isVisible()
    assert dialog.empty_label.text() == (
        "The trash is empty. Contacts you delete wait here until you restore or purge them."
    )
    assert not dialog.restore_button.isEnabled()
    assert not dialog.purge_button.isEnabled()
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_trash_empties_as_contacts_are_restored(qtbot: QtBot, book: ContactBook) -> None:
    dialog, _events = open_trash(qtbot, book)
    press(qtbot, Qt.Key.Key_A, CTRL)  # select all
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert book.trashed() == []
    assert dialog.stack.currentWidget() is dialog.empty_label


def test_the_trash_says_when_in_the_app_s_day_format(
    qtbot: QtBot, book: ContactBook, back_to_english: None
) -> None:
    book.trash([3])
    for lang, month in (("en", "Nov"), ("fr", "nov.")):
        install_translators(QApplication.instance(), lang)  # type: ignore[arg-type]
        dialog, _events = open_trash(qtbot, book)
        when = dialog.tree.topLevelItem(0).text(2)
        # "28 Nov 2026 10:00 AM" / "28 nov. 2026 10:00": never "11/28/26 10:00 AM"
        assert re.match(rf"^\d{{1,2}} {re.escape(month)} 2026 \d{{1,2}}:\d\d", when), when
        dialog.close()
