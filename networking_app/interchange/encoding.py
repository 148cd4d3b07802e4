"""Bytes to text without mojibake.

Rules, in order: a byte-order mark decides; NUL bytes in every other position mean UTF-16
without a BOM; text that is valid UTF-8 is UTF-8. Anything else is guessed with
charset-normalizer, and the guess is accepted only when it decodes every byte and reads
as coherent text; otherwise the file is refused with a message saying what to do.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from networking_app.interchange.model import FileRefused

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Above this, charset-normalizer's "chaos" (mess) ratio means the guess reads as garbage.
MAX_CHAOS = 0.2


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when NUL bytes sit in every other position (ASCII text)."""
    sample = data[:400]
    if len(sample) < 4 or b"\0" not in sample:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def unicode_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, BOM length) when the bytes are Unicode marked as such or UTF-16."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    utf16 = utf16_without_bom(data)
    return (utf16, 0) if utf16 else None


_KANA = re.compile("[\u3041-\u309f\u30a0-\u30ff]")
_JAPANESE = frozenset({"cp932", "shift_jis", "euc_jp", "iso2022_jp"})


def guess_legacy(data: bytes) -> str | None:
    """The legacy 8-bit/multibyte encoding ``data`` reads as, or None when unsure.

    charset-normalizer scores candidates; several often tie (French text in CP1252 and
    CP1250 differ only in è/č). Explicit rules decide between the best-scored ones:

    - Short East Asian texts: Shift_JIS names also decode as Korean CP949 without an
      error. Japanese text virtually always holds kana and Korean read as Japanese has
      none, so a Japanese candidate whose text holds kana wins (even if scored lower).
    - Among tied Western candidates, CP1252 (a superset of Latin-1, what Windows and
      Outlook write) wins.
    - Otherwise, tied candidates that read differently mean we do not know: None, and the
      caller refuses the text rather than guess.
    """
    candidates = []
    for match in from_bytes(data):
        if match.chaos > MAX_CHAOS:
            continue
        try:
            text = data.decode(match.encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        candidates.append((str(match.encoding), text, match.chaos, match.coherence))
    if not candidates:
        return None
    for encoding, text, _chaos, _coherence in candidates:
        if encoding in _JAPANESE and _KANA.search(text):
            return encoding
    best = candidates[0]
    tied = [c for c in candidates if (c[2], c[3]) == (best[2], best[3])]
    for encoding, _text, _chaos, _coherence in tied:
        if encoding == "cp1252":
            return encoding
    if len({c[1] for c in tied}) > 1:
        return None
    return best[0]


def decode_text(data: bytes) -> tuple[str, str | None]:
    """The text of a whole file and, when it was guessed, the encoding's name."""
    marked = unicode_encoding(data)
    if marked:
        name, skip = marked
        try:
            return data[skip:].decode(name), None
        except UnicodeDecodeError as exc:
            raise FileRefused(
                data[: skip + exc.start].count(b"\n") + 1, f"not valid {name.upper()} text"
            ) from None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        bad_line = data[: exc.start].count(b"\n") + 1
    guess = guess_legacy(data)
    if guess is None:
        raise FileRefused(
            bad_line,
            "the text is not UTF-8 and its encoding cannot be recognised with confidence;"
            " save the file as UTF-8 and import it again",
        )
    return data.decode(guess), guess


def decode_declared(value: bytes, charset: str) -> str:
    """A value in the charset its property declares. Raises UnicodeDecodeError/LookupError.

    Writers often declare Latin-1 or Windows-1252 over UTF-8 bytes: multibyte UTF-8 read
    as Latin-1 is always mojibake ("Ã©"), while genuine Latin-1 text is almost never valid
    UTF-8, so valid UTF-8 with non-ASCII bytes is read as UTF-8 whatever the declaration.
    """
    codec = codecs.lookup(charset).name
    if not value.isascii() and codec != "utf-8":
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return value.decode(codec)
