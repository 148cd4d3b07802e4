"""The timeline model: headers in the right places, lazy pages, a well-behaved Qt model."""

from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester

from networking_app.domain.interactions import TimelineFilter
from networking_app.services.workspace import Workspace
from networking_app.ui.timeline.timeline_model import (
    Role,
    RowType,
    TimelineModel,
    day_label,
    week_label,
)
from tests.ui.timeline.conftest import NOW, log


def rows(model: TimelineModel) -> list[tuple[str, str]]:
    return [
        (
            str(model.index(r, 0).data(Role.ROW_TYPE)),
            str(model.index(r, 0).data())
            if model.entry_at(r) is None
            else model.entry_at(r).summary,  # type: ignore[union-attr]
        )
        for r in range(model.rowCount())
    ]


def test_entries_sit_under_week_and_day_headers(
    workspace: Workspace, people: dict[str, int]
) -> None:
    zoe = people["zoe"]
    for days_ago, summary in ((0.1, "today"), (1, "yesterday"), (5, "monday"),
                              (8, "last week"), (26, "old one"), (26.2, "same day")):  # fmt: skip
        log(workspace, [zoe], days_ago, summary=summary)
    model = TimelineModel(workspace.timeline, workspace.clock)
    model.set_filter(TimelineFilter())
    assert rows(model) == [
        ("week", "This week"),
        ("day", "Today"),
        ("entry", "today"),
        ("day", "Yesterday"),
        ("entry", "yesterday"),
        ("day", "Monday 23 November"),
        ("entry", "monday"),
        ("week", "Last week"),
        ("day", "Friday 20 November"),
        ("entry", "last week"),
        ("week", "Week of 2 November"),
        ("day", "Monday 2 November"),
        ("entry", "old one"),
        ("entry", "same day"),
    ]


def test_labels_name_the_year_only_when_it_is_not_this_one() -> None:
    today = NOW.date()
    assert week_label(date(2025, 11, 3), today) == "Week of 3 November 2025"
    assert day_label(date(2025, 11, 24), today) == "Monday 24 November 2025"
    assert day_label(date(2026, 11, 24), today) == "Tuesday 24 November"


def test_pages_load_on_demand_and_headers_are_not_repeated(
    workspace: Workspace, people: dict[str, int]
) -> None:
    made = [log(workspace, [people["marc"]], n / 10, summary=f"n{n}") for n in range(25)]
    model = TimelineModel(workspace.timeline, workspace.clock, first_page=10)
    model.set_filter(TimelineFilter())
    assert model.entry_count() == 10 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.exhausted() and model.entry_count() == 25
    ids = [model.entry_at(r).id for r in range(model.rowCount()) if model.entry_at(r)]  # type: ignore[union-attr]
    assert sorted(ids) == sorted(made) and len(set(ids)) == 25
    headers = [model.index(r, 0).data() for r in range(model.rowCount()) if not model.entry_at(r)]
    assert headers == [
        "This week",
        "Today",
        "Yesterday",
        "Thursday 26 November",
        "Wednesday 25 November",
    ]


def test_qtmodeltester_with_headers(
    qtmodeltester: ModelTester, workspace: Workspace, people: dict[str, int]
) -> None:
    for n in range(30):
        log(workspace, [people["zoe"], people["ana"]], n * 1.7, summary=f"#{n}",
            next_step="Call back" if n % 4 == 0 else "")  # fmt: skip
    model = TimelineModel(workspace.timeline, workspace.clock, first_page=12)
    model.set_filter(TimelineFilter())
    assert {model.index(r, 0).data(Role.ROW_TYPE) for r in range(model.rowCount())} == {
        RowType.WEEK,
        RowType.DAY,
        RowType.ENTRY,
    }
    qtmodeltester.check(model)
    model.set_filter(TimelineFilter(contact_id=people["ana"]))
    qtmodeltester.check(model)
    model.reload()
    qtmodeltester.check(model)


def test_an_empty_timeline_has_no_rows(workspace: Workspace, qtmodeltester: ModelTester) -> None:
    model = TimelineModel(workspace.timeline, workspace.clock)
    model.set_filter(TimelineFilter())
    assert model.rowCount() == 0 and not model.canFetchMore()
    qtmodeltester.check(model)
