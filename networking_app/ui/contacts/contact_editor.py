"""The contact editor: every field of a contact, checked as you type, saved only when valid."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.contacts import ContactDraft, Field, Finding
from networking_app.domain.vocabulary import DEFAULT_CADENCE_DAYS, Circle
from networking_app.services.contacts import ContactBook, InvalidContact
from networking_app.ui.confirm import discard_changes
from networking_app.ui.contacts.contact_picker import choices_from
from networking_app.ui.contacts.editor_pages import NetworkPage, ProfilePage
from networking_app.ui.contacts.methods_editor import MethodsEditor
from networking_app.ui.contacts.problem_messages import ProblemLabel, problem_message
from networking_app.ui.labels import plural

log = logging.getLogger(__name__)

_METHOD_FIELDS = (Field.EMAIL, Field.PHONE, Field.URL)


class ContactEditor(QDialog):
    """Create a contact (``contact_id`` None) or edit one; emits :attr:`contact_saved`."""

    contact_saved = Signal(int)

    def __init__(
        self,
        book: ContactBook,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        initial_circle: Circle | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self._contact_id = contact_id
        if contact_id is None:
            draft = ContactDraft(circle=initial_circle or Circle.WEAK)
        else:
            draft = book.draft(contact_id)
        self._photo = draft.photo  # not edited here, kept as it is
        # Until the first keystroke a new contact is only "not yet valid", not "wrong".
        self._speak_up = contact_id is not None
        choices = choices_from(book.choices())

        self.profile_page = ProfilePage(
            book.industries(),
            book.cities(),
            book.tags(),
            {**DEFAULT_CADENCE_DAYS, **book.cadences()},
        )
        self.methods_editor = MethodsEditor()
        self.network_page = NetworkPage(choices, contact_id)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.profile_page, self.tr("&Profile"))
        self.tabs.addTab(self.methods_editor, self.tr("Contact &details"))
        self.tabs.addTab(self.network_page, self.tr("&Network"))

        self._warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.summary_label = ProblemLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the contact (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self._load(draft)
        self._initial = self.draft()
        for page in (self.profile_page, self.methods_editor, self.network_page):
            page.changed.connect(self._on_changed)
        self._revalidate()
        self.save_button.setDefault(True)  # once the button is in the dialog, or it does not count
        self.resize(860, 600)
        self.profile_page.given_edit.setFocus()

    # -- the value --------------------------------------------------------------------------
    def draft(self) -> ContactDraft:
        """The contact as the fields show it now."""
        return ContactDraft(
            id=self._contact_id,
            methods=self.methods_editor.methods(),
            photo=self._photo,
            **self.profile_page.values(),
            **self.network_page.values(),
        )

    def has_changes(self) -> bool:
        return self.draft() != self._initial

    def _load(self, draft: ContactDraft) -> None:
        names: dict[int, str] = {}
        if draft.id is not None:
            # Links to contacts in the trash still need a name; the pickers do not offer them.
            names = {entry.id: entry.name for entry in self.book.trashed()}
            detail = self.book.detail(draft.id)
            outgoing = {(r.other_id, r.kind) for r in draft.relationships}
            incoming = [link.name for link in detail.links if (link.id, link.kind) not in outgoing]
            self.network_page.relationships.set_incoming(list(dict.fromkeys(incoming)))
            self.setWindowTitle(self.tr("Edit {name}[*]").format(name=draft.name))
        else:
            self.setWindowTitle(self.tr("New Contact[*]"))
        self.profile_page.load(draft)
        self.methods_editor.set_methods(draft.methods)
        self.network_page.load(draft, names)

    # -- checking as the user types ---------------------------------------------------------
    def _on_changed(self) -> None:
        self._speak_up = True
        self._revalidate()

    def _revalidate(self) -> list[Finding]:
        draft = self.draft()
        findings = self.book.problems(draft)
        self._show(findings if self._speak_up else [], draft)
        # Runs on every keystroke: each widget is touched only when its state changes.
        if self.save_button.isEnabled() == bool(findings):
            self.save_button.setEnabled(not findings)
        modified = draft != self._initial
        if self.isWindowModified() != modified:
            self.setWindowModified(modified)
        return findings

    def _show(self, findings: list[Finding], draft: ContactDraft) -> None:
        """Put each message next to its field and mark the tabs that hold problems."""
        messages = {f: problem_message(f, draft) for f in findings}

        def said(*fields: Field) -> list[str]:
            return [text for f, text in messages.items() if f.field in fields]

        page = self.profile_page
        beside: tuple[tuple[ProblemLabel, Field, QWidget], ...] = (
            (page.name_problem, Field.NAME, page.given_edit),
            (page.cadence_problem, Field.CADENCE, page.cadence_edit),
            (page.birthday_problem, Field.BIRTHDAY, page.birthday_edit),
        )
        for label, field, widget in beside:
            label.set_messages(said(field))
            description = " ".join(said(field))
            if widget.accessibleDescription() != description:
                widget.setAccessibleDescription(description)
        self.methods_editor.set_problems(
            [(f.index, text) for f, text in messages.items() if f.field in _METHOD_FIELDS]
        )
        self.network_page.relationships.set_problems(
            [(f.index, text) for f, text in messages.items() if f.field is Field.RELATIONSHIP]
        )
        tab_fields: dict[QWidget, tuple[Field, ...]] = {
            self.profile_page: (Field.NAME, Field.CADENCE, Field.BIRTHDAY),
            self.methods_editor: _METHOD_FIELDS,
            self.network_page: (Field.RELATIONSHIP,),
        }
        for widget, fields in tab_fields.items():
            tip = "\n".join(said(*fields))
            index = self.tabs.indexOf(widget)
            if self.tabs.tabToolTip(index) != tip:
                if bool(self.tabs.tabToolTip(index)) != bool(tip):
                    self.tabs.setTabIcon(index, self._warning_icon if tip else QIcon())
                self.tabs.setTabToolTip(index, tip)
        summary = plural(
            len(messages),
            self.tr("{n} problem to fix before saving; its tab is marked."),
            self.tr("{n} problems to fix before saving; their tabs are marked."),
        )
        self.summary_label.set_messages([summary] if messages else [])

    # -- saving and closing -----------------------------------------------------------------
    def save(self) -> None:
        """Save and close when valid; otherwise show what is wrong and stay open."""
        if self._contact_id is not None and not self.has_changes():
            self.accept()
            return
        self._speak_up = True
        if self._revalidate():
            return
        if self._contact_id is None and not self._new_one_anyway():
            return
        try:
            contact_id = self.book.save(self.draft())
        except InvalidContact as exc:  # the rules changed under us (e.g. the date turned)
            self._show(exc.findings, self.draft())
            self.save_button.setEnabled(False)
            return
        log.info("contact %s saved", contact_id)
        self._initial = self.draft()
        self.contact_saved.emit(contact_id)
        self.accept()

    def _new_one_anyway(self) -> bool:
        """Before saving a new contact: when someone with the same email, phone number or
        name is already there, say who and ask (Cancel keeps the editor open)."""
        similar = self.book.similar(self.draft())
        if similar is None:
            return True
        why = {
            "email": self.tr("the same email"),
            "phone": self.tr("the same phone number"),
        }.get(similar.reason, self.tr("the same name"))
        answer = QMessageBox.question(
            self,
            self.tr("Already in your contacts?"),
            self.tr(
                "{name} is already in your contacts, with {why}. Save a new contact anyway?"
                " (Two contacts can be merged later from the contact's menu.)"
            ).format(name=similar.label, why=why),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def reject(self) -> None:
        """Escape, Cancel or closing the window: ask before throwing edits away."""
        if self.has_changes() and not discard_changes(
            self, self.tr("You changed this contact. Discard these changes?")
        ):
            return
        super().reject()
