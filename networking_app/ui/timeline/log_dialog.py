"""Logging an interaction (or editing one): the common case is two keystrokes.

Contacts come prefilled from the selection and focus starts on the summary, the kind is the
last one used, the time is now: type the summary, press Ctrl+Enter. Saving pushes an
undoable command, so a wrong entry is one Ctrl+Z away.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.interactions import InteractionDraft
from networking_app.domain.vocabulary import Direction, InteractionKind
from networking_app.services.workspace import Workspace
from networking_app.ui.events import DataEvents
from networking_app.ui.timeline.log_form import LogForm
from networking_app.ui.timeline.timeline_commands import SaveInteractionCommand

log = logging.getLogger(__name__)

LAST_KIND_KEY = "timeline/last_kind"


class LogInteractionDialog(QDialog):
    """Window-modal; open it with ``open()``. Emits ``interaction_saved(id)`` once stored."""

    interaction_saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        events: DataEvents,
        undo_stack: QUndoStack,
        contact_ids: Sequence[int] = (),
        interaction_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.events, self.undo_stack = workspace, events, undo_stack
        self.timeline, self.clock = workspace.timeline, workspace.clock
        self._ui_state = QSettings(str(workspace.paths.ui_state_file), QSettings.Format.IniFormat)
        self._confirm: QMessageBox | None = None
        self.setMinimumWidth(680)

        self.form = LogForm(workspace)
        self.previous: InteractionDraft | None = None
        if interaction_id is None:
            self.setWindowTitle(self.tr("Log an Interaction"))
            self.form.fill(self._new_draft(contact_ids))
        else:
            self.setWindowTitle(self.tr("Edit Interaction"))
            self.previous = self.timeline.load(interaction_id)
            self.form.fill(self.previous)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter or Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
            QShortcut(QKeySequence(keys), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self.validate)

        self.initial = self.form.draft()
        self.validate()
        prefilled = interaction_id is not None or bool(self.form.contacts.contact_ids())
        (self.form.summary if prefilled else self.form.contacts.editor).setFocus()

    def _new_draft(self, contact_ids: Sequence[int]) -> InteractionDraft:
        stored = self._ui_state.value(LAST_KIND_KEY, InteractionKind.COFFEE.value)
        kind = (
            InteractionKind(stored)
            if stored in {k.value for k in InteractionKind}
            else InteractionKind.COFFEE
        )
        # Now, to the minute: seconds the user cannot see would only surprise later.
        now = self.clock.to_utc(self.clock.to_local(self.clock.now()).replace(second=0))
        return InteractionDraft(
            contact_ids=tuple(contact_ids), occurred_at=now, kind=kind, direction=Direction.MUTUAL
        )

    # -- validation and saving ------------------------------------------------------------
    def problems(self) -> list[str]:
        """The messages shown now (empty when the entry can be saved)."""
        return [label.text() for label in self.form.problem_labels.values() if not label.isHidden()]

    def is_dirty(self) -> bool:
        return self.form.draft() != self.initial

    def validate(self) -> bool:
        found = self.timeline.problems(self.form.draft())
        self.form.show_problems(found)
        self.save_button.setEnabled(not found)
        return not found

    def save(self) -> None:
        """Store the entry (undoably) and close; does nothing while a problem is shown."""
        if not self.validate():
            return
        draft = self.form.draft()
        if self.previous is not None and draft == self.previous:
            self.accept()  # nothing changed: no empty step on the undo stack
            return
        command = SaveInteractionCommand(self.timeline, self.events, draft, self.previous)
        self.undo_stack.push(command)
        self._ui_state.setValue(LAST_KIND_KEY, draft.kind.value)
        assert command.interaction_id is not None
        log.info("interaction %d saved", command.interaction_id)
        self.interaction_saved.emit(command.interaction_id)
        self.accept()

    # -- leaving without saving -----------------------------------------------------------
    def reject(self) -> None:
        """Esc or Cancel: ask before throwing away what was typed."""
        if not self.is_dirty():
            super().reject()
            return
        if self._confirm is not None and self._confirm.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard Entry"),  # short: a narrow box clips a long title
            self.tr("Discard this entry?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("What you typed will be lost."))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._confirmed)
        self._confirm = box
        box.open()

    def _confirmed(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Discard.value:
            self.initial = self.form.draft()  # nothing left to lose
            super().reject()
