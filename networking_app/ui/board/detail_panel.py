"""The detail panel beside the board: everything about the selected contact, read-only."""

from __future__ import annotations

import html
import logging
import re
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QLocale, QRect, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.contacts import ContactDraft, MethodDraft
from networking_app.domain.vocabulary import (
    Channel,
    InteractionKind,
    MethodKind,
    RelationshipKind,
    TargetCategory,
)
from networking_app.services.contacts import ContactBook, ContactDetail
from networking_app.services.timeline import Timeline
from networking_app.ui.board.avatar import paint_initials, round_photo
from networking_app.ui.board.relationship_health import RelationshipHealth
from networking_app.ui.events import DataEvents
from networking_app.ui.labels import (
    channel_labels,
    circle_labels,
    method_kind_labels,
    relationship_labels,
    target_category_labels,
)
from networking_app.ui.timeline.flow_layout import FlowLayout
from networking_app.ui.timeline.interaction_labels import kind_labels

log = logging.getLogger(__name__)

AVATAR = 56
CONTACT_SCHEME = "contact"  # links to another contact inside the app: contact:42
SAFE_SCHEMES = ("mailto", "tel", "http", "https")  # imported data must not open file: links
_NOT_DIALLED = re.compile(r"[^\d+]")


def method_href(method: MethodDraft) -> str | None:
    """The link a contact method opens: mailto:, tel:, or the web address itself."""
    value = method.value.strip()
    if method.kind == MethodKind.EMAIL:
        return "mailto:" + value
    if method.kind == MethodKind.PHONE:
        if value.startswith("+"):
            value = value.replace("(0)", "")  # "+33 (0)6…": the 0 is only dialled at home
        return "tel:" + _NOT_DIALLED.sub("", value)
    if re.match(r"^https?://\S+$", value, re.IGNORECASE):
        return value
    if re.match(r"^[\w.-]+\.[a-z]{2,}(/\S*)?$", value, re.IGNORECASE):
        return "https://" + value  # "www.example.org/someone"
    return None  # a bare social handle, or a scheme we do not open (file:, smb:…): text


def _local_day(stored: datetime) -> QDate:
    """The user's calendar day of a stored (naive UTC) time."""
    day = stored.replace(tzinfo=UTC).astimezone().date()
    return QDate(day.year, day.month, day.day)


def _link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href)}">{html.escape(text)}</a>'


