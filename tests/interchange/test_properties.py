"""Property tests: random contacts survive vCard and JSON; no input crashes the importer."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networking_app.domain.contacts import ContactDraft, MethodDraft
from networking_app.domain.vocabulary import Channel, Circle, TargetCategory
from networking_app.interchange.model import FileRefused
from networking_app.interchange.reading import read_file
from networking_app.interchange.vcard_reader import read_vcard
from networking_app.interchange.writers import ExportedContact, vcard_bytes
from networking_app.paths import resolve_paths
from networking_app.services.clock import Clock
from networking_app.services.interchange import ExportFormat, Interchange
from networking_app.storage.contact_editing import save_draft
from networking_app.storage.database import close_database, open_database
from tests.interchange.corpora import CORPORA

TODAY = date(2026, 11, 28)

_text_chars = st.characters(
    codec="utf-8",
    categories=("L", "N", "Zs", "P", "S"),
    exclude_characters="\u2028\u2029\x85",
)


def words(max_size: int = 20) -> st.SearchStrategy[str]:
    """Text as a form keeps it: no leading, trailing or doubled spaces."""
    return st.text(_text_chars, max_size=max_size).map(lambda t: " ".join(t.split()))


emails = st.builds(
    lambda user, host: f"{user}@{host}.org",
    st.text("abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=12),
    st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10),
)
phones = st.builds(
    lambda prefix, digits: prefix + " ".join(digits[i : i + 2] for i in range(0, 10, 2)),
    st.sampled_from(["", "+33 ", "+1 "]),
    st.text("0123456789", min_size=10, max_size=10),
)
labels = st.sampled_from(["", "home", "work", "mobile", "other"])


@st.composite
def drafts(draw: st.DrawFn) -> ContactDraft:
    methods: list[MethodDraft] = []
    seen: set[tuple[str, str]] = set()
    for kind, values in (
        ("email", emails),
        ("phone", phones),
        ("url", st.builds(lambda p: f"https://example.org/{p}", st.text("abc123", max_size=8))),
        (
            "social",
            st.builds(
                lambda p: f"https://social.example/@{p}", st.text("xyz", min_size=1, max_size=6)
            ),
        ),
    ):
        for value in draw(st.lists(values, max_size=2)):
            if (kind, value.casefold()) in seen:
                continue
            seen.add((kind, value.casefold()))
            methods.append(MethodDraft(kind, value, draw(labels), False))
    if methods and draw(st.booleans()):
        methods[0] = MethodDraft(methods[0].kind, methods[0].value, methods[0].label, True)
    birthday = draw(st.none() | st.dates(date(1900, 1, 1), date(2020, 12, 31)).map(lambda d: d))
    with_year = draw(st.booleans())
    photo = draw(st.none() | st.binary(min_size=1, max_size=200).map(lambda b: b"\xff\xd8\xff" + b))
    return ContactDraft(
        given_name=draw(words().filter(bool)),
        family_name=draw(words()),
        nickname=draw(words()),
        organisation=draw(words()),
        role=draw(words()),
        industry=draw(words()),
        function=draw(words()),
        city=draw(words()),
        circle=draw(st.sampled_from(list(Circle))),
        channel=draw(st.none() | st.sampled_from([c.value for c in Channel])),
        target_categories=tuple(
            sorted(draw(st.sets(st.sampled_from([t.value for t in TargetCategory]))))
        ),
        cadence_days=draw(st.none() | st.integers(1, 3650)),
        birthday_day=birthday.day if birthday else None,
        birthday_month=birthday.month if birthday else None,
        birthday_year=birthday.year if birthday and with_year else None,
        prep_notes=draw(words(60)),
        notes=draw(st.text(_text_chars | st.just("\n"), max_size=80).map(str.strip)),
        methods=tuple(methods),
        tags=tuple(dict.fromkeys(t for t in draw(st.lists(words(12), max_size=3)) if t)),
        photo=photo,
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(drafts(), min_size=1, max_size=3))
def test_vcard_round_trip_keeps_every_field(contacts: list[ContactDraft]) -> None:
    data = vcard_bytes(ExportedContact(f"uid-{n}", d) for n, d in enumerate(contacts))
    result = read_vcard(data, TODAY)
    assert not result.rejected
    assert [c.draft for c in result.contacts] == contacts


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        names = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            n: connection.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall()
            for n in names
            if n != "schema_version" and not n.startswith("interaction_search")
        }
    finally:
        connection.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(drafts(), min_size=1, max_size=4))
def test_json_round_trip_reproduces_the_database(contacts: list[ContactDraft]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        first, second = resolve_paths(Path(folder) / "a"), resolve_paths(Path(folder) / "b")
        for p in (first, second):
            p.ensure()
        open_database(first.database, first.backups_dir)
        try:
            for draft in contacts:
                save_draft(draft, Clock().now())
            Interchange(Clock()).export(ExportFormat.JSON, Path(folder) / "backup.json")
        finally:
            close_database()
        open_database(second.database, second.backups_dir)
        try:
            service = Interchange(Clock())
            service.apply(service.plan([Path(folder) / "backup.json"]))
        finally:
            close_database()
        assert _dump(first.database) == _dump(second.database)


def _never_crashes(name: str, data: bytes) -> None:
    try:
        result, _backup = read_file(name, data, TODAY)
    except FileRefused as exc:
        assert exc.reason and exc.line >= 0
        return
    for rejected in result.rejected:
        assert rejected.reason and rejected.line >= 1


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["x.vcf", "x.csv", "x.json", "x.txt"]))
def test_random_bytes_never_crash(data: bytes, name: str) -> None:
    _never_crashes(name, data)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["x.vcf", "x.csv"]))
def test_random_text_never_crashes(text: str, name: str) -> None:
    _never_crashes(name, ("BEGIN:VCARD\r\n" if name == "x.vcf" else "").encode() + text.encode())


_REAL = (
    sorted(
        p for p in CORPORA.glob("*/*") if p.suffix in (".vcf", ".csv") and p.stat().st_size < 8000
    )
    if CORPORA.exists()
    else []
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_real_files_never_crash(data: st.DataObject) -> None:
    if not _REAL:
        data.draw(st.just(None))
        return
    path = data.draw(st.sampled_from(_REAL))
    content = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        if not content:
            break
        at = data.draw(st.integers(0, len(content) - 1))
        action = data.draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if action == "flip":
            content[at] = data.draw(st.integers(0, 255))
        elif action == "insert":
            content[at:at] = data.draw(
                st.sampled_from([b"\r", b"\n ", b"=", b";", b":", b"\xff", b'"', b"\\"])
            )
        elif action == "delete":
            del content[at]
        else:
            del content[at:]
    _never_crashes(path.name, bytes(content))
