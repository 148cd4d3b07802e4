"""What reading a contact file produces: contacts to add, and the parts refused."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from networking_app.domain.contacts import ContactDraft


class Decision(StrEnum):
    """What to do with an imported contact that looks like one already known."""

    MERGE = "merge"  # fill the known contact's empty fields, add methods, tags and notes
    KEEP_BOTH = "keep"  # add it as a new contact anyway
    SKIP = "skip"  # leave it out


class FileKind(StrEnum):
    VCARD = "vcard"
    CSV = "csv"
    JSON = "json"


@dataclass(frozen=True)
class ImportedContact:
    """One contact read from a file, ready to be stored."""

    draft: ContactDraft
    line: int  # where it starts in its file (1-based)
    connected_on: date | None = None  # LinkedIn "Connected On": a dated first interaction
    warnings: tuple[str, ...] = ()
    uid: str = ""  # the card's UID (our own exports): the same card is the same contact


@dataclass(frozen=True)
class Rejected:
    """A part of a file that cannot be imported, and why (in English: CLI and logs)."""

    line: int
    reason: str

    def where(self, file: str) -> str:
        return f"{file}:{self.line}: {self.reason}"


@dataclass
class ParseResult:
    """Everything read from one file."""

    kind: FileKind
    format_name: str  # "vCard", "LinkedIn connections", "Google Contacts", …
    contacts: list[ImportedContact] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "encoding guessed: Shift_JIS"


#: Told (done, total) as a file is read; returning False stops the reading.
Progress = Callable[[int, int], bool]

#: How often (in records) readers report progress.
READ_PROGRESS_EVERY = 500


class ReadCancelled(Exception):
    """The user stopped the reading; nothing was stored."""


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and done % READ_PROGRESS_EVERY == 0 and not progress(done, total):
        raise ReadCancelled()


class FileRefused(Exception):
    """The whole file cannot be read (not a contact file, unreadable encoding…)."""

    def __init__(self, line: int, reason: str) -> None:
        self.line = line
        self.reason = reason
        super().__init__(f"line {line}: {reason}")
