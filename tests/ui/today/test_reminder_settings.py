"""Reminder settings and editable templates, saved through the dialog as a user would."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from networking_app.domain.reminders import DueKind
from networking_app.domain.vocabulary import Circle, Language, TemplateKind
from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.today.draft_dialog import DraftDialog

from .conftest import People


def test_settings_are_saved_and_the_view_follows(
    qtbot: QtBot, window: MainWindow, people: People, isolated_home: Path
) -> None:
    window.show_view("board")
    qtbot.waitUntil(lambda: window.board.store.loaded)
    card = window.board.store.card(people.alice)
    assert card is not None and card.due == date(2026, 11, 18)  # 28 Oct + 21 days
    window.show_view("today")
    dialog = window.open_reminder_settings()
    assert dialog.cadence_spins[Circle.CLOSE].value() == 21
    assert dialog.daily_time.time() == QTime(9, 0)
    assert dialog.notice_combo.currentData() == 1
    assert dialog.ritual_spin.value() == 3
    dialog.cadence_spins[Circle.CLOSE].setValue(45)  # Alice (31 days) is no longer due
    dialog.ritual_spin.setValue(5)
    dialog.daily_time.setTime(QTime(7, 30))
    dialog.quiet_check.setChecked(False)
    dialog.notice_combo.setCurrentIndex(dialog.notice_combo.findData(7))
    dialog.login_check.setChecked(True)
    dialog.accept()

    saved = window.workspace.reminders.settings()
    assert saved.cadences[Circle.CLOSE] == 45
    # The board's cards follow the new cadence (28 Oct + 45 days).
    qtbot.waitUntil(
        lambda: getattr(window.board.store.card(people.alice), "due", None) == date(2026, 12, 12)
    )
    assert saved.ritual_target == 5
    assert saved.daily_time == time(7, 30)
    assert saved.quiet_start is None and saved.quiet_end is None
    assert saved.advance_notice_days == 7
    entry = isolated_home / "xdg_config_home" / "autostart" / "networking-app.desktop"
    assert "tray --data-dir" in entry.read_text()

    view = window.today
    assert "of 5 different people" in view.ritual_label.text()
    assert view.agenda is not None
    assert not any(
        i.kind is DueKind.KEEP_IN_TOUCH and i.contact_id == people.alice for i in view.agenda.due
    )

    again = window.open_reminder_settings()
    assert again.login_check.isChecked()
    again.login_check.setChecked(False)
    again.accept()
    assert not entry.exists()


def test_an_edited_template_fills_the_drafts_and_reset_brings_back_the_original(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    dialog = window.open_reminder_settings()
    dialog.template_kind.setCurrentIndex(dialog.template_kind.findData("reconnect"))
    dialog.template_language.setCurrentIndex(dialog.template_language.findData("en"))
    original = dialog.template_subject.text()
    assert original
    dialog.template_subject.setText("")
    qtbot.keyClicks(dialog.template_subject, "News for {first_name}")
    dialog.accept()

    draft = DraftDialog(window.workspace, people.alice, TemplateKind.RECONNECT, window)
    draft.language_combo.setCurrentIndex(draft.language_combo.findData("en"))
    assert draft.subject_edit.text() == "News for Alice"
    draft.done(0)
    fr = window.workspace.reminders.template(TemplateKind.RECONNECT, Language.FRENCH)
    assert "News for" not in fr.subject  # the French text is its own

    reset = window.open_reminder_settings()
    reset.template_kind.setCurrentIndex(reset.template_kind.findData("reconnect"))
    reset.template_language.setCurrentIndex(reset.template_language.findData("en"))
    assert reset.template_subject.text() == "News for {first_name}"
    reset.reset_button.click()
    assert reset.template_subject.text() == original
    reset.accept()
    stored = window.workspace.reminders.template(TemplateKind.RECONNECT, Language.ENGLISH)
    assert stored.subject == original


def test_an_empty_template_is_refused_and_unknown_placeholders_are_pointed_out(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    dialog = window.open_reminder_settings()
    dialog.tabs.setCurrentIndex(1)
    dialog.template_kind.setCurrentIndex(dialog.template_kind.findData("thank"))
    dialog.template_language.setCurrentIndex(dialog.template_language.findData("fr"))
    assert not dialog.template_problem.isVisibleTo(dialog)
    dialog.template_body.setPlainText("Merci {prenom} !")
    assert "{prenom}" in dialog.template_problem.text()
    dialog.template_body.setPlainText("")
    assert "needs a subject and a message" in dialog.template_problem.text()
    dialog.template_kind.setCurrentIndex(dialog.template_kind.findData("reconnect"))
    dialog.accept()  # refused: back on the empty template, nothing stored
    assert dialog.isVisible()
    assert dialog.template_kind.currentData() == "thank"
    thank = window.workspace.reminders.template(TemplateKind.THANK, Language.FRENCH)
    assert (
        thank.body
        == window.workspace.reminders.builtin_template(TemplateKind.THANK, Language.FRENCH).body
    )
    dialog.template_body.setPlainText("Merci pour tout, {first_name}.")
    dialog.accept()
    assert not dialog.isVisible()
    thank = window.workspace.reminders.template(TemplateKind.THANK, Language.FRENCH)
    assert thank.body == "Merci pour tout, {first_name}."
