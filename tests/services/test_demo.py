"""The demo network: big enough, varied, consistent, deterministic, and never over real data."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import peewee as pw
import pytest

from networking_app.domain.vocabulary import (
    Circle,
    Direction,
    IntroStatus,
    TargetDomainKind,
    split_values,
)
from networking_app.services import demo
from networking_app.services.demo import DemoRefused, DemoSummary, fill_demo
from networking_app.storage.database import close_database, open_database
from networking_app.storage.models import (
    Contact,
    ContactMethod,
    ContactTag,
    Interaction,
    InteractionParticipant,
    IntroductionRequest,
    IntroductionTransition,
    LifeEvent,
    Relationship,
    Setting,
    Tag,
    TargetDomain,
    db,
)
from networking_app.storage.settings import load_profile

TODAY = date(2026, 3, 18)
CHAIN = (
    IntroStatus.DRAFT,
    IntroStatus.ASKED,
    IntroStatus.ACCEPTED,
    IntroStatus.INTRODUCED,
    IntroStatus.MET,
    IntroStatus.CLOSED,
)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[pw.SqliteDatabase]:
    handle = open_database(tmp_path / "rapport.sqlite3", tmp_path / "backups")
    try:
        yield handle
    finally:
        close_database()


@pytest.fixture
def filled(database: pw.SqliteDatabase) -> DemoSummary:
    return fill_demo(TODAY)


def _counts() -> dict[str, int]:
    models = (
        Contact,
        ContactMethod,
        ContactTag,
        Interaction,
        InteractionParticipant,
        LifeEvent,
        Relationship,
        IntroductionRequest,
        IntroductionTransition,
        TargetDomain,
    )
    return {m.__name__: m.select().count() for m in models}


def test_summary_matches_the_rows_and_meets_the_minima(filled: DemoSummary) -> None:
    assert filled.contacts == Contact.select().count() >= 80
    assert filled.interactions == Interaction.select().count() >= 600
    assert filled.life_events == LifeEvent.select().count() >= 15
    assert filled.relationships == Relationship.select().count() >= 60
    assert filled.introductions == IntroductionRequest.select().count() == 3
    assert filled.target_domains == TargetDomain.select().count() >= 5


def test_contacts_cover_every_circle_and_several_industries(filled: DemoSummary) -> None:
    circles = {c.circle for c in Contact.select()}
    assert circles == {c.value for c in Circle}
    industries = {c.industry for c in Contact.select() if c.industry}
    assert len(industries) >= 3
    assert Contact.select().where(Contact.archived_at.is_null(False)).count() in (1, 2)
    names = " ".join(c.full_name for c in Contact.select())
    assert any(ch in names for ch in "éèëïøçñ")
    assert Contact.select().where(Contact.birthday_month == 2, Contact.birthday_day == 29).exists()
    assert Contact.select().where(Contact.introduced_by.is_null(False)).count() >= 5
    assert ContactTag.select().count() >= 2 * filled.contacts


def test_interactions_span_the_last_18_months_and_none_is_in_the_future(
    filled: DemoSummary,
) -> None:
    times = [i.occurred_at for i in Interaction.select()]
    assert max(times) < datetime.combine(TODAY, datetime.min.time())
    assert (max(times) - min(times)).days >= 17 * 30
    assert min(times).date() >= TODAY - timedelta(days=18 * 31)
    assert all(8 <= t.hour < 19 for t in times)


def test_interactions_carry_values_asks_responses_and_next_steps(filled: DemoSummary) -> None:
    rows = list(Interaction.select())
    assert sum(bool(r.values_given) for r in rows) >= 0.1 * len(rows)
    assert sum(bool(r.ask) for r in rows) >= 0.04 * len(rows)
    assert all(r.ask_outcome for r in rows if r.ask)
    outreach = [r for r in rows if r.direction == Direction.OUTREACH.value]
    assert outreach and all(r.response_state for r in outreach)
    assert all(r.responded_at > r.occurred_at for r in outreach if r.responded_at)
    steps = [r for r in rows if r.next_step]
    assert any(r.next_step_done_at for r in steps)
    open_steps = [r.next_step_due for r in steps if not r.next_step_done_at]
    assert any(d < TODAY for d in open_steps) and any(d >= TODAY for d in open_steps)


def test_some_interactions_involve_several_people(filled: DemoSummary) -> None:
    sizes = (
        InteractionParticipant.select(pw.fn.COUNT(InteractionParticipant.contact))
        .group_by(InteractionParticipant.interaction)
        .tuples()
    )
    counts = [n for (n,) in sizes]
    assert len(counts) == filled.interactions  # nobody-less interactions would be lost
    assert any(2 <= n <= 4 for n in counts)


def test_some_close_and_extended_contacts_are_overdue(filled: DemoSummary) -> None:
    last = dict(
        InteractionParticipant.select(
            InteractionParticipant.contact, pw.fn.MAX(Interaction.occurred_at)
        )
        .join(Interaction)
        .group_by(InteractionParticipant.contact)
        .tuples()
    )
    overdue = {Circle.CLOSE.value: 0, Circle.EXTENDED.value: 0}
    for contact in Contact.select().where(Contact.circle.in_(list(overdue))):
        cadence = contact.cadence_days or (21 if contact.circle == "close" else 60)
        seen = last[contact.id]
        seen = datetime.fromisoformat(seen) if isinstance(seen, str) else seen
        if (TODAY - seen.date()).days > cadence:
            overdue[contact.circle] += 1
    assert all(n >= 1 for n in overdue.values())


def test_introduction_requests_follow_their_chain(filled: DemoSummary) -> None:
    requests = list(IntroductionRequest.select())
    assert len({r.status for r in requests}) == 3
    for request in requests:
        steps = list(request.transitions.order_by(IntroductionTransition.at))
        assert steps[0].from_status is None
        assert steps[-1].to_status == request.status
        for before, after in itertools.pairwise(steps):
            assert after.from_status == before.to_status
            assert CHAIN.index(IntroStatus(after.to_status)) > CHAIN.index(
                IntroStatus(before.to_status)
            )
        assert request.why and request.ask and request.language in ("en", "fr")
        assert (
            Relationship.select()
            .where(
                (
                    (Relationship.source == request.introducer)
                    & (Relationship.other == request.target)
                )
                | (
                    (Relationship.source == request.target)
                    & (Relationship.other == request.introducer)
                )
            )
            .exists()
        )
        expected = Circle.WEAK if request.status == IntroStatus.MET.value else Circle.TARGET
        assert request.target.circle == expected.value
    asked = next(r for r in requests if r.status == IntroStatus.ASKED.value)
    asked_at = asked.transitions.where(IntroductionTransition.to_status == "asked").get().at
    assert (TODAY - asked_at.date()).days == 9


def test_a_target_domain_has_nobody_in_it(filled: DemoSummary) -> None:
    def people(domain: TargetDomain) -> int:
        field = (
            Contact.industry if domain.kind == TargetDomainKind.INDUSTRY.value else Contact.function
        )
        return Contact.select().where(field == domain.name).count()

    counts = [people(d) for d in TargetDomain.select()]
    assert 0 in counts and any(counts)


def test_every_target_is_known_by_someone_close(filled: DemoSummary) -> None:
    near = {Circle.CLOSE.value, Circle.EXTENDED.value}
    for target in Contact.select().where(Contact.circle == Circle.TARGET.value):
        links = Relationship.select().where(
            (Relationship.other == target) | (Relationship.source == target)
        )
        ends = {link.source if link.other == target else link.other for link in links}
        assert any(c.circle in near for c in ends), target.full_name
        assert split_values(target.target_categories)


def test_a_profile_with_a_pitch_is_saved(filled: DemoSummary) -> None:
    profile = load_profile()
    assert profile.name and len(profile.pitch.split()) >= 40


def test_foreign_keys_hold(filled: DemoSummary) -> None:
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_second_fill_is_refused_and_changes_nothing(filled: DemoSummary) -> None:
    before = _counts()
    with pytest.raises(DemoRefused, match=f"already has {filled.contacts} contacts"):
        fill_demo(TODAY)
    assert _counts() == before


def test_an_archived_contact_alone_is_enough_to_refuse(database: pw.SqliteDatabase) -> None:
    Contact.create(given_name="Zoé", archived_at=datetime(2026, 1, 1))
    with pytest.raises(DemoRefused, match="1 contact;"):
        fill_demo(TODAY)
    assert Contact.select().count() == 1
    assert Interaction.select().count() == 0


def test_a_failure_midway_leaves_nothing_behind(
    database: pw.SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(self: object) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(demo._Demo, "write_introductions", disk_full)
    with pytest.raises(OSError, match="disk full"):
        fill_demo(TODAY)
    assert set(_counts().values()) == {0}
    assert Tag.select().count() == Setting.select().count() == 0


def _fill_elsewhere(folder: Path, seed: int) -> list[tuple[str, str, str]]:
    open_database(folder / "rapport.sqlite3", folder / "backups")
    try:
        fill_demo(TODAY, seed=seed)
        return [(c.uid, c.given_name, c.family_name) for c in Contact.select().order_by(Contact.id)]
    finally:
        close_database()


def test_same_seed_same_network(tmp_path: Path) -> None:
    first = _fill_elsewhere(tmp_path / "a", 7)
    assert _fill_elsewhere(tmp_path / "b", 7) == first
    assert _fill_elsewhere(tmp_path / "c", 8) != first
