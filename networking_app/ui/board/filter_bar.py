"""The board's filter bar: search as you type, filters, sort order. Esc clears it all."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.board import BoardFilter, SortKey
from networking_app.ui.labels import channel_labels, target_category_labels


class _ChoiceCombo(QComboBox):
    """A combo whose choices are read again each time its list opens."""

    about_to_open = Signal()

    def showPopup(self) -> None:
        self.about_to_open.emit()
        super().showPopup()


class FilterBar(QWidget):
    """Emits the whole :class:`BoardFilter` whenever any part of it changes."""

    filter_changed = Signal(object)  # BoardFilter
    sort_changed = Signal(object)  # SortKey
    #: Down or Return in the search field: the user wants to go to the cards
    leave_requested = Signal()
    #: a list of tags, industries or cities is opening: fill them with set_choices()
    choices_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("boardSearch")
        self.search.setPlaceholderText(
            self.tr("Search names, organisations, tags, emails, phones, notes…")
        )
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.installEventFilter(self)

        self.tag = self._combo(self.tr("Tag"), self.tr("All tags"))
        self.target = self._combo(self.tr("Target category"), self.tr("Any target"))
        for category, label in target_category_labels().items():
            self.target.addItem(label, category.value)
        self.channel = self._combo(self.tr("Channel met through"), self.tr("Any channel"))
        for channel, label in channel_labels().items():
            self.channel.addItem(label, channel.value)
        self.industry = self._combo(self.tr("Industry"), self.tr("All industries"))
        self.city = self._combo(self.tr("City"), self.tr("All cities"))
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.setToolTip(self.tr("Only the contacts whose next touch is past due"))
        self.overdue.toggled.connect(self._emit_filter)

        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort cards"))
        self.sort.setToolTip(self.tr("Order of the cards within each column"))
        self.sort.addItem(self.tr("By name"), SortKey.NAME.value)
        self.sort.addItem(self.tr("By last interaction"), SortKey.LAST_INTERACTION.value)
        self.sort.addItem(self.tr("By next due"), SortKey.NEXT_DUE.value)
        self.sort.currentIndexChanged.connect(lambda: self.sort_changed.emit(self.sort_key()))

        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.search.textChanged.connect(self._emit_filter)

        sort_label = QLabel(self.tr("Sort:"))
        sort_label.setBuddy(self.sort)

        first = QHBoxLayout()
        first.setSpacing(6)
        first.addWidget(self.search, 1)
        first.addWidget(self.summary)
        first.addSpacing(8)
        first.addWidget(sort_label)
        first.addWidget(self.sort)
        second = QHBoxLayout()
        second.setSpacing(6)
        for widget in (self.tag, self.target, self.channel, self.industry, self.city):
            second.addWidget(widget)
        second.addWidget(self.overdue)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(first)
        layout.addLayout(second)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = _ChoiceCombo()
        combo.about_to_open.connect(self.choices_wanted)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(min(len(everything) + 1, 22))  # long values elide
        combo.setMinimumWidth(70)  # a narrow window shrinks the lists, not the other way
        combo.addItem(everything, "")
        combo.currentIndexChanged.connect(self._emit_filter)
        return combo

    # -- state ------------------------------------------------------------------------------
    def current_filter(self) -> BoardFilter:
        return BoardFilter(
            text=self.search.text(),
            tag=self.tag.currentData() or "",
            target_category=self.target.currentData() or "",
            channel=self.channel.currentData() or "",
            industry=self.industry.currentData() or "",
            city=self.city.currentData() or "",
            overdue_only=self.overdue.isChecked(),
        )

    def sort_key(self) -> SortKey:
        return SortKey(self.sort.currentData())  # Qt hands the StrEnum back as a plain str

    def set_choices(
        self, tags: Sequence[str], industries: Sequence[str], cities: Sequence[str]
    ) -> None:
        """Refill the tag, industry and city lists, keeping each choice that still exists."""
        for combo, values in ((self.tag, tags), (self.industry, industries), (self.city, cities)):
            current = combo.currentData()
            if [combo.itemData(i) for i in range(1, combo.count())] == list(values):
                continue
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
            if found < 0 and current:
                self._emit_filter()  # the chosen value is gone: the filter changed

    def set_summary(self, shown: int, total: int) -> None:
        widest = self.tr("{shown} of {total}").format(shown=total, total=total)
        # As wide as it can get: the search field must not shift at every keystroke.
        self.summary.setMinimumWidth(self.summary.fontMetrics().horizontalAdvance(widest) + 2)
        if shown == total:
            self.summary.clear()
        else:
            self.summary.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))

    def clear(self) -> None:
        """Back to everything: no search text, no filter (the sort order stays)."""
        if not self.current_filter().active:
            return
        widgets = (self.search, self.tag, self.target, self.channel, self.industry, self.city)
        for widget in (*widgets, self.overdue):
            widget.blockSignals(True)
        self.search.clear()
        for combo in widgets[1:]:
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(0)
        self.overdue.setChecked(False)
        for widget in (*widgets, self.overdue):
            widget.blockSignals(False)
        self._emit_filter()

    def _emit_filter(self) -> None:
        self.filter_changed.emit(self.current_filter())

    # -- keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.leave_requested.emit()
                return True
        return super().eventFilter(watched, event)
