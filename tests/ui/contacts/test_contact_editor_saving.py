"""Good input is saved exactly as typed; an edit of a demo contact persists."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from networking_app.domain.contacts import ContactDraft, MethodDraft, RelationshipDraft
from networking_app.domain.text import fold
from networking_app.domain.vocabulary import Circle, MethodKind
from networking_app.services.contacts import ContactBook
from networking_app.ui.contacts.contact_editor import ContactEditor
from tests.ui.contacts.keyboard import focus, press, type_text
from tests.ui.helpers import answer_questions, show_active

#: Completion pop-ups ask for the keyboard, which the offscreen platform cannot give.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def contact_named(book: ContactBook, name: str) -> int:
    return next(cid for cid, known in book.choices() if known == name)


def pick_first_suggestion(qtbot: QtBot, typed: str, expected: str) -> None:
    """Type in a field with completion and take the pop-up's first suggestion."""
    type_text(qtbot, typed)
    popup = QApplication.activePopupWidget()
    assert popup is not None, f"no suggestions for {typed!r}"
    model = popup.model()  # type: ignore[attr-defined]
    assert model.index(0, 0).data() == expected
    if popup.currentIndex().row() != 0:  # type: ignore[attr-defined]
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.activePopupWidget() is None


def add_method(
    qtbot: QtBot, editor: ContactEditor, kind: MethodKind, value: str, label: str
) -> None:
    """Click "Add …", type the value, Tab, type the label, Tab to the "Preferred" box."""
    qtbot.mouseClick(editor.methods_editor.add_buttons[kind], Qt.MouseButton.LeftButton)
    type_text(qtbot, value)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, label)
    press(qtbot, Qt.Key.Key_Tab)


def test_a_new_contact_is_saved_with_every_field_as_typed(qtbot: QtBot, book: ContactBook) -> None:
    introducer = contact_named(book, "Clémence Sharma")
    friend = contact_named(book, "Rosalind Lacroix")
    editor = ContactEditor(book, initial_circle=Circle.CLOSE)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    page = editor.profile_page
    assert editor.windowTitle() == "New Contact[*]"
    assert page.cadence_edit.placeholderText() == "21 (the circle's)"

    # -- the profile tab, field after field with Tab --------------------------------------
    type_text(qtbot, "Élodie")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Marchand")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Lodie")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Verdant Labs")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Head of Data")
    press(qtbot, Qt.Key.Key_Tab)
    pick_first_suggestion(qtbot, "fint", "fintech")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "data")
    press(qtbot, Qt.Key.Key_Tab)
    pick_first_suggestion(qtbot, "barc", "Barcelona")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.circle_combo
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "30")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.birthday_edit.day_combo
    type_text(qtbot, "14")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Mar")
    press(qtbot, Qt.Key.Key_Tab)  # the year stays empty: unknown
    assert QApplication.focusWidget() is page.birthday_edit.year_edit
    focus(qtbot, page.tags_edit)
    pick_first_suggestion(qtbot, "ment", "mentor")
    assert page.tags_edit.text() == "mentor, "
    type_text(qtbot, "rock climbing")
    press(qtbot, Qt.Key.Key_W, ALT)
    assert QApplication.focusWidget() is page.prep_edit
    type_text(qtbot, "Ask how the Lisbon office is going")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.notes_edit
    type_text(qtbot, "Met at the climate meetup")

    # -- contact details: two emails (the second preferred) and a phone ---------------
    press(qtbot, Qt.Key.Key_D, ALT)
    add_method(qtbot, editor, MethodKind.EMAIL, "elodie@verdant.example", "work")
    add_method(qtbot, editor, MethodKind.EMAIL, "elodie@mail.example", "personal")
    press(qtbot, Qt.Key.Key_Space)  # tick "Preferred" on the second: the first loses it
    add_method(qtbot, editor, MethodKind.PHONE, "+33 6 12 34 56 78", "mobile")

    # -- network: met through, introduced by, why they matter, a relationship ----------
    press(qtbot, Qt.Key.Key_N, ALT)
    network = editor.network_page
    press(qtbot, Qt.Key.Key_M, ALT)
    assert QApplication.focusWidget() is network.channel_combo
    type_text(qtbot, "Intro")
    press(qtbot, Qt.Key.Key_B, ALT)
    pick_first_suggestion(qtbot, "clemence", "Clémence Sharma")  # accents do not matter
    network_boxes = list(network.category_boxes.values())
    focus(qtbot, network_boxes[3])  # "Potential mentor"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_W, ALT)
    pick_first_suggestion(qtbot, "rosa", "Rosalind Lacroix")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "w")  # "works with"
    press(qtbot, Qt.Key.Key_G, ALT)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "4")
    press(qtbot, Qt.Key.Key_Return)  # adds the relationship; does not save yet
    assert editor.isVisible()
    assert network.relationships.table.rowCount() == 1

    # -- save ------------------------------------------------------------------------------
    assert editor.save_button.isEnabled(), editor.summary_label.text()
    with qtbot.waitSignal(editor.contact_saved) as saved:
        press(qtbot, Qt.Key.Key_S, CTRL)
    assert not editor.isVisible()
    contact_id = saved.args[0]
    assert book.draft(contact_id) == ContactDraft(
        id=contact_id,
        given_name="Élodie",
        family_name="Marchand",
        nickname="Lodie",
        organisation="Verdant Labs",
        role="Head of Data",
        industry="fintech",
        function="data",
        city="Barcelona",
        circle=Circle.CLOSE,
        target_categories=("potential_mentor",),
        channel="introduction",
        introduced_by_id=introducer,
        birthday_day=14,
        birthday_month=3,
        birthday_year=None,
        cadence_days=30,
        prep_notes="Ask how the Lisbon office is going",
        notes="Met at the climate meetup",
        methods=(
            MethodDraft("email", "elodie@verdant.example", "work", preferred=False),
            MethodDraft("email", "elodie@mail.example", "personal", preferred=True),
            MethodDraft("phone", "+33 6 12 34 56 78", "mobile", preferred=True),
        ),
        tags=("mentor", "rock climbing"),
        relationships=(RelationshipDraft(friend, "works_with", 4),),
    )


