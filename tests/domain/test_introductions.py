"""The introduction chain's rules: legal steps, introducer ranking, readiness, follow-ups."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

import pytest

from networking_app.domain.intro_templates import (
    IntroParties,
    builtin_template,
    render_intro,
    step_summary,
    values,
)
from networking_app.domain.introductions import (
    NEXT_STEPS,
    FollowUpKind,
    IllegalTransition,
    IntroducerFacts,
    IntroState,
    ReadinessWarning,
    Tie,
    can_move,
    check_transition,
    find_ties,
    follow_ups,
    rank_introducers,
    readiness,
)
from networking_app.domain.vocabulary import IntroStatus, Language, TemplateKind

S = IntroStatus
NOW = datetime(2026, 11, 28, 9, 0)

#: Every path the issue names, from a draft to a closed request.
LEGAL_PATHS = [
    [S.DRAFT, S.ASKED, S.ACCEPTED, S.INTRODUCED, S.MET, S.CLOSED],
    [S.DRAFT, S.ASKED, S.DECLINED, S.CLOSED],
]
LEGAL = {(a, b) for path in LEGAL_PATHS for a, b in itertools.pairwise(path)}


@pytest.mark.parametrize("path", LEGAL_PATHS, ids=["accepted", "declined"])
def test_every_legal_path_can_be_walked_to_closed(path: list[IntroStatus]) -> None:
    for current, wanted in itertools.pairwise(path):
        check_transition(current, wanted)
    assert NEXT_STEPS[path[-1]] == ()


def test_the_machine_holds_exactly_the_legal_steps() -> None:
    declared = {(a, b) for a, nexts in NEXT_STEPS.items() for b in nexts}
    assert declared == LEGAL


@pytest.mark.parametrize(
    ("current", "wanted"),
    [(a, b) for a in IntroStatus for b in IntroStatus if (a, b) not in LEGAL],
)
def test_every_illegal_transition_is_refused(current: IntroStatus, wanted: IntroStatus) -> None:
    assert not can_move(current, wanted)
    with pytest.raises(IllegalTransition) as refused:
        check_transition(current, wanted)
    assert (refused.value.current, refused.value.wanted) == (current, wanted)
    assert f"from {current.value} to {wanted.value}" in str(refused.value)


def test_met_before_asked_is_illegal() -> None:
    with pytest.raises(IllegalTransition):
        check_transition(S.DRAFT, S.MET)


def facts(cid: int, name: str, **kw: object) -> IntroducerFacts:
    return IntroducerFacts(contact_id=cid, name=name, **kw)  # type: ignore[arg-type]


def test_ranking_knows_the_target_first_then_organisation_then_industry() -> None:
    ranked = rank_introducers(
        [
            facts(1, "Anyone"),
            facts(2, "Same industry", tie=Tie.SAME_INDUSTRY, strength=5),
            facts(3, "Colleague", tie=Tie.SAME_ORGANISATION, strength=1),
            facts(4, "Faint friend", tie=Tie.KNOWS_TARGET, strength=2),
            facts(5, "Close friend", tie=Tie.KNOWS_TARGET, strength=5),
        ]
    )
    assert [c.name for c in ranked] == [
        "Close friend",
        "Faint friend",
        "Colleague",
        "Same industry",
        "Anyone",
    ]


def test_ranking_within_a_tie_balance_then_recency_and_decliners_left_out() -> None:
    tie = dict(tie=Tie.KNOWS_TARGET, strength=3)
    ranked = rank_introducers(
        [
            facts(1, "Owes me", given_12m=3, asked_12m=0, **tie),
            facts(2, "I owe", given_12m=0, asked_12m=2, **tie),
            facts(3, "Even, recent", last_contact=NOW - timedelta(days=2), **tie),
            facts(4, "Even, old", last_contact=NOW - timedelta(days=200), **tie),
            facts(5, "Declined", given_12m=9, **tie),
        ],
        declined=[5],
    )
    assert [c.name for c in ranked] == ["Owes me", "Even, recent", "Even, old", "I owe"]


def test_ties_from_relationships_and_bridges() -> None:
    people = {
        1: ("Acme", "Fintech"),  # the target
        2: ("Other", "Retail"),  # knows the target
        3: ("ACME ", "Retail"),  # works at Acme
        4: ("Solo", "Retail"),  # knows someone at Acme
        5: ("Bank", "fintech"),  # same industry
        6: ("Solo", "Retail"),  # nothing
    }
    ties = find_ties(1, people, [(2, 1, 4), (4, 3, 5), (2, 6, 2)])
    assert ties[2] == (Tie.KNOWS_TARGET, 4)
    assert ties[3] == (Tie.SAME_ORGANISATION, 0)
    assert ties[4] == (Tie.SAME_ORGANISATION, 5)
    assert ties[5] == (Tie.SAME_INDUSTRY, 0)
    assert 6 not in ties and 1 not in ties


GOOD_WHY = "She built the data platform at Acme and our roadmap depends on it."
GOOD_ASK = "A 20-minute call next week about build versus buy."


def test_a_fair_specific_ask_raises_no_warning() -> None:
    friend = facts(2, "Zoé", given_12m=2, asked_12m=1, last_contact=NOW, email="z@x.org")
    assert readiness(friend, GOOD_WHY, GOOD_ASK, NOW) == []


def test_readiness_warnings_explain_what_is_missing() -> None:
    stranger = facts(2, "Zoé")
    found = readiness(stranger, "She is great", "Help me get a job there", NOW, 1)
    assert found == [
        ReadinessWarning.VAGUE_WHY,
        ReadinessWarning.VAGUE_ASK,
        ReadinessWarning.BIG_ASK,
        ReadinessWarning.NOTHING_GIVEN,
        ReadinessWarning.COLD,
        ReadinessWarning.PENDING_ASK,
        ReadinessWarning.NO_EMAIL,
    ]
    taker = facts(3, "Marc", given_12m=1, asked_12m=3, last_contact=NOW, email="m@x.org")
    assert readiness(taker, GOOD_WHY, GOOD_ASK, NOW) == [ReadinessWarning.ASKS_OUTWEIGH]


def test_follow_ups_nudge_once_after_seven_days_and_thank_after_met_or_decline() -> None:
    today = date(2026, 11, 28)
    states = [
        IntroState(1, S.ASKED, today - timedelta(days=6), "T1", "I1"),
        IntroState(2, S.ASKED, today - timedelta(days=9), "T2", "I2"),
        IntroState(3, S.MET, today - timedelta(days=1), "T3", "I3"),
        IntroState(4, S.DECLINED, today, "T4", "I4"),
        IntroState(5, S.CLOSED, today - timedelta(days=30), "T5", "I5"),
        IntroState(6, S.ACCEPTED, today - timedelta(days=30), "T6", "I6"),
        IntroState(7, S.DRAFT, today - timedelta(days=30), "T7", "I7"),
    ]
    found = follow_ups(states, today)
    assert [(f.request_id, f.kind, f.due) for f in found] == [
        (2, FollowUpKind.NUDGE_INTRODUCER, today - timedelta(days=2)),
        (3, FollowUpKind.THANK_AFTER_MEETING, today - timedelta(days=1)),
        (4, FollowUpKind.THANK_AFTER_DECLINE, today),
    ]
    assert found[0].introducer_name == "I2" and found[0].target_name == "T2"
    # the day it becomes due, and one prompt only, however long the silence lasts
    assert [f.request_id for f in follow_ups(states[:1], today + timedelta(days=1))] == [1]
    assert len(follow_ups(states[1:2], today + timedelta(days=60))) == 1


PARTIES = IntroParties(
    introducer_name="Zoé Martin",
    target_name="François Müller",
    why="he built the B2B payments offer at Acme",
    ask="a 30-minute coffee in the coming weeks",
    context="",
    target_role="Head of Payments",
    target_organisation="Acme",
    my_name="Camille Lefèvre",
    pitch="I lead product at Lumen Data, where we help SMEs get paid faster.",
    signature="Camille Lefèvre\ncamille@lumen.example\n+33 6 12 34 56 78",
)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.FRENCH])
def test_builtin_templates_fill_every_placeholder(language: Language) -> None:
    fields = values(PARTIES)
    opt_in = render_intro(builtin_template(TemplateKind.INTRO_OPT_IN, language), fields)
    forward = render_intro(builtin_template(TemplateKind.INTRO_FORWARDABLE, language), fields)
    assert opt_in.missing == () and forward.missing == ()
    assert opt_in.body.startswith(("Hi Zoé,", "Bonjour Zoé,"))
    assert "{context}" not in opt_in.body and "\n\n\n" not in opt_in.body
    assert "François Müller (Head of Payments · Acme)" in opt_in.body
    exit_door = "completely understand" if language is Language.ENGLISH else "comprendrai"
    assert exit_door in opt_in.body
    assert PARTIES.pitch in forward.body and "camille@lumen.example" in forward.body
    assert "a 30-minute coffee in the coming weeks." in forward.body
    assert forward.body.startswith(("Hello François,", "Bonjour François,"))


def test_context_is_kept_when_given_and_step_summaries_follow_the_language() -> None:
    fields = values(IntroParties("Zoé", "Léa", "why", "ask", context="We launch in May"))
    body = render_intro(builtin_template(TemplateKind.INTRO_OPT_IN, Language.ENGLISH), fields).body
    assert "We launch in May.\n" in body
    assert step_summary(S.ASKED, "fr", "Léa", "Zoé") == "Demande d'introduction auprès de Léa"
    assert step_summary(S.MET, "en", "Léa", "Zoé") == "Met, introduced by Zoé"
    assert "considering" in step_summary(S.CLOSED, "en", "Léa", "Zoé", after_decline=True)
    assert step_summary(S.ACCEPTED, "en", "Léa", "Zoé") == ""
