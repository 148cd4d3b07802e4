"""The tabs of the contact editor: the profile with notes, and how you met and whom they know."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.contacts import ContactDraft
from networking_app.domain.vocabulary import Circle, TargetCategory
from networking_app.ui.contacts.birthday_edit import BirthdayEdit
from networking_app.ui.contacts.contact_picker import Choice, ContactPicker
from networking_app.ui.contacts.problem_messages import ProblemLabel
from networking_app.ui.contacts.relationships_editor import RelationshipsEditor
from networking_app.ui.contacts.tags_edit import TagsEdit
from networking_app.ui.labels import channel_labels, circle_labels, target_category_labels


def _contains_completer(words: Sequence[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(list(words), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


class ProfilePage(QWidget):
    """Names and work on the left; circle, cadence, birthday and tags on the right; under
    them what to ask next time (read before meeting them) and free notes."""

    changed = Signal()

    def __init__(
        self,
        industries: Sequence[str],
        cities: Sequence[str],
        tags: Sequence[str],
        cadences: Mapping[Circle, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cadences = dict(cadences)
        self.given_edit = QLineEdit()
        self.family_edit = QLineEdit()
        self.nickname_edit = QLineEdit()
        self.name_problem = ProblemLabel()
        self.organisation_edit = QLineEdit()
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(self.tr("e.g. Head of Product"))
        self.industry_combo = QComboBox()
        self.industry_combo.setEditable(True)
        self.industry_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.industry_combo.addItems(list(industries))
        self.industry_combo.setCompleter(_contains_completer(industries, self.industry_combo))
        self.function_edit = QLineEdit()
        self.function_edit.setPlaceholderText(self.tr("e.g. product, sales, data"))
        self.city_edit = QLineEdit()
        self.city_edit.setCompleter(_contains_completer(cities, self.city_edit))

        self.circle_combo = QComboBox()
        for circle, label in circle_labels().items():
            self.circle_combo.addItem(label, circle.value)
        self.cadence_edit = QLineEdit()
        self.cadence_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.cadence_edit)
        )
        self.cadence_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 24))
        self.cadence_problem = ProblemLabel()
        self.birthday_edit = BirthdayEdit()
        self.birthday_problem = ProblemLabel()
        self.tags_edit = TagsEdit(tags)
        self.prep_edit = QPlainTextEdit()
        self.prep_edit.setTabChangesFocus(True)
        self.prep_edit.setPlaceholderText(
            self.tr("Questions to ask, news to follow up on, what matters to them right now.")
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr("Anything worth remembering: family, interests, how you can help.")
        )

        left = QFormLayout()
        left.addRow(self.tr("&First name:"), self.given_edit)
        left.addRow(self.tr("&Last name:"), self.family_edit)
        left.addRow(self.tr("Nic&kname:"), self.nickname_edit)
        left.addRow("", self.name_problem)
        left.addRow(self.tr("Or&ganisation:"), self.organisation_edit)
        left.addRow(self.tr("&Role:"), self.role_edit)
        left.addRow(self.tr("&Industry:"), self.industry_combo)
        left.addRow(self.tr("Func&tion:"), self.function_edit)
        left.addRow(self.tr("Cit&y:"), self.city_edit)

        cadence_row = QHBoxLayout()
        cadence_row.addWidget(self.cadence_edit)
        cadence_row.addWidget(QLabel(self.tr("days")))
        cadence_row.addStretch(1)
        right = QFormLayout()
        right.addRow(self.tr("&Circle:"), self.circle_combo)
        cadence_label = QLabel(self.tr("Keep in touch e&very:"))
        cadence_label.setBuddy(self.cadence_edit)
        right.addRow(cadence_label, cadence_row)
        right.addRow("", self.cadence_problem)
        birthday_label = QLabel(self.tr("&Birthday:"))
        birthday_label.setBuddy(self.birthday_edit.day_combo)
        right.addRow(birthday_label, self.birthday_edit)
        right.addRow("", self.birthday_problem)
        right.addRow(self.tr("T&ags:"), self.tags_edit)

        prep_label = QLabel(self.tr("&What to ask next time:"))
        prep_label.setBuddy(self.prep_edit)
        notes_label = QLabel(self.tr("Not&es:"))
        notes_label.setBuddy(self.notes_edit)
        notes = QGridLayout()
        notes.addWidget(prep_label, 0, 0)
        notes.addWidget(self.prep_edit, 1, 0)
        notes.addWidget(notes_label, 0, 1)
        notes.addWidget(self.notes_edit, 1, 1)
        notes.setRowStretch(1, 1)
        notes.setHorizontalSpacing(18)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(18)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addSpacing(6)
        layout.addLayout(notes, 1)

        for line in (
            self.given_edit,
            self.family_edit,
            self.nickname_edit,
            self.organisation_edit,
            self.role_edit,
            self.function_edit,
            self.city_edit,
            self.cadence_edit,
            self.tags_edit,
        ):
            line.textChanged.connect(self.changed)
        self.industry_combo.editTextChanged.connect(self.changed)
        self.circle_combo.currentIndexChanged.connect(self._show_default_cadence)
        self.circle_combo.currentIndexChanged.connect(self.changed)
        self.birthday_edit.changed.connect(self.changed)
        self.prep_edit.textChanged.connect(self.changed)
        self.notes_edit.textChanged.connect(self.changed)

    def load(self, draft: ContactDraft) -> None:
        self.given_edit.setText(draft.given_name)
        self.family_edit.setText(draft.family_name)
        self.nickname_edit.setText(draft.nickname)
        self.organisation_edit.setText(draft.organisation)
        self.role_edit.setText(draft.role)
        self.industry_combo.setCurrentIndex(-1)
        self.industry_combo.setEditText(draft.industry)
        self.function_edit.setText(draft.function)
        self.city_edit.setText(draft.city)
        self.circle_combo.setCurrentIndex(self.circle_combo.findData(draft.circle.value))
        self._show_default_cadence()
        cadence = draft.cadence_days
        self.cadence_edit.setText("" if cadence is None else str(cadence))
        self.birthday_edit.set_values(draft.birthday_day, draft.birthday_month, draft.birthday_year)
        self.tags_edit.set_tags(draft.tags)
        self.tags_edit.setCursorPosition(0)  # show the first tags, not the end of the line
        self.prep_edit.setPlainText(draft.prep_notes)
        self.notes_edit.setPlainText(draft.notes)

    def values(self) -> dict[str, Any]:
        day, month, year = self.birthday_edit.values()
        cadence = self.cadence_edit.text().strip()
        return dict(
            given_name=self.given_edit.text(),
            family_name=self.family_edit.text(),
            nickname=self.nickname_edit.text(),
            organisation=self.organisation_edit.text(),
            role=self.role_edit.text(),
            industry=self.industry_combo.currentText(),
            function=self.function_edit.text(),
            city=self.city_edit.text(),
            circle=Circle(self.circle_combo.currentData()),
            birthday_day=day,
            birthday_month=month,
            birthday_year=year,
            cadence_days=int(cadence) if cadence else None,
            tags=self.tags_edit.tags(),
            prep_notes=self.prep_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
        )

    def _show_default_cadence(self) -> None:
        """The circle's cadence as the placeholder: what an empty field means."""
        days = self._cadences.get(Circle(self.circle_combo.currentData()))
        self.cadence_edit.setPlaceholderText(
            self.tr("{days} (the circle's)").format(days=days)
            if days
            else self.tr("no reminders (the circle's)")
        )


