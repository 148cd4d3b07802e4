"""The byte layer of vCard files: physical lines unfolded into logical ones (as bytes,
so a fold inside a UTF-8 character or a quoted-printable soft break cannot garble text),
cards split apart, and each line cut into group, name, parameters and raw value."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from networking_app.interchange.model import Rejected

_LINE_END = re.compile(rb"\r\r\n|\r\n|\n|\r")


@dataclass
class Card:
    """One BEGIN:VCARD … END:VCARD, as numbered logical lines."""

    start: int
    lines: list[tuple[int, bytes]] = field(default_factory=list)


@dataclass
class Property:
    """One content line: ``group.NAME;PARAM=…:value`` with the value still as bytes."""

    line: int
    group: str
    name: str
    params: dict[str, list[str]]
    value: bytes


_NAME = re.compile(r"[A-Za-z0-9-]+")
PARAM_KEY = re.compile(r"[A-Z0-9-]+")
SPECIAL = re.compile(r"[:;,]")


def _split_outside_quotes(data: bytes, sep: int) -> list[bytes]:
    if b'"' not in data:
        return data.split(bytes((sep,)))
    parts, start, quoted = [], 0, False
    for i, byte in enumerate(data):
        if byte == 0x22:  # "
            quoted = not quoted
        elif byte == sep and not quoted:
            parts.append(data[start:i])
            start = i + 1
    parts.append(data[start:])
    return parts


def _colon(line: bytes) -> int:
    """Index of the ':' ending the property name and parameters (-1: none)."""
    if b'"' not in line:
        return line.find(b":")
    quoted = False
    for i, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return i
    return -1


def _is_qp(head: bytes) -> bool:
    return b"QUOTED-PRINTABLE" in head.upper()


def logical_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Physical lines joined into properties: folds, QP soft breaks, backslash-newline."""
    out: list[tuple[int, bytes]] = []
    qp_open = False
    for number, raw in enumerate(_LINE_END.split(data), start=1):
        if qp_open and out:
            first, text = out[-1]
            out[-1] = (
                first,
                text[:-1] + raw.lstrip(b" \t") if not raw.strip() else text[:-1] + raw,
            )
        elif raw[:1] in (b" ", b"\t") and out:
            first, text = out[-1]
            out[-1] = (first, text + raw[1:])
        elif not raw.strip():
            continue
        elif (
            out
            and out[-1][1].endswith(b"\\")
            and not out[-1][1].endswith(b"\\\\")
            and (_colon(raw) < 0)
        ):  # Android: a value continued after a trailing backslash
            first, text = out[-1]
            out[-1] = (first, text[:-1] + b" " + raw)
        elif raw.startswith(b"#"):
            continue  # comment lines some phones write between properties
        else:
            out.append((number, raw))
        line = out[-1][1] if out else b""
        colon = _colon(line)
        qp_open = colon > 0 and _is_qp(line[:colon]) and line.rstrip(b" \t").endswith(b"=")
        if qp_open and line != line.rstrip(b" \t"):
            first, text = out[-1]
            out[-1] = (first, text.rstrip(b" \t"))
    return out


def split_cards(lines: Iterable[tuple[int, bytes]]) -> tuple[list[Card], list[Rejected]]:
    cards: list[Card] = []
    rejected: list[Rejected] = []
    stack: list[Card] = []
    orphan_at: int | None = None
    for number, line in lines:
        upper = line.strip().upper()
        if upper == b"BEGIN:VCARD":
            stack.append(Card(number))
            orphan_at = None
        elif upper == b"END:VCARD":
            if stack:
                cards.append(stack.pop())
            else:
                rejected.append(Rejected(number, "END:VCARD without a BEGIN:VCARD before it"))
        elif stack:
            stack[-1].lines.append((number, line))
        elif orphan_at is None:
            orphan_at = number
            shown = line[:40].decode("utf-8", "replace")
            rejected.append(
                Rejected(number, f"{shown!r} is outside a card (BEGIN:VCARD is missing)")
            )
    for card in stack:
        rejected.append(Rejected(card.start, "card not closed: the file ends before its END:VCARD"))
    cards.sort(key=lambda c: c.start)
    return cards, rejected


def _parse_params(parts: list[bytes]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for part in parts:
        text = part.decode("utf-8", "replace").strip()
        if not text:
            continue
        key, eq, value = text.partition("=")
        if not eq:  # vCard 2.1 bare parameter: a type, or an encoding
            upper = key.upper()
            if upper in ("QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"):
                params.setdefault("ENCODING", []).append(upper)
            else:
                params.setdefault("TYPE", []).append(key)
            continue
        values = [
            v.decode("utf-8", "replace").strip().strip('"')
            for v in _split_outside_quotes(value.encode(), 0x2C)
        ]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return params


def parse_property(number: int, line: bytes) -> Property | str:
    colon = _colon(line)
    if colon <= 0:
        shown = line[:40].decode("utf-8", "replace")
        return f"{shown!r} is not a property (it has no ':')"
    head, value = line[:colon], line[colon + 1 :]
    parts = _split_outside_quotes(head, 0x3B)
    full_name = parts[0].decode("utf-8", "replace").strip()
    group, _, name = full_name.rpartition(".")
    if not _NAME.fullmatch(name):
        return f"{full_name!r} is not a property name"
    return Property(number, group, name.upper(), _parse_params(parts[1:]), value)
