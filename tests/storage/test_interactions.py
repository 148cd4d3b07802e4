"""The timeline in a real database: logging, pages, filters, undo snapshots, balances."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from networking_app.domain.contacts import ContactDraft
from networking_app.domain.interactions import (
    InteractionDraft,
    InteractionProblem,
    TimelineFilter,
)
from networking_app.domain.vocabulary import Circle, Direction, InteractionKind
from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.contacts import ContactBook
from networking_app.services.timeline import InvalidInteraction, Timeline
from networking_app.storage.models import db

NOW = datetime(2026, 11, 28, 9, 0)


@pytest.fixture
def timeline(database: AppPaths) -> Timeline:
    return Timeline(Clock(fixed=NOW))


@pytest.fixture
def people(database: AppPaths) -> dict[str, int]:
    book = ContactBook(Clock(fixed=NOW))
    return {
        "zoe": book.save(ContactDraft(given_name="Zoé", circle=Circle.CLOSE, tags=("mentor",))),
        "marc": book.save(ContactDraft(given_name="Marc", circle=Circle.WEAK)),
        "ana": book.save(ContactDraft(given_name="Ana", circle=Circle.WEAK)),
    }


def log(timeline: Timeline, ids: list[int], days_ago: float, **kw: object) -> int:
    draft = InteractionDraft(
        contact_ids=tuple(ids), occurred_at=NOW - timedelta(days=days_ago), **kw
    )  # type: ignore[arg-type]
    return timeline.save(draft)


def ids_of(timeline: Timeline, **flt: object) -> list[int]:
    return [e.id for e in timeline.page(TimelineFilter(**flt), limit=1000)]  # type: ignore[arg-type]


def test_a_group_lunch_is_on_every_participant_timeline(
    timeline: Timeline, people: dict[str, int]
) -> None:
    lunch = log(
        timeline,
        [people["zoe"], people["marc"]],
        2,
        kind=InteractionKind.MEAL,
        summary="Team lunch",
    )
    solo = log(timeline, [people["ana"]], 1)
    assert ids_of(timeline, contact_id=people["zoe"]) == [lunch]
    assert ids_of(timeline, contact_id=people["marc"]) == [lunch]
    assert ids_of(timeline) == [solo, lunch]
    entry = timeline.page(TimelineFilter(contact_id=people["zoe"]))[0]
    assert [name for _id, name in entry.participants] == ["Marc", "Zoé"]


def test_filters_narrow(timeline: Timeline, people: dict[str, int]) -> None:
    gave = log(
        timeline,
        [people["zoe"]],
        40,
        values_given=("information",),
        summary="Sent François the article on pricing",
    )
    asked = log(
        timeline,
        [people["marc"]],
        20,
        ask="An intro to their CFO",
        ask_outcome="pending",
        kind=InteractionKind.CALL,
    )
    step = log(
        timeline,
        [people["ana"]],
        3,
        next_step="Send the deck",
        next_step_due=date(2026, 12, 1),
        notes="Élodie's team is hiring",
    )
    done = log(timeline, [people["ana"]], 2, next_step="Call back", next_step_done_at=NOW)
    assert ids_of(timeline, values_given=True) == [gave]
    assert ids_of(timeline, asks=True) == [asked]
    assert ids_of(timeline, open_next_steps=True) == [step]
    assert ids_of(timeline, kind="call") == [asked]
    assert ids_of(timeline, text="francois pric") == [gave]  # accents, prefixes
    assert ids_of(timeline, text="ELODIE") == [step]  # notes are searched too
    assert ids_of(timeline, text='"; DROP TABLE interaction; --') == []
    assert ids_of(timeline, circle="weak") == [done, step, asked]
    assert ids_of(timeline, tag="mentor") == [gave]
    assert ids_of(timeline, since=date(2026, 11, 1), until=date(2026, 11, 24)) == [asked]


def test_pages_follow_each_other_without_gaps_or_repeats(
    timeline: Timeline, people: dict[str, int]
) -> None:
    made = [log(timeline, [people["zoe"]], n // 3) for n in range(250)]  # ties on the date
    seen: list[int] = []
    after = None
    while True:
        page = timeline.page(TimelineFilter(), after, limit=100)
        if not page:
            break
        seen += [e.id for e in page]
        after = (page[-1].occurred_at, page[-1].id)
    assert len(seen) == 250 and set(seen) == set(made)
    moments = [(e.occurred_at, e.id) for e in timeline.page(TimelineFilter(), limit=300)]
    assert moments == sorted(moments, reverse=True)


def test_delete_and_restore_keep_id_and_people(timeline: Timeline, people: dict[str, int]) -> None:
    lunch = log(
        timeline, [people["zoe"], people["marc"]], 5, summary="Lunch", values_given=("support",)
    )
    stored = "SELECT created_at, updated_at FROM interaction WHERE id = ?"
    before = db.execute_sql(stored, (lunch,)).fetchone()
    snapshot = timeline.delete(lunch)
    assert ids_of(timeline) == []
    timeline.clock.fixed = NOW + timedelta(hours=3)  # undone later: the entry is as it was
    assert timeline.restore(snapshot) == lunch
    assert timeline.load(lunch) == snapshot.draft
    assert db.execute_sql(stored, (lunch,)).fetchone() == before


def test_validation(timeline: Timeline, people: dict[str, int]) -> None:
    with pytest.raises(InvalidInteraction) as refused:
        timeline.save(InteractionDraft(contact_ids=(), occurred_at=NOW + timedelta(days=3)))
    assert refused.value.problems == [
        InteractionProblem.NO_CONTACT,
        InteractionProblem.IN_THE_FUTURE,
    ]
    assert ids_of(timeline) == []
    later_today = InteractionDraft(
        contact_ids=(people["zoe"],), occurred_at=NOW + timedelta(hours=3)
    )
    assert timeline.problems(later_today) == []


def test_balance_and_responsiveness_on_a_known_history(
    timeline: Timeline, people: dict[str, int]
) -> None:
    zoe = people["zoe"]
    log(timeline, [zoe], 400, values_given=("introduction", "support"))  # old: all time only
    log(timeline, [zoe], 100, values_given=("information",))
    log(timeline, [zoe], 50, ask="Feedback on my deck", ask_outcome="yes")
    out = Direction.OUTREACH
    for days_ago, state, hours in (
        (30, "answered", 2),
        (20, "answered", 10),
        (10, "answered", 48),
        (5, "no_answer", None),
        (1, "waiting", None),
    ):
        sent = NOW - timedelta(days=days_ago)
        timeline.save(
            InteractionDraft(
                contact_ids=(zoe,),
                occurred_at=sent,
                direction=out,
                response_state=state,
                responded_at=sent + timedelta(hours=hours) if hours else None,
            )
        )
    bal = timeline.balance(zoe)
    assert (bal.given_12m, bal.asked_12m, bal.given_all, bal.asked_all) == (1, 1, 3, 1)
    resp = timeline.responsiveness(zoe)
    assert (resp.outreach, resp.answered) == (5, 3)
    assert resp.answered_share == pytest.approx(0.6)
    assert resp.median_delay == timedelta(hours=10)
    assert timeline.balances() == {zoe: (1, 1)}
    [card] = ContactBook(Clock(fixed=NOW)).cards([zoe])
    assert (card.given_12m, card.asked_12m) == (1, 1)


def test_next_steps_can_be_marked_done(timeline: Timeline, people: dict[str, int]) -> None:
    first = log(
        timeline, [people["zoe"]], 3, next_step="Send the deck", next_step_due=date(2026, 12, 1)
    )
    log(timeline, [people["marc"]], 2, next_step="Book a coffee")
    assert [s.text for s in timeline.open_next_steps()] == ["Send the deck", "Book a coffee"]
    timeline.set_next_step_done(first, True)
    assert [s.text for s in timeline.open_next_steps(people["zoe"])] == []
    timeline.set_next_step_done(first, False)
    assert [s.interaction_id for s in timeline.open_next_steps(people["zoe"])] == [first]


def test_search_finds_words_with_letters_the_index_keeps_whole(
    timeline: Timeline, people: dict[str, int]
) -> None:
    heart = log(timeline, [people["zoe"]], 1, summary="Un projet qui lui tient à cœur")
    log(timeline, [people["marc"]], 2, summary="Crème brûlée à Lyon")
    sister = log(timeline, [people["zoe"]], 3, notes="Sa sœur travaille à la Straße 5")
    assert ids_of(timeline, text="cœur") == [heart]
    assert ids_of(timeline, text="coeur") == [heart]  # typed without the œ
    assert ids_of(timeline, text="soeur strasse") == [sister]
    assert ids_of(timeline, text="coe") == [heart]  # as a prefix too
    assert ids_of(timeline, text="crème brûlée") != []  # two accented words: both forms each
    assert ids_of(timeline, text="brulee") != []


def test_undo_after_a_merge_keeps_the_people_who_still_exist(
    timeline: Timeline, people: dict[str, int]
) -> None:
    lunch = log(timeline, [people["zoe"], people["marc"]], 5, summary="Lunch")
    snapshot = timeline.delete(lunch)
    ContactBook(Clock(fixed=NOW)).merge(people["zoe"], people["marc"])  # Marc is gone
    assert timeline.restore(snapshot) == lunch
    assert timeline.load(lunch).contact_ids == (people["zoe"],)
