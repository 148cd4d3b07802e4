"""CSV files: known layouts, the guessed mapping, dates, bad rows, and our own export."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from networking_app.domain.contacts import ContactDraft, MethodDraft
from networking_app.interchange.csv_layout import Target, read_layout
from networking_app.interchange.csv_reader import read_csv
from networking_app.interchange.model import FileRefused
from networking_app.interchange.writers import ExportedContact, csv_bytes

TODAY = date(2026, 11, 28)

LINKEDIN = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the fields are'
    ' empty."\n\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Élodie,Roux,https://www.linkedin.com/in/eroux,elodie@roux.fr,Acme,CTO,14 May 2026\n"
    "Marc,Petit,https://www.linkedin.com/in/mpetit,,Initech,Analyst,02 Feb 2025\n"
)


def test_linkedin_preamble_channel_and_connection_date() -> None:
    result = read_csv(LINKEDIN.encode(), TODAY)
    assert result.format_name == "LinkedIn connections"
    first, second = result.contacts
    assert (first.line, second.line) == (5, 6)
    assert first.draft.name == "Élodie Roux"
    assert first.draft.channel == "online"
    assert first.connected_on == date(2026, 5, 14)
    assert second.connected_on == date(2025, 2, 2)
    assert MethodDraft("social", "https://www.linkedin.com/in/eroux", "LinkedIn") in (
        first.draft.methods
    )


def test_google_contacts_layout() -> None:
    data = (
        "Name,Given Name,Family Name,Birthday,Notes,Group Membership,"
        "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
        "Organization 1 - Name,Organization 1 - Title\n"
        "Inès Garnier,Inès,Garnier,1985-07-03,Met at MixIT,* myContacts ::: Lyon,"
        "* Work,ines@garnier.fr ::: ines.perso@mail.fr,Mobile,+33 6 12 34 56 78,Data Co,CTO\n"
    )
    result = read_csv(data.encode(), TODAY)
    assert result.format_name == "Google Contacts"
    draft = result.contacts[0].draft
    assert draft.name == "Inès Garnier"
    assert [m.value for m in draft.methods if m.kind == "email"] == [
        "ines@garnier.fr",
        "ines.perso@mail.fr",
    ]
    assert (draft.birthday_day, draft.birthday_month, draft.birthday_year) == (3, 7, 1985)
    assert draft.tags == ("Lyon",)
    assert (draft.organisation, draft.role) == ("Data Co", "CTO")


def test_outlook_dates_are_month_first() -> None:
    data = (
        "First Name,Last Name,Title,Job Title,Company,Business Phone,E-mail Address,Birthday\n"
        "Ann,Lee,Ms.,Buyer,Globex,555-0100,ann@globex.com,3/4/1980\n"
    )
    result = read_csv(data.encode(), TODAY)
    draft = result.contacts[0].draft
    assert result.format_name == "Outlook"
    assert draft.role == "Buyer"  # "Title" is Mr./Ms. in Outlook, not the job
    assert (draft.birthday_day, draft.birthday_month) == (4, 3)


def test_unknown_csv_guessed_mapping_and_a_chosen_one() -> None:
    data = "Prénom;Nom de famille;Courriel;Société;Divers\nLéa;Blanc;lea@blanc.fr;Nova;x\n"
    layout = read_layout(data.encode())
    assert not layout.known
    assert layout.delimiter == ";"
    assert layout.guessed == [
        Target.GIVEN_NAME,
        Target.FAMILY_NAME,
        Target.EMAIL,
        Target.ORGANISATION,
        Target.IGNORE,
    ]
    mapping = [Target.GIVEN_NAME, Target.FAMILY_NAME, Target.EMAIL, Target.IGNORE, Target.NOTES]
    draft = read_csv(data.encode(), TODAY, mapping).contacts[0].draft
    assert (draft.name, draft.organisation, draft.notes) == ("Léa Blanc", "", "x")


def test_bad_rows_are_rejected_with_their_line() -> None:
    data = "First Name,Last Name,Email\nAnn,Lee,ann@lee.com\n,,\n,,,\nBob,Ray,b@r.io,extra\n"
    result = read_csv(data.encode(), TODAY)
    assert [c.draft.name for c in result.contacts] == ["Ann Lee"]
    assert [(r.line, r.reason) for r in result.rejected] == [
        (5, "4 values where the header names 3 columns")
    ]


def test_quoted_newlines_keep_line_numbers_right() -> None:
    data = 'First Name,Notes\nAnn,"one\ntwo"\n,\nBob,ok\n'
    result = read_csv(data.encode(), TODAY)
    assert [(c.draft.name, c.line) for c in result.contacts] == [("Ann", 2), ("Bob", 5)]
    assert result.contacts[0].draft.notes == "one\ntwo"


def test_a_file_without_a_header_is_refused() -> None:
    with pytest.raises(FileRefused, match="no header row"):
        read_csv(b"1,2,3\n4,5,6\n", TODAY)


def test_export_neutralises_formulas_and_reads_back() -> None:
    draft = ContactDraft(
        given_name='=HYPERLINK("http://evil")',
        family_name="@SUM(A1)",
        organisation="+Corp",
        role="-1",
        methods=(MethodDraft("phone", "+33 6 12 34 56 78"),),
        notes="ok",
    )
    data = csv_bytes([ExportedContact("u1", draft)])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1][:5] == ['\'=HYPERLINK("http://evil")', "'@SUM(A1)", "", "'+Corp", "'-1"]
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in rows[1])
    back = read_csv(data, TODAY).contacts[0].draft
    assert (back.given_name, back.family_name, back.organisation, back.role) == (
        draft.given_name,
        draft.family_name,
        draft.organisation,
        draft.role,
    )
    assert back.methods[0].value == "+33 6 12 34 56 78"


def test_a_column_of_dates_is_not_taken_for_phones() -> None:
    data = (
        "Qui;Tél;Anniv\nLéa Blanc;06 12 34 56 78;12/03/1990\nHugo Martin;07 98 76 54 32;1/7/1985\n"
    )
    layout = read_layout(data.encode())
    assert layout.guessed[1:] == [Target.PHONE, Target.BIRTHDAY]
