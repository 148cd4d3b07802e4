"""Settings: the profile is edited with the keyboard, saved, and edits are never lost silently."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from networking_app.domain.profile import Profile
from networking_app.domain.vocabulary import Language, PersonalityMode
from networking_app.paths import AppPaths
from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.shell.settings_dialog import SettingsDialog
from tests.ui.helpers import answer_questions, show_active

MakeWindow = Callable[[AppPaths], MainWindow]


def test_profile_is_edited_and_saved(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths
) -> None:
    window = make_window(paths)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()

    qtbot.keyClicks(dialog.name_edit, "Camille Durand")
    qtbot.keyClicks(
        dialog.pitch_edit,
        "Product manager in health tech, I help clinics"
        " adopt digital tools. Looking for climate tech.",
    )
    dialog.personality_combo.setCurrentIndex(
        dialog.personality_combo.findData(PersonalityMode.INTROVERT.value)
    )
    assert dialog.pitch_hint.text() == "15 words, about 6 seconds spoken."
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    saved = window.workspace.profile()
    assert saved.name == "Camille Durand"
    assert saved.pitch.startswith("Product manager in health tech")
    assert saved.personality is PersonalityMode.INTROVERT


def choose_french(window: MainWindow) -> QMessageBox:
    """Choose French in the settings and save; the restart offer that follows."""
    dialog = window.open_settings()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.accept()
    assert window.workspace.profile().language is Language.FRENCH
    offer = window.findChild(QMessageBox, "restart-offer")
    assert offer is not None and offer.isVisible()
    return offer


def test_changing_the_language_offers_a_restart(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths
) -> None:
    window = make_window(paths)
    offer = choose_french(window)
    assert offer.text() == "The new language is used from the next start. Restart Rapport now?"
    later, restart = sorted(offer.buttons(), key=lambda b: b.text())
    assert (later.text(), restart.text()) == ("&Later", "&Restart Now")
    assert offer.defaultButton() is restart
    with qtbot.waitSignal(window.restart_requested):
        restart.click()


def test_later_keeps_the_window_and_the_language_applies_at_next_start(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths
) -> None:
    window = make_window(paths)
    offer = choose_french(window)
    asked: list[bool] = []
    window.restart_requested.connect(lambda: asked.append(True))
    next(b for b in offer.buttons() if b.text() == "&Later").click()
    assert asked == [] and window.workspace.profile().language is Language.FRENCH


def test_the_restart_runs_the_same_command_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from networking_app.app import restart_command

    monkeypatch.setattr(sys, "argv", ["/usr/bin/networking-app", "tray", "--data-dir", "/d"])
    assert restart_command() == [sys.executable, "-m", "networking_app", "tray", "--data-dir", "/d"]
    # asked from the window of a tray-started app: the window comes back too
    window = [sys.executable, "-m", "networking_app", "--data-dir", "/d"]
    assert restart_command(show_window=True) == window
    monkeypatch.setattr(sys, "argv", ["networking-app", "tray", "--data-dir", "tray"])
    assert restart_command(show_window=True)[3:] == ["--data-dir", "tray"]
    monkeypatch.setattr(sys, "argv", ["networking-app", "--data-dir", "tray", "tray"])
    assert restart_command(show_window=True)[3:] == ["--data-dir", "tray"]


def test_cancel_with_changes_asks_before_discarding(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_questions(
        monkeypatch, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard
    )
    dialog = SettingsDialog(Profile(name="Zoé"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, " Martin")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # "Cancel": the edits stay
    assert dialog.profile().name == "Zoé Martin"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert asked == ["You changed your settings. Discard these changes?"] * 2


def test_cancel_without_changes_closes_at_once(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Profile(name="Zoé", language=Language.FRENCH))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.profile() == Profile(name="Zoé", language=Language.FRENCH)


def test_keyring_status_is_shown(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Profile())
    qtbot.addWidget(dialog)
    text = dialog.keyring_label.text()
    assert "keyring" in text
