"""Day, month and an optional year: most people know a birthday without the year."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget


class BirthdayEdit(QWidget):
    """Three fields read together; a day that does not exist is left to validation to word."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_combo = QComboBox()
        self.day_combo.addItem("—", None)
        for day in range(1, 32):
            self.day_combo.addItem(str(day), day)
        self.day_combo.setAccessibleName(self.tr("Birthday: day"))
        self.month_combo = QComboBox()
        self.month_combo.addItem("—", None)
        locale = QLocale()
        for month in range(1, 13):
            self.month_combo.addItem(locale.standaloneMonthName(month), month)
        self.month_combo.setAccessibleName(self.tr("Birthday: month"))
        self.year_edit = QLineEdit()
        self.year_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.year_edit)
        )
        self.year_edit.setPlaceholderText(self.tr("year unknown"))
        self.year_edit.setAccessibleName(self.tr("Birthday: year (optional)"))
        self.year_edit.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.year_edit.placeholderText()) + 32
        )
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("No birthday"))
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day_combo)
        layout.addWidget(self.month_combo, 1)
        layout.addWidget(self.year_edit)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.day_combo)
        self.day_combo.currentIndexChanged.connect(self.changed)
        self.month_combo.currentIndexChanged.connect(self.changed)
        self.year_edit.textChanged.connect(self.changed)

    def values(self) -> tuple[int | None, int | None, int | None]:
        """(day, month, year), each None when not given."""
        year = self.year_edit.text().strip()
        return (
            self.day_combo.currentData(),
            self.month_combo.currentData(),
            (int(year) if year else None),
        )

    def set_values(self, day: int | None, month: int | None, year: int | None) -> None:
        self.day_combo.setCurrentIndex(max(self.day_combo.findData(day), 0))
        self.month_combo.setCurrentIndex(max(self.month_combo.findData(month), 0))
        self.year_edit.setText("" if year is None else str(year))

    def clear(self) -> None:
        self.set_values(None, None, None)
