"""Reminder settings: cadences, notification time, quiet hours, notice, ritual, login
start, and the message templates (English and French) the drafts start from."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.message_templates import PLACEHOLDERS
from networking_app.domain.reminders import NOTICE_CHOICES, ReminderSettings
from networking_app.domain.templates import TemplateText, placeholders
from networking_app.domain.vocabulary import Circle, Language, TemplateKind
from networking_app.services.workspace import Workspace
from networking_app.ui.confirm import discard_changes
from networking_app.ui.i18n import effective_language, text_language_combo
from networking_app.ui.today.draft_dialog import template_kind_labels
from networking_app.ui.tray import autostart

log = logging.getLogger(__name__)

CADENCE_CIRCLES = (Circle.CLOSE, Circle.EXTENDED, Circle.WEAK)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class TimeEdit(QTimeEdit):
    """An "HH:mm" field where typing replaces the section clicked or tabbed into.

    A plain QTimeEdit leaves the cursor inside "22" after a click, so typing "08" makes
    "2082" and is refused: only the arrows seemed to work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.lineEdit().installEventFilter(self)  # the clicks land on the line edit

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setSelectedSection(self.currentSection())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and not self.lineEdit().hasSelectedText()  # a click, not a drag over the text
        ):
            self.setSelectedSection(self.currentSection())
        return super().eventFilter(watched, event)


