"""The timeline's filters: search, contact, circle, tag, kind, dates, and three switches."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from networking_app.domain.interactions import TimelineFilter
from networking_app.services.workspace import Workspace
from networking_app.ui.labels import circle_labels
from networking_app.ui.timeline.contact_chooser import ContactChooser
from networking_app.ui.timeline.flow_layout import FlowLayout
from networking_app.ui.timeline.interaction_labels import kind_labels
from networking_app.ui.timeline.kind_glyphs import kind_icon
from networking_app.ui.timeline.optional_date import OptionalDateEdit

#: Typing pauses this long before the search runs (each keystroke would be a query).
SEARCH_DELAY_MS = 250


class TimelineFilterBar(QWidget):
    """Emits ``filter_changed(TimelineFilter)`` whenever the user changes a filter."""

    filter_changed = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._applied = TimelineFilter()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search summaries and notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the timeline"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply)

        self.contact = ContactChooser(workspace.contacts, single=True)
        self.contact.setAccessibleName(self.tr("Contact"))
        self.circle = QComboBox()
        self.circle.setAccessibleName(self.tr("Circle"))
        self.circle.addItem(self.tr("All circles"), "")
        for circle, label in circle_labels().items():
            self.circle.addItem(label, circle.value)
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("All kinds"), "")
        ink = self.palette().color(QPalette.ColorRole.Text)
        for kind, label in kind_labels().items():
            self.kind.addItem(kind_icon(kind, ink), label, kind.value)
        today = workspace.clock.today()
        self.since = OptionalDateEdit(self.tr("From"), today - timedelta(days=30))
        self.until = OptionalDateEdit(self.tr("To"), today)
        self.values_given = QCheckBox(self.tr("Values given"))
        self.asks = QCheckBox(self.tr("Asks"))
        self.open_steps = QCheckBox(self.tr("Open next steps"))
        self.reload_choices()
        self.search.setMinimumWidth(280)
        self.contact.setMinimumWidth(170)
        for combo in (self.circle, self.kind):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Tags are the user's own words: a long one must not widen the bar.
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag.setMinimumContentsLength(18)
        # The filters wrap onto more lines rather than widen the window.
        self.flow = FlowLayout(self)
        for widget in (
            self.search, self.contact, self.circle, self.tag, self.kind, self.since,
            self.until, self.values_given, self.asks, self.open_steps,
        ):  # fmt: skip
            self.flow.addWidget(widget)

        self.contact.selection_changed.connect(lambda _ids: self.apply())
        for combo in (self.circle, self.tag, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.apply())
        for optional in (self.since, self.until):
            optional.changed.connect(self.apply)
        for box in (self.values_given, self.asks, self.open_steps):
            box.toggled.connect(lambda _on: self.apply())

    def reload_choices(self) -> None:
        """Tags and contact names may have changed: re-read them, keep the choice."""
        self.contact.reload_choices()
        chosen = str(self.tag.currentData()) if self.tag.count() else ""  # never read no data
        blocked = self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), "")
        for name in self.workspace.contacts.tags():
            self.tag.addItem(name, name)
        self.tag.setCurrentIndex(max(0, self.tag.findData(chosen)))
        self.tag.blockSignals(blocked)

    def current(self) -> TimelineFilter:
        """What the widgets say now (the search text included, even while typing)."""
        ids = self.contact.contact_ids()
        return TimelineFilter(
            contact_id=ids[0] if ids else None,
            circle=str(self.circle.currentData()),
            tag=str(self.tag.currentData()),
            kind=str(self.kind.currentData()),
            since=self.since.date_value(),
            until=self.until.date_value(),
            values_given=self.values_given.isChecked(),
            asks=self.asks.isChecked(),
            open_next_steps=self.open_steps.isChecked(),
            text=self.search.text().strip(),
        )

    def apply(self) -> None:
        """Emit the filter if it changed (the search runs now, not after the pause)."""
        self._search_timer.stop()
        found = self.current()
        if found != self._applied:
            self._applied = found
            self.filter_changed.emit(found)

    def clear(self) -> None:
        """Every filter off: the whole timeline."""
        self.set_filter(TimelineFilter())

    def set_filter(self, flt: TimelineFilter) -> None:
        """Show ``flt`` in the widgets and apply it once."""
        widgets = (
            self.search, self.contact, self.circle, self.tag, self.kind, self.since,
            self.until, self.values_given, self.asks, self.open_steps,
        )  # fmt: skip
        blocked = [w.blockSignals(True) for w in widgets]
        self.search.setText(flt.text)
        self.contact.set_contact_ids([flt.contact_id] if flt.contact_id is not None else [])
        for combo, value in ((self.circle, flt.circle), (self.tag, flt.tag), (self.kind, flt.kind)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.since.set_value(flt.since)
        self.until.set_value(flt.until)
        self.values_given.setChecked(flt.values_given)
        self.asks.setChecked(flt.asks)
        self.open_steps.setChecked(flt.open_next_steps)
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self.apply()

    def is_default(self) -> bool:
        return self.current() == TimelineFilter()
