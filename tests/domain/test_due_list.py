"""The agenda's lists: merged by lateness as a sort would, items made only when read."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from networking_app.domain.due_list import PAGE, DueList, Items
from networking_app.domain.reminders import KIND_ORDER, DueItem, DueKind, sort_key

TODAY = date(2026, 11, 28)


def lazy(kind: DueKind, lates: list[int], made: list[int] | None = None) -> Items:
    """Entries (position, days late) of ``kind``, most late first; ``made`` counts makes."""
    entries = [(n, late) for n, late in enumerate(sorted(lates, reverse=True))]

    def make(page: object) -> list[DueItem]:
        if made is not None:
            made.append(len(page))  # type: ignore[arg-type]
        return [
            DueItem(f"{kind.value}:{n}", kind, TODAY, n, days_late=late)
            for n, late in page  # type: ignore[attr-defined]
        ]

    return Items(entries, make, lambda e: f"{kind.value}:{e[0]}", lambda e: e[1])


lists = st.dictionaries(
    st.sampled_from(list(DueKind)), st.lists(st.integers(-5, 40), max_size=150), max_size=6
)


@given(lists)
def test_the_merge_is_the_stable_sort_of_the_kinds_laid_end_to_end(
    parts: dict[DueKind, list[int]],
) -> None:
    due = DueList({kind: lazy(kind, lates) for kind, lates in parts.items()})
    laid = [item for kind in KIND_ORDER for item in due.of_kind(kind)]
    expected = sorted(laid, key=sort_key)
    assert list(due) == expected and due == tuple(expected)
    assert len(due) == len(expected)
    assert due.overdue() == sum(1 for i in expected if i.days_late > 0)
    assert list(due.keys()) == [i.key for i in expected]
    assert due.key_set() == {i.key for i in laid}
    if expected:
        assert due[-1] == expected[-1] and due[1:4] == expected[1:4]


@given(lists, st.data())
def test_leaving_out_keys_keeps_the_order_of_the_others(
    parts: dict[DueKind, list[int]], data: st.DataObject
) -> None:
    due = DueList({kind: lazy(kind, lates) for kind, lates in parts.items()})
    keys = list(due.keys())
    gone = set(data.draw(st.lists(st.sampled_from(keys), max_size=20))) if keys else set()
    assert list(due.without(gone)) == [i for i in due if i.key not in gone]


def test_items_are_made_a_page_at_a_time_and_once() -> None:
    made: list[int] = []
    items = lazy(DueKind.KEEP_IN_TOUCH, list(range(1000)), made)
    due = DueList({DueKind.KEEP_IN_TOUCH: items})
    assert len(due) == 1000 and due.overdue() == 999 and made == []
    first = due[:5]
    assert [i.days_late for i in first] == [999, 998, 997, 996, 995]
    assert made == [PAGE]  # the tray's first five: one page made, 936 entries left alone
    assert due[3] is first[3] and made == [PAGE]
    assert items[PAGE].days_late == 999 - PAGE and made == [PAGE, PAGE]
    assert sum(1 for _ in items) == 1000  # read through: the rest in a few large batches
    assert len(made) <= 4
    assert Items.of([]) == () and not Items.of([])
