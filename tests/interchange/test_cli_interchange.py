"""`networking-app import` and `export`, through `cli.main` with real files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from networking_app.cli import main
from tests.interchange.corpora import CORPORA, SKIP_REASON


def contacts(data: Path) -> list[tuple[str, str]]:
    connection = sqlite3.connect(data / "rapport.sqlite3")
    try:
        return connection.execute(
            "SELECT given_name, family_name FROM contact ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_import_then_export_every_format_and_read_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    source = write(
        tmp_path / "people.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roux;Élodie;;;\r\nEMAIL:e@roux.fr\r\n"
        "BDAY:1990-04-12\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marc Petit\r\n"
        "TEL:+33 6 12 34 56 78\r\nEND:VCARD\r\n",
    )
    assert main(["import", str(source), "--data-dir", str(data)]) == 0
    assert "Imported 2 new contact(s)" in capsys.readouterr().out
    for fmt in ("vcard", "csv", "json", "ics"):
        out = tmp_path / f"out.{fmt}"
        assert main(["export", "--format", fmt, "--output", str(out), "--data-dir", str(data)]) == 0
        assert out.stat().st_size > 0
    assert b"BEGIN:VCALENDAR" in (tmp_path / "out.ics").read_bytes()
    # Each export reads back into a fresh data folder with the same people.
    for fmt in ("vcard", "csv", "json"):
        other = tmp_path / f"from-{fmt}"
        assert main(["import", str(tmp_path / f"out.{fmt}"), "--data-dir", str(other)]) == 0
        assert sorted(contacts(other)) == [("Marc", "Petit"), ("Élodie", "Roux")]


def test_a_malformed_file_changes_nothing_and_says_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    bad = write(tmp_path / "bad.vcf", "BEGIN:VCARD\nFN:Ann\nEND:VCARD\nBEGIN:VCARD\nFN:Bob\n")
    assert main(["import", str(bad), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:4: card not closed" in err
    assert "--skip-invalid" in err
    assert contacts(data) == []
    assert main(["import", str(bad), "--skip-invalid", "--data-dir", str(data)]) == 0
    captured = capsys.readouterr()
    assert f"rejected: {bad}:4: card not closed" in captured.err
    assert contacts(data) == [("Ann", "")]


def test_duplicates_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    first = write(tmp_path / "a.csv", "First Name,Last Name,Email\nAnn,Lee,ann@lee.com\n")
    again = write(tmp_path / "b.csv", "First Name,Last Name,Email\nAnnie,Lee,ANN@lee.com\n")
    assert main(["import", str(first), "--data-dir", str(data)]) == 0
    assert main(["import", str(again), "--duplicates", "skip", "--data-dir", str(data)]) == 0
    assert contacts(data) == [("Ann", "Lee")]
    assert main(["import", str(again), "--duplicates", "keep", "--data-dir", str(data)]) == 0
    assert contacts(data) == [("Ann", "Lee"), ("Annie", "Lee")]
    assert "skipped 1 duplicate" in capsys.readouterr().out


def test_map_option_for_an_unknown_csv(tmp_path: Path) -> None:
    data = tmp_path / "d"
    source = write(tmp_path / "x.csv", "Qui,Mél,Remarque\nLéa Blanc,lea@blanc.fr,vue au salon\n")
    args = ["import", str(source), "--data-dir", str(data)]
    assert main([*args, "--map", "Qui=full_name", "--map", "Remarque=notes"]) == 0
    connection = sqlite3.connect(data / "rapport.sqlite3")
    row = connection.execute("SELECT given_name, family_name, notes FROM contact").fetchone()
    connection.close()
    assert row == ("Léa", "Blanc", "vue au salon")
    assert main([*args, "--map", "Qui=shoe_size"]) == 2


def test_export_refuses_the_database_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    write(tmp_path / "a.csv", "First Name,Email\nAnn,ann@lee.com\n")
    assert main(["import", str(tmp_path / "a.csv"), "--data-dir", str(data)]) == 0
    db = data / "rapport.sqlite3"
    assert main(["export", "--format", "json", "--output", str(db), "--data-dir", str(data)]) == 2
    assert "that is the database itself" in capsys.readouterr().err


def test_whole_corpus_with_skip_invalid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(CORPORA.glob("*/*.vcf")) + sorted(CORPORA.glob("*/*.csv"))
    if not files:
        pytest.skip(SKIP_REASON)
    data = tmp_path / "d"
    assert main(["import", *map(str, files), "--data-dir", str(data)]) == 1
    assert contacts(data) == []
    assert main(["import", *map(str, files), "--skip-invalid", "--data-dir", str(data)]) == 0
    out = capsys.readouterr()
    assert "rejected: " in out.err
    assert len(contacts(data)) > 50


def test_a_json_backup_with_a_forbidden_value_is_refused_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    data = tmp_path / "d"
    source = write(
        tmp_path / "one.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEND:VCARD\r\n"
    )
    assert main(["import", str(source), "--data-dir", str(data)]) == 0
    backup = tmp_path / "backup.json"
    assert (
        main(["export", "--format", "json", "--output", str(backup), "--data-dir", str(data)]) == 0
    )
    document = json.loads(backup.read_text(encoding="utf-8"))
    table = document["tables"]["contact"]
    table["rows"][0][table["columns"].index("circle")] = "superclose"
    backup.write_text(json.dumps(document), encoding="utf-8")
    capsys.readouterr()
    empty = tmp_path / "empty"
    assert main(["import", str(backup), "--data-dir", str(empty)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert 'table "contact"' in err and "CHECK constraint" in err
    assert contacts(empty) == []


def test_commas_in_vcard_text_survive(tmp_path: Path) -> None:
    data = tmp_path / "d"
    for version in ("2.1", "3.0"):
        source = write(
            tmp_path / f"v{version}.vcf",
            f"BEGIN:VCARD\r\nVERSION:{version}\r\nN:Lee;Ann{version};;;\r\n"
            "TITLE:CEO, founder\r\nNOTE:Met at Lyon, 2024 - talked about AI\r\nEND:VCARD\r\n",
        )
        assert main(["import", str(source), "--data-dir", str(data)]) == 0
    connection = sqlite3.connect(data / "rapport.sqlite3")
    try:
        found = connection.execute("SELECT role, notes FROM contact ORDER BY id").fetchall()
    finally:
        connection.close()
    assert found == [("CEO, founder", "Met at Lyon, 2024 - talked about AI")] * 2


def test_the_vcard_export_leaves_uri_values_unescaped(tmp_path: Path) -> None:
    data = tmp_path / "d"
    source = write(
        tmp_path / "url.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nURL:https://example.com/?a=1,2;b\r\n"
        "END:VCARD\r\n",
    )
    assert main(["import", str(source), "--data-dir", str(data)]) == 0
    out = tmp_path / "out.vcf"
    assert main(["export", "--format", "vcard", "--output", str(out), "--data-dir", str(data)]) == 0
    text = out.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "https://example.com/?a=1,2;b" in text


def test_a_phone_written_two_ways_is_one_phone_after_a_merge(tmp_path: Path) -> None:
    data = tmp_path / "d"
    first = write(
        tmp_path / "a.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nTEL:+33 6 12 34 56 78\r\nEND:VCARD\r\n",
    )
    second = write(
        tmp_path / "b.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nTEL:+33612345678\r\nEND:VCARD\r\n",
    )
    assert main(["import", str(first), "--data-dir", str(data)]) == 0
    assert main(["import", str(second), "--data-dir", str(data)]) == 0
    connection = sqlite3.connect(data / "rapport.sqlite3")
    try:
        phones = connection.execute(
            "SELECT value FROM contact_method WHERE kind = 'phone'"
        ).fetchall()
    finally:
        connection.close()
    assert phones == [("+33 6 12 34 56 78",)]


def test_our_vcard_export_imported_again_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "d"
    source = write(
        tmp_path / "one.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee;Ann;;;\r\nNOTE:no email, no phone\r\n"
        "URL;TYPE=LinkedIn:https://www.linkedin.com/in/annlee\r\nEND:VCARD\r\n",
    )
    assert main(["import", str(source), "--data-dir", str(data)]) == 0
    out = tmp_path / "out.vcf"
    assert main(["export", "--format", "vcard", "--output", str(out), "--data-dir", str(data)]) == 0
    assert main(["import", str(out), "--data-dir", str(data)]) == 0
    connection = sqlite3.connect(data / "rapport.sqlite3")
    try:
        assert connection.execute("SELECT count(*) FROM contact").fetchone() == (1,)
        assert connection.execute("SELECT label FROM contact_method").fetchall() == [("LinkedIn",)]
    finally:
        connection.close()


def test_a_linkedin_export_after_a_job_change_is_the_same_person(tmp_path: Path) -> None:
    data = tmp_path / "d"
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    before = write(
        tmp_path / "a.csv",
        header + "Jane,Doe,https://www.linkedin.com/in/janedoe,,Stripe,PM,01 Jan 2024\n",
    )
    after = write(
        tmp_path / "b.csv",
        header + "Jane,Doe,https://linkedin.com/in/janedoe/,,Figma,Head of Product,01 Jan 2024\n",
    )
    assert main(["import", str(before), "--data-dir", str(data)]) == 0
    assert main(["import", str(after), "--data-dir", str(data)]) == 0
    assert contacts(data) == [("Jane", "Doe")]


@pytest.mark.parametrize(
    ("lang", "region"), [("C.UTF-8", None), ("POSIX", None), ("fr_FR.UTF-8", "FR"), ("de_CH", "CH")]
)
def test_the_phone_region_comes_from_the_locale_the_user_set(
    monkeypatch: pytest.MonkeyPatch, lang: str, region: str | None
) -> None:
    from networking_app.services.region import default_region

    for variable in ("LC_ALL", "LC_CTYPE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", lang)
    assert default_region() == region


def test_import_says_what_it_changed_on_the_way_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(
        tmp_path / "odd.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEMAIL:ann at example\r\nEND:VCARD\r\n",
    )
    assert main(["import", str(source), "--data-dir", str(tmp_path / "d")]) == 0
    err = capsys.readouterr().err
    assert f"note: {source}:1: email 'ann at example' is not valid; kept in the notes" in err
