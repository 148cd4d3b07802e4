"""The byte-level quirks of real vCards, each in a small file written here."""

from __future__ import annotations

import base64
import quopri
from datetime import date

import pytest

from networking_app.interchange.model import FileRefused
from networking_app.interchange.vcard_reader import read_vcard

TODAY = date(2026, 11, 28)
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 3


def card(*lines: bytes, end: bytes = b"\r\n") -> bytes:
    return end.join([b"BEGIN:VCARD", *lines, b"END:VCARD", b""])


def only(data: bytes):
    result = read_vcard(data, TODAY)
    assert not result.rejected, result.rejected
    assert len(result.contacts) == 1
    return result.contacts[0].draft


def test_quoted_printable_soft_break_inside_a_utf8_character() -> None:
    encoded = quopri.encodestring("Élodie Müller-Größ".encode()).decode()
    # Break the line between the two bytes of "ü" (=C3 / =BC), as phones do.
    at = encoded.index("=BC")
    qp = (encoded[:at] + "=\r\n" + encoded[at:]).encode()
    draft = only(card(b"VERSION:2.1", b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp))
    assert draft.name == "Élodie Müller-Größ"


def test_fold_that_splits_a_utf8_character() -> None:
    value = "Zoë Ångström".encode()
    at = value.index("ë".encode()) + 1  # inside the two bytes of ë
    draft = only(card(b"VERSION:3.0", b"FN:" + value[:at] + b"\r\n " + value[at:]))
    assert draft.name == "Zoë Ångström"


def test_cr_cr_lf_line_ends() -> None:
    draft = only(card(b"VERSION:3.0", b"N:Roux;Claire;;;", b"EMAIL:c@roux.fr", end=b"\r\r\n"))
    assert (draft.name, draft.methods[0].value) == ("Claire Roux", "c@roux.fr")


def test_utf16_without_bom() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anaïs Dubois\r\nEND:VCARD\r\n"
    assert only(text.encode("utf-16-le")).name == "Anaïs Dubois"
    assert only(text.encode("utf-16-be")).name == "Anaïs Dubois"


def test_declared_charset_is_used() -> None:
    draft = only(card(b"VERSION:2.1", b"N;CHARSET=ISO-8859-1:Lef\xe8vre;H\xe9l\xe8ne"))
    assert draft.name == "Hélène Lefèvre"


def test_utf8_declared_as_latin1_is_read_as_utf8_not_mojibake() -> None:
    draft = only(card(b"VERSION:2.1", "N;CHARSET=ISO-8859-1:Lefèvre;Hélène".encode()))
    assert draft.name == "Hélène Lefèvre"


def test_undeclared_latin1_is_recognised_and_said() -> None:
    text = "N:Lefèvre;Hélène\r\nNOTE:Rencontrée à la conférence de l'été, très intéressée"
    result = read_vcard(card(b"VERSION:2.1", text.encode("cp1252")), TODAY)
    assert result.contacts[0].draft.name == "Hélène Lefèvre"
    assert any("read as" in note for note in result.notes)


def test_undeclared_bytes_that_read_as_nothing_are_refused_not_garbled() -> None:
    noise = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 3
    result = read_vcard(card(b"VERSION:3.0", b"FN:" + noise), TODAY)
    assert not result.contacts
    assert result.rejected[0].line == 3
    assert "not UTF-8" in result.rejected[0].reason


def test_grouped_properties_photo_birthday_without_year_and_social_profiles() -> None:
    photo = base64.b64encode(JPEG)
    folded = b"\r\n ".join(photo[i : i + 70] for i in range(0, len(photo), 70))
    draft = only(
        card(
            b"VERSION:3.0",
            b"N:Martin;Paul;;;",
            b"item1.EMAIL;type=INTERNET:paul@example.org",
            b"item1.X-ABLabel:_$!<Other>!$_",
            b"BDAY:--0415",
            b"X-SOCIALPROFILE;type=twitter:https://twitter.com/paul",
            b"PHOTO;ENCODING=b;TYPE=JPEG:" + folded,
        )
    )
    email = next(m for m in draft.methods if m.kind == "email")
    social = next(m for m in draft.methods if m.kind == "social")
    assert (email.value, email.label) == ("paul@example.org", "other")
    assert (social.value, social.label) == ("https://twitter.com/paul", "twitter")
    assert (draft.birthday_day, draft.birthday_month, draft.birthday_year) == (15, 4, None)
    assert draft.photo == JPEG


def test_several_cards_and_versions_in_one_file() -> None:
    data = card(b"VERSION:2.1", b"N:Un;Alice") + card(b"VERSION:4.0", b"FN:Bob Deux")
    names = [c.draft.name for c in read_vcard(data, TODAY).contacts]
    assert names == ["Alice Un", "Bob Deux"]


def test_not_a_vcard_is_refused() -> None:
    with pytest.raises(FileRefused, match="no BEGIN:VCARD"):
        read_vcard(b"hello world\n", TODAY)
