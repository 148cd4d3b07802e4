"""The editor refuses bad input, says why next to the field, and saves nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from networking_app.domain.contacts import ContactDraft, Field, Finding, Problem
from networking_app.domain.vocabulary import MethodKind
from networking_app.services.contacts import ContactBook
from networking_app.storage.sql import rows
from networking_app.ui.contacts.contact_editor import ContactEditor
from networking_app.ui.contacts.problem_messages import problem_message
from tests.ui.contacts.keyboard import clear_and_type, focus, press, type_text
from tests.ui.helpers import show_active

#: Completion pop-ups ask for the keyboard, which the offscreen platform cannot give.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def contact_count() -> int:
    return int(rows("SELECT COUNT(*) FROM contact")[0][0])


def open_editor(qtbot: QtBot, book: ContactBook, contact_id: int | None = None) -> ContactEditor:
    editor = ContactEditor(book, contact_id)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    return editor


def test_a_new_contact_needs_a_name(qtbot: QtBot, book: ContactBook) -> None:
    before = contact_count()
    editor = open_editor(qtbot, book)
    page = editor.profile_page
    assert not editor.save_button.isEnabled()
    assert not page.name_problem.isVisible()  # nothing typed yet: not "wrong", only not ready

    type_text(qtbot, "Zoé")
    assert editor.save_button.isEnabled()
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Backspace)
    assert page.name_problem.isVisible()
    assert page.name_problem.text() == "Enter a name (first name, last name or nickname)."
    assert page.given_edit.accessibleDescription() == page.name_problem.text()
    assert not editor.save_button.isEnabled()

    press(qtbot, Qt.Key.Key_S, CTRL)
    press(qtbot, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert contact_count() == before

    clear_and_type(qtbot, page.nickname_edit, "Zozo")  # a nickname alone is a name
    assert not page.name_problem.isVisible()
    assert editor.save_button.isEnabled()


def test_a_malformed_email_is_refused(qtbot: QtBot, book: ContactBook) -> None:
    before = contact_count()
    editor = open_editor(qtbot, book)
    type_text(qtbot, "Bob")
    press(qtbot, Qt.Key.Key_D, ALT)  # the "Contact details" tab
    assert editor.tabs.currentWidget() is editor.methods_editor
    qtbot.mouseClick(
        editor.methods_editor.add_buttons[MethodKind.EMAIL],
        Qt.MouseButton.LeftButton,
    )
    type_text(qtbot, "bob@")

    methods = editor.methods_editor
    assert methods.problems_label.isVisible()
    assert methods.problems_label.text() == (
        "“bob@” is not an email address: it should look like name@example.org."
    )
    assert editor.summary_label.text() == "1 problem to fix before saving; its tab is marked."
    assert not editor.tabs.tabIcon(editor.tabs.indexOf(methods)).isNull()
    assert not editor.save_button.isEnabled()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert contact_count() == before

    type_text(qtbot, "example.org")
    assert not methods.problems_label.isVisible()
    assert editor.tabs.tabIcon(editor.tabs.indexOf(methods)).isNull()
    assert editor.save_button.isEnabled()


def test_an_empty_contact_method_is_refused(qtbot: QtBot, book: ContactBook) -> None:
    editor = open_editor(qtbot, book)
    type_text(qtbot, "Bob")
    editor.tabs.setCurrentWidget(editor.methods_editor)
    phone = editor.methods_editor.add_buttons
    qtbot.mouseClick(phone[MethodKind.PHONE], Qt.MouseButton.LeftButton)
    type_text(qtbot, "call me")
    assert editor.methods_editor.problems_label.text() == (
        "“call me” is not a phone number: use digits, spaces and + ( ) - . /"
    )
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_Backspace)
    assert editor.methods_editor.problems_label.text() == (
        "Row 1 is empty: type a value or remove the row."
    )
    assert not editor.save_button.isEnabled()
    press(qtbot, Qt.Key.Key_Escape)  # leaves the cell, not the dialog
    assert editor.isVisible()
    editor.methods_editor.table.selectRow(0)
    qtbot.mouseClick(editor.methods_editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.methods_editor.table.rowCount() == 0
    assert editor.save_button.isEnabled()


@pytest.mark.parametrize(
    ("day", "month", "year", "message"),
    [
        ("31", "Feb", "", "31 February does not exist: check the day and the month."),
        ("29", "Feb", "2023", "29 February 2023 does not exist: 2023 is not a leap year."),
        ("31", "Apr", "1980", "31 April 1980 does not exist: check the day and the month."),
        ("3", "Dec", "2026", "This birthday is in the future: check the year."),
        ("3", "", "", "Choose both the day and the month of the birthday."),
        ("3", "Dec", "1850", "Enter a year after 1900, or leave the year empty."),
    ],
)
def test_an_impossible_birthday_is_refused(
    qtbot: QtBot, book: ContactBook, day: str, month: str, year: str, message: str
) -> None:
    before = contact_count()
    editor = open_editor(qtbot, book)
    page = editor.profile_page
    type_text(qtbot, "Bob")
    birthday = page.birthday_edit
    press(qtbot, Qt.Key.Key_B, ALT)  # the "Birthday" label's mnemonic: the day
    assert QApplication.focusWidget() is birthday.day_combo
    type_text(qtbot, day)
    if month:
        focus(qtbot, birthday.month_combo)
        type_text(qtbot, month)
    focus(qtbot, birthday.year_edit)
    type_text(qtbot, year)

    assert page.birthday_problem.isVisible()
    assert page.birthday_problem.text() == message
    assert not editor.save_button.isEnabled()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.isVisible()
    assert contact_count() == before


def test_a_leap_day_with_a_leap_year_is_fine(qtbot: QtBot, book: ContactBook) -> None:
    editor = open_editor(qtbot, book)
    type_text(qtbot, "Bob")
    birthday = editor.profile_page.birthday_edit
    focus(qtbot, birthday.day_combo)
    type_text(qtbot, "29")
    focus(qtbot, birthday.month_combo)
    type_text(qtbot, "Feb")
    focus(qtbot, birthday.year_edit)
    type_text(qtbot, "1988")
    assert not editor.profile_page.birthday_problem.isVisible()
    assert birthday.values() == (29, 2, 1988)
    assert editor.save_button.isEnabled()


def test_a_cadence_of_zero_days_is_refused(qtbot: QtBot, book: ContactBook) -> None:
    editor = open_editor(qtbot, book)
    type_text(qtbot, "Bob")
    page = editor.profile_page
    assert page.cadence_edit.placeholderText() == "180 (the circle's)"  # weak ties by default
    clear_and_type(qtbot, page.cadence_edit, "0")
    assert page.cadence_problem.text() == (
        "Enter between 1 and 3650 days, or leave it empty to follow the circle."
    )
    assert not editor.save_button.isEnabled()
    type_text(qtbot, "7")  # "07": a week
    assert editor.save_button.isEnabled()


def test_several_problems_are_summed_up_and_their_tabs_marked(
    qtbot: QtBot, book: ContactBook
) -> None:
    editor = open_editor(qtbot, book, 1)
    clear_and_type(qtbot, editor.profile_page.given_edit, "")
    clear_and_type(qtbot, editor.profile_page.family_edit, "")
    editor.tabs.setCurrentWidget(editor.methods_editor)
    qtbot.mouseClick(editor.methods_editor.add_buttons[MethodKind.EMAIL], Qt.MouseButton.LeftButton)
    assert editor.summary_label.text() == (
        "2 problems to fix before saving; their tabs are marked."
    )
    tabs = editor.tabs
    assert [not tabs.tabIcon(i).isNull() for i in range(tabs.count())] == [True, True, False]
    assert "Enter a name" in tabs.tabToolTip(0)


def test_every_problem_is_worded(qtbot: QtBot) -> None:
    """No finding ever reaches the user as a code."""
    draft = ContactDraft(methods=())
    for problem in Problem:
        text = problem_message(Finding(Field.NAME, problem), draft)
        assert text != str(problem) and text.endswith((".", "/")), problem


def test_escape_with_changes_asks_first(
    qtbot: QtBot, book: ContactBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def answer(_parent: object, title: str, text: str, *_args: object) -> object:
        asked.append(f"{title} {text}")
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    before = book.draft(1)
    editor = open_editor(qtbot, book, 1)
    clear_and_type(qtbot, editor.profile_page.role_edit, "Astronaut")
    press(qtbot, Qt.Key.Key_Escape)
    assert editor.isVisible()  # "Cancel": the edit stays
    assert editor.profile_page.role_edit.text() == "Astronaut"
    editor.close()  # the window's close button asks too
    assert not editor.isVisible()
    assert asked == ["Discard changes? You changed this contact. Discard these changes?"] * 2
    assert book.draft(1) == before


def test_escape_without_changes_closes_at_once(
    qtbot: QtBot, book: ContactBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked for nothing"))
    editor = open_editor(qtbot, book, 1)
    focus(qtbot, editor.profile_page.role_edit)
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, "x")
    press(qtbot, Qt.Key.Key_Backspace)  # typed and taken back: nothing changed
    press(qtbot, Qt.Key.Key_Escape)
    assert not editor.isVisible()
