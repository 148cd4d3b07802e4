"""Drafting a message from a template: edit it, copy it, or export it as an .eml file."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
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
from networking_app.domain.reminders import DueItem, DueKind, Reconnect, Suggestion
from networking_app.domain.templates import placeholders
from networking_app.domain.vocabulary import Language, LifeEventKind, MethodKind, TemplateKind
from networking_app.services.workspace import Workspace
from networking_app.ui.i18n import effective_language, text_language_combo
from networking_app.ui.today.item_text import what_text

log = logging.getLogger(__name__)


def template_kind_labels() -> dict[TemplateKind, str]:
    return {
        TemplateKind.RECONNECT: QCoreApplication.translate("DraftDialog", "Reconnect"),
        TemplateKind.CONGRATULATE: QCoreApplication.translate("DraftDialog", "Congratulate"),
        TemplateKind.SHARE: QCoreApplication.translate("DraftDialog", "Share an article"),
        TemplateKind.THANK: QCoreApplication.translate("DraftDialog", "Thank you"),
        TemplateKind.FOLLOW_UP: QCoreApplication.translate("DraftDialog", "Follow-up"),
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
    if item.kind is DueKind.NEXT_STEP:  # met recently: what was promised, not "it's been a while"
        return TemplateKind.FOLLOW_UP
    if item.reconnect:  # a dormant tie: the guide's first idea for this person
        return _RECONNECT_TEMPLATE[item.reconnect[0]]
    return TemplateKind.RECONNECT


class DraftDialog(QDialog):
    """A filled template for one contact, in English or French, ready to copy or export.

    ``people``: everyone the draft may go to (a next step shared by several); the user
    picks one in the To field. ``about``: what the message is for, shown above it."""

    def __init__(
        self,
        workspace: Workspace,
        contact_id: int,
        kind: TemplateKind,
        parent: QWidget | None = None,
        people: Sequence[int] = (),
        about: str = "",
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.contact_id = contact_id
        self.to_name = self.to_address = ""
        profile = workspace.profile()
        self.from_name = profile.name
        self.setMinimumSize(620, 460)
        #: the question asked before copying or exporting unfilled placeholders
        self.confirm_box: QMessageBox | None = None

        self.kind_combo = QComboBox()
        for value, label in template_kind_labels().items():
            self.kind_combo.addItem(label, value.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.language_combo = text_language_combo(effective_language(profile.language))
        self.to_label = QLabel()
        self.to_combo: QComboBox | None = None
        self._filled = ("", "")  # the subject and message the template last gave
        recipients = list(dict.fromkeys([contact_id, *people]))
        if len(recipients) > 1:  # never to "the first one" unseen: the user chooses
            self.to_combo = QComboBox()
            for person in recipients:
                self.to_combo.addItem(self._address_line(person), person)
            self.to_combo.currentIndexChanged.connect(self._recipient_changed)
        self._set_recipient(contact_id)
        self.about_label = QLabel(about)
        self.about_label.setWordWrap(True)
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
        if self.to_combo is not None:
            form.addRow(self.tr("T&o:"), self.to_combo)
        else:
            form.addRow(self.tr("To:"), self.to_label)
        if about:
            form.addRow(self.tr("About:"), self.about_label)
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
        self._chosen = (self.kind_combo.currentIndex(), self.language_combo.currentIndex())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._template_changed())
        self.language_combo.currentIndexChanged.connect(lambda _i: self._template_changed())
        self.fill()

    @classmethod
    def for_line(
        cls,
        workspace: Workspace,
        chosen: DueItem | Suggestion,
        kind: TemplateKind | None,
        parent: QWidget | None = None,
    ) -> DraftDialog:
        """The draft for a line of the Today view: its template (unless ``kind``), its
        people to choose from, and what it is about (a next step, a reminder)."""
        assert chosen.contact_id is not None
        if not isinstance(chosen, DueItem):
            return cls(workspace, chosen.contact_id, kind or TemplateKind.RECONNECT, parent)
        about = ""
        if chosen.kind in (DueKind.NEXT_STEP, DueKind.CUSTOM, DueKind.INTRO_FOLLOW_UP):
            about = what_text(chosen)
        return cls(
            workspace,
            chosen.contact_id,
            kind or template_for(chosen),
            parent,
            chosen.contact_ids,
            about,
        )

    def _address_line(self, contact_id: int) -> str:
        name, address = self._recipient(contact_id)
        if address:
            return f"{name} <{address}>"
        return self.tr("{name} (no email address)").format(name=name)

    def _recipient(self, contact_id: int) -> tuple[str, str]:
        contact = self.workspace.contacts.draft(contact_id)
        emails = [m for m in contact.methods if m.kind == MethodKind.EMAIL.value]
        emails.sort(key=lambda m: not m.preferred)
        return contact.name, emails[0].value if emails else ""

    def _set_recipient(self, contact_id: int) -> None:
        self.contact_id = contact_id
        self.to_name, self.to_address = self._recipient(contact_id)
        self.to_label.setText(self._address_line(contact_id))
        self.setWindowTitle(self.tr("Message to {name}").format(name=self.to_name))

    def _recipient_changed(self) -> None:
        """Another person of a shared step: the draft is filled for them, unless the user
        already wrote in it — then only the first name changes, the rest is kept."""
        assert self.to_combo is not None
        before = self.contact_id
        self._set_recipient(int(self.to_combo.currentData()))
        if not self._edited():
            self.fill()
            return
        old, new = (self.workspace.contacts.draft(c).given_name for c in (before, self.contact_id))
        if old and new:
            word = re.compile(rf"\b{re.escape(old)}\b")
            self.subject_edit.setText(word.sub(new, self.subject_edit.text()))
            self.body_edit.setPlainText(word.sub(new, self.body_edit.toPlainText()))

    def _template_changed(self) -> None:
        """Another template or language: its text replaces the draft, once the user agrees
        to lose what they wrote in it (No puts the previous choice back)."""
        if self._edited():
            answer = QMessageBox.question(
                self,
                self.tr("Replace your text?"),
                self.tr("You changed this message. Replace it with the chosen template?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                for combo, index in zip(
                    (self.kind_combo, self.language_combo), self._chosen, strict=True
                ):
                    combo.blockSignals(True)
                    combo.setCurrentIndex(index)
                    combo.blockSignals(False)
                return
        self._chosen = (self.kind_combo.currentIndex(), self.language_combo.currentIndex())
        self.fill()

    def _edited(self) -> bool:
        return (self.subject_edit.text(), self.body_edit.toPlainText()) != self._filled

    def choose_recipient(self, contact_id: int) -> None:
        """Address the draft to ``contact_id`` (one of the people offered)."""
        if self.to_combo is not None:
            self.to_combo.setCurrentIndex(self.to_combo.findData(contact_id))

    def kind(self) -> TemplateKind:
        return TemplateKind(self.kind_combo.currentData())

    def language(self) -> Language:
        return Language(self.language_combo.currentData())

    def fill(self) -> None:
        """Fill the chosen template (the user's saved copy first) for this contact."""
        rendered = self.workspace.reminders.draft(self.kind(), self.contact_id, self.language())
        self.subject_edit.setText(rendered.subject)
        self.body_edit.setPlainText(rendered.body)
        self._filled = (rendered.subject, rendered.body)  # the user's edits differ from it
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

    def unfilled(self) -> list[str]:
        """Placeholders still in the subject or the message, as the user left them."""
        return placeholders(f"{self.subject_edit.text()}\n{self.body_edit.toPlainText()}")

    def _when_filled(self, go_on: str, then: Callable[[], object]) -> bool:
        """Run ``then`` at once, or after asking when placeholders are left (True: ran)."""
        fields = self.unfilled()
        if not fields:
            then()
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Placeholders Not Filled In"),
            self.tr("This draft still contains {fields}: they would go out as they are.").format(
                fields=", ".join("{" + name + "}" for name in fields)
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("Replace them in the message, or go on anyway."))
        anyway = box.addButton(go_on, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            box.deleteLater()
            if box.clickedButton() is anyway:
                then()

        box.finished.connect(answered)
        anyway.setObjectName("goOnAnyway")
        self.confirm_box = box
        box.open()
        return False

    def copy(self) -> None:
        """Copy the subject and the message (asking first if placeholders are left)."""
        self._when_filled(self.tr("Copy Anyway"), self._copy)

    def _copy(self) -> None:
        draft = self.email()
        QGuiApplication.clipboard().setText(f"{draft.subject}\n\n{draft.body}")
        self.status.setText(self.tr("Copied to the clipboard."))

    def export(self, path: Path | None = None) -> Path | None:
        """Write the .eml file (asks where when ``path`` is None); returns where it went,
        or None when it did not, or asked first about placeholders left unfilled."""
        written: list[Path | None] = []
        self._when_filled(self.tr("Export Anyway"), lambda: written.append(self._export(path)))
        return written[0] if written else None

    def _export(self, path: Path | None) -> Path | None:
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
