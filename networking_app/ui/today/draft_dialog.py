"""Drafting a message from a template: edit it, copy it, or export it as an .eml file."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.email_draft import EmailDraft, file_stem, to_eml
from networking_app.domain.reminders import DueItem, DueKind, Reconnect
from networking_app.domain.vocabulary import Language, LifeEventKind, MethodKind, TemplateKind
from networking_app.services.workspace import Workspace
from networking_app.ui.i18n import effective_language

log = logging.getLogger(__name__)


def template_kind_labels() -> dict[TemplateKind, str]:
    return {
        TemplateKind.RECONNECT: QCoreApplication.translate("DraftDialog", "Reconnect"),
        TemplateKind.CONGRATULATE: QCoreApplication.translate("DraftDialog", "Congratulate"),
        TemplateKind.SHARE: QCoreApplication.translate("DraftDialog", "Share an article"),
        TemplateKind.THANK: QCoreApplication.translate("DraftDialog", "Thank you"),
    }


_RECONNECT_TEMPLATE = {
    Reconnect.SHARE: TemplateKind.SHARE,
    Reconnect.REACT: TemplateKind.CONGRATULATE,
    Reconnect.COFFEE: TemplateKind.RECONNECT,
}


def template_for(item: DueItem) -> TemplateKind:
    """The template that suits a due item best (the user can pick another)."""
    if item.kind is DueKind.LIFE_EVENT and item.event_kind in (
        LifeEventKind.NEW_JOB,
        LifeEventKind.PROMOTION,
        LifeEventKind.PUBLICATION,
        LifeEventKind.BIRTHDAY,
    ):
        return TemplateKind.CONGRATULATE
    if item.kind is DueKind.INTRO_FOLLOW_UP:
        return TemplateKind.THANK
    if item.reconnect:  # a dormant tie: the guide's first idea for this person
        return _RECONNECT_TEMPLATE[item.reconnect[0]]
    return TemplateKind.RECONNECT


class DraftDialog(QDialog):
    """A filled template for one contact, in English or French, ready to copy or export."""

    def __init__(
        self,
        workspace: Workspace,
        contact_id: int,
        kind: TemplateKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.contact_id = contact_id
        contact = workspace.contacts.draft(contact_id)
        self.to_name = contact.name
        emails = [m for m in contact.methods if m.kind == MethodKind.EMAIL.value]
        emails.sort(key=lambda m: not m.preferred)
        self.to_address = emails[0].value if emails else ""
        profile = workspace.profile()
        self.from_name = profile.name
        self.setWindowTitle(self.tr("Message to {name}").format(name=contact.name))
        self.setMinimumSize(620, 460)

        self.kind_combo = QComboBox()
        for value, label in template_kind_labels().items():
            self.kind_combo.addItem(label, value.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.language_combo = QComboBox()
        self.language_combo.addItem("English", Language.ENGLISH.value)
        self.language_combo.addItem("Français", Language.FRENCH.value)
        language = effective_language(profile.language)
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self.to_label = QLabel(
            f"{self.to_name} <{self.to_address}>"
            if self.to_address
            else self.tr("{name} (no email address)").format(name=self.to_name)
        )
        self.subject_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: palette(placeholder-text);")
        self.status = QLabel()

        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.kind_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("To:"), self.to_label)
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the subject and the message"))
        self.export_button = QPushButton(self.tr("&Export .eml…"))
        self.export_button.setToolTip(
            self.tr("Save a draft your mail program opens as a message to send")
        )
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.export_button.clicked.connect(lambda: self.export())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.kind_combo.currentIndexChanged.connect(self.fill)
        self.language_combo.currentIndexChanged.connect(self.fill)
        self.fill()

    def kind(self) -> TemplateKind:
        return TemplateKind(self.kind_combo.currentData())

    def language(self) -> Language:
        return Language(self.language_combo.currentData())

    def fill(self) -> None:
        """Fill the chosen template (the user's saved copy first) for this contact."""
        rendered = self.workspace.reminders.draft(self.kind(), self.contact_id, self.language())
        self.subject_edit.setText(rendered.subject)
        self.body_edit.setPlainText(rendered.body)
        self.missing_label.setText(
            self.tr("Still to fill in: {fields}").format(
                fields=", ".join("{" + name + "}" for name in rendered.missing)
            )
            if rendered.missing
            else ""
        )
        self.missing_label.setVisible(bool(rendered.missing))

    def email(self) -> EmailDraft:
        return EmailDraft(
            subject=self.subject_edit.text(),
            body=self.body_edit.toPlainText(),
            to_name=self.to_name,
            to_address=self.to_address,
            from_name=self.from_name,
        )

    def copy(self) -> None:
        draft = self.email()
        QGuiApplication.clipboard().setText(f"{draft.subject}\n\n{draft.body}")
        self.status.setText(self.tr("Copied to the clipboard."))

    def export(self, path: Path | None = None) -> Path | None:
        """Write the .eml file (asks where when ``path`` is None); returns where it went."""
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            suggested = Path(folder) / f"{file_stem(self.subject_edit.text())}.eml"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export Draft"), str(suggested), self.tr("Email drafts (*.eml)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            path.write_bytes(to_eml(self.email(), datetime.now().astimezone()))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return None
        log.info("exported a draft to %s", path)
        self.status.setText(self.tr("Draft saved to {path}").format(path=path))
        return path
