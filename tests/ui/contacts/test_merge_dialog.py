"""Merging keeps every interaction, method, tag, relationship and life event of both."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from networking_app.domain.text import fold
from networking_app.services.contacts import ContactBook
from networking_app.storage.sql import rows
from networking_app.ui.contacts.merge_dialog import MergeDialog
from networking_app.ui.events import DataEvents
from tests.ui.contacts.keyboard import press, type_text
from tests.ui.helpers import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

NILS, LUKAS = 3, 7  # demo contacts who know each other, with many interactions each


def holdings(*ids: int) -> dict[str, Any]:
    """Everything attached to the contacts ``ids``, as seen from the database."""
    marks = ",".join("?" * len(ids))
    return {
        "interactions": {
            r[0]
            for r in rows(
                f"SELECT interaction_id FROM interaction_participant WHERE contact_id IN ({marks})",
                ids,
            )
        },
        "methods": {
            (kind, fold(value))
            for kind, value in rows(
                f"SELECT kind, value FROM contact_method WHERE contact_id IN ({marks})", ids
            )
        },
        "tags": {
            r[0] for r in rows(f"SELECT tag_id FROM contact_tag WHERE contact_id IN ({marks})", ids)
        },
        # Links to third contacts, both ways; a link between the two merged ones would
        # become a link to oneself, so it has nowhere to go.
        "links out": {
            (other, kind)
            for other, kind in rows(
                f"SELECT other_id, kind FROM relationship WHERE source_id IN ({marks})"
                f" AND other_id NOT IN ({marks})",
                ids + ids,
            )
        },
        "links in": {
            (source, kind)
            for source, kind in rows(
                f"SELECT source_id, kind FROM relationship WHERE other_id IN ({marks})"
                f" AND source_id NOT IN ({marks})",
                ids + ids,
            )
        },
        "life events": {
            r[0] for r in rows(f"SELECT id FROM life_event WHERE contact_id IN ({marks})", ids)
        },
    }


def test_merging_keeps_everything_of_both(qtbot: QtBot, book: ContactBook) -> None:
    before = holdings(NILS, LUKAS)
    assert all(before.values()), "the demo pair should hold some of everything"
    assert before["interactions"] - holdings(NILS)["interactions"]  # Lukas brings his own
    events = DataEvents()
    dialog = MergeDialog(book, events, NILS)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert not dialog.merge_button.isEnabled()  # nobody to merge with yet
    assert QApplication.focusWidget() is dialog.picker

    type_text(qtbot, "lukas vid")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.second_id == LUKAS
    assert dialog.second_box.name_label.text() == "Lukas Vidal"
    lukas_tags = len(book.draft(LUKAS).tags)
    assert dialog.second_box.tags_label.text() == f"{lukas_tags} tags"
    assert dialog.merge_button.isEnabled()

    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # "Keep t&his one": Lukas
    qtbot.waitUntil(lambda: dialog.keep_ids() == (LUKAS, NILS))  # a mnemonic clicks soon after
    assert dialog.second_box.title() == "Kept"
    told: list[object] = []
    events.contacts_changed.connect(told.append)
    with qtbot.waitSignal(dialog.merged) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert merged.args == [LUKAS, NILS]
    assert told == [[LUKAS, NILS]]
    assert not dialog.isVisible()

    assert rows("SELECT COUNT(*) FROM contact WHERE id = ?", (NILS,)) == [(0,)]
    assert holdings(LUKAS) == before


def test_merging_a_given_pair_keeps_the_first_by_default(qtbot: QtBot, book: ContactBook) -> None:
    nils = book.draft(NILS)
    dialog = MergeDialog(book, None, NILS, LUKAS)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.picker is None
    assert dialog.first_box.name_label.text() == nils.name
    assert dialog.first_box.organisation_label.text() == nils.organisation
    emails = [m.value for m in nils.methods if m.kind == "email"]
    assert dialog.first_box.emails_label.text() == "\n".join(emails)
    assert dialog.keep_ids() == (NILS, LUKAS)
    with qtbot.waitSignal(dialog.merged) as merged:
        press(qtbot, Qt.Key.Key_Return)  # Merge is the default button
    assert merged.args == [NILS, LUKAS]
    kept = book.draft(NILS)
    assert kept.given_name == "Nils"  # the kept one's own fields win
    assert set(nils.tags) <= set(kept.tags)


def test_cancel_merges_nothing(qtbot: QtBot, book: ContactBook) -> None:
    before = holdings(NILS), holdings(LUKAS)
    dialog = MergeDialog(book, None, NILS, LUKAS)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert (holdings(NILS), holdings(LUKAS)) == before
