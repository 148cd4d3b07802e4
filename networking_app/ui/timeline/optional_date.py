"""A date (or date and time) that may be left out: a check box in front of the editor."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    """Unchecked means "no date"; checking it enables the editor and moves focus there."""

    changed = Signal()

    def __init__(
        self,
        label: str,
        default: date | datetime,
        with_time: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.check = QCheckBox(label)
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        locale = QLocale()
        fmt = (
            locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
            if with_time
            else locale.dateFormat(QLocale.FormatType.ShortFormat)
        )
        self.edit.setDisplayFormat(four_digit_year(fmt))
        self.edit.setAccessibleName(label.replace("&", ""))
        self._set_editor(default)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._toggled)
        self.edit.dateTimeChanged.connect(lambda _value: self.changed.emit())

    def _set_editor(self, value: date | datetime) -> None:
        if isinstance(value, datetime):
            self.edit.setDateTime(qdatetime(value))
        else:
            self.edit.setDateTime(
                QDateTime(QDate(value.year, value.month, value.day), QTime(12, 0))
            )

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on and self.check.hasFocus():
            self.edit.setFocus()
        self.changed.emit()

    def value(self) -> date | datetime | None:
        """The date (or naive datetime with ``with_time``), or None when unchecked."""
        if not self.check.isChecked():
            return None
        moment = self.edit.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.replace(second=0, microsecond=0) if self.with_time else moment.date()

    def date_value(self) -> date | None:
        found = self.value()
        return found.date() if isinstance(found, datetime) else found

    def set_value(self, value: date | datetime | None) -> None:
        blocked = self.blockSignals(True)
        if value is not None:
            self._set_editor(value)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.blockSignals(blocked)
        self.changed.emit()


def qdatetime(moment: datetime) -> QDateTime:
    """A naive local datetime for a Qt editor (to the second)."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def four_digit_year(fmt: str) -> str:
    """Short locale formats use two-digit years; a back-dated entry needs four."""
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")
