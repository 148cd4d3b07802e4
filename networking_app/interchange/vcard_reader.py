"""vCard 2.1, 3.0 and 4.0 files to contacts.

Real files break parsers in the byte layer (quoted-printable soft line breaks, folds that
split a UTF-8 character, CR CR LF line ends, 8-bit text in a declared or undeclared
charset, UTF-16 without a BOM). So the bytes are normalised first, here: lines unfolded
as bytes, quoted-printable decoded, every text value decoded from its charset, binary
photos taken out. Each card is then rewritten as clean UTF-8 vCard 3.0 and parsed by
vobject, which handles escapes, structured values and property groups.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import vobject

from networking_app.domain.vocabulary import Channel, Circle, MethodKind, TargetCategory
from networking_app.interchange.building import ContactBuilder
from networking_app.interchange.encoding import decode_declared, guess_legacy, unicode_encoding
from networking_app.interchange.model import (
    FileKind,
    FileRefused,
    ImportedContact,
    ParseResult,
    Progress,
    Rejected,
    report,
)
from networking_app.interchange.vcard_lines import (
    PARAM_KEY,
    SPECIAL,
    Card,
    Property,
    logical_lines,
    parse_property,
    split_cards,
)

_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"BM")
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_SOCIAL = {
    "X-SOCIALPROFILE": "",
    "IMPP": "",
    "X-TWITTER": "Twitter",
    "X-LINKEDIN": "LinkedIn",
    "X-FACEBOOK": "Facebook",
    "X-SKYPE": "Skype",
    "X-SKYPE-USERNAME": "Skype",
    "X-JABBER": "Jabber",
    "X-AIM": "AIM",
    "X-ICQ": "ICQ",
    "X-MSN": "MSN",
    "X-YAHOO": "Yahoo",
    "X-GOOGLE-TALK": "Google Talk",
    "X-GTALK": "Google Talk",
    "X-MASTODON": "Mastodon",
}
#: The properties read into a contact; the others are not handed to vobject at all.
_READ = frozenset(
    {
        "N",
        "FN",
        "NICKNAME",
        "ORG",
        "TITLE",
        "ROLE",
        "ADR",
        "EMAIL",
        "TEL",
        "URL",
        "NOTE",
        "CATEGORIES",
        "BDAY",
        "UID",
        "X-ABLABEL",
        *_SOCIAL,
    }
)
_NOISE_TYPES = frozenset({"INTERNET", "PREF", "VOICE", "X400", "X-INTERNET"})
_RAPPORT = "X-RAPPORT-"


@dataclass
class _Decoder:
    """Text values to str; undeclared 8-bit text uses one guess for the whole file."""

    data: bytes
    unicode_file: bool
    _guess: str | None = None
    _guessed: bool = False
    notes: list[str] = field(default_factory=list)

    def text(self, prop: Property, raw: bytes) -> str:
        charset = (prop.params.get("CHARSET") or [""])[0]
        if charset and not self.unicode_file:
            try:
                return decode_declared(raw, charset)
            except LookupError:
                raise ValueError(f"unknown charset {charset!r}") from None
            except UnicodeDecodeError:
                raise ValueError(f"the text is not valid {charset}") from None
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        if not self._guessed:
            self._guessed = True
            self._guess = guess_legacy(self.data)
            if self._guess:
                self.notes.append(f"text without a declared charset read as {self._guess}")
        if self._guess:
            try:
                return raw.decode(self._guess)
            except UnicodeDecodeError:
                pass
        raise ValueError("the text is not UTF-8 and declares no charset; save the file as UTF-8")


#: Properties whose commas separate values (lists, or parts of a structured value).
_LISTS = frozenset({"NICKNAME", "CATEGORIES", "N", "ADR"})
#: Properties whose value is a URI: neither its commas nor its semicolons separate.
_URIS = frozenset({"URL", *_SOCIAL})
_BARE_COMMA = re.compile(r"(?<!\\),")
_BARE_SEMICOLON = re.compile(r"(?<!\\);")


def _literal_separators(name: str, text: str) -> str:
    """Escape the commas (and in a URI the semicolons) that are text, not separators.

    vCard 2.1 never escapes them and many 3.0 writers forget to, but vobject cuts a
    text value at its first bare comma ("CEO, founder" became "CEO")."""
    if name in _LISTS:
        return text
    text = _BARE_COMMA.sub(r"\\,", text)
    return _BARE_SEMICOLON.sub(r"\\;", text) if name in _URIS else text


def _escape(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _param_text(params: dict[str, list[str]]) -> str:
    if not params:
        return ""
    out = []
    for key, values in params.items():
        if key in ("ENCODING", "CHARSET") or not values:
            continue
        if not PARAM_KEY.fullmatch(key):
            continue
        shown = [f'"{v}"' if SPECIAL.search(v) else v for v in values if '"' not in v]
        if shown:
            out.append(f"{key}={','.join(shown)}")
    return "".join(";" + p for p in out)


def _photo(prop: Property) -> bytes | str | None:
    """The image bytes, None for a photo by URL or empty, a reason when it is broken."""
    raw = prop.value.strip()
    encoding = [e.upper() for e in prop.params.get("ENCODING", [])]
    if raw.lower().startswith(b"data:"):
        header, _, raw = raw.partition(b",")
        if b"base64" not in header.lower():
            return "the photo's data URI is not base64"
    elif not ({"B", "BASE64"} & set(encoding)) and (
        not raw or b"://" in raw or (prop.params.get("VALUE") or [""])[0].upper() == "URI"
    ):
        return None
    try:
        image = base64.b64decode(b"".join(raw.split()), validate=True)
    except (binascii.Error, ValueError):
        return "the photo is not valid base64; it was left out"
    if not image.startswith(_IMAGE_MAGIC):
        return "the photo is not a JPEG, PNG, GIF or BMP image; it was left out"
    return image


def _label(types: Iterable[str]) -> str:
    kept = [t for t in types if t.upper() not in _NOISE_TYPES]
    # Standard types come in capitals (HOME, CELL) and read better lower-case; a label
    # of the user's own ("LinkedIn") keeps the case it was written in.
    label = ", ".join(t.lower() if t.isupper() or t.islower() else t for t in kept)
    return {"cell": "mobile"}.get(label, label)


def _ab_label(text: str) -> str:
    match = re.fullmatch(r"_\$!<(.*)>!\$_", text)
    return (match.group(1) if match else text).lower()


def _flat(value: object, sep: str = " ") -> str:
    """A vobject value as text (structured parts come back as lists, nested once)."""
    if isinstance(value, list):
        return sep.join(_flat(v, sep) for v in value if v)
    return str(value or "")


def _card_contact(
    card: Card, decoder: _Decoder, today: date
) -> tuple[ImportedContact | None, Rejected | None]:
    properties: list[Property] = []
    photo_problem = ""
    photo: bytes | None = None
    clean = ["BEGIN:VCARD", "VERSION:3.0"]
    for number, line in card.lines:
        prop = parse_property(number, line)
        if isinstance(prop, str):
            return None, Rejected(number, prop)
        if prop.name in _BINARY:
            if prop.name == "PHOTO" and photo is None:
                got = _photo(prop)
                if isinstance(got, bytes):
                    photo = got
                elif isinstance(got, str):
                    photo_problem = f"line {number}: {got}"
            continue
        if prop.name not in _READ and not prop.name.startswith(_RAPPORT):
            continue
        raw = prop.value
        encoding = [e.upper() for e in prop.params.get("ENCODING", [])]
        if "QUOTED-PRINTABLE" in encoding:
            raw = quopri.decodestring(raw)
        try:
            text = decoder.text(prop, raw)
        except ValueError as exc:
            return None, Rejected(number, f"{prop.name}: {exc}")
        if "\n" in text or "\r" in text:  # QP soft breaks decoded, or folded text
            text = _escape(text)
        text = _literal_separators(prop.name, text)
        properties.append(prop)
        group = f"{prop.group}." if prop.group else ""
        clean.append(f"{group}{prop.name}{_param_text(prop.params)}:{text}")
    clean.append("END:VCARD")
    try:
        component = vobject.readOne("\r\n".join(clean) + "\r\n", ignoreUnreadable=True)
    except Exception as exc:  # vobject raises bare ParseError/ValueError/IndexError…
        return None, Rejected(card.start, f"the card cannot be read: {exc}")
    builder = ContactBuilder(photo=photo)
    if photo_problem:
        builder.warnings.append(photo_problem)
    try:
        _fill(builder, component, today)
    except (AttributeError, TypeError, ValueError) as exc:
        return None, Rejected(card.start, f"the card cannot be read: {exc}")
    draft, why = builder.build(card.start)
    if draft is None:
        return None, Rejected(card.start, why)
    uid = next((str(line.value).strip() for line in _lines(component, "UID")), "")
    uid = uid.removeprefix("urn:uuid:")[:100]
    return ImportedContact(draft, card.start, warnings=tuple(builder.warnings), uid=uid), None


def _lines(component: vobject.base.Component, name: str) -> list[vobject.base.ContentLine]:
    return list(component.contents.get(name.lower(), []))


def _types(line: vobject.base.ContentLine) -> list[str]:
    return [t for value in line.params.get("TYPE", []) for t in str(value).split(",") if t]


def _pref(line: vobject.base.ContentLine) -> bool:
    return any(t.upper() == "PREF" for t in _types(line)) or "PREF" in line.params


def _fill(b: ContactBuilder, c: vobject.base.Component, today: date) -> None:
    labels = {
        line.group.lower(): _ab_label(str(line.value))
        for line in _lines(c, "X-ABLABEL")
        if line.group
    }
    for line in _lines(c, "N")[:1]:
        n = line.value
        if isinstance(n, vobject.vcard.Name):
            b.given_name = " ".join(p for p in (_flat(n.given), _flat(n.additional)) if p)
            b.family_name = _flat(n.family)
        else:
            b.family_name = _flat(n)
    for line in _lines(c, "FN")[:1]:
        b.full_name = _flat(line.value)
    for line in _lines(c, "NICKNAME")[:1]:
        b.nickname = _flat(line.value)
    for line in _lines(c, "ORG")[:1]:
        units = line.value if isinstance(line.value, list) else [line.value]
        units = [_flat(u, ",").strip() for u in units if _flat(u, ",").strip()]
        if units:
            b.organisation = units[0]
        if len(units) > 1:
            b.function = units[1]
    for line in _lines(c, "TITLE")[:1]:
        b.role = _flat(line.value)
    for line in _lines(c, "ROLE")[:1]:
        if not b.role:
            b.role = _flat(line.value)
    for line in _lines(c, "ADR"):
        city = getattr(line.value, "city", "")
        if city and not b.city:
            b.city = _flat(city)
    for line in _lines(c, "EMAIL"):
        types = _types(line)
        label = labels.get((line.group or "").lower()) or _label(types)
        preferred = any(t.upper() == "PREF" for t in types) or "PREF" in line.params
        b.add_method(MethodKind.EMAIL, _flat(line.value), label, preferred)
    for line in _lines(c, "TEL"):
        types = _types(line)
        label = labels.get((line.group or "").lower()) or _label(types)
        preferred = any(t.upper() == "PREF" for t in types) or "PREF" in line.params
        b.add_method(MethodKind.PHONE, _flat(line.value), label, preferred)
    for line in _lines(c, "URL"):
        label = labels.get((line.group or "").lower()) or _label(_types(line))
        b.add_method(MethodKind.URL, _flat(line.value).replace("\\:", ":"), label, _pref(line))
    for name, default_label in _SOCIAL.items():
        for line in _lines(c, name):
            label = _label(_types(line)) or default_label
            value = _flat(line.value).replace("\\:", ":")
            b.add_method(MethodKind.SOCIAL, value, label, _pref(line))
    for line in _lines(c, "NOTE"):
        b.notes.append(_flat(line.value))
    for line in _lines(c, "CATEGORIES"):
        values = line.value if isinstance(line.value, list) else str(line.value).split(",")
        b.tags.extend(str(v) for v in values)
    for line in _lines(c, "BDAY")[:1]:
        value = _flat(line.value)
        if "X-APPLE-OMIT-YEAR" in line.params and value[:4].isdigit():
            value = "--" + value[4:].lstrip("-")
        b.set_birthday_text(value, today)
    _fill_rapport(b, c)


def _fill_rapport(b: ContactBuilder, c: vobject.base.Component) -> None:
    """Our own X-RAPPORT-* properties, so an export reads back without loss."""

    if not any(key.startswith("x-rapport-") for key in c.contents):
        return

    def one(name: str) -> str:
        lines = _lines(c, _RAPPORT + name)
        return _flat(lines[0].value).strip() if lines else ""

    if (circle := one("CIRCLE")) in {c.value for c in Circle}:
        b.circle = circle
    if (channel := one("CHANNEL")) in {c.value for c in Channel}:
        b.channel = channel
    b.industry = one("INDUSTRY") or b.industry
    b.function = one("FUNCTION") or b.function
    b.prep_notes = one("PREP-NOTES")
    cadence = one("CADENCE")
    if cadence.isdigit() and 1 <= int(cadence) <= 3650:
        b.cadence_days = int(cadence)
    known = {t.value for t in TargetCategory}
    b.target_categories = tuple(
        t for t in one("TARGET-CATEGORIES").replace("\\,", ",").split(",") if t in known
    )


def read_vcard(data: bytes, today: date, progress: Progress | None = None) -> ParseResult:
    """Every card of a vCard file, and the cards or lines that cannot be imported."""
    unicode_file = False
    marked = unicode_encoding(data)
    if marked:
        name, skip = marked
        try:
            data = data[skip:].decode(name).encode("utf-8")
        except UnicodeDecodeError:
            raise FileRefused(1, f"not valid {name.upper()} text") from None
        unicode_file = True
    if b"BEGIN:VCARD" not in data.upper() and b"VERSION:" not in data.upper():
        raise FileRefused(1, "not a vCard file: it has no BEGIN:VCARD line")
    cards, rejected = split_cards(logical_lines(data))
    result = ParseResult(FileKind.VCARD, "vCard", rejected=rejected)
    decoder = _Decoder(data, unicode_file)
    for n, card in enumerate(cards):
        report(progress, n, len(cards))
        contact, problem = _card_contact(card, decoder, today)
        if contact is not None:
            result.contacts.append(contact)
        if problem is not None:
            result.rejected.append(problem)
    result.rejected.sort(key=lambda r: r.line)
    result.notes.extend(decoder.notes)
    if not result.contacts and not result.rejected:
        raise FileRefused(1, "the file holds no cards")
    return result
