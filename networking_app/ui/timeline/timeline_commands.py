"""Undoable changes to the timeline, pushed on the window's shared QUndoStack."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from networking_app.domain.interactions import InteractionDraft
from networking_app.services.timeline import DeletedInteraction, Timeline
from networking_app.ui.events import DataEvents


def _announce(events: DataEvents, interaction_id: int, *drafts: InteractionDraft | None) -> None:
    """Tell the views: the interaction changed, and so did its people's "last interaction"."""
    people: dict[int, None] = {}
    for draft in drafts:
        if draft is not None:
            people.update(dict.fromkeys(draft.contact_ids))
    # Contacts first: the timeline reloads once, on the interaction signal that follows.
    if people:  # (an empty list would mean "every contact changed")
        events.contacts_changed.emit(list(people))
    events.interactions_changed.emit([interaction_id])


class SaveInteractionCommand(QUndoCommand):
    """Log a new interaction (undo deletes it) or edit one (undo restores the old version)."""

    def __init__(
        self,
        timeline: Timeline,
        events: DataEvents,
        draft: InteractionDraft,
        previous: InteractionDraft | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("TimelineCommands", "Log interaction")
            if previous is None
            else QCoreApplication.translate("TimelineCommands", "Edit interaction")
        )
        self.timeline, self.events = timeline, events
        self.draft, self.previous = draft, previous
        self.interaction_id: int | None = draft.id
        self.deleted: DeletedInteraction | None = None  # what undo of a new entry deleted

    def redo(self) -> None:
        if self.previous is None and self.deleted is not None:
            self.interaction_id = self.timeline.restore(self.deleted)  # same id again
        else:
            self.interaction_id = self.timeline.save(self.draft)
            self.draft = replace(self.draft, id=self.interaction_id)
        _announce(self.events, self.interaction_id, self.draft, self.previous)

    def undo(self) -> None:
        assert self.interaction_id is not None
        if self.previous is None:
            self.deleted = self.timeline.delete(self.interaction_id)
            self.draft = self.deleted.draft
        else:
            self.timeline.save(self.previous)
        _announce(self.events, self.interaction_id, self.draft, self.previous)


class DeleteInteractionCommand(QUndoCommand):
    """Delete an interaction; undo puts it back with the same id and people."""

    def __init__(self, timeline: Timeline, events: DataEvents, interaction_id: int) -> None:
        super().__init__(QCoreApplication.translate("TimelineCommands", "Delete interaction"))
        self.timeline, self.events, self.interaction_id = timeline, events, interaction_id
        self.snapshot: DeletedInteraction | None = None

    def redo(self) -> None:
        self.snapshot = self.timeline.delete(self.interaction_id)
        _announce(self.events, self.interaction_id, self.snapshot.draft)

    def undo(self) -> None:
        assert self.snapshot is not None
        self.timeline.restore(self.snapshot)
        _announce(self.events, self.interaction_id, self.snapshot.draft)


class NextStepDoneCommand(QUndoCommand):
    """Mark next steps done (or not done again); undo puts each back as it was."""

    def __init__(
        self, timeline: Timeline, events: DataEvents, interaction_ids: Iterable[int], done: bool
    ) -> None:
        super().__init__(
            QCoreApplication.translate("TimelineCommands", "Mark next step done")
            if done
            else QCoreApplication.translate("TimelineCommands", "Mark next step not done")
        )
        self.timeline, self.events = timeline, events
        self.ids, self.done = list(interaction_ids), done

    def _set(self, done: bool) -> None:
        for interaction_id in self.ids:
            self.timeline.set_next_step_done(interaction_id, done)
        self.events.interactions_changed.emit(list(self.ids))

    def redo(self) -> None:
        self._set(self.done)

    def undo(self) -> None:
        self._set(not self.done)
