"""A searchable contact picker: type part of a name, accents and case do not matter."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QListView,
    QWidget,
)

from networking_app.domain.text import fold, query_terms

ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex

#: At most this many suggestions in the pop-up: more is noise, and it stays fast at 30,000.
MAX_SUGGESTIONS = 50


#: Folding 30,000 names takes a noticeable moment; the same names come back each time an
#: editor opens, so remember them.
_fold_name = lru_cache(maxsize=1 << 16)(fold)


@dataclass(frozen=True)
class Choice:
    id: int
    name: str

    @cached_property
    def folded(self) -> str:
        """The name without accents or case, computed when first searched."""
        return _fold_name(self.name)


def choices_from(pairs: Iterable[tuple[int, str]]) -> list[Choice]:
    """Picker rows from ``ContactBook.choices()``-style (id, name) pairs, in that order."""
    return [Choice(cid, name) for cid, name in pairs]


class ContactListModel(QAbstractListModel):
    """A read-only list of contacts: the name to show, the id under :data:`ID_ROLE`."""

    def __init__(self, rows: Sequence[Choice] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[Choice]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def choice(self, row: int) -> Choice:
        return self._rows[row]

    def row_of(self, contact_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == contact_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        choice = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return choice.name
        if role == ID_ROLE:
            return choice.id
        return None


def matching(choices: Sequence[Choice], text: str, limit: int = MAX_SUGGESTIONS) -> list[Choice]:
    """The choices whose name holds every word of ``text`` (accent- and case-insensitive).

    Names that start with what was typed come first: exactly as typed (the pop-up then
    highlights the first one, so Enter takes it), then once accents are folded.
    """
    terms = query_terms(text)
    if not terms:
        return []
    typed = text.strip().casefold()
    first, rest = terms[0], terms[1:]
    found = [c for c in choices if first in c.folded and all(t in c.folded for t in rest)]
    found.sort(
        key=lambda c: (not c.name.casefold().startswith(typed), not c.folded.startswith(terms[0]))
    )
    return found[:limit]


class ContactPicker(QComboBox):
    """Pick one contact by typing part of the name; an empty field means nobody.

    The list of all contacts drops down as in any combo box; typing shows the contacts
    whose name contains what was typed ("elo" finds "Élodie"). Leaving the field keeps the
    contact the text names, or goes back to the previous choice when it names nobody.
    """

    #: the chosen contact's id, or None for nobody
    contact_changed = Signal(object)

    def __init__(
        self,
        choices: Sequence[Choice],
        exclude: Iterable[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        excluded = set(exclude)
        self._choices = [c for c in choices if c.id not in excluded]
        self._chosen: int | None = None
        self.search_line = QLineEdit(self)
        self.setLineEdit(self.search_line)  # editable
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self._all = ContactListModel(self._choices, self)
        self.setModel(self._all)  # before our completer: setModel() resets the completer's
        view = QListView()
        view.setUniformItemSizes(True)  # thousands of rows drop down without measuring each
        self.setView(view)
        self._matches = ContactListModel((), self)
        self._completer = QCompleter(self._matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        line = self.search_line
        line.setCompleter(self._completer)
        line.setClearButtonEnabled(True)
        line.setPlaceholderText(self.tr("Type a name to search"))
        line.textEdited.connect(self._suggest)
        line.editingFinished.connect(self.resolve_text)
        # The QModelIndex overload: the row, not the text (two contacts may share a name).
        self._completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._take_suggestion
        )
        self.activated.connect(self._take_row)
        self.setCurrentIndex(-1)

    # -- the value --------------------------------------------------------------------------
    def contact_id(self) -> int | None:
        return self._chosen

    def set_contact_id(self, contact_id: int | None) -> None:
        row = self._all.row_of(contact_id) if contact_id is not None else -1
        self.setCurrentIndex(row)
        self._set_chosen(self._all.choice(row).id if row >= 0 else None)

    def known(self, contact_id: int) -> bool:
        return self._all.row_of(contact_id) >= 0

    def add_choice(self, contact_id: int, name: str) -> None:
        """Offer one more contact (one not offered by default, e.g. in the trash)."""
        chosen = self._chosen
        self._choices.append(Choice(contact_id, name))
        self._all.set_rows(self._choices)
        self.set_contact_id(chosen)

    def is_suggesting(self) -> bool:
        """Whether the pop-up of suggestions is open (Enter then takes a suggestion)."""
        return self._popup().isVisible()

    def suggestions(self) -> ContactListModel:
        """What the pop-up offers for the text typed so far."""
        return self._matches

    # -- typing -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        suggesting = self.is_suggesting()  # then the pop-up handles Enter
        super().keyPressEvent(event)
        if not suggesting and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.resolve_text()
            event.accept()  # Enter confirms the choice; it does not press the dialog's button

    def _suggest(self, text: str) -> None:
        self._matches.set_rows(matching(self._choices, text))
        popup = self._popup()
        if self._matches.rowCount():
            self._completer.complete()
        elif popup.isVisible():
            popup.hide()

    def _take_suggestion(self, index: QModelIndex) -> None:
        model = self._completer.completionModel()
        source = model.mapToSource(index) if hasattr(model, "mapToSource") else index
        if source.isValid():
            self.set_contact_id(self._matches.choice(source.row()).id)

    def _take_row(self, row: int) -> None:
        self._set_chosen(self._all.choice(row).id if row >= 0 else None)

    def names_nobody(self) -> str:
        """The typed text when it names no one contact (unknown or ambiguous), else ""."""
        text = self.search_line.text().strip()
        if not text:
            return ""
        shown = self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else None
        if self._chosen is not None and shown is not None and fold(text) == fold(shown):
            return ""
        folded = fold(text)
        if any(c.folded == folded for c in self._choices):
            return ""
        return "" if len(matching(self._choices, text, limit=2)) == 1 else text

    def resolve_text(self) -> None:
        """Keep the contact the typed text names, else go back to the previous choice."""
        text = self.search_line.text().strip()
        if not text:
            self.setCurrentIndex(-1)
            self._set_chosen(None)
            return
        shown = self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else None
        if self._chosen is not None and shown is not None and fold(text) == fold(shown):
            return
        folded = fold(text)
        exact = [c for c in self._choices if c.folded == folded]
        found = exact or matching(self._choices, text, limit=2)
        if len(found) == 1 or exact:
            self.set_contact_id(found[0].id)
        else:
            self.set_contact_id(self._chosen)  # ambiguous or unknown: put the choice back

    def _popup(self) -> QAbstractItemView:
        return cast(QAbstractItemView, self._completer.popup())  # created on first use

    def _set_chosen(self, contact_id: int | None) -> None:
        if contact_id != self._chosen:
            self._chosen = contact_id
            self.contact_changed.emit(contact_id)
