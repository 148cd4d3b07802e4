"""Errors that mean "the user's environment needs attention", not "bug"."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """A problem the user can act on; ``str()`` is one clear sentence."""


class DatabaseUnusable(StorageError):
    """The file at the database path cannot be used as it is; it was left untouched."""

    def __init__(self, path: Path, reason: str, backup: Path | None = None) -> None:
        self.path = path
        self.reason = reason
        self.backup = backup
        super().__init__(self.describe())

    def describe(self) -> str:
        text = f"{self.path}: {self.reason}. The file was left untouched."
        if self.backup is not None:
            text += (
                f" The newest good backup is {self.backup}; restore it with"
                f" `networking-app restore {self.backup}`."
            )
        else:
            text += " No good backup was found."
        return text

    def with_backup(self, backup: Path | None) -> DatabaseUnusable:
        return type(self)(self.path, self.reason, backup)


class NewerSchema(DatabaseUnusable):
    """The database was written by a newer version of Rapport: update, never restore."""

    def describe(self) -> str:
        return f"{self.path}: {self.reason}. The file was left untouched."


class DatabaseBusy(StorageError):
    """Another process holds the database (or the data dir) right now."""