class ReminderSettingsDialog(QDialog):
    """Edits :class:`ReminderSettings` and the templates; stores them when accepted."""

    saved = Signal()
    #: the keep-in-touch cadences changed: every card's due date may have moved
    cadences_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.reminders = workspace.reminders
        self.setWindowTitle(self.tr("Reminders and Templates"))
        self.setMinimumSize(600, 520)
        self._initial = self.reminders.settings()
        self._templates: dict[tuple[TemplateKind, Language], TemplateText] = {}
        self._edited: set[tuple[TemplateKind, Language]] = set()
        self._reset: set[tuple[TemplateKind, Language]] = set()
        self._shown_key: tuple[TemplateKind, Language] | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(self._reminders_page(), self.tr("&Reminders"))
        self.tabs.addTab(self._templates_page(), self.tr("&Message Templates"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._show_settings(self._initial)
        self._show_template()

    # -- the reminders page -------------------------------------------------------------
    def _reminders_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.cadence_spins: dict[Circle, QSpinBox] = {}
        # One string each: mid-phrase the circle is lower case ("Garder le contact,
        # cercle proche"), unlike the circle's name on its own.
        labels = {
            Circle.CLOSE: self.tr("Keep in touch, close circle:"),
            Circle.EXTENDED: self.tr("Keep in touch, extended circle:"),
            Circle.WEAK: self.tr("Keep in touch, weak ties:"),
        }
        for circle in CADENCE_CIRCLES:
            spin = QSpinBox()
            spin.setRange(1, 3650)
            spin.setSuffix(self.tr(" days"))
            self.cadence_spins[circle] = spin
            form.addRow(labels[circle], spin)
        self.daily_time = TimeEdit()
        form.addRow(self.tr("&Daily notification at:"), self.daily_time)
        self.quiet_check = QCheckBox(self.tr("&Quiet hours from"))
        self.quiet_start = TimeEdit()
        self.quiet_end = TimeEdit()
        quiet = QHBoxLayout()
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(QLabel(self.tr("to")))
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)
        self.quiet_check.toggled.connect(self.quiet_start.setEnabled)
        self.quiet_check.toggled.connect(self.quiet_end.setEnabled)
        form.addRow(self.quiet_check, quiet)
        # Equal ends mean no quiet hours at all to the notifier: never let that pass unseen.
        self.quiet_problem = QLabel(
            self.tr(
                "Quiet hours that start and end at the same time are no quiet hours:"
                " notifications would come at any hour. Choose two different times."
            )
        )
        self.quiet_problem.setObjectName("quietProblem")
        self.quiet_problem.setWordWrap(True)
        self.quiet_problem.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.quiet_problem.setStyleSheet("color: #b00020;")
        self.quiet_problem.hide()
        form.addRow("", self.quiet_problem)
        self.quiet_check.toggled.connect(self._check_quiet)
        self.quiet_start.timeChanged.connect(self._check_quiet)
        self.quiet_end.timeChanged.connect(self._check_quiet)
        self.notice_combo = QComboBox()
        for days in NOTICE_CHOICES:
            self.notice_combo.addItem(
                self.tr("On the day")
                if days == 0
                else self.tr("1 day before")
                if days == 1
                else self.tr("{n} days before").format(n=days),
                days,
            )
        form.addRow(self.tr("Life events: &notice:"), self.notice_combo)
        self.ritual_spin = QSpinBox()
        self.ritual_spin.setRange(1, 50)
        self.ritual_spin.setSuffix(self.tr(" people a week"))
        form.addRow(self.tr("Weekly &ritual:"), self.ritual_spin)
        self.login_check = QCheckBox(self.tr("&Start Rapport’s reminders at login"))
        self.login_check.setChecked(autostart.is_enabled())
        self.login_check.setToolTip(
            self.tr("Runs the reminder service in the system tray when you log in.")
        )
        form.addRow("", self.login_check)
        return page

    def _show_settings(self, settings: ReminderSettings) -> None:
        for circle, spin in self.cadence_spins.items():
            spin.setValue(settings.cadences[circle])
        self.daily_time.setTime(_qtime(settings.daily_time))
        quiet = settings.quiet_start is not None and settings.quiet_end is not None
        self.quiet_check.setChecked(quiet)
        self.quiet_start.setTime(_qtime(settings.quiet_start or time(22, 0)))
        self.quiet_end.setTime(_qtime(settings.quiet_end or time(8, 0)))
        self.quiet_start.setEnabled(quiet)
        self.quiet_end.setEnabled(quiet)
        index = self.notice_combo.findData(settings.advance_notice_days)
        self.notice_combo.setCurrentIndex(max(index, 0))
        self.ritual_spin.setValue(settings.ritual_target)

    def quiet_hours_empty(self) -> bool:
        """Quiet hours are on but start when they end."""
        return self.quiet_check.isChecked() and self.quiet_start.time() == self.quiet_end.time()

    def _check_quiet(self) -> None:
        self.quiet_problem.setVisible(self.quiet_hours_empty())

    def settings(self) -> ReminderSettings:
        """The settings as edited."""
        quiet = self.quiet_check.isChecked()
        cadences = dict(self._initial.cadences)
        cadences.update({circle: spin.value() for circle, spin in self.cadence_spins.items()})
        return replace(
            self._initial,
            cadences=cadences,
            daily_time=_time(self.daily_time.time()),
            quiet_start=_time(self.quiet_start.time()) if quiet else None,
            quiet_end=_time(self.quiet_end.time()) if quiet else None,
            advance_notice_days=int(self.notice_combo.currentData()),
            ritual_target=self.ritual_spin.value(),
        )

    # -- the templates page -------------------------------------------------------------
    def _templates_page(self) -> QWidget:
        page = QWidget()
        self.template_kind = QComboBox()
        for kind, label in template_kind_labels().items():
            self.template_kind.addItem(label, kind.value)
        self.template_language = text_language_combo(
            effective_language(self.workspace.profile().language)
        )
        self.template_subject = QLineEdit()
        self.template_body = QPlainTextEdit()
        self.template_body.setTabChangesFocus(True)
        self.reset_button = QPushButton(self.tr("Reset to the &Built-in Text"))
        self.reset_button.clicked.connect(self._reset_template)
        hint = QLabel(
            self.tr("Placeholders filled from the contact and your profile: {names}").format(
                names=", ".join("{" + name + "}" for name in PLACEHOLDERS)
            )
        )
        hint.setWordWrap(True)
        choose = QHBoxLayout()
        choose.addWidget(self.template_kind, 1)
        choose.addWidget(self.template_language)
        form = QFormLayout()
        template_label = QLabel(self.tr("&Template:"))
        template_label.setBuddy(self.template_kind)
        form.addRow(template_label, choose)
        form.addRow(self.tr("&Subject:"), self.template_subject)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.template_body, 1)
        layout.addWidget(hint)
        self.template_problem = QLabel()
        self.template_problem.setObjectName("templateProblem")
        self.template_problem.setWordWrap(True)
        self.template_problem.setStyleSheet("color: #b00020;")
        self.template_problem.hide()
        layout.addWidget(self.template_problem)
        layout.addWidget(self.reset_button, 0)
        self.template_kind.currentIndexChanged.connect(self._show_template)
        self.template_language.currentIndexChanged.connect(self._show_template)
        self.template_subject.textEdited.connect(self._template_edited)
        self.template_body.textChanged.connect(self._template_edited)
        return page

    def _current_key(self) -> tuple[TemplateKind, Language]:
        return (
            TemplateKind(self.template_kind.currentData()),
            Language(self.template_language.currentData()),
        )

    def template(self, kind: TemplateKind, language: Language) -> TemplateText:
        key = (kind, language)
        if key not in self._templates:
            self._templates[key] = self.reminders.template(kind, language)
        return self._templates[key]

    def _show_template(self) -> None:
        key = self._current_key()
        shown = self.template(*key)
        self._shown_key = None  # no edit recorded while filling
        self.template_subject.setText(shown.subject)
        self.template_body.setPlainText(shown.body)
        self._shown_key = key
        self._check_template(key)

    def template_problems(self, key: tuple[TemplateKind, Language]) -> list[str]:
        """What is wrong with the edited template of ``key``, in words ([] when fine)."""
        text = self.template(*key)
        problems = []
        if not text.subject.strip() or not text.body.strip():
            problems.append(self.tr("A template needs a subject and a message."))
        builtin = self.reminders.builtin_template(*key)
        known = set(PLACEHOLDERS) | set(placeholders(builtin.subject + builtin.body))
        unknown = [n for n in placeholders(text.subject + text.body) if n not in known]
        if unknown:
            problems.append(
                self.tr("Unknown placeholders, left as typed in the drafts: {names}").format(
                    names=", ".join("{" + name + "}" for name in unknown)
                )
            )
        return problems

    def _check_template(self, key: tuple[TemplateKind, Language]) -> None:
        problems = self.template_problems(key)
        self.template_problem.setText("\n".join(problems))
        self.template_problem.setVisible(bool(problems))

    def _template_edited(self) -> None:
        key = self._shown_key
        if key is None:
            return
        self._templates[key] = replace(
            self._templates[key],
            subject=self.template_subject.text(),
            body=self.template_body.toPlainText(),
        )
        self._edited.add(key)
        self._reset.discard(key)
        self._check_template(key)

    def _reset_template(self) -> None:
        """Show the built-in text again; the user's copy is forgotten on OK."""
        key = self._current_key()
        self._templates[key] = self.reminders.builtin_template(*key)
        self._show_template()
        self._edited.discard(key)
        self._reset.add(key)

    # -- saving -------------------------------------------------------------------------
    def accept(self) -> None:
        if self.quiet_hours_empty():
            self.tabs.setCurrentIndex(0)
            self.quiet_end.setFocus()
            return  # the page says why; nothing is saved
        for key in sorted(self._edited):
            if not self.template(*key).subject.strip() or not self.template(*key).body.strip():
                self.tabs.setCurrentIndex(1)
                self.template_kind.setCurrentIndex(self.template_kind.findData(key[0].value))
                self.template_language.setCurrentIndex(
                    self.template_language.findData(key[1].value)
                )
                return  # the page says what is missing; nothing is saved
        settings = self.settings()
        try:
            if settings != self._initial:
                self.reminders.save_settings(settings)
            for key in self._reset:
                self.reminders.reset_template(*key)
            for key in self._edited:
                self.reminders.save_template(self._templates[key])
            wanted = self.login_check.isChecked()
            if wanted != autostart.is_enabled():
                autostart.set_enabled(wanted, self.workspace.paths.data_dir)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Start at login"),
                self.tr("Could not change the login entry: {reason}").format(reason=exc),
            )
            return
        log.info("reminder settings saved")
        self.saved.emit()
        if settings.cadences != self._initial.cadences:
            self.cadences_changed.emit()
        super().accept()

    def _changed(self) -> bool:
        return (
            self.settings() != self._initial
            or bool(self._edited or self._reset)
            or self.login_check.isChecked() != autostart.is_enabled()
        )

    def reject(self) -> None:
        """Ask before throwing edits away."""
        if self._changed() and not discard_changes(
            self, self.tr("You changed your reminder settings. Discard these changes?")
        ):
            return
        super().reject()
