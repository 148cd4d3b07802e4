"""Searching, filtering and sorting the board, typed like a user, on contacts made for it."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from networking_app.domain.contacts import ContactDraft, MethodDraft
from networking_app.domain.vocabulary import Circle
from networking_app.services.workspace import Workspace
from networking_app.ui.board.board_view import CIRCLES, BoardView
from tests.ui.board.conftest import MakeBoard, add_interaction
from tests.ui.helpers import show_active


def email(value: str) -> MethodDraft:
    return MethodDraft("email", value)


def phone(value: str) -> MethodDraft:
    return MethodDraft("phone", value)


@pytest.fixture
def board(qtbot: QtBot, make_board: MakeBoard, fresh_workspace: Workspace) -> BoardView:
    """Six people written on 5 January 2026; the board is opened on 1 March 2026."""
    book = fresh_workspace.contacts
    people = [
        ContactDraft(
            given_name="Élodie",
            family_name="Martin",
            organisation="Acme",
            role="Product manager",
            circle=Circle.CLOSE,
            tags=("mentor",),
            methods=(email("elodie.martin@acme.example"), phone("06 12 34 56 78")),
        ),
        ContactDraft(
            given_name="François",
            family_name="Dupont",
            organisation="Banque Populaire",
            industry="finance",
            city="Lyon",
            circle=Circle.EXTENDED,
            tags=("investisseur",),
            methods=(email("fdupont@gmail.com"), phone("+33 7 98 76 54 32")),
        ),
        ContactDraft(
            given_name="Elodie",
            family_name="Bernard",
            circle=Circle.WEAK,
            notes="Rencontrée à VivaTech le 14/07, parle de podcasts (promo 2019-2021).",
        ),
        ContactDraft(
            given_name="Marc",
            family_name="Petit",
            circle=Circle.WEAK,
            tags=("mentor",),
            cadence_days=7,
        ),
        ContactDraft(given_name="Aline", family_name="Vasseur", circle=Circle.WEAK),
        ContactDraft(
            given_name="Zoé",
            family_name="Lefèvre",
            circle=Circle.TARGET,
            target_categories=("potential_mentor",),
            channel="event",
        ),
    ]
    ids = {draft.given_name + " " + draft.family_name: book.save(draft) for draft in people}
    add_interaction(ids["Marc Petit"], datetime(2026, 1, 10, 12))
    add_interaction(ids["Aline Vasseur"], datetime(2026, 2, 25, 12))
    fresh_workspace.clock.fixed = datetime(2026, 3, 1, 9, 0)
    view = make_board(fresh_workspace)
    show_active(qtbot, view)
    return view


def shown(board: BoardView) -> list[str]:
    """Every card on the board, column by column."""
    return [card.name for column in board.columns for card in column.model.cards]


def in_column(board: BoardView, circle: Circle) -> list[str]:
    return [card.name for card in board.columns[CIRCLES.index(circle)].model.cards]


def type_search(qtbot: QtBot, board: BoardView, text: str) -> None:
    search = board.filter_bar.search
    search.clear()
    qtbot.keyClicks(search, text)


def choose(combo: QComboBox, text: str) -> None:
    """Pick an entry by its visible text."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("elodie", ["Élodie Martin", "Elodie Bernard"]),
        ("ÉLODIE mar", ["Élodie Martin"]),
        ("francois", ["François Dupont"]),
        ("FRANÇOIS", ["François Dupont"]),
        ("lefevre", ["Zoé Lefèvre"]),
        ("gmail", ["François Dupont"]),
        ("@acme.ex", ["Élodie Martin"]),
        ("0612", ["Élodie Martin"]),
        ("98 76", ["François Dupont"]),
        # "+33 7 98 76 54 32" found written the national way, and as it is stored
        ("0798765432", ["François Dupont"]),
        ("07 98 76 54 32", ["François Dupont"]),
        ("+33798765432", ["François Dupont"]),
        ("+33 7 98", ["François Dupont"]),
        # digits and punctuation in notes stay what they are
        ("14/07", ["Elodie Bernard"]),
        ("2019-2021", ["Elodie Bernard"]),
        ("vivatech", ["Elodie Bernard"]),
        ("product manager", ["Élodie Martin"]),
        ("investisseur", ["François Dupont"]),
        ("nobody", []),
    ],
)
def test_typing_narrows_the_columns(
    qtbot: QtBot, board: BoardView, typed: str, found: list[str]
) -> None:
    type_search(qtbot, board, typed)
    assert shown(board) == found
    assert board.filter_bar.summary.text() == f"{len(found)} of 6"


def test_each_keystroke_narrows_and_backspace_widens(qtbot: QtBot, board: BoardView) -> None:
    search = board.filter_bar.search
    seen = []
    for key in "elo":
        qtbot.keyClicks(search, key)
        seen.append(len(shown(board)))
    assert seen == [6, 2, 2]
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    assert len(shown(board)) == 6


