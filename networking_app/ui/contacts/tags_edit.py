"""Tags typed as "mentor, climate, …", completing the tag being typed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


def split_tags(text: str) -> tuple[str, ...]:
    """The tags of a comma-separated text, trimmed, each once (case-insensitively)."""
    seen: dict[str, str] = {}
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


def join_tags(tags: Iterable[str]) -> str:
    return ", ".join(tags)


class _LastWordCompleter(QCompleter):
    """Completes only the text after the last comma, and keeps what comes before it."""

    def __init__(self, words: Sequence[str], line: QLineEdit) -> None:
        super().__init__(line)
        self.setModel(QStringListModel(list(words), self))
        self._head: tuple[str, ...] = ()  # the tags before the one being typed
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(10)

    def splitPath(self, path: str) -> list[str]:
        # Called with the whole text as the user types (not when a suggestion is shown).
        head, _, last = path.rpartition(",")
        self._head = split_tags(head)
        return [last.lstrip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return join_tags([*self._head, str(index.data())]) + ", "


class TagsEdit(QLineEdit):
    """A line of comma-separated tags; known tags are offered as the user types."""

    def __init__(self, known: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCompleter(_LastWordCompleter(known, self))
        self.setPlaceholderText(self.tr("mentor, climate, alumni… (separate with commas)"))

    def tags(self) -> tuple[str, ...]:
        return split_tags(self.text())

    def set_tags(self, tags: Iterable[str]) -> None:
        self.setText(join_tags(tags))
