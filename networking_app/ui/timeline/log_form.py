"""The fields of one interaction: who, what, when, what was given or asked, what comes next."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.interactions import InteractionDraft, InteractionProblem
from networking_app.domain.vocabulary import (
    AskOutcome,
    Direction,
    InteractionKind,
    ResponseState,
    ValueType,
)
from networking_app.services.workspace import Workspace
from networking_app.ui.timeline.contact_chooser import ContactChooser
from networking_app.ui.timeline.interaction_labels import (
    kind_labels,
    outcome_labels,
    problem_messages,
    response_labels,
    value_labels,
)
from networking_app.ui.timeline.kind_glyphs import kind_icon
from networking_app.ui.timeline.optional_date import (
    OptionalDateEdit,
    four_digit_year,
    qdatetime,
)

#: Kinds where reaching out usually waits for an answer; the others were met in person.
_WRITTEN = {InteractionKind.EMAIL, InteractionKind.MESSAGE, InteractionKind.SOCIAL_TOUCH}


def error_color(palette: QPalette) -> QColor:
    """A red that reads on the window background, light or dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(255, 138, 128) if dark else QColor(190, 30, 30)


class LogForm(QWidget):
    """Edits an :class:`InteractionDraft`; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = workspace.clock
        self._id: int | None = None
        self._done_at: datetime | None = None
        self._response_touched = False

        self.contacts = ContactChooser(workspace.contacts)
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("What was it about, in one line"))
        self.kind = QComboBox()
        ink = self.palette().color(QPalette.ColorRole.Text)
        for kind, label in kind_labels().items():
            self.kind.addItem(kind_icon(kind, ink), label, kind.value)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setMinimumDate(QDate(1900, 1, 1))
        self.when.setDisplayFormat(
            four_digit_year(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        )
        self.direction = QButtonGroup(self)
        direction_row = QHBoxLayout()
        texts = {
            Direction.OUTREACH: self.tr("I &reached out"),
            Direction.INBOUND: self.tr("&They did"),
            Direction.MUTUAL: self.tr("&Mutual"),
        }
        for number, (direction, text) in enumerate(texts.items()):
            button = QRadioButton(text)
            button.setProperty("direction", direction.value)
            self.direction.addButton(button, number)
            direction_row.addWidget(button)
        direction_row.addStretch(1)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What was said, what you learned about them"))
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self.values: dict[ValueType, QCheckBox] = {}
        values_row = QHBoxLayout()
        for value, label in value_labels().items():
            box = QCheckBox(label[:1].upper() + label[1:])
            self.values[value] = box
            values_row.addWidget(box)
        values_row.addStretch(1)
        self.ask = QLineEdit()
        self.ask.setPlaceholderText(self.tr("What you asked for, if anything"))
        self.ask_outcome = QComboBox()
        for outcome, label in outcome_labels().items():
            self.ask_outcome.addItem(label, outcome.value)
        self.ask_outcome.setAccessibleName(self.tr("Outcome of the ask"))
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.ask, 1)
        ask_row.addWidget(self.ask_outcome)

        self.response = QComboBox()
        for state, label in response_labels().items():
            self.response.addItem(label, state.value)
        self.response.setAccessibleName(self.tr("Their answer"))
        now = self.clock.to_local(self.clock.now())
        self.responded_at = OptionalDateEdit(self.tr("Answered on"), now, with_time=True)
        response_row = QHBoxLayout()
        response_row.addWidget(self.response)
        response_row.addWidget(self.responded_at, 1)

        self.next_step = QLineEdit()
        self.next_step.setPlaceholderText(self.tr("The concrete next step, if any"))
        self.next_step_due = OptionalDateEdit(self.tr("&Due"), self.clock.today())
        self.next_step_done = QCheckBox(self.tr("D&one"))
        step_row = QHBoxLayout()
        step_row.addWidget(self.next_step, 1)
        step_row.addWidget(self.next_step_due)
        step_row.addWidget(self.next_step_done)

        self.problem_labels: dict[InteractionProblem, QLabel] = {}
        for problem, message in problem_messages().items():
            shown = QLabel(message)
            shown.setWordWrap(True)
            shown.setObjectName(f"problem-{problem.value}")
            shown.setStyleSheet(f"color: {error_color(self.palette()).name()};")
            shown.hide()
            self.problem_labels[problem] = shown
        p = self.problem_labels

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        when_label = QLabel(self.tr("W&hen:"))
        when_label.setBuddy(self.when)
        kind_row.addSpacing(12)
        kind_row.addWidget(when_label)
        kind_row.addWidget(self.when, 1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&With:"), _stacked(self.contacts, p[InteractionProblem.NO_CONTACT]))
        form.addRow(self.tr("&Summary:"), self.summary)
        form.addRow(
            self.tr("&Kind:"),
            _stacked(
                kind_row,
                p[InteractionProblem.IN_THE_FUTURE],
                p[InteractionProblem.TOO_OLD],
                focus=self.kind,
            ),
        )
        form.addRow(self.tr("Direction:"), direction_row)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("Gave:"), values_row)
        form.addRow(self.tr("&Ask:"), _stacked(ask_row, focus=self.ask))
        form.addRow(
            self.tr("Answer:"),
            _stacked(
                response_row, p[InteractionProblem.RESPONSE_BEFORE_EVENT], focus=self.response
            ),
        )
        form.addRow(
            self.tr("Ne&xt step:"),
            _stacked(step_row, p[InteractionProblem.NEXT_STEP_WITHOUT_TEXT], focus=self.next_step),
        )
        self.setTabOrder(self.contacts.editor, self.summary)
        self.setTabOrder(self.summary, self.kind)

        # The default answer is set with signals blocked: any signal is someone's choice
        # (connected first, so that the update below already knows it).
        self.response.currentIndexChanged.connect(self._response_chosen)
        for signal in (
            self.contacts.selection_changed,
            self.summary.textChanged,
            self.kind.currentIndexChanged,
            self.when.dateTimeChanged,
            self.direction.idToggled,
            self.notes.textChanged,
            self.ask.textChanged,
            self.ask_outcome.currentIndexChanged,
            self.response.currentIndexChanged,
            self.responded_at.changed,
            self.next_step.textChanged,
            self.next_step_due.changed,
            self.next_step_done.toggled,
        ):
            signal.connect(self._edited)
        for box in self.values.values():
            box.toggled.connect(self._edited)

    # -- reading and filling --------------------------------------------------------------
    def fill(self, draft: InteractionDraft, names: dict[int, str] | None = None) -> None:
        """Show ``draft`` (times are stored UTC and shown local)."""
        self._id, self._done_at = draft.id, draft.next_step_done_at
        self.contacts.set_contact_ids(draft.contact_ids, names)
        self.summary.setText(draft.summary)
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind.value)))
        self.when.setDateTime(qdatetime(self.clock.to_local(draft.occurred_at)))
        self._button(draft.direction).setChecked(True)
        self.notes.setPlainText(draft.notes)
        for value, box in self.values.items():
            box.setChecked(value.value in draft.values_given)
        self.ask.setText(draft.ask)
        outcome = draft.ask_outcome or AskOutcome.PENDING
        self.ask_outcome.setCurrentIndex(max(0, self.ask_outcome.findData(outcome)))
        self._response_touched = draft.response_state is not None
        if draft.response_state is not None:
            self.response.setCurrentIndex(max(0, self.response.findData(draft.response_state)))
        responded = draft.responded_at
        self.responded_at.set_value(self.clock.to_local(responded) if responded else None)
        self.next_step.setText(draft.next_step)
        self.next_step_due.set_value(draft.next_step_due)
        self.next_step_done.setChecked(draft.next_step_done_at is not None)
        self._update_enabled()

    def draft(self) -> InteractionDraft:
        """What the fields say, as a draft (times in stored UTC)."""
        direction = self.current_direction()
        outreach = direction is Direction.OUTREACH
        state = str(self.response.currentData()) if outreach else None
        responded = self.responded_at.value() if state == ResponseState.ANSWERED else None
        local = self.when.dateTime().toPython()
        assert isinstance(local, datetime)
        done = self.next_step_done.isChecked() and bool(self.next_step.text().strip())
        return InteractionDraft(
            id=self._id,
            contact_ids=tuple(self.contacts.contact_ids()),
            occurred_at=self.clock.to_utc(local),
            kind=InteractionKind(self.kind.currentData()),
            direction=direction,
            summary=self.summary.text().strip(),
            notes=self.notes.toPlainText(),
            values_given=tuple(v.value for v, box in self.values.items() if box.isChecked()),
            ask=self.ask.text().strip(),
            ask_outcome=str(self.ask_outcome.currentData()) if self.ask.text().strip() else None,
            response_state=state,
            responded_at=self.clock.to_utc(responded) if isinstance(responded, datetime) else None,
            next_step=self.next_step.text().strip(),
            next_step_due=self.next_step_due.date_value(),
            next_step_done_at=(self._done_at or self.clock.now()) if done else None,
        )

    def current_direction(self) -> Direction:
        checked = self.direction.checkedButton()
        return Direction(checked.property("direction")) if checked else Direction.MUTUAL

    def _button(self, direction: Direction) -> QRadioButton:
        for button in self.direction.buttons():
            if button.property("direction") == direction.value:
                assert isinstance(button, QRadioButton)
                return button
        raise KeyError(direction)

    def show_problems(self, problems: list[InteractionProblem]) -> None:
        for problem, label in self.problem_labels.items():
            label.setVisible(problem in problems)

    # -- what depends on what ---------------------------------------------------------------
    def _response_chosen(self) -> None:
        self._response_touched = True

    def _edited(self) -> None:
        self._update_enabled()
        self.changed.emit()

    def _update_enabled(self) -> None:
        outreach = self.current_direction() is Direction.OUTREACH
        if outreach and not self._response_touched:
            written = InteractionKind(self.kind.currentData()) in _WRITTEN
            state = ResponseState.WAITING if written else ResponseState.ANSWERED
            blocked = self.response.blockSignals(True)
            self.response.setCurrentIndex(self.response.findData(state.value))
            self.response.blockSignals(blocked)
        self.response.setEnabled(outreach)
        answered = outreach and self.response.currentData() == ResponseState.ANSWERED
        self.responded_at.setEnabled(answered)
        self.ask_outcome.setEnabled(bool(self.ask.text().strip()))
        self.next_step_done.setEnabled(bool(self.next_step.text().strip()))


def _stacked(top: QWidget | QHBoxLayout, *below: QLabel, focus: QWidget | None = None) -> QWidget:
    """A field with its problem messages right under it (``focus`` gets the label's mnemonic)."""
    box = QWidget()
    proxy = focus or (top if isinstance(top, QWidget) else None)
    if proxy is not None:
        box.setFocusProxy(proxy)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if isinstance(top, QWidget):
        column.addWidget(top)
    else:
        column.addLayout(top)
    for label in below:
        column.addWidget(label)
    return box


__all__ = ["LogForm", "error_color"]
