"""The Contacts menu: new, edit, merge, trash — wherever the user is in the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from networking_app.domain.vocabulary import Circle
from networking_app.services.workspace import Workspace
from networking_app.ui.commands import TrashContactsCommand
from networking_app.ui.contacts.contact_editor import ContactEditor
from networking_app.ui.contacts.merge_dialog import MergeDialog
from networking_app.ui.contacts.trash_dialog import TrashDialog
from networking_app.ui.events import DataEvents
from networking_app.ui.intro.intro_wizard import IntroWizard


class ContactActions(QObject):
    """Owns the contact actions and opens the dialogs (window-modal, never blocking)."""

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        undo_stack: QUndoStack,
        events: DataEvents,
        selected: Callable[[], list[int]],
    ) -> None:
        super().__init__(window)
        self.window, self.workspace = window, workspace
        self.undo_stack, self.events, self.selected = undo_stack, events, selected

        self.new_action = QAction(self.tr("&New Contact…"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(lambda: self.new_contact())
        self.edit_action = QAction(self.tr("&Edit Contact…"), self)
        self.edit_action.triggered.connect(self.edit_selected)
        self.merge_action = QAction(self.tr("&Merge Contacts…"), self)
        self.merge_action.triggered.connect(self.merge_selected)
        self.trash_action = QAction(self.tr("Move to &Trash"), self)
        self.trash_action.triggered.connect(self.trash_selected)
        self.show_trash_action = QAction(self.tr("Show T&rash…"), self)
        self.show_trash_action.triggered.connect(self.show_trash)
        self.intro_action = QAction(self.tr("Ask for an &Introduction…"), self)
        self.intro_action.setShortcut(QKeySequence("Ctrl+I"))
        self.intro_action.triggered.connect(lambda: self.ask_introduction())
        for action in (self.new_action, self.show_trash_action, self.intro_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.selection_changed([])

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.new_action)
        menu.addAction(self.edit_action)
        menu.addAction(self.merge_action)
        menu.addSeparator()
        menu.addAction(self.trash_action)
        menu.addAction(self.show_trash_action)
        menu.addSeparator()
        menu.addAction(self.intro_action)

    def selection_changed(self, ids: list[int]) -> None:
        self.edit_action.setEnabled(len(ids) == 1)
        self.merge_action.setEnabled(1 <= len(ids) <= 2)
        self.trash_action.setEnabled(bool(ids))

    # -- dialogs ------------------------------------------------------------------------------
    def new_contact(self, circle: Circle | None = None) -> ContactEditor:
        return self._open_editor(None, circle)

    def edit_contact(self, contact_id: int) -> ContactEditor:
        return self._open_editor(contact_id, None)

    def _open_editor(self, contact_id: int | None, circle: Circle | None) -> ContactEditor:
        editor = ContactEditor(
            self.workspace.contacts, contact_id, self.window, initial_circle=circle
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.contact_saved.connect(lambda cid: self.events.contacts_changed.emit([cid]))
        editor.open()
        return editor

    def edit_selected(self) -> None:
        ids = self.selected()
        if len(ids) == 1:
            self.edit_contact(ids[0])

    def merge_selected(self) -> MergeDialog | None:
        ids = self.selected()
        if not 1 <= len(ids) <= 2:
            return None
        dialog = MergeDialog(
            self.workspace.contacts,
            self.events,
            ids[0],
            ids[1] if len(ids) == 2 else None,
            self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def trash_selected(self) -> None:
        ids = self.selected()
        if ids:
            self.undo_stack.push(TrashContactsCommand(self.workspace.contacts, self.events, ids))

    def show_trash(self) -> TrashDialog:
        dialog = TrashDialog(self.workspace.contacts, self.events, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ask_introduction(self, target_id: int | None = None) -> IntroWizard:
        """Ctrl+I: the wizard, for the one selected contact (or ``target_id``) if any."""
        if target_id is None:
            ids = self.selected()
            target_id = ids[0] if len(ids) == 1 else None
        wizard = IntroWizard(self.workspace, target_id, self.window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.request_saved.connect(lambda rid: self.events.introductions_changed.emit([rid]))
        wizard.request_asked.connect(self._introduction_asked)
        wizard.open()
        return wizard

    def _introduction_asked(self, request_id: int) -> None:
        """Asking logged an ask on the introducer and moved the request along."""
        self.events.interactions_changed.emit([])
        self.events.introductions_changed.emit([request_id])