class DetailPanel(QScrollArea):
    """Profile, relationship health, contact methods as links, tags, relationships, latest."""

    #: a relationship was clicked: show that contact
    contact_activated = Signal(int)
    #: the Edit button was pressed for the contact shown
    edit_requested = Signal(int)
    #: "Show timeline" was clicked for the contact shown
    timeline_requested = Signal(int)
    #: "Log…" was clicked for the contact shown
    log_requested = Signal(int)
    #: "Introduction…" was clicked: ask someone to introduce the contact shown
    intro_requested = Signal(int)
    #: "Remind…" → add a custom reminder / record a life event for the contact shown
    reminder_requested = Signal(int)
    life_event_requested = Signal(int)

    def __init__(
        self,
        book: ContactBook,
        timeline: Timeline,
        undo_stack: QUndoStack,
        events: DataEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.contact_id: int | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(220)
        self.setAccessibleName(self.tr("Contact details"))

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.placeholder, 1)

        self.content = QWidget()
        body = QVBoxLayout(self.content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        header = QHBoxLayout()
        header.setSpacing(12)
        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR, AVATAR)
        self.name = QLabel()
        self.name.setObjectName("detailName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.job = QLabel()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        for label in (self.name, self.job):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            titles.addWidget(label)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit this contact (Enter on the card)"))
        self.edit_button.clicked.connect(self._edit)
        self.log_button = QPushButton(self.tr("Log…"))
        self.log_button.setToolTip(self.tr("Log an interaction with this contact (Ctrl+L)"))
        self.log_button.clicked.connect(self._log)
        self.remind_button = QPushButton(self.tr("Remind…"))
        remind_menu = QMenu(self.remind_button)
        remind_menu.addAction(self.tr("Add a Reminder…"), self._remind)
        remind_menu.addAction(self.tr("Record a Life Event…"), self._life_event)
        self.remind_button.setMenu(remind_menu)
        # They wrap onto a second line when the panel is narrow, rather than be cut off.
        buttons = FlowLayout(spacing=6)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.log_button)
        self.intro_button = QPushButton(self.tr("Introduction…"))
        self.intro_button.setToolTip(
            self.tr("Ask someone to introduce you to this contact (Ctrl+I)")
        )
        self.intro_button.clicked.connect(
            lambda: self.contact_id is not None and self.intro_requested.emit(self.contact_id)
        )
        buttons.addWidget(self.intro_button)
        buttons.addWidget(self.remind_button)
        titles.addLayout(buttons)
        titles.addStretch(1)
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(titles, 1)
        body.addLayout(header)

        self.facts = QFormLayout()
        self.facts.setContentsMargins(0, 8, 0, 0)
        self.facts.setHorizontalSpacing(10)
        self.facts.setVerticalSpacing(4)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.fact_labels: dict[str, QLabel] = {}
        for key, title in (
            ("circle", self.tr("Circle")),
            ("industry", self.tr("Industry")),
            ("function", self.tr("Function")),
            ("city", self.tr("City")),
            ("channel", self.tr("Met through")),
            ("introduced_by", self.tr("Introduced by")),
            ("birthday", self.tr("Birthday")),
            ("targets", self.tr("Target")),
            ("cadence", self.tr("Keep in touch")),
        ):
            value = self._text_label()
            self.fact_labels[key] = value
            self.facts.addRow(self._quiet(title), value)
        body.addLayout(self.facts)
        self.health = RelationshipHealth(timeline, undo_stack, events)
        self.health.timeline_requested.connect(self.timeline_requested)
        body.addWidget(self.health)

        self.sections: dict[str, tuple[QLabel, QLabel]] = {}
        for key, title, rich in (
            ("methods", self.tr("Contact"), True),
            ("tags", self.tr("Tags"), True),
            ("prep", self.tr("Next time, ask"), False),
            ("notes", self.tr("Notes"), False),
            ("links", self.tr("Relationships"), True),
            ("recent", self.tr("Latest interactions"), True),
        ):
            heading = QLabel(title)
            heading.setObjectName("detailSection")
            heading_font = heading.font()
            heading_font.setBold(True)
            heading.setFont(heading_font)
            heading.setContentsMargins(0, 10, 0, 0)
            text = self._text_label()
            text.setObjectName(f"detail-{key}")
            if rich:
                text.setTextFormat(Qt.TextFormat.RichText)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
                text.linkActivated.connect(self._open_link)
            else:
                text.setTextFormat(Qt.TextFormat.PlainText)
            body.addWidget(heading)
            body.addWidget(text)
            self.sections[key] = (heading, text)
        body.addStretch(1)
        layout.addWidget(self.content, 1)
        self.setWidget(page)
        self.show_nothing()

    @staticmethod
    def _text_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @staticmethod
    def _quiet(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    # -- states -------------------------------------------------------------------------------
    def show_nothing(self, message: str = "") -> None:
        """The empty state: nothing selected (or ``message``)."""
        self.contact_id = None
        self.health.clear()
        self.placeholder.setText(message or self.tr("Select a contact to see their details."))
        self.placeholder.show()
        self.content.hide()

    def show_many(self, count: int) -> None:
        self.show_nothing(self.tr("{n} contacts selected.").format(n=count))

    def show_contact(self, contact_id: int) -> None:
        """Read the contact's detail and show it."""
        detail = self.book.detail(contact_id)
        self.contact_id = contact_id
        self._fill(detail)
        self.health.show_contact(contact_id)
        self.placeholder.hide()
        self.content.show()

    # -- filling ------------------------------------------------------------------------------
    def _fill(self, detail: ContactDetail) -> None:
        draft = detail.draft
        self.name.setText(draft.name)
        self.job.setText(" @ ".join(p for p in (draft.role, draft.organisation) if p))
        self.job.setVisible(bool(self.job.text()))
        self.avatar.setPixmap(self._avatar(draft))
        self._set_fact("circle", circle_labels()[draft.circle])
        self._set_fact("industry", draft.industry)
        self._set_fact("function", draft.function)
        self._set_fact("city", draft.city)
        channel = channel_labels().get(Channel(draft.channel)) if draft.channel else ""
        self._set_fact("channel", channel or "")
        self._set_fact("introduced_by", detail.introduced_by)
        self._set_fact("birthday", self._birthday(draft))
        targets = target_category_labels()
        self._set_fact(
            "targets", ", ".join(targets[TargetCategory(t)] for t in draft.target_categories)
        )
        cadence = (
            self.tr("every {n} days").format(n=draft.cadence_days) if draft.cadence_days else ""
        )
        self._set_fact("cadence", cadence)

        kinds = method_kind_labels()
        rows = []
        for method in draft.methods:
            href = method_href(method)
            shown = _link(href, method.value) if href else html.escape(method.value)
            kind = kinds.get(MethodKind(method.kind), method.kind)
            label = f" ({html.escape(method.label)})" if method.label else ""
            star = " ★" if method.preferred else ""
            rows.append(f"{html.escape(kind)}{label}: {shown}{star}")
        self._set_section("methods", "<br>".join(rows))
        self._set_section("tags", " · ".join(html.escape(t) for t in draft.tags))
        self._set_section("prep", draft.prep_notes.strip())
        self._set_section("notes", draft.notes.strip())
        relations = relationship_labels()
        self._set_section(
            "links",
            "<br>".join(
                _link(f"{CONTACT_SCHEME}:{link.id}", link.name)
                + " — "
                + html.escape(relations.get(RelationshipKind(link.kind), link.kind))
                + "&nbsp;"  # the strength stays beside its kind
                + "●" * link.strength
                + "○" * (5 - link.strength)
                for link in detail.links
            ),
        )
        kinds_done = kind_labels()
        locale = QLocale()
        self._set_section(
            "recent",
            "<br>".join(
                html.escape(locale.toString(_local_day(i.occurred_at), "d MMM yyyy"))
                + " · "
                + html.escape(kinds_done.get(InteractionKind(i.kind), i.kind))
                + (" — " + html.escape(i.summary) if i.summary else "")
                for i in detail.recent
            ),
        )

    def _set_fact(self, key: str, text: str) -> None:
        self.fact_labels[key].setText(text)
        self.facts.setRowVisible(self.fact_labels[key], bool(text))

    def _set_section(self, key: str, text: str) -> None:
        heading, body = self.sections[key]
        body.setText(text)
        heading.setVisible(bool(text))
        body.setVisible(bool(text))

    def _birthday(self, draft: ContactDraft) -> str:
        if not (draft.birthday_day and draft.birthday_month):
            return ""
        year = draft.birthday_year
        when = QDate(year or 2000, draft.birthday_month, draft.birthday_day)  # 2000: leap year
        return QLocale().toString(when, "d MMMM yyyy" if year else "d MMMM")

    def _avatar(self, draft: ContactDraft) -> QPixmap:
        ratio = self.devicePixelRatioF()
        if draft.photo and (photo := round_photo(draft.photo, AVATAR, ratio)) is not None:
            return photo
        pixmap = QPixmap(round(AVATAR * ratio), round(AVATAR * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_initials(painter, QRect(0, 0, AVATAR, AVATAR), draft.name, self.font())
        painter.end()
        return pixmap

    def _log(self) -> None:
        if self.contact_id is not None:
            self.log_requested.emit(self.contact_id)

    def _remind(self) -> None:
        if self.contact_id is not None:
            self.reminder_requested.emit(self.contact_id)

    def _life_event(self) -> None:
        if self.contact_id is not None:
            self.life_event_requested.emit(self.contact_id)

    def _edit(self) -> None:
        if self.contact_id is not None:
            self.edit_requested.emit(self.contact_id)

    def _open_link(self, href: str) -> None:
        url = QUrl(href)
        if url.scheme() == CONTACT_SCHEME:
            self.contact_activated.emit(int(url.path()))
        elif url.scheme() in SAFE_SCHEMES:
            log.info("opening a %s link", url.scheme())
            QDesktopServices.openUrl(url)