def test_editing_a_demo_contact_persists_the_change(qtbot: QtBot, book: ContactBook) -> None:
    contact_id = contact_named(book, "Nils Gonçalves")
    before = book.draft(contact_id)
    editor = ContactEditor(book, contact_id)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    assert editor.windowTitle() == "Edit Nils Gonçalves[*]"
    assert editor.draft() == before  # every field shown as stored
    press(qtbot, Qt.Key.Key_R, ALT)  # "Role"
    type_text(qtbot, "Chief Networking Officer")  # Tab and mnemonics select the old text
    assert editor.isWindowModified()
    with qtbot.waitSignal(editor.contact_saved) as saved:
        press(qtbot, Qt.Key.Key_Return)  # Enter presses the default button: Save
    assert saved.args == [contact_id]
    assert book.draft(contact_id) == replace(before, role="Chief Networking Officer")


def test_removing_a_method_and_a_relationship_persists(qtbot: QtBot, book: ContactBook) -> None:
    contact_id = contact_named(book, "Nils Gonçalves")
    before = book.draft(contact_id)
    editor = ContactEditor(book, contact_id)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    press(qtbot, Qt.Key.Key_D, ALT)
    table = editor.methods_editor.table
    focus(qtbot, table)
    table.setCurrentCell(0, 1)
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_N, ALT)
    links = editor.network_page.relationships.table
    focus(qtbot, links)
    links.selectRow(0)
    qtbot.mouseClick(editor.network_page.relationships.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.contact_saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    after = book.draft(contact_id)
    assert after.methods == before.methods[1:]
    assert after.relationships == before.relationships[1:]


def test_the_pickers_offer_neither_the_contact_itself_nor_duplicates(
    qtbot: QtBot, book: ContactBook
) -> None:
    contact_id = contact_named(book, "Nils Gonçalves")
    editor = ContactEditor(book, contact_id)
    qtbot.addWidget(editor)
    pickers = [editor.network_page.introducer_picker, editor.network_page.relationships.picker]
    for picker in pickers:
        assert not picker.known(contact_id)
        assert picker.count() == len(book.choices()) - 1


def test_the_introducer_search_ignores_accents_and_case(qtbot: QtBot, book: ContactBook) -> None:
    editor = ContactEditor(book)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    editor.tabs.setCurrentWidget(editor.network_page)
    picker = editor.network_page.introducer_picker
    focus(qtbot, picker)
    type_text(qtbot, "ELODIE")
    found = [picker.suggestions().choice(r).name for r in range(picker.suggestions().rowCount())]
    assert found and all("elodie" in fold(name) for name in found)
    assert any(name.startswith("Élodie") for name in found)
    press(qtbot, Qt.Key.Key_Escape)  # closes the suggestions only
    assert editor.isVisible()
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Tab)  # empty: introduced by nobody
    assert picker.contact_id() is None


