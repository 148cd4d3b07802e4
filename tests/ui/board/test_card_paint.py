"""A card shows its contact as it is now, though cards are painted from remembered
pieces (elided names and jobs, avatar discs, tag chips, whole pictures of cards)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from networking_app.domain.contacts import ContactDraft
from networking_app.domain.vocabulary import Circle
from networking_app.services.workspace import Workspace
from networking_app.ui.board.board_view import BoardView
from tests.ui.board.conftest import MakeBoard


def card_image(board: BoardView, contact_id: int) -> QImage:
    """The card of ``contact_id`` as the board paints it."""
    for column in board.columns:
        for row in range(column.model.rowCount()):
            if column.model.card_at(row).id == contact_id:
                view, index = column.view, column.model.index(row, 0)
                view.scrollTo(index)
                return view.viewport().grab(view.visualRect(index)).toImage()
    raise AssertionError(f"contact {contact_id} is not on the board")


def test_an_edited_card_looks_as_on_a_board_opened_afresh(
    qtbot: QtBot, make_board: MakeBoard, fresh_workspace: Workspace
) -> None:
    book = fresh_workspace.contacts
    ids = [
        book.save(
            ContactDraft(
                given_name=f"Person {n}",
                family_name="Martin",
                role="Engineer",
                organisation="Acme",
                circle=Circle.CLOSE,
                tags=("python",),
            )
        )
        for n in range(5)
    ]
    board = make_board(fresh_workspace)
    edited = ids[2]
    before = card_image(board, edited)
    assert card_image(board, edited) == before  # no filter: a picture from its first paint

    # Renamed (long enough to be elided), another job, other tags.
    draft = replace(
        book.draft(edited),
        given_name="Anne-Sophie Marguerite",
        family_name="de La Tour-Beaumarchais",
        role="Head of product",
        organisation="Globex",
        tags=("mentor", "go"),
    )
    book.save(draft)
    board.events.contacts_changed.emit([edited])
    qtbot.waitUntil(lambda: board.store.card(edited).name == draft.name)
    renamed = card_image(board, edited)
    assert renamed != before
    assert renamed == card_image(make_board(fresh_workspace), edited)

    # Moved to another circle: shown in that column as a fresh board shows it there.
    book.move({edited: Circle.WEAK})
    board.events.contacts_changed.emit([edited])
    qtbot.waitUntil(lambda: board.store.card(edited).circle is Circle.WEAK)
    assert card_image(board, edited) == card_image(make_board(fresh_workspace), edited)


def test_a_card_found_by_a_search_shows_an_edit_made_meanwhile(
    qtbot: QtBot, make_board: MakeBoard, fresh_workspace: Workspace
) -> None:
    """Found by a search, a card is painted straight onto the column, then from a
    picture when shown again; an edit made meanwhile shows on it all the same."""
    book = fresh_workspace.contacts
    ids = [
        book.save(
            ContactDraft(
                given_name=name, family_name="Martin", role="Engineer", circle=Circle.CLOSE
            )
        )
        for name in ("Anne", "Bruno", "Claire")
    ]
    board = make_board(fresh_workspace)
    board.filter_bar.search.setText("martin")
    found = card_image(board, ids[1])
    assert card_image(board, ids[1]) == found  # shown again: now from a picture

    book.save(replace(book.draft(ids[1]), role="Head of product", organisation="Globex"))
    board.events.contacts_changed.emit([ids[1]])
    qtbot.waitUntil(lambda: board.store.card(ids[1]).organisation == "Globex")
    edited = card_image(board, ids[1])
    assert edited != found
    fresh = make_board(fresh_workspace)
    fresh.filter_bar.search.setText("martin")
    assert edited == card_image(fresh, ids[1])
