"""The contact picker: accent- and case-blind search, Enter and Tab confirm, unknown reverts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from networking_app.ui.contacts.contact_picker import (
    ContactListModel,
    ContactPicker,
    choices_from,
    matching,
)
from networking_app.ui.contacts.tags_edit import split_tags
from tests.ui.contacts.keyboard import clear_and_type, focus, press, type_text
from tests.ui.helpers import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

PEOPLE = choices_from(
    [(1, "Élodie Roux"), (2, "François Petit"), (3, "Eloi Martin"), (4, "Zoé Blanc"),
     (5, "Camille Roux")]
)  # fmt: skip


def names(found: list) -> list[str]:  # type: ignore[type-arg]
    return [c.name for c in found]


def test_search_ignores_accents_and_case() -> None:
    assert names(matching(PEOPLE, "elodie")) == ["Élodie Roux"]
    assert names(matching(PEOPLE, "FRANCOIS")) == ["François Petit"]
    assert names(matching(PEOPLE, "roux")) == ["Élodie Roux", "Camille Roux"]
    assert names(matching(PEOPLE, "roux cam")) == ["Camille Roux"]  # every word must match
    assert matching(PEOPLE, "  ") == []


def test_names_starting_with_what_was_typed_come_first() -> None:
    assert names(matching(PEOPLE, "elo")) == ["Eloi Martin", "Élodie Roux"]
    assert names(matching(PEOPLE, "élo")) == ["Élodie Roux", "Eloi Martin"]


def test_the_list_model_is_a_sound_qt_model(qtmodeltester: ModelTester) -> None:
    model = ContactListModel(PEOPLE)
    qtmodeltester.check(model)
    model.set_rows(PEOPLE[:2])
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "François Petit"
    assert model.index(1, 0).data(Qt.ItemDataRole.UserRole) == 2


class _Form(QDialog):
    """A picker in a dialog whose default button must not fire on the picker's Enter."""

    def __init__(self) -> None:
        super().__init__()
        self.picker = ContactPicker(PEOPLE, exclude=[4])
        self.other = QLineEdit()
        self.ok = QPushButton("OK")
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.other)
        layout.addWidget(self.ok)
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)


@pytest.fixture
def form(qtbot: QtBot) -> _Form:
    dialog = _Form()
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    focus(qtbot, dialog.picker)
    return dialog


def test_tab_keeps_the_only_contact_the_text_names(qtbot: QtBot, form: _Form) -> None:
    changes: list[object] = []
    form.picker.contact_changed.connect(changes.append)
    type_text(qtbot, "francois")
    press(qtbot, Qt.Key.Key_Escape)  # close the suggestions, keep the text
    press(qtbot, Qt.Key.Key_Tab)
    assert form.picker.contact_id() == 2
    assert form.picker.currentText() == "François Petit"
    assert changes == [2]


def test_enter_confirms_without_pressing_the_default_button(qtbot: QtBot, form: _Form) -> None:
    type_text(qtbot, "camille")
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Return)
    assert form.picker.contact_id() == 5
    assert form.isVisible()


def test_text_naming_nobody_goes_back_to_the_choice(qtbot: QtBot, form: _Form) -> None:
    form.picker.set_contact_id(3)
    clear_and_type(qtbot, form.picker, "roux")  # two people: ambiguous
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Tab)
    assert form.picker.contact_id() == 3
    assert form.picker.currentText() == "Eloi Martin"
    clear_and_type(qtbot, form.picker, "nobody")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.picker.contact_id() == 3


def test_an_empty_field_means_nobody(qtbot: QtBot, form: _Form) -> None:
    form.picker.set_contact_id(1)
    clear_and_type(qtbot, form.picker, "")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.picker.contact_id() is None


def test_excluded_contacts_are_not_offered(qtbot: QtBot, form: _Form) -> None:
    type_text(qtbot, "zoe")
    assert form.picker.suggestions().rowCount() == 0
    assert not form.picker.known(4)


def test_tags_are_trimmed_and_each_kept_once() -> None:
    assert split_tags(" mentor,climate ,, Mentor, rock   climbing, ") == (
        "mentor",
        "climate",
        "rock climbing",
    )
