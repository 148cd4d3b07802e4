"""Ask for an introduction (Ctrl+I): target, introducer, readiness, compose, export.

The request is saved when the drafts are composed, whatever the user does next; the
wizard never sends anything itself.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from networking_app.domain.email_draft import EmailDraft, mailto_url
from networking_app.domain.introductions import IntroDraft
from networking_app.domain.vocabulary import Circle, IntroStatus, Language, TemplateKind
from networking_app.services.workspace import Workspace
from networking_app.ui.contacts.contact_editor import ContactEditor
from networking_app.ui.i18n import effective_language, text_language_combo
from networking_app.ui.intro.draft_editor import DraftEditor
from networking_app.ui.intro.intro_labels import export_drafts
from networking_app.ui.intro.intro_pages import IntroducerPage, ReadinessPage, TargetPage

log = logging.getLogger(__name__)


class ComposePage(QWizardPage):
    """Step 4: both emails, in English or French, from editable templates."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        intros = workspace.introductions
        self.setTitle(self.tr("Compose the two emails"))
        self.setSubTitle(
            self.tr(
                "First the opt-in request to the introducer, then the email they can"
                " forward unchanged. Edit the templates; the preview is what is exported."
            )
        )
        self.language = text_language_combo()
        self.language.setAccessibleName(self.tr("Language of the emails"))
        self.editors = {
            kind: DraftEditor(kind, intros.template, intros.save_template, intros.reset_template)
            for kind in (TemplateKind.INTRO_OPT_IN, TemplateKind.INTRO_FORWARDABLE)
        }
        self.opt_in = self.editors[TemplateKind.INTRO_OPT_IN]
        self.forwardable = self.editors[TemplateKind.INTRO_FORWARDABLE]
        self.tabs = QTabWidget()
        self.tabs.addTab(self.opt_in, self.tr("1. Opt-in request"))
        self.tabs.addTab(self.forwardable, self.tr("2. Forwardable email"))
        row = QHBoxLayout()
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        row.addWidget(label)
        row.addWidget(self.language)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        self.language.currentIndexChanged.connect(self._language_changed)

    def initializePage(self) -> None:
        wizard: IntroWizard = self.wizard()  # type: ignore[assignment]
        fields = self.workspace.introductions.fields(wizard.request_draft())
        for editor in self.editors.values():
            editor.fields = fields
        self._language_changed()
        self.language.setFocus()

    def chosen_language(self) -> Language:
        return Language(self.language.currentData())

    def _language_changed(self) -> None:
        language = self.chosen_language()
        for editor in self.editors.values():
            editor.set_language(language)

    def validatePage(self) -> bool:
        wizard: IntroWizard = self.wizard()  # type: ignore[assignment]
        wizard.save_request()
        return True