def test_tab_order_follows_the_profile_page(qtbot: QtBot, book: ContactBook) -> None:
    editor = ContactEditor(book, 1)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    page = editor.profile_page
    order: list[QWidget] = []
    for _ in range(17):
        widget = QApplication.focusWidget()
        assert widget is not None
        order.append(widget)
        press(qtbot, Qt.Key.Key_Tab)
    birthday = page.birthday_edit
    assert order == [
        page.given_edit,
        page.family_edit,
        page.nickname_edit,
        page.organisation_edit,
        page.role_edit,
        page.industry_combo,
        page.function_edit,
        page.city_edit,
        page.circle_combo,
        page.cadence_edit,
        birthday.day_combo,
        birthday.month_combo,
        birthday.year_edit,
        birthday.clear_button,
        page.tags_edit,
        page.prep_edit,
        page.notes_edit,
    ]


def test_links_to_contacts_in_the_trash_are_shown_and_kept(qtbot: QtBot, book: ContactBook) -> None:
    contact_id = contact_named(book, "Liesbeth Bouzid")
    before = book.draft(contact_id)
    assert before.introduced_by_id is not None and before.relationships
    introducer = before.introduced_by_id
    friend = before.relationships[0].other_id
    names = {cid: book.draft(cid).name for cid in (introducer, friend)}
    book.trash([introducer, friend])
    editor = ContactEditor(book, contact_id)
    qtbot.addWidget(editor)
    network = editor.network_page
    assert network.introducer_picker.currentText() == names[introducer]
    assert network.relationships.table.item(0, 0).text() == names[friend]
    assert editor.draft() == before
    assert not editor.isWindowModified()


@pytest.mark.parametrize(
    ("given", "family", "method", "why"),
    [
        ("Clémence", "Sharma", None, "the same name"),
        ("clemence", "SHARMA", None, "the same name"),
        ("C.", "S.", (MethodKind.EMAIL, "EMAIL"), "the same email"),
        ("C.", "S.", (MethodKind.PHONE, "PHONE"), "the same phone number"),
    ],
)
def test_a_new_contact_that_repeats_someone_asks_before_saving(
    qtbot: QtBot,
    book: ContactBook,
    monkeypatch: pytest.MonkeyPatch,
    given: str,
    family: str,
    method: tuple[MethodKind, str] | None,
    why: str,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    known = contact_named(book, "Clémence Sharma")
    draft = book.draft(known)
    before = len(book.choices())
    asked = answer_questions(
        monkeypatch, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save
    )
    editor = ContactEditor(book)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    type_text(qtbot, given)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, family)
    if method is not None:
        kind, _ = method
        stored = next(m.value for m in draft.methods if m.kind == kind)
        written = stored.upper() if kind is MethodKind.EMAIL else stored.replace(" ", "")
        add_method(qtbot, editor, kind, written, "")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    label = f"Clémence Sharma ({draft.organisation})" if draft.organisation else "Clémence Sharma"
    assert asked == [
        f"{label} is already in your contacts, with {why}. Save a new contact anyway?"
        " (Two contacts can be merged later from the contact's menu.)"
    ]
    assert editor.isVisible() and len(book.choices()) == before  # Cancel: nothing saved
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert not editor.isVisible() and len(book.choices()) == before + 1


def test_a_new_contact_like_no_one_is_saved_without_a_question(
    qtbot: QtBot, book: ContactBook, never_block_on_a_message_box: list[str]
) -> None:
    editor = ContactEditor(book)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    type_text(qtbot, "Zéphyrin")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert not editor.isVisible() and never_block_on_a_message_box == []
