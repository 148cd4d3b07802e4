"""The board's item models on the demo network: Qt's model rules, drops, refreshes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from networking_app.domain.board import BoardFilter, SortKey, select
from networking_app.domain.contacts import ContactDraft
from networking_app.domain.vocabulary import Circle
from networking_app.services.workspace import Workspace
from networking_app.ui.board import board_model
from networking_app.ui.board.board_model import (
    CARD_ROLE,
    CONTACT_IDS_MIME,
    ID_ROLE,
    OVERDUE_ROLE,
    CircleModel,
    narrows,
)
from networking_app.ui.board.card_store import CardStore
from networking_app.ui.commands import MoveCirclesCommand
from networking_app.ui.events import DataEvents

CIRCLES = (Circle.CLOSE, Circle.EXTENDED, Circle.WEAK, Circle.TARGET)


def columns(workspace: Workspace) -> tuple[CardStore, dict[Circle, CircleModel], QUndoStack]:
    events, stack = DataEvents(), QUndoStack()
    store = CardStore(workspace.contacts, events)
    models = {c: CircleModel(c, store, stack, events) for c in CIRCLES}
    store.load()
    return store, models, stack


def test_every_column_model_passes_the_model_tester(
    qtmodeltester: ModelTester, demo_workspace: Workspace
) -> None:
    store, models, stack = columns(demo_workspace)
    for circle, model in models.items():
        assert model.rowCount() > 0
        qtmodeltester.check(model)
        # ...and still while it is filtered, sorted, refreshed and dropped on.
        model.set_view(BoardFilter(text="a"), SortKey.NEXT_DUE)
        model.set_view(BoardFilter(text="an", overdue_only=True), SortKey.LAST_INTERACTION)
        model.set_view(BoardFilter(), SortKey.NAME)
        store.refresh([])
        other = models[Circle.WEAK if circle is not Circle.WEAK else Circle.CLOSE]
        assert model.dropMimeData(
            other.mimeData([other.index(0)]), Qt.DropAction.MoveAction, -1, -1, QModelIndex()
        )
        stack.undo()


def test_columns_hold_their_circle_in_name_order(demo_workspace: Workspace) -> None:
    store, models, _stack = columns(demo_workspace)
    cards = demo_workspace.contacts.cards()
    for circle, model in models.items():
        assert [c.id for c in model.cards] == [c.id for c in cards if c.circle is circle]
        first = model.index(0)
        card = first.data(CARD_ROLE)
        assert first.data(Qt.ItemDataRole.DisplayRole) == card.name
        assert first.data(ID_ROLE) == card.id
        assert first.data(OVERDUE_ROLE) == (card.due is not None and card.due < store.today)
    overdue = sum(1 for c in cards if c.due is not None and c.due < store.today)
    assert overdue > 0
    assert sum(m.overdue_count() for m in models.values()) == overdue


def test_dropping_a_card_on_another_column_moves_it_undoably(demo_workspace: Workspace) -> None:
    book = demo_workspace.contacts
    _store, models, stack = columns(demo_workspace)
    close, weak = models[Circle.CLOSE], models[Circle.WEAK]
    card = close.card_at(0)
    before = (close.rowCount(), weak.rowCount())

    mime = close.mimeData([close.index(0)])
    assert mime.hasFormat(CONTACT_IDS_MIME)
    assert close.flags(close.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert weak.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert not close.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert weak.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert weak.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())

    assert book.draft(card.id).circle is Circle.WEAK
    assert card.id in [c.id for c in weak.cards]
    assert card.id not in [c.id for c in close.cards]
    assert (close.rowCount(), weak.rowCount()) == (before[0] - 1, before[1] + 1)
    assert stack.count() == 1

    stack.undo()
    assert book.draft(card.id).circle is Circle.CLOSE
    assert (close.rowCount(), weak.rowCount()) == before
    assert close.card_at(0).id == card.id

    stack.redo()
    assert book.draft(card.id).circle is Circle.WEAK
    assert card.id in [c.id for c in weak.cards]


def test_a_drop_on_its_own_column_or_of_foreign_data_changes_nothing(
    demo_workspace: Workspace,
) -> None:
    _store, models, stack = columns(demo_workspace)
    close = models[Circle.CLOSE]
    mime = close.mimeData([close.index(0), close.index(1)])
    assert not close.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    mime.setData(CONTACT_IDS_MIME, b"not json")
    assert not models[Circle.WEAK].dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert stack.count() == 0


def test_the_store_follows_contacts_changed(qtbot: QtBot, demo_workspace: Workspace) -> None:
    book = demo_workspace.contacts
    events, stack = DataEvents(), QUndoStack()
    store = CardStore(book, events)
    target = CircleModel(Circle.TARGET, store, stack, events)
    store.load()
    count = target.rowCount()
    new_id = book.save(ContactDraft(given_name="Zoé", family_name="Nouvelle", circle=Circle.TARGET))
    events.contacts_changed.emit([new_id])
    assert target.rowCount() == count + 1
    assert store.card(new_id) is not None

    book.trash([new_id])
    events.contacts_changed.emit([new_id])
    assert target.rowCount() == count
    assert store.card(new_id) is None

    book.restore([new_id])
    events.contacts_changed.emit([])  # everything: re-read on a worker thread
    qtbot.waitUntil(lambda: target.rowCount() == count + 1)


def test_typing_on_searches_the_last_matches_and_finds_the_same(
    demo_workspace: Workspace,
) -> None:
    store, models, _stack = columns(demo_workspace)
    weak = models[Circle.WEAK]
    pool = store.pool(Circle.WEAK, SortKey.NAME)
    for text in ("m", "ma", "mar", "mar e", "mar ex", "mar", "ma", "", "a", "an"):
        flt = BoardFilter(text=text, tag="product" if "e" in text else "")
        weak.set_view(flt, SortKey.NAME)
        assert list(weak.cards) == select(pool, flt, store.today), text


def test_narrows() -> None:
    assert narrows(BoardFilter(text="fran"), BoardFilter(text="fra"))
    assert narrows(BoardFilter(text="fra roux"), BoardFilter(text="fra"))
    assert narrows(BoardFilter(text="roux fran"), BoardFilter(text="fra"))
    assert narrows(BoardFilter(text="fra", tag="mentor"), BoardFilter(text="fra"))
    assert narrows(BoardFilter(overdue_only=True), BoardFilter())
    assert not narrows(BoardFilter(text="fra"), BoardFilter(text="fran"))
    assert not narrows(BoardFilter(text="fra"), BoardFilter(text="fra", city="Lyon"))
    assert not narrows(BoardFilter(), BoardFilter(overdue_only=True))


def test_long_columns_are_fetched_a_page_at_a_time(
    qtmodeltester: ModelTester, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(board_model, "PAGE", 5)
    _store, models, stack = columns(demo_workspace)
    weak = models[Circle.WEAK]
    weak.set_view(BoardFilter(text="e"), SortKey.NAME)  # a reset: back to one page
    assert weak.count() > 12
    assert weak.rowCount() == 5 and weak.canFetchMore(QModelIndex())
    weak.fetchMore(QModelIndex())
    assert weak.rowCount() == 10
    last = weak.cards[-1]
    assert weak.reveal({last.id}) == {last.id: weak.count() - 1}
    assert weak.rowCount() == weak.count() and not weak.canFetchMore(QModelIndex())

    weak.set_view(BoardFilter(text="nobody at all"), SortKey.NAME)
    assert weak.rowCount() == 0
    weak.set_view(BoardFilter(), SortKey.NAME)
    assert weak.rowCount() == 5
    hidden = weak.cards[8]  # not fetched yet: it moves without row signals
    stack.push(MoveCirclesCommand(demo_workspace.contacts, weak.events, [hidden.id], Circle.CLOSE))
    assert hidden.id not in [c.id for c in weak.cards]
    assert weak.rowCount() == 5
    assert hidden.id in [c.id for c in models[Circle.CLOSE].cards]
    qtmodeltester.check(weak)  # fetchMore included


def test_a_change_during_the_background_load_is_not_lost(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    book = demo_workspace.contacts
    events = DataEvents()
    store = CardStore(book, events)
    store.load_in_background()
    new_id = book.save(ContactDraft(given_name="Bob", circle=Circle.CLOSE))
    events.contacts_changed.emit([new_id])  # while the first read may already be done
    qtbot.waitUntil(lambda: store.loaded and not store.loading)
    assert store.card(new_id) is not None


@pytest.mark.parametrize("background", [False, True])
def test_search_finds_edits_new_and_trashed_contacts_through_the_index(
    qtbot: QtBot, demo_workspace: Workspace, background: bool
) -> None:
    book = demo_workspace.contacts
    events = DataEvents()
    store = CardStore(book, events)
    target = CircleModel(Circle.TARGET, store, QUndoStack(), events)
    if background:
        store.load_in_background()
        qtbot.waitUntil(lambda: store.loaded)
        # Changes that land before the index is made are applied to it when it comes.
    else:
        store.load()
    new_id = book.save(
        ContactDraft(given_name="Anaïs", family_name="Quérand", circle=Circle.TARGET)
    )
    events.contacts_changed.emit([new_id])
    qtbot.waitUntil(lambda: store.index is not None)

    def found(text: str) -> list[int]:
        target.set_view(BoardFilter(text=text), SortKey.NAME)
        return [card.id for card in target.cards]

    assert found("querand") == [new_id]
    book.save(replace(book.draft(new_id), family_name="Quillard"))
    events.contacts_changed.emit([new_id])
    assert found("querand") == []
    assert found("quill") == [new_id]
    assert found("q") == [
        c.id
        for c in select(store.pool(Circle.TARGET, SortKey.NAME), BoardFilter(text="q"), store.today)
    ]
    book.trash([new_id])
    events.contacts_changed.emit([new_id])
    assert found("quill") == []
    book.restore([new_id])
    events.contacts_changed.emit([new_id])
    assert found("quill") == [new_id]


def test_typing_and_erasing_shows_the_first_matches_with_consistent_row_signals(
    qtmodeltester: ModelTester, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Few rows to a page, so that letters typed or erased add and remove rows shown and
    # rows not fetched yet, as 60 do among 20,000 cards.
    monkeypatch.setattr(board_model, "PAGE", 5)
    store, models, _stack = columns(demo_workspace)
    assert store.index is not None  # typing is answered by the search index
    for model in models.values():
        qtmodeltester.check(model)  # it then watches every signal that follows
    typed = ["m", "ma", "mar", "mar ", "mar e", "mar", "ma", "m", "", "e", "el", "e", "a"]
    for step, text in enumerate(typed):
        flt = BoardFilter(text=text)
        for circle, model in models.items():
            if step % 3 == 1 and model.canFetchMore(QModelIndex()):
                model.fetchMore(QModelIndex())  # scrolled down a little before this key
            model.set_view(flt, SortKey.NAME)
            expected = select(store.pool(circle, SortKey.NAME), flt, store.today)
            rows = [model.index(row).data(ID_ROLE) for row in range(model.rowCount())]
            assert rows == [card.id for card in expected[: len(rows)]], (text, circle)
            assert model.count() == len(expected)
            assert model.overdue_count() == sum(
                c.due is not None and c.due < store.today for c in expected
            )
            if step % 4 == 2:
                assert list(model.cards) == expected  # something read every match