class NetworkPage(QWidget):
    """How you met, why they matter, and whom they know."""

    changed = Signal()

    def __init__(
        self, choices: Sequence[Choice], self_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.channel_combo = QComboBox()
        self.channel_combo.addItem("—", None)
        for channel, label in channel_labels().items():
            self.channel_combo.addItem(label, channel.value)
        exclude = [self_id] if self_id is not None else []
        self.introducer_picker = ContactPicker(choices, exclude=exclude)
        self.introducer_picker.setToolTip(self.tr("Leave empty when nobody introduced you."))
        met = QGroupBox(self.tr("How you met"))
        met_form = QFormLayout(met)
        met_form.addRow(self.tr("&Met through:"), self.channel_combo)
        met_form.addRow(self.tr("Introduced &by:"), self.introducer_picker)

        self.category_boxes: dict[TargetCategory, QCheckBox] = {}
        matter = QGroupBox(self.tr("Why they matter"))
        grid = QGridLayout(matter)
        for i, (category, label) in enumerate(target_category_labels().items()):
            box = QCheckBox(label)
            self.category_boxes[category] = box
            grid.addWidget(box, i // 3, i % 3)
            box.toggled.connect(self.changed)

        self.relationships = RelationshipsEditor(choices, self_id)
        links = QGroupBox(self.tr("Whom they know"))
        QVBoxLayout(links).addWidget(self.relationships)

        top = QHBoxLayout()
        top.addWidget(met, 1)
        top.addWidget(matter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(links, 1)

        self.channel_combo.currentIndexChanged.connect(self.changed)
        self.introducer_picker.contact_changed.connect(self.changed)
        self.relationships.changed.connect(self.changed)

    def load(self, draft: ContactDraft, names: Mapping[int, str]) -> None:
        self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(draft.channel), 0))
        introducer = draft.introduced_by_id
        if introducer is not None and not self.introducer_picker.known(introducer):
            self.introducer_picker.add_choice(introducer, names.get(introducer, ""))
        self.introducer_picker.set_contact_id(introducer)
        for category, box in self.category_boxes.items():
            box.setChecked(category.value in draft.target_categories)
        self.relationships.set_relationships(draft.relationships, names)

    def values(self) -> dict[str, Any]:
        return dict(
            channel=self.channel_combo.currentData(),
            introduced_by_id=self.introducer_picker.contact_id(),
            target_categories=tuple(
                sorted(c.value for c, box in self.category_boxes.items() if box.isChecked())
            ),
            relationships=self.relationships.relationships(),
        )
