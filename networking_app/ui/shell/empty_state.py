"""A view's honest empty state: what will be here, and what the data holds today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

COLUMN_WIDTH = 560


class EmptyStateView(QWidget):
    """Title, explanation and a live fact line in a centred column; nothing invented."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("emptyStateTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.explanation_label = QLabel(explanation)
        self.fact_label = QLabel()
        self.fact_label.setObjectName("emptyStateFact")
        self.fact_label.setStyleSheet("color: palette(placeholder-text);")

        # A fixed-width column lets the labels wrap at a readable measure, centred.
        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(12)
        for label in (self.title_label, self.explanation_label, self.fact_label):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column_layout.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def set_fact(self, text: str) -> None:
        self.fact_label.setText(text)
        self.fact_label.setVisible(bool(text))
