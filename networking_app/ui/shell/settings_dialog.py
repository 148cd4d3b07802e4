"""Settings: the user's profile (name, 30-second pitch, signature, personality, language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.profile import Profile
from networking_app.domain.vocabulary import Language, PersonalityMode
from networking_app.services.secrets import keyring_status
from networking_app.ui.confirm import discard_changes

#: Spoken at about 150 words a minute, a 30-second pitch is some 75 words.
PITCH_WORDS = 75


def personality_labels() -> dict[PersonalityMode, str]:
    return {
        PersonalityMode.NONE: QCoreApplication.translate("SettingsDialog", "No particular mode"),
        PersonalityMode.INTROVERT: QCoreApplication.translate(
            "SettingsDialog", "Introvert: depth over small talk"
        ),
        PersonalityMode.JUNIOR: QCoreApplication.translate(
            "SettingsDialog", "Junior: curiosity and impeccable follow-up"
        ),
        PersonalityMode.SENIOR: QCoreApplication.translate(
            "SettingsDialog", "Senior: give more, open doors"
        ),
    }


def language_labels() -> dict[Language, str]:
    return {
        Language.SYSTEM: QCoreApplication.translate("SettingsDialog", "Same as the system"),
        Language.ENGLISH: "English",
        Language.FRENCH: "Français",
    }


class SettingsDialog(QDialog):
    """Edits a :class:`Profile`; the caller saves :meth:`profile` when accepted."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self._initial = profile

        self.name_edit = QLineEdit(profile.name)
        self.name_edit.setPlaceholderText(self.tr("Your name, as it signs your messages"))
        self.pitch_edit = QPlainTextEdit(profile.pitch)
        self.pitch_edit.setPlaceholderText(
            self.tr("Who you are, what you do, what you are looking for — in 30 seconds.")
        )
        self.pitch_edit.setTabChangesFocus(True)
        self.pitch_edit.setFixedHeight(96)
        self.pitch_hint = QLabel()
        self.signature_edit = QPlainTextEdit(profile.signature)
        self.signature_edit.setTabChangesFocus(True)
        self.signature_edit.setFixedHeight(64)
        self.personality_combo = QComboBox()
        for mode, label in personality_labels().items():
            self.personality_combo.addItem(label, mode.value)
        self.personality_combo.setCurrentIndex(
            self.personality_combo.findData(profile.personality.value)
        )
        self.language_combo = QComboBox()
        for language, label in language_labels().items():
            self.language_combo.addItem(label, language.value)
        self.language_combo.setCurrentIndex(self.language_combo.findData(profile.language.value))
        status = keyring_status()
        self.keyring_label = QLabel(
            self.tr("Passwords are kept in the system keyring.")
            if status.available
            else self.tr(
                "No system keyring is available, so Rapport cannot store passwords. On"
                " Linux, install and start a Secret Service (for example gnome-keyring)."
            )
        )
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setToolTip(status.backend)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("30-second &pitch:"), self.pitch_edit)
        form.addRow("", self.pitch_hint)
        form.addRow(self.tr("&Signature:"), self.signature_edit)
        form.addRow(self.tr("Personality &mode:"), self.personality_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("Passwords:"), self.keyring_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.pitch_edit.textChanged.connect(self._update_pitch_hint)
        self._update_pitch_hint()

    def _update_pitch_hint(self) -> None:
        words = len(self.pitch_edit.toPlainText().split())
        seconds = round(words * 60 / 150)
        text = self.tr("{words} words, about {seconds} seconds spoken.").format(
            words=words, seconds=seconds
        )
        if words > PITCH_WORDS * 1.3:
            text += " " + self.tr("Try to keep it under 30 seconds.")
        self.pitch_hint.setText(text)

    def profile(self) -> Profile:
        return Profile(
            name=self.name_edit.text().strip(),
            pitch=self.pitch_edit.toPlainText().strip(),
            signature=self.signature_edit.toPlainText().rstrip(),
            personality=PersonalityMode(self.personality_combo.currentData()),
            language=Language(self.language_combo.currentData()),
        )

    def reject(self) -> None:
        """Ask before throwing edits away."""
        if self.profile() != self._initial and not discard_changes(
            self, self.tr("You changed your settings. Discard these changes?")
        ):
            return
        super().reject()