class ExportPage(QWizardPage):
    """Step 5: .eml files, the mail app, the clipboard; the request is already saved."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setTitle(self.tr("Send it your way"))
        self.setSubTitle(self.tr("Rapport sends nothing itself: choose how the emails leave."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save as .eml Files…"))
        self.save_button.setToolTip(
            self.tr("Thunderbird and Outlook open them as drafts, ready to edit and send")
        )
        self.mail_button = QPushButton(self.tr("&Open Opt-in in Mail App"))
        self.copy_opt_in = QPushButton(self.tr("&Copy Opt-in"))
        self.copy_forwardable = QPushButton(self.tr("Copy For&wardable"))
        self.asked = QCheckBox(self.tr("I have sent the opt-in request: mark it as &asked"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.mail_button, self.copy_opt_in, self.copy_forwardable):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.asked)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.save_button.clicked.connect(lambda: self.export_to())
        self.mail_button.clicked.connect(self.open_mail)
        self.copy_opt_in.clicked.connect(lambda: self.copy(0))
        self.copy_forwardable.clicked.connect(lambda: self.copy(1))

    def _wizard(self) -> IntroWizard:
        return self.wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:
        wizard = self._wizard()
        introducer = wizard.introducer_page.chosen()
        name = introducer.name if introducer else ""
        if introducer is not None and introducer.email:
            to = self.tr("The opt-in request goes to {email}.").format(email=introducer.email)
        else:
            to = self.tr(
                "{name} has no email address recorded: the opt-in draft has no recipient."
            ).format(name=name)
        self.summary.setText(
            self.tr(
                "Your request is saved in Introductions. Send the opt-in request to {name}"
                " first; once they agree, send them the forwardable email to pass on. {to}"
            ).format(name=name, to=to)
        )
        self.result.clear()
        self.save_button.setFocus()

    def drafts(self) -> tuple[EmailDraft, EmailDraft]:
        return self.workspace.introductions.drafts(self._wizard().request_id or 0)

    def export_to(self, folder: Path | None = None) -> None:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Save the drafts in"))
            if not chosen:
                return
            folder = Path(chosen)
        intros = self.workspace.introductions
        self.result.setText(export_drafts(intros, self._wizard().request_id or 0, folder))

    def open_mail(self) -> None:
        opt_in, _ = self.drafts()
        QDesktopServices.openUrl(QUrl(mailto_url(opt_in)))
        self.result.setText(self.tr("The opt-in request was handed to your mail app."))

    def copy(self, which: int) -> None:
        draft = self.drafts()[which]
        QGuiApplication.clipboard().setText(f"{draft.subject}\n\n{draft.body}")
        self.result.setText(self.tr("Copied, subject first: paste it into any message."))


class IntroWizard(QWizard):
    """The five steps; emits :attr:`request_saved` each time the request is stored."""

    request_saved = Signal(int)
    #: the request was marked as asked at the end (the timeline changed too)
    request_asked = Signal(int)

    def __init__(
        self, workspace: Workspace, target_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.request_id: int | None = None
        self.setWindowTitle(self.tr("Ask for an Introduction"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.target_page = TargetPage(workspace, self.new_contact)
        self.introducer_page = IntroducerPage(workspace, self.target_page.target_id)
        self.readiness_page = ReadinessPage(workspace)
        self.compose_page = ComposePage(workspace)
        self.export_page = ExportPage(workspace)
        for page in (
            self.target_page,
            self.introducer_page,
            self.readiness_page,
            self.compose_page,
            self.export_page,
        ):
            self.addPage(page)
        combo = self.compose_page.language
        combo.setCurrentIndex(combo.findData(effective_language(workspace.profile().language)))
        self.target_page.reload(select=target_id)
        self.resize(900, 640)
        page = self.target_page
        self._first_focus = page.why if target_id is not None else page.search

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.currentPage() is self.target_page:
            self._first_focus.setFocus()

    def new_contact(self) -> ContactEditor:
        editor = ContactEditor(self.workspace.contacts, None, self, initial_circle=Circle.TARGET)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.contact_saved.connect(self.target_page.select)
        editor.open()
        return editor

    def request_draft(self) -> IntroDraft:
        """The request as the pages hold it (the emails as previewed)."""
        introducer = self.introducer_page.chosen()
        opt_in = self.compose_page.opt_in.rendered()
        forward = self.compose_page.forwardable.rendered()
        return IntroDraft(
            id=self.request_id,
            target_id=self.target_page.target_id() or 0,
            introducer_id=introducer.contact_id if introducer else None,
            why=self.target_page.why.toPlainText().strip(),
            ask=self.readiness_page.ask.toPlainText().strip(),
            context=self.readiness_page.context.toPlainText().strip(),
            language=self.compose_page.chosen_language().value,
            opt_in_subject=opt_in.subject,
            opt_in_body=opt_in.body,
            forwardable_subject=forward.subject,
            forwardable_body=forward.body,
        )

    def save_request(self) -> int:
        self.request_id = self.workspace.introductions.save(self.request_draft())
        log.info("introduction request %s saved", self.request_id)
        self.request_saved.emit(self.request_id)
        return self.request_id

    def accept(self) -> None:
        if self.request_id is not None and self.export_page.asked.isChecked():
            self.workspace.introductions.move(self.request_id, IntroStatus.ASKED)
            self.request_asked.emit(self.request_id)
        super().accept()


__all__ = ["IntroWizard"]
