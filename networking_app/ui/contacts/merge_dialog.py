"""Merge two contacts that are the same person: one is kept, the other folded into it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.contacts import ContactDraft
from networking_app.domain.vocabulary import MethodKind
from networking_app.services.contacts import ContactBook
from networking_app.ui.contacts.contact_picker import ContactPicker, choices_from
from networking_app.ui.events import DataEvents
from networking_app.ui.labels import plural


class ContactSummary(QGroupBox):
    """One side of the comparison: what the contact holds, and "Keep this one"."""

    def __init__(self, keep_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep_radio = QRadioButton(keep_text)
        self.name_label = QLabel()
        self.organisation_label = QLabel()
        self.emails_label = QLabel()
        self.tags_label = QLabel()
        for label in (self.name_label, self.organisation_label, self.emails_label):
            label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_label)
        form.addRow(self.tr("Organisation:"), self.organisation_label)
        form.addRow(self.tr("Emails:"), self.emails_label)
        form.addRow(self.tr("Tags:"), self.tags_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keep_radio)
        layout.addLayout(form)

    def show_draft(self, draft: ContactDraft | None) -> None:
        self.setEnabled(draft is not None)
        if draft is None:
            for label in (self.name_label, self.organisation_label, self.emails_label):
                label.setText("—")
            self.tags_label.setText("—")
            return
        self.name_label.setText(draft.name)
        self.organisation_label.setText(draft.organisation or "—")
        emails = [m.value for m in draft.methods if m.kind == MethodKind.EMAIL.value]
        self.emails_label.setText("\n".join(emails) or "—")
        self.tags_label.setText(plural(len(draft.tags), self.tr("{n} tag"), self.tr("{n} tags")))


class MergeDialog(QDialog):
    """Compare two contacts side by side, choose the one to keep, merge."""

    #: (kept contact id, removed contact id)
    merged = Signal(int, int)

    def __init__(
        self,
        book: ContactBook,
        events: DataEvents | None,
        first_id: int,
        second_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book, self.events = book, events
        self.first_id, self.second_id = first_id, second_id
        first = book.draft(first_id)
        self.setWindowTitle(self.tr("Merge Contacts"))

        self.picker: ContactPicker | None = None
        intro = QLabel(
            self.tr("Merge {name} with another entry for the same person.").format(name=first.name)
        )
        intro.setWordWrap(True)
        if second_id is None:
            self.picker = ContactPicker(choices_from(book.choices()), exclude=[first_id])
            self.picker.contact_changed.connect(self._set_second)

        self.first_box = ContactSummary(self.tr("&Keep this one"))
        self.second_box = ContactSummary(self.tr("Keep t&his one"))
        self.first_box.show_draft(first)
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.first_box.keep_radio)
        self.keep_group.addButton(self.second_box.keep_radio)
        self.first_box.keep_radio.setChecked(True)
        self.keep_group.buttonToggled.connect(self._update)

        explanation = QLabel(
            self.tr(
                "All interactions, contact methods, tags and relationships of both are kept;"
                " empty fields are filled from the other."
            )
            + " "
            + self.tr("The other contact is then removed. This cannot be undone.")
        )
        explanation.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)

        sides = QHBoxLayout()
        sides.addWidget(self.first_box, 1)
        sides.addWidget(self.second_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.picker is not None:
            pick_row = QFormLayout()
            pick_label = QLabel(self.tr("&Other contact:"))
            pick_label.setBuddy(self.picker)
            pick_row.addRow(pick_label, self.picker)
            layout.addLayout(pick_row)
        layout.addLayout(sides)
        layout.addWidget(explanation)
        layout.addWidget(self.buttons)
        self.merge_button.setDefault(True)  # once the button is in the dialog, or it does not count
        self._set_second(second_id)
        self.setMinimumWidth(700)
        if self.picker is not None:
            self.picker.setFocus()

    def keep_ids(self) -> tuple[int, int] | None:
        """(kept, removed), or None while the other contact is not chosen."""
        if self.second_id is None:
            return None
        if self.first_box.keep_radio.isChecked():
            return self.first_id, self.second_id
        return self.second_id, self.first_id

    def merge(self) -> None:
        ids = self.keep_ids()
        if ids is None:
            return
        keep, other = ids
        self.book.merge(keep, other)
        if self.events is not None:
            self.events.contacts_changed.emit([keep, other])
        self.merged.emit(keep, other)
        self.accept()

    def _set_second(self, contact_id: int | None) -> None:
        self.second_id = contact_id
        self.second_box.show_draft(self.book.draft(contact_id) if contact_id is not None else None)
        self._update()

    def _update(self) -> None:
        ids = self.keep_ids()
        self.merge_button.setEnabled(ids is not None)
        kept_title, merged_title = self.tr("Kept"), self.tr("Merged into the kept one")
        first_kept = self.first_box.keep_radio.isChecked()
        self.first_box.setTitle(kept_title if first_kept else merged_title)
        self.second_box.setTitle(merged_title if first_kept else kept_title)
        if ids is None:
            self.second_box.setTitle(self.tr("Other contact"))
