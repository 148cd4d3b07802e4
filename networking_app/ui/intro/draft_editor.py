"""One email of an introduction: its template edited in place beside a live preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.intro_templates import FIELDS, render_intro
from networking_app.domain.templates import Rendered, TemplateText
from networking_app.domain.vocabulary import Language, TemplateKind


class DraftEditor(QWidget):
    """Subject and body with {placeholders} on the left, the email as sent on the right."""

    def __init__(
        self,
        kind: TemplateKind,
        load: Callable[[TemplateKind, Language], TemplateText],
        save: Callable[[TemplateText], None],
        reset: Callable[[TemplateKind, Language], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self._load, self._save, self._reset = kind, load, save, reset
        self.language = Language.ENGLISH
        self.fields: dict[str, str] = {}

        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Template subject"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Template text"))
        self.preview_subject = QLineEdit()
        self.preview_subject.setReadOnly(True)
        self.preview_subject.setAccessibleName(self.tr("Subject as sent"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("Email as sent"))
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: palette(placeholder-text);")
        self.save_button = QPushButton(self.tr("Save as My Template"))
        self.save_button.setToolTip(self.tr("Use this text for every future request"))
        self.save_button.clicked.connect(self.save_template)
        self.reset_button = QPushButton(self.tr("Restore Built-in Text"))
        self.reset_button.clicked.connect(self.reset_template)

        left = QFormLayout()
        left.addRow(self.tr("&Subject:"), self.subject)
        left.addRow(self.body)
        hint = QLabel(
            self.tr("Placeholders: {names}").format(names=", ".join(f"{{{f}}}" for f in FIELDS))
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        left.addRow(hint)
        right = QFormLayout()
        right.addRow(self.tr("Subject:"), self.preview_subject)
        right.addRow(self.preview)
        right.addRow(self.missing)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Template</b> (edit it here)")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Preview</b> (what is exported)")), 0, 1)
        grid.addLayout(left, 1, 0)
        grid.addLayout(right, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self.subject.textChanged.connect(self.refresh)
        self.body.textChanged.connect(self.refresh)

    def set_language(self, language: Language) -> None:
        """Load the template (the user's copy, else the built-in one) in ``language``."""
        self.language = language
        template = self._load(self.kind, language)
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self.refresh()

    def set_fields(self, fields: dict[str, str]) -> None:
        self.fields = fields
        self.refresh()

    def template(self) -> TemplateText:
        return TemplateText(self.kind, self.language, self.subject.text(), self.body.toPlainText())

    def rendered(self) -> Rendered:
        return render_intro(self.template(), self.fields)

    def refresh(self) -> None:
        rendered = self.rendered()
        self.preview_subject.setText(rendered.subject)
        if self.preview.toPlainText() != rendered.body:
            scroll = self.preview.verticalScrollBar()
            kept = scroll.value()  # the preview stays where the user was reading
            self.preview.setPlainText(rendered.body)
            scroll.setValue(kept)
        if rendered.missing:
            names = ", ".join(f"{{{m}}}" for m in rendered.missing)
            self.missing.setText(
                self.tr(
                    "Still to fill in by hand: {names} (see Settings for your profile)."
                ).format(names=names)
            )
        else:
            self.missing.clear()

    def save_template(self) -> None:
        self._save(self.template())

    def reset_template(self) -> None:
        self._reset(self.kind, self.language)
        self.set_language(self.language)
