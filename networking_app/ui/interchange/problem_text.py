"""Why a record was left out, or what was changed on its way in, in the user's language.

The readers word their reasons in English (the command line prints them as they are);
the window recognises each known wording and shows it translated, keeping the file, the
line and the quoted parts. An unknown wording is shown as it is, never hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from networking_app.services.interchange import FileProblem

_Words = Callable[[re.Match[str]], str]


def _patterns() -> list[tuple[str, _Words]]:
    return [
        (
            r"END:VCARD without a BEGIN:VCARD before it",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "END:VCARD without a BEGIN:VCARD before it"
            ),
        ),
        (
            r"(?P<what>.+) is outside a card \(BEGIN:VCARD is missing\)",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "{what} is outside a card (BEGIN:VCARD is missing)"
            ).format(what=m["what"]),
        ),
        (
            r"card not closed: the file ends before its END:VCARD",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "card not closed: the file ends before its END:VCARD"
            ),
        ),
        (
            r"(?P<what>.+) is not a property \(it has no ':'\)",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "{what} is not a property (it has no “:”)"
            ).format(what=m["what"]),
        ),
        (
            r"(?P<what>.+) is not a property name",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "{what} is not a property name"
            ).format(what=m["what"]),
        ),
        (
            r"(?P<prop>[A-Z0-9-]+): unknown charset (?P<charset>.+)",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "{property}: unknown character set {charset}"
            ).format(property=m["prop"], charset=m["charset"]),
        ),
        (
            r"(?P<prop>[A-Z0-9-]+): the text is not UTF-8 and declares no charset;.*",
            lambda m: QCoreApplication.translate(
                "ImportProblems",
                "{property}: the text is neither UTF-8 nor in a declared character set;"
                " save the file as UTF-8",
            ).format(property=m["prop"]),
        ),
        (
            r"(?P<prop>[A-Z0-9-]+): the text is not valid (?P<charset>.+)",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "{property}: the text is not valid {charset}"
            ).format(property=m["prop"], charset=m["charset"]),
        ),
        (
            r"the card cannot be read: (?P<detail>.*)",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "the card cannot be read ({detail})"
            ).format(detail=m["detail"]),
        ),
        (
            r"not a vCard file: it has no BEGIN:VCARD line",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "not a vCard file: it has no BEGIN:VCARD line"
            ),
        ),
        (
            r"the file holds no cards",
            lambda m: QCoreApplication.translate("ImportProblems", "the file holds no cards"),
        ),
        (
            r"the file is empty",
            lambda m: QCoreApplication.translate("ImportProblems", "the file is empty"),
        ),
        (
            r"not a contact file Rapport reads.*",
            lambda m: QCoreApplication.translate(
                "ImportProblems",
                "not a contact file Rapport reads (.vcf vCard, .csv, or a Rapport .json backup)",
            ),
        ),
        (
            r"(?:contact \d+: )?no name, organisation, email or phone",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "no name, organisation, email or phone"
            ),
        ),
        (
            r"(?P<n>\d+) values where the header names (?P<w>\d+) columns",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "{count} values where the header names {columns} columns"
            ).format(count=m["n"], columns=m["w"]),
        ),
        (
            r"no header row: .*",
            lambda m: QCoreApplication.translate(
                "ImportProblems",
                "no header row: the first line of the table must name its columns"
                " (for example First Name, Last Name, Email)",
            ),
        ),
        (
            r"the CSV is malformed: (?P<detail>.*)",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "the CSV is malformed ({detail})"
            ).format(detail=m["detail"]),
        ),
        (
            r"no column is mapped to a contact field",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "no column is mapped to a contact field"
            ),
        ),
        (
            r"the table has a header but no rows",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "the table has a header but no rows"
            ),
        ),
        (
            r"the text is not UTF-8 and its encoding cannot be recognised.*",
            lambda m: QCoreApplication.translate(
                "ImportProblems",
                "the text is not UTF-8 and its encoding cannot be recognised with confidence;"
                " save the file as UTF-8 and import it again",
            ),
        ),
        (
            r"not valid (?P<charset>[A-Z0-9-]+) text",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "not valid {charset} text"
            ).format(charset=m["charset"]),
        ),
        (
            r"not valid JSON: (?P<detail>.*)",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "not valid JSON ({detail})"
            ).format(detail=m["detail"]),
        ),
        (
            r"not a Rapport backup.*",
            lambda m: QCoreApplication.translate("ImportProblems", "not a Rapport backup"),
        ),
        # What was changed on the way in (the preview's notes).
        (
            r"email (?P<value>.+) is not valid; kept in the notes",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "email {value} is not valid; kept in the notes"
            ).format(value=m["value"]),
        ),
        (
            r"phone (?P<value>.+) is not valid; kept in the notes",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "phone {value} is not valid; kept in the notes"
            ).format(value=m["value"]),
        ),
        (
            r"birthday (?P<value>.+): year dropped",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "birthday {value}: the year was left out"
            ).format(value=m["value"]),
        ),
        (
            r"birthday (?P<value>.+) is not a date; kept in the notes",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "birthday {value} is not a date; kept in the notes"
            ).format(value=m["value"]),
        ),
        (
            r"connection date (?P<value>.+) is not a date; kept in the notes",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "connection date {value} is not a date; kept in the notes"
            ).format(value=m["value"]),
        ),
        (
            r"line (?P<n>\d+): the photo's data URI is not base64",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "line {line}: the photo is not in base64; it was left out"
            ).format(line=m["n"]),
        ),
        (
            r"line (?P<n>\d+): the photo is not valid base64; it was left out",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "line {line}: the photo is not valid base64; it was left out"
            ).format(line=m["n"]),
        ),
        (
            r"line (?P<n>\d+): the photo is not a JPEG, PNG, GIF or BMP image; it was left out",
            lambda m: QCoreApplication.translate(
                "ImportProblems",
                "line {line}: the photo is not a JPEG, PNG, GIF or BMP image; it was left out",
            ).format(line=m["n"]),
        ),
        (
            r"encoding recognised as (?P<encoding>.+)",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "encoding recognised as {encoding}"
            ).format(encoding=m["encoding"]),
        ),
        (
            r"text without a declared charset read as (?P<encoding>.+)",
            lambda m: QCoreApplication.translate(
                "ImportProblems", "text without a declared character set read as {encoding}"
            ).format(encoding=m["encoding"]),
        ),
        (
            r"this data folder already has data, so only the backup's contacts are imported;.*",
            lambda m: QCoreApplication.translate(
                "ImportProblems",
                "this data folder already has data, so only the backup’s contacts are"
                " imported; its interactions, introductions and settings are restored only"
                " into an empty data folder",
            ),
        ),
    ]


def problem_text(problem: FileProblem) -> str:
    """ "file:line: reason" with the reason in the user's language when it is a known one."""
    reason = problem.reason
    for pattern, words in _patterns():
        match = re.fullmatch(pattern, reason)
        if match:
            reason = words(match)
            break
    where = f"{problem.file.name}:{problem.line}" if problem.line else problem.file.name
    return f"{where}: {reason}"
