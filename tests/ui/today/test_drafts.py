"""Drafts from Today: the fitting template, the person chosen, no placeholder sent unseen."""

from __future__ import annotations

import email
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from networking_app.domain.interactions import InteractionDraft
from networking_app.domain.reminders import DueKind
from networking_app.domain.vocabulary import TemplateKind
from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.today.draft_dialog import DraftDialog
from tests.ui.helpers import answer_questions

from .conftest import POPUP_LOG, People

STEP = "Share the slides from the talk"


def shared_step(window: MainWindow, people: People) -> str:
    """A coffee with Alice and Chloe this week, with a next step due today; its key."""
    workspace = window.workspace
    when = workspace.clock.to_utc(datetime(2026, 11, 26, 9, 0))
    workspace.timeline.save(
        InteractionDraft(
            (people.alice, people.chloe),
            when,
            summary="Talk",
            next_step=STEP,
            next_step_due=workspace.clock.today(),
        )
    )
    view = window.today
    view.refresh()
    assert view.agenda is not None
    return next(i.key for i in view.agenda.due if i.kind is DueKind.NEXT_STEP and i.title == STEP)


def draft_for(qtbot: QtBot, window: MainWindow, key: str) -> DraftDialog:
    view = window.today
    assert view.select_item(key)
    qtbot.keyClick(view.tree, Qt.Key.Key_M)
    dialog = view.dialog
    assert isinstance(dialog, DraftDialog)
    return dialog


def answer(qtbot: QtBot, dialog: DraftDialog, go_on: bool) -> None:
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    if go_on:
        button = box.findChild(QPushButton, "goOnAnyway")
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        box.reject()
    qtbot.waitUntil(lambda: not box.isVisible())


@POPUP_LOG
def test_a_shared_next_step_drafts_a_follow_up_to_the_person_chosen(
    qtbot: QtBot, window: MainWindow, people: People, lang: str
) -> None:
    dialog = draft_for(qtbot, window, shared_step(window, people))
    assert dialog.kind() is TemplateKind.FOLLOW_UP
    assert dialog.kind_combo.currentText() == {"en": "Follow-up", "fr": "Suivi"}[lang]
    assert "It's been a while" not in dialog.body_edit.toPlainText()
    assert STEP in dialog.about_label.text()
    combo = dialog.to_combo
    assert combo is not None and combo.count() == 2
    assert combo.itemText(0) == "Alice Martin <alice@example.org>"
    assert combo.itemText(1).startswith("Chloe Roux")
    assert "Alice" in dialog.body_edit.toPlainText()
    combo.setCurrentIndex(1)
    assert dialog.contact_id == people.chloe
    assert "Chloe" in dialog.body_edit.toPlainText()
    assert "Chloe Roux" in dialog.windowTitle()
    dialog.done(0)


@POPUP_LOG
def test_one_person_needs_no_choice(qtbot: QtBot, window: MainWindow, people: People) -> None:
    view = window.today
    key = next(i.key for i in view.agenda.due if i.kind is DueKind.NEXT_STEP)  # type: ignore[union-attr]
    dialog = draft_for(qtbot, window, key)
    assert dialog.to_combo is None
    assert dialog.to_label.text().startswith("Chloe Roux")
    dialog.done(0)


@POPUP_LOG
def test_unfilled_placeholders_are_pointed_out_before_export_or_copy(
    qtbot: QtBot, window: MainWindow, people: People, tmp_path: Path, lang: str
) -> None:
    dialog = draft_for(qtbot, window, shared_step(window, people))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(TemplateKind.THANK.value))
    target = tmp_path / "thanks.eml"
    assert dialog.export(target) is None  # asked first
    box = dialog.confirm_box
    assert box is not None
    assert "{what_they_did}" in box.text() and "{outcome}" in box.text()
    assert (
        box.findChild(QPushButton, "goOnAnyway").text()
        == {  # type: ignore[union-attr]
            "en": "Export Anyway",
            "fr": "Exporter quand même",
        }[lang]
    )
    answer(qtbot, dialog, go_on=False)
    assert not target.exists()
    dialog.export(target)
    answer(qtbot, dialog, go_on=True)
    assert (
        "{outcome}"
        in email.message_from_bytes(target.read_bytes()).get_payload(decode=True).decode()
    )

    QGuiApplication.clipboard().clear()
    dialog.copy()
    answer(qtbot, dialog, go_on=False)
    assert QGuiApplication.clipboard().text() == ""
    dialog.copy()
    answer(qtbot, dialog, go_on=True)
    assert "{what_they_did}" in QGuiApplication.clipboard().text()
    dialog.done(0)


@POPUP_LOG
def test_a_filled_draft_is_copied_without_a_question(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    dialog = draft_for(qtbot, window, shared_step(window, people))
    body = dialog.body_edit.toPlainText()
    for name in dialog.unfilled():
        body = body.replace("{" + name + "}", "x")
    dialog.body_edit.setPlainText(body)
    dialog.copy()
    assert dialog.confirm_box is None
    assert QGuiApplication.clipboard().text().endswith(body)
    dialog.done(0)


@POPUP_LOG
def test_choosing_another_person_keeps_what_the_user_wrote(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    dialog = draft_for(qtbot, window, shared_step(window, people))
    combo = dialog.to_combo
    assert combo is not None
    dialog.body_edit.setPlainText("Hi Alice,\n\nHere are the slides I promised. Alice, enjoy!\n")
    combo.setCurrentIndex(1)  # Chloe
    assert dialog.body_edit.toPlainText() == (
        "Hi Chloe,\n\nHere are the slides I promised. Chloe, enjoy!\n"
    )
    combo.setCurrentIndex(0)  # back to Alice, still the user's text
    assert "Here are the slides I promised" in dialog.body_edit.toPlainText()
    dialog.done(0)


@POPUP_LOG
def test_another_template_asks_before_replacing_what_the_user_wrote(
    qtbot: QtBot, window: MainWindow, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked = answer_questions(
        monkeypatch, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    )
    dialog = draft_for(qtbot, window, shared_step(window, people))
    chosen = dialog.kind()
    thank = dialog.kind_combo.findData(TemplateKind.THANK.value)
    dialog.kind_combo.setCurrentIndex(thank)  # nothing typed yet: no question
    assert asked == [] and dialog.kind() is TemplateKind.THANK
    dialog.body_edit.setPlainText("My own words.")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(chosen.value))
    assert asked == ["You changed this message. Replace it with the chosen template?"]
    assert dialog.kind() is TemplateKind.THANK  # No: the choice and the text stay
    assert dialog.body_edit.toPlainText() == "My own words."
    dialog.language_combo.setCurrentIndex(1 - dialog.language_combo.currentIndex())
    assert len(asked) == 2 and dialog.body_edit.toPlainText() != "My own words."  # Yes
    dialog.done(0)
