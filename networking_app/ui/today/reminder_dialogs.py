"""Small dialogs: add a custom reminder, record a life event (Today view, detail panel)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.vocabulary import LifeEventKind
from networking_app.services.workspace import Workspace
from networking_app.ui.contacts.contact_picker import ContactPicker, choices_from
from networking_app.ui.timeline.optional_date import four_digit_year
from networking_app.ui.today.item_text import life_event_labels
from networking_app.ui.today.snooze_date_dialog import week_calendar

#: Events that come back every year unless the user says otherwise.
YEARLY_KINDS = frozenset({LifeEventKind.BIRTHDAY})


def date_edit(day: date) -> QDateEdit:
    """A date field with a four-digit year and a Monday-first calendar."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat(four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat)))
    edit.setCalendarPopup(True)
    week_calendar(edit.calendarWidget())
    return edit


class _ReminderDialog(QDialog):
    """A form with a contact picker, an error line and Save/Cancel."""

    #: the id of what was stored
    saved = Signal(int)

    def __init__(
        self, workspace: Workspace, contact_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setMinimumWidth(460)
        self.picker = ContactPicker(choices_from(workspace.contacts.choices()))
        self.picker.set_contact_id(contact_id)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def picked_nobody(self) -> bool:
        """Say so when the contact field names no one (nothing is saved then)."""
        typed = self.picker.names_nobody()
        if typed:
            self.show_error(
                self.tr("No one contact is called “{name}”: choose one from the list.").format(
                    name=typed
                )
            )
            self.picker.setFocus()
        return bool(typed)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        raise NotImplementedError


class CustomReminderDialog(_ReminderDialog):
    """A reminder the user writes: once, or every N days."""

    def __init__(
        self, workspace: Workspace, contact_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace, contact_id, parent)
        self.setWindowTitle(self.tr("Add a Reminder"))
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("What to do, e.g. Send her the article"))
        self.date_edit = date_edit(workspace.clock.today())
        self.repeat_check = QCheckBox(self.tr("Repeat every"))
        self.repeat_days = QSpinBox()
        self.repeat_days.setRange(1, 3650)
        self.repeat_days.setValue(30)
        self.repeat_days.setEnabled(False)
        self.repeat_check.toggled.connect(self.repeat_days.setEnabled)
        # What the number means, always: 7, 30 and 365 are the calendar's week, month
        # and year (the same weekday, the same day of the month, the same date).
        self.repeat_hint = QLabel()
        self.repeat_hint.setObjectName("repeatHint")
        self.repeat_hint.setStyleSheet("color: palette(placeholder-text);")
        self.repeat_hint.setWordWrap(True)
        self.repeat_check.toggled.connect(self._explain_repeat)
        self.repeat_days.valueChanged.connect(self._explain_repeat)
        repeat = QHBoxLayout()
        repeat.addWidget(self.repeat_check)
        repeat.addWidget(self.repeat_days, 1)
        self.form.addRow(self.tr("&Reminder:"), self.text_edit)
        self.form.addRow(self.tr("&Contact (optional):"), self.picker)
        self.form.addRow(self.tr("&First on:"), self.date_edit)
        self.form.addRow("", repeat)
        self.form.addRow("", self.repeat_hint)
        self._explain_repeat()

    def _explain_repeat(self) -> None:
        days = self.repeat_days.value()
        self.repeat_days.setSuffix(self.tr(" day") if days == 1 else self.tr(" days"))
        hints = {
            1: self.tr("Every day."),
            7: self.tr("Every week, on the same weekday."),
            30: self.tr("Every month, on the same day (the 31st falls on the month’s last day)."),
            365: self.tr("Every year, on the same date."),
        }
        if self.repeat_check.isChecked():
            text = hints.get(days) or self.tr("Every {n} days.").format(n=days)
        else:
            text = self.tr("Once, on that day.")
        self.repeat_hint.setText(text)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show a hint that wraps onto more lines (a dialog keeps its first size)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def save(self) -> None:
        text = self.text_edit.text().strip()
        if not text:
            self.show_error(self.tr("Write what the reminder is about."))
            self.text_edit.setFocus()
            return
        if self.picked_nobody():
            return
        self.picker.resolve_text()
        repeat = self.repeat_days.value() if self.repeat_check.isChecked() else None
        first: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        new_id = self.workspace.reminders.add_custom(self.picker.contact_id(), text, first, repeat)
        self.saved.emit(new_id)
        self.accept()


class LifeEventDialog(_ReminderDialog):
    """A birthday, new job, promotion, publication…: a reason to congratulate."""

    def __init__(
        self, workspace: Workspace, contact_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace, contact_id, parent)
        self.setWindowTitle(self.tr("Record a Life Event"))
        self.kind_combo = QComboBox()
        for kind, label in life_event_labels().items():
            self.kind_combo.addItem(label, kind.value)
        self.date_edit = date_edit(workspace.clock.today())
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("e.g. Head of design at Nova"))
        self.yearly_check = QCheckBox(self.tr("Every year"))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.form.addRow(self.tr("&Contact:"), self.picker)
        self.form.addRow(self.tr("&Event:"), self.kind_combo)
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.form.addRow("", self.yearly_check)
        self._kind_changed()

    def kind(self) -> LifeEventKind:
        return LifeEventKind(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        self.yearly_check.setChecked(self.kind() in YEARLY_KINDS)

    def save(self) -> None:
        if self.picked_nobody():
            return
        self.picker.resolve_text()
        contact_id = self.picker.contact_id()
        if contact_id is None:
            self.show_error(self.tr("Choose whose event this is."))
            self.picker.setFocus()
            return
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        new_id = self.workspace.reminders.add_life_event(
            contact_id,
            self.kind(),
            day,
            self.note_edit.text().strip(),
            yearly=self.yearly_check.isChecked(),
        )
        self.saved.emit(new_id)
        self.accept()