def test_filters_for_tag_category_channel_industry_city_and_overdue(board: BoardView) -> None:
    bar = board.filter_bar
    choose(bar.tag, "mentor")
    assert shown(board) == ["Élodie Martin", "Marc Petit"]
    choose(bar.tag, "All tags")
    choose(bar.target, "Potential mentor")
    assert shown(board) == ["Zoé Lefèvre"]
    choose(bar.target, "Any target")
    choose(bar.channel, "Event")
    assert shown(board) == ["Zoé Lefèvre"]
    choose(bar.channel, "Any channel")
    choose(bar.industry, "finance")
    assert shown(board) == ["François Dupont"]
    choose(bar.industry, "All industries")
    choose(bar.city, "Lyon")
    assert shown(board) == ["François Dupont"]
    choose(bar.city, "All cities")
    # On 1 March: the close circle's 21 days and Marc's own 7 days have passed.
    bar.overdue.click()
    assert shown(board) == ["Élodie Martin", "Marc Petit"]
    assert board.columns[0].header_text == "Close circle · 1 · 1 overdue"


def test_escape_clears_the_search_and_every_filter(qtbot: QtBot, board: BoardView) -> None:
    bar = board.filter_bar
    choose(bar.tag, "mentor")
    bar.overdue.click()
    type_search(qtbot, board, "marc")
    assert shown(board) == ["Marc Petit"]
    qtbot.keyClick(bar.search, Qt.Key.Key_Escape)
    assert bar.search.text() == ""
    assert bar.tag.currentIndex() == 0
    assert not bar.overdue.isChecked()
    assert len(shown(board)) == 6
    assert bar.summary.text() == ""


def test_escape_in_a_column_clears_the_filter_too(qtbot: QtBot, board: BoardView) -> None:
    type_search(qtbot, board, "elodie")
    qtbot.keyClick(board.filter_bar.search, Qt.Key.Key_Down)  # to the first card shown
    view = board.columns[0].view
    assert view.hasFocus()
    assert board.detail.name.text() == "Élodie Martin"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert len(shown(board)) == 6
    assert board.detail.name.text() == "Élodie Martin"  # the selection stayed


def test_sorting_by_last_interaction_and_by_next_due(board: BoardView) -> None:
    sort = board.filter_bar.sort
    assert in_column(board, Circle.WEAK) == ["Aline Vasseur", "Elodie Bernard", "Marc Petit"]
    sort.setCurrentIndex(sort.findText("By last interaction"))  # longest ago (never) first
    assert in_column(board, Circle.WEAK) == ["Elodie Bernard", "Marc Petit", "Aline Vasseur"]
    sort.setCurrentIndex(sort.findText("By next due"))  # most overdue first
    assert in_column(board, Circle.WEAK) == ["Marc Petit", "Elodie Bernard", "Aline Vasseur"]
    sort.setCurrentIndex(sort.findText("By name"))
    assert in_column(board, Circle.WEAK) == ["Aline Vasseur", "Elodie Bernard", "Marc Petit"]


def test_a_selected_card_stays_selected_while_it_matches(qtbot: QtBot, board: BoardView) -> None:
    martin = next(c.id for c in board.columns[0].model.cards if c.name == "Élodie Martin")
    board.select_contact(martin)
    type_search(qtbot, board, "elo")
    assert board.selected_ids() == [martin]
    type_search(qtbot, board, "zzz")
    assert board.selected_ids() == []
    assert board.detail.placeholder.isVisible()
    assert board.select_contact(martin)  # clears the filter that hides her
    assert board.filter_bar.search.text() == ""
    assert board.selected_ids() == [martin]


def test_the_lists_offer_the_data_s_tags_industries_and_cities(
    fresh_workspace: Workspace, board: BoardView
) -> None:
    bar = board.filter_bar
    fresh_workspace.contacts.save(ContactDraft(given_name="Noé", tags=("alumni",), city="Brest"))
    bar.tag.showPopup()  # the lists are read again when one opens
    bar.tag.hidePopup()
    items = {
        name: [combo.itemText(i) for i in range(combo.count())]
        for name, combo in (("tag", bar.tag), ("industry", bar.industry), ("city", bar.city))
    }
    assert items == {
        "tag": ["All tags", "alumni", "investisseur", "mentor"],
        "industry": ["All industries", "finance"],
        "city": ["All cities", "Brest", "Lyon"],
    }


def test_the_search_field_stays_put_while_typing(qtbot: QtBot, board: BoardView) -> None:
    show_active(qtbot, board)
    search = board.filter_bar.search
    before = search.geometry()
    for typed in ("e", "el", "elodie", "nobody at all", ""):
        search.setText(typed)
        qtbot.wait(1)  # layouts run
        assert search.geometry() == before, typed
    assert board.store.index is not None  # the searches above went through the index
