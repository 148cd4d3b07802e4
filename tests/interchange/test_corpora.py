"""Every real contact file from other programs imports with the right contents, or is
refused with the file, the line and the reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from networking_app.interchange.model import FileRefused
from networking_app.interchange.reading import read_file
from tests.interchange.corpora import CORPORA, SKIP_REASON, manifest

TODAY = date(2026, 11, 28)


@dataclass(frozen=True)
class Expect:
    names: tuple[str, ...] = ()  # every imported contact's display name, in file order
    emails: tuple[str, ...] = ()  # found among the imported contacts' emails
    phones: tuple[str, ...] = ()
    organisation: str = ""  # of the first contact
    birthday: tuple[int | None, int | None, int | None] | None = None  # first contact's
    photo: bool = False  # the first contact with a photo has a real image
    rejected: tuple[tuple[int, str], ...] = ()  # (line, part of the reason)
    refused: tuple[int, str] | None = None  # the whole file: (line, part of the reason)
    tags: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)  # first contact's field → value


EXPECTED: dict[str, Expect] = {
    "vcard/aosp_v21_adr_multiple_line.vcf": Expect(
        ("bogus",), birthday=(3, 12, 2008), extra={"city": "Hamburg"}
    ),
    "vcard/aosp_v21_android_custom_prop.vcf": Expect(
        rejected=((1, "no name, organisation, email or phone"),)
    ),
    "vcard/aosp_v21_backslash.vcf": Expect(("A;B\\ C\\;",)),
    "vcard/aosp_v21_complicated.vcf": Expect(
        ("Forrest Hoge Gump",),
        emails=("forrestgump@walladalla.com",),
        phones=("(111) 555-1212",),
        organisation="Gump Shrimp Co.",
        birthday=(1, 1, 1980),
        photo=True,
    ),
    "vcard/aosp_v21_invalid_comment_line.vcf": Expect(("Conference Call",)),
    "vcard/aosp_v21_japanese_2_sjis_qp.vcf": Expect(("ロイド1 安藤",)),
    "vcard/aosp_v21_malformed_photo.vcf": Expect(("name",), photo=False),
    "vcard/aosp_v21_multiple_entry_sjis.vcf": Expect(("安藤ロイド3", "安藤ロイド4", "安藤ロイド5")),
    "vcard/aosp_v21_nest.vcf": Expect(("parent", "nest1", "nest2")),
    "vcard/aosp_v21_winmo_65.vcf": Expect(("Example",)),
    "vcard/aosp_v40_sort_as_japanese.vcf": Expect(("ロイド 安藤",), organisation="グーグル"),
    "vcard/eds_11_empty_params.vcf": Expect(("Invalid AttributeParam",)),
    "vcard/eds_13_evil_escapes.vcf": Expect(
        ("Ralf Engels",),
        emails=("Frank_Dawson@Lotus.com", "semicolon;@points.net"),
        phones=("+1-919-676-9515",),
    ),
    "vcard/eds_5_cjk_qp.vcf": Expect(("十城目管理大型知座",), emails=("weird@weird.com",)),
    "vcard/eds_7_missing_begin.vcf": Expect(
        rejected=((1, "BEGIN:VCARD is missing"), (11, "END:VCARD without a BEGIN:VCARD"))
    ),
    "vcard/eds_9_truncated.vcf": Expect(rejected=((1, "the file ends before its END:VCARD"),)),
    "vcard/eds_sorted-6_umlaut_text_tel.vcf": Expect(
        ("First Name Bäd",), extra={"notes": "Phone (home): ask Jenny for Lisa's number"}
    ),
    "vcard/ezvcard_John_Doe_ANDROID.vcf": Expect(
        (
            "john.doe@company.com",
            "jane.doe@company.com",
            "Ñ Ñ Ñ Ñ",
            "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ",
            "Ñ Ñ Ñ Ñ Ñ",
        ),
        emails=("bob@company.com",),
        rejected=((82, "ORG: the text is not valid UTF-8"),),
        tags=("My Contacts",),
    ),
    "vcard/ezvcard_John_Doe_BLACK_BERRY.vcf": Expect(
        ("john Doe",), organisation="Acme Solutions", photo=True
    ),
    "vcard/ezvcard_John_Doe_EVOLUTION.vcf": Expect(
        ("John Richter, James Doe",), emails=("john.doe@ibm.com",), birthday=(22, 3, 1980)
    ),
    "vcard/ezvcard_John_Doe_GMAIL.vcf": Expect(
        ("John Richter, James Doe",), organisation="IBM", birthday=(22, 3, 1980)
    ),
    "vcard/ezvcard_John_Doe_IPHONE.vcf": Expect(
        ("John Richter James Doe",), phones=("905-555-1234",), birthday=(6, 6, 2012), photo=True
    ),
    "vcard/ezvcard_John_Doe_LOTUS_NOTES.vcf": Expect(
        ("John Johny Doe",), emails=("john.doe@ibm.com",), birthday=(21, 5, 1980), photo=True
    ),
    "vcard/ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf": Expect(
        ("John Richter,James Doe",), organisation="IBM", photo=True
    ),
    "vcard/ezvcard_fullcontact.vcf": Expect(
        ("FirstName MiddleName LastName",), emails=("work@example.com",), birthday=(1, 8, 2016)
    ),
    "vcard/ezvcard_issue114.vcf": Expect(("Dummy Dummy",), organisation="Dummy GmbH"),
    "vcard/ezvcard_outlook-2003.vcf": Expect(
        ("John Doe",), organisation="Company, The", birthday=(21, 3, 1980)
    ),
    "vcard/ezvcard_outlook-2007.vcf": Expect(
        ("Michael Angstadt",),
        emails=("mike.angstadt@gmail.com",),
        birthday=(10, 3, 1922),
        photo=True,
    ),
    "vcard/ezvcard_rfc6350-example.vcf": Expect(
        ("Simon Perreault",), birthday=(3, 2, None), organisation="Viagenie"
    ),
    "vcard/ezvcard_thunderbird-MFFAB.vcf": Expect(
        ("John Doe",), birthday=(21, 9, 1970), photo=True
    ),
    "vcard/kcontacts_apple_macosx_item_adr.vcf": Expect(("SOMENAME",)),
    "vcard/kcontacts_testfullvcard_v4.vcf": Expect(
        ("Sherlock Holmes",), birthday=(15, 10, 1953), emails=("sherlock.holmes@gmail.com",)
    ),
    "vcard/kcontacts_vcard10_qp_multi.vcf": Expect(
        ("Bike Shop", "Broken", "Broken", "Surname Name", "Second Doctor")
    ),
    "vcard/kcontacts_vcard12_evolution_2photos.vcf": Expect(("Good Looking",), photo=True),
    "vcard/kcontacts_vcard3_netscape_lowercase.vcf": Expect(
        ("ian geiser",), emails=("geiseri@yahoo.com",)
    ),
    "vcard/kcontacts_vcard4_ximian_malformed.vcf": Expect(
        rejected=((3, "'FN' is not a property (it has no ':')"),)
    ),
    "vcard/kcontacts_vcard5_kaddressbook_full.vcf": Expect(
        ("Heiko Mustermann",), birthday=(19, 7, 1955), photo=True
    ),
    "vcard/kcontacts_vcard8_uppercase_N_escape.vcf": Expect(("test",)),
    "vcard/khard_text-bday.vcf": Expect(
        ("text birthday",), birthday=(None, None, None), extra={"notes": "Birthday: circa 1800"}
    ),
    "vcard/nodevcf_empty-lines.vcf": Expect(("Erika Mustermann",), organisation="Wikimedia"),
    "vcard/nodevcf_multiple_mixed_versions.vcf": Expect(("Erika Mustermann",) * 3),
    "vcard/nodevcf_xing.vcf": Expect(("Hans-Peter Mustermann",), organisation="Example GmbH"),
    "vcard/radicale_cardbook_bday_1604.vcf": Expect(
        ("Test bday without year Thunderbird CardBook",), birthday=(1, 1, None)
    ),
    "vcard/radicale_sogo_broken_noname.vcf": Expect(
        ("test-misses-N-or-FN@example.com", "test-misses-N-or-FN@example1.com")
    ),
    "vcard/roundcube_apple_company_photo.vcf": Expect(
        ("Apple Computer AG",), photo=True, extra={"city": "Wallisellen-Zürich"}
    ),
    "vcard/roundcube_johndoe_cp1252.vcf": Expect(("John Doë",), emails=("roundcube@gmail.com",)),
    "vcard/sabre_issue153_photo_base64_folded.vcf": Expect(("Test Benutzer",), photo=True),
    "vcard/thunderbird_dos_vcard_CRCRLF.vcf": Expect(
        ("Name Surname",), emails=("example@gmail.com",)
    ),
    "vcard/thunderbird_v3-binary-jpeg.vcf": Expect(("Binary JPEG",), photo=True),
    "vcard/thunderbird_v3-datauri-jpeg.vcf": Expect(("URI JPEG, version 3.0",), photo=True),
    "vcard/vobject_radicale-1587_geo.vcf": Expect(("Given Additional Family",)),
    "csv/linkedin_flashes_sample_connections.csv": Expect(
        (
            "Ada Lovelace",
            "Grace Hopper",
            "Alan Turing",
            "Katherine Johnson",
            "Linus Torvalds",
            "Margaret Hamilton",
            "Tim Berners-Lee",
        ),
        organisation="Analytical Engines",
        extra={"role": "Founder & CEO", "channel": "online"},
    ),
    "csv/linkedin_hirefrank_connections.csv": Expect(
        (
            "Ada Lovelace",
            "Jane Doe",
            "John Smith",
            "Alice Chen",
            "Bob Lee",
            "Carol Nguyen",
            "Dan Park",
            "Eve Kim",
            "Frank Wu",
            "Grace Zhao",
        ),
        extra={"channel": "online"},
    ),
    "csv/roundcube_all_fields_bom.csv": Expect(
        ("First Name Middle Name Last Name",),
        emails=("home@example.com", "work@example.com"),
        organisation="Company",
        birthday=(20, 1, 1991),
        extra={"role": "Job Title", "nickname": "Nickname"},
    ),
    "csv/roundcube_outlook_emails.csv": Expect(
        ("test1@domain.tld",), emails=("test1@domain.tld", "test2@domain.tld", "test3@domain.tld")
    ),
    "csv/thunderbird_export.csv": Expect(("contact one", "contact two")),
    "csv/thunderbird_quote.csv": Expect(("Acer America",), phones=("(800) 000-0000",)),
    "csv/thunderbird_shiftjis.csv": Expect(
        ("権兵衛 名無し",), emails=("名無しの権兵衛@host.invalid",)
    ),
    "csv/thunderbird_tab_comma_mixed.csv": Expect(refused=(1, "no header row")),
    "csv/thunderbird_utf16le_bom.csv": Expect(("John Doe",), emails=("johndoe@host.invalid",)),
}


def test_every_corpus_file_has_an_expectation() -> None:
    listed = manifest()
    if not listed:
        pytest.skip(SKIP_REASON)
    assert sorted(listed) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file(name: str) -> None:
    path = CORPORA / name
    if not path.exists():
        pytest.skip(SKIP_REASON)
    expect = EXPECTED[name]
    if expect.refused:
        with pytest.raises(FileRefused) as caught:
            read_file(path.name, path.read_bytes(), TODAY)
        assert caught.value.line == expect.refused[0]
        assert expect.refused[1] in caught.value.reason
        return
    result, _backup = read_file(path.name, path.read_bytes(), TODAY)
    drafts = [c.draft for c in result.contacts]
    assert tuple(d.name for d in drafts) == expect.names
    for name_text in expect.names:  # no mojibake: no Latin-1-read UTF-8, no replacement mark
        assert "\ufffd" not in name_text and "Ã" not in name_text
    assert len(result.rejected) == len(expect.rejected)
    for (line, part), rejected in zip(expect.rejected, result.rejected, strict=True):
        assert (rejected.line, part in rejected.reason) == (line, True), rejected
    emails = {m.value for d in drafts for m in d.methods if m.kind == "email"}
    phones = {m.value for d in drafts for m in d.methods if m.kind == "phone"}
    assert set(expect.emails) <= emails
    assert set(expect.phones) <= phones
    if not drafts:
        return
    first = drafts[0]
    if expect.organisation:
        assert first.organisation == expect.organisation
    if expect.birthday is not None:
        assert (first.birthday_day, first.birthday_month, first.birthday_year) == expect.birthday
    photos = [d.photo for d in drafts if d.photo]
    assert bool(photos) == expect.photo
    for photo in photos:
        assert photo.startswith((b"\xff\xd8\xff", b"\x89PNG", b"GIF8"))
    for tag in expect.tags:
        assert any(tag in d.tags for d in drafts)
    for field_name, value in expect.extra.items():
        assert value in str(getattr(first, field_name))
