"""The Today view, driven with the keys and buttons a user presses."""

from __future__ import annotations

import email
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from networking_app.domain.contacts import ContactDraft
from networking_app.domain.reminders import DueItem, DueKind
from networking_app.domain.vocabulary import Circle, TemplateKind
from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.timeline.log_dialog import LogInteractionDialog
from networking_app.ui.today.draft_dialog import DraftDialog
from networking_app.ui.today.reminder_dialogs import CustomReminderDialog, LifeEventDialog
from networking_app.ui.today.today_list import GROUP_LIMIT, ITEM_ROLE, MORE_ROLE
from networking_app.ui.today.today_view import TodayView
from networking_app.ui.tray.tray_app import attach_tray
from networking_app.ui.tray.tray_service import TrayService

from .conftest import POPUP_LOG, TODAY, People


def rows(view: TodayView) -> list[tuple[str, str]]:
    """(who, what) of every line, section headings included (with an empty what)."""
    tree = view.tree
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
        for i in range(tree.topLevelItemCount())
    ]


def due_keys(view: TodayView) -> list[str]:
    assert view.agenda is not None
    return [item.key for item in view.agenda.due]


def key_of(view: TodayView, kind: DueKind, contact_id: int) -> str:
    assert view.agenda is not None
    return next(i.key for i in view.agenda.due if i.kind is kind and i.contact_id == contact_id)


def press(qtbot: QtBot, view: TodayView, key: Qt.Key) -> None:
    qtbot.keyClick(view.tree, key)


def test_ctrl_1_shows_the_review_grouped_by_kind(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    window.show_view("board")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "today"
    view = window.today
    shown = rows(view)
    headings = [who for who, what in shown if not what]
    assert "Due: Keep in touch" in headings
    assert "Due: Next steps" in headings
    assert "Due: Dormant ties to revive" in headings
    assert ("Alice Martin", "Last contact 28 Oct 2026, every 21 days") in shown
    assert ("Chloe Roux", "Next step: Send the deck") in shown
    bruno = [what for who, what in shown if who == "Bruno Petit"]
    assert bruno and "Ideas: share something relevant, a coffee with no ask" in bruno[0]
    assert any(who == "Chloe Roux" and what.startswith("Birthday") for who, what in shown)
    # Chloe was met this week: one of the three people of the ritual.
    assert "1 of 3 different people" in view.ritual_label.text()
    assert view.ritual_bar.value() == 1
    assert not view.empty.isVisible()


def test_done_logs_a_touch_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    window.board.ensure_loaded()
    qtbot.waitUntil(lambda: window.board.store.loaded)
    view = window.today
    key = key_of(view, DueKind.KEEP_IN_TOUCH, people.alice)
    assert view.select_item(key)
    before = len(window.workspace.timeline.open_next_steps())
    press(qtbot, view, Qt.Key.Key_D)
    assert key not in due_keys(view)
    last = window.workspace.contacts.cards([people.alice])[0].last_interaction
    assert last is not None
    assert window.workspace.clock.to_local(last).date() == TODAY
    # The board's card knows about the new touch too.
    qtbot.waitUntil(
        lambda: getattr(window.board.store.card(people.alice), "last_interaction", None) == last
    )
    assert len(window.workspace.timeline.open_next_steps()) == before
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert key in due_keys(view)
    assert window.workspace.contacts.cards([people.alice])[0].last_interaction != last


def test_done_on_a_next_step_marks_it_done(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    view = window.today
    key = key_of(view, DueKind.NEXT_STEP, people.chloe)
    assert view.select_item(key)
    press(qtbot, view, Qt.Key.Key_D)
    assert key not in due_keys(view)
    assert all(step.text != "Send the deck" for step in window.workspace.timeline.open_next_steps())


def test_snooze_hides_until_tomorrow(qtbot: QtBot, window: MainWindow, people: People) -> None:
    view = window.today
    key = key_of(view, DueKind.KEEP_IN_TOUCH, people.alice)
    view.select_item(key)
    press(qtbot, view, Qt.Key.Key_S)
    assert key not in due_keys(view)
    clock = window.workspace.clock
    assert clock.fixed is not None
    clock.fixed += timedelta(days=1)
    view.refresh()
    assert _alice_touch_due(view, people)


@POPUP_LOG
def test_snooze_until_a_chosen_date(qtbot: QtBot, window: MainWindow, people: People) -> None:
    view = window.today
    key = key_of(view, DueKind.KEEP_IN_TOUCH, people.alice)
    view.select_item(key)
    dialog = view.snooze_to_date()
    assert dialog is not None
    dialog.calendar.setSelectedDate(QDate(2026, 12, 5))
    dialog.accept()
    assert key not in due_keys(view)
    clock = window.workspace.clock
    assert clock.fixed is not None
    clock.fixed += timedelta(days=6)  # 4 December: still snoozed
    view.refresh()
    assert not _alice_touch_due(view, people)
    clock.fixed += timedelta(days=1)  # 5 December: back
    view.refresh()
    assert _alice_touch_due(view, people)


def _alice_touch_due(view: TodayView, people: People) -> bool:
    assert view.agenda is not None
    return any(
        i.contact_id == people.alice and i.kind is DueKind.KEEP_IN_TOUCH for i in view.agenda.due
    )


def test_skip_this_cycle_is_undoable(qtbot: QtBot, window: MainWindow, people: People) -> None:
    view = window.today
    key = key_of(view, DueKind.KEEP_IN_TOUCH, people.alice)
    view.select_item(key)
    press(qtbot, view, Qt.Key.Key_K)
    assert key not in due_keys(view)
    assert window.undo_stack.undoText().startswith("Skip this cycle")
    window.undo_stack.undo()
    assert key in due_keys(view)


@POPUP_LOG
def test_log_touch_opens_the_log_dialog_prefilled(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    view = window.today
    key = key_of(view, DueKind.KEEP_IN_TOUCH, people.alice)
    view.select_item(key)
    press(qtbot, view, Qt.Key.Key_L)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LogInteractionDialog)
    assert dialog.form.draft().contact_ids == (people.alice,)
    dialog.form.summary.setText("Phone call about her move")
    dialog.save()
    qtbot.waitUntil(lambda: key not in due_keys(view))


@POPUP_LOG
def test_open_contact_shows_them_on_the_board(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    view = window.today
    view.select_item(key_of(view, DueKind.KEEP_IN_TOUCH, people.alice))
    press(qtbot, view, Qt.Key.Key_O)
    assert window.current_view() == "board"
    qtbot.waitUntil(lambda: window.board.selected_ids() == [people.alice])


@POPUP_LOG
def test_draft_a_message_then_copy_and_export(
    qtbot: QtBot,
    window: MainWindow,
    people: People,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = window.today
    view.select_item(key_of(view, DueKind.KEEP_IN_TOUCH, people.alice))
    press(qtbot, view, Qt.Key.Key_M)
    dialog = view.dialog
    assert isinstance(dialog, DraftDialog)
    assert dialog.kind() is TemplateKind.RECONNECT
    assert "Alice" in dialog.body_edit.toPlainText()
    dialog.body_edit.setPlainText(dialog.body_edit.toPlainText().replace("{organisation}", "Nova"))
    dialog.body_edit.setPlainText(dialog.body_edit.toPlainText().replace("{my_signature}", "Sam"))
    dialog.copy()
    assert "Alice" in QGuiApplication.clipboard().text()
    written = dialog.export(tmp_path / "draft.eml")
    assert written is not None
    message = email.message_from_bytes(written.read_bytes())
    assert message["X-Unsent"] == "1"
    assert "alice@example.org" in message["To"]
    assert message["Subject"] == dialog.subject_edit.text()
    # French on request: another text, same person (the edited one is given up: asked).
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    assert asked == ["You changed this message. Replace it with the chosen template?"]
    assert "Alice" in dialog.body_edit.toPlainText()
    assert dialog.subject_edit.text() != message["Subject"]
    dialog.done(0)


@POPUP_LOG
def test_add_a_custom_reminder(qtbot: QtBot, window: MainWindow, people: People) -> None:
    view = window.today
    dialog = view.add_reminder()
    assert isinstance(dialog, CustomReminderDialog)
    dialog.save()  # nothing written: it says what is missing
    assert dialog.error.isVisibleTo(dialog)
    dialog.text_edit.setText("Book the venue")
    dialog.save()
    assert any(what == "Book the venue" for _, what in rows(view))
    assert "Due: Your reminders" in [who for who, _ in rows(view)]
    assert view.agenda is not None
    assert [i.title for i in view.agenda.due if i.kind is DueKind.CUSTOM] == ["Book the venue"]


@POPUP_LOG
def test_record_a_life_event(qtbot: QtBot, window: MainWindow, people: People) -> None:
    view = window.today
    dialog = view.record_life_event(people.alice)
    assert isinstance(dialog, LifeEventDialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("promotion"))
    dialog.note_edit.setText("Head of research")
    dialog.save()
    assert view.agenda is not None
    items: list[DueItem] = [
        i for i in view.agenda.due if i.kind is DueKind.LIFE_EVENT and i.contact_id == people.alice
    ]
    assert [i.title for i in items] == ["Head of research"]
    view.select_item(items[0].key)
    draft = view.draft()
    assert draft is not None and draft.kind() is TemplateKind.CONGRATULATE
    draft.done(0)


def test_an_empty_day_offers_a_dormant_tie(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    view = window.today
    assert view.agenda is not None
    for item in view.agenda.due:
        assert view.select_item(item.key)
        press(qtbot, view, Qt.Key.Key_S)
    assert view.agenda is not None and not view.agenda.due
    assert view.empty.isVisible()
    assert "Nothing is due today" in view.empty.text()
    assert "Bruno Petit" in view.empty.text()


@POPUP_LOG
def test_remind_from_the_contact_detail_panel(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    window.open_contact(people.bruno)
    qtbot.waitUntil(lambda: window.board.detail.contact_id == people.bruno)
    menu = window.board.detail.remind_button.menu()
    add, event = menu.actions()
    add.trigger()
    dialog = window.today.dialog
    assert isinstance(dialog, CustomReminderDialog)
    assert dialog.picker.contact_id() == people.bruno
    dialog.text_edit.setText("Ask about the new lab")
    dialog.save()
    agenda = window.workspace.reminders.agenda()
    assert [(i.contact_id, i.title) for i in agenda.due if i.kind is DueKind.CUSTOM] == [
        (people.bruno, "Ask about the new lab")
    ]
    event.trigger()
    assert isinstance(window.today.dialog, LifeEventDialog)
    assert window.today.dialog.picker.contact_id() == people.bruno
    window.today.dialog.done(0)


def test_snooze_three_days_or_a_week_from_the_snooze_menu(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    view = window.today
    labels = [a.text() for a in view.snooze_menu.actions()]
    assert labels == ["Until Tomorrow", "For 3 Days", "For a Week", "Until a Date…"]
    view.select_item(key_of(view, DueKind.KEEP_IN_TOUCH, people.alice))
    view.snooze_menu.actions()[2].trigger()  # a week
    for days, due in ((6, False), (7, True)):
        agenda = window.workspace.reminders.agenda(TODAY + timedelta(days=days))
        assert (
            any(
                i.kind is DueKind.KEEP_IN_TOUCH and i.contact_id == people.alice for i in agenda.due
            )
            is due
        )


@POPUP_LOG
def test_enter_opens_the_contact(qtbot: QtBot, window: MainWindow, people: People) -> None:
    view = window.today
    view.select_item(key_of(view, DueKind.NEXT_STEP, people.chloe))
    press(qtbot, view, Qt.Key.Key_Return)
    assert window.current_view() == "board"
    qtbot.waitUntil(lambda: window.board.selected_ids() == [people.chloe])


def test_a_long_group_shows_its_first_lines_then_all_on_request(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    workspace = window.workspace
    clock = workspace.clock
    assert clock.fixed is not None
    today = clock.fixed
    clock.fixed = today - timedelta(days=30)  # added a month ago, never met since
    added = [
        workspace.contacts.save(ContactDraft(given_name=f"Person {n:02}", circle=Circle.CLOSE))
        for n in range(GROUP_LIMIT + 5)
    ]
    clock.fixed = today
    view = window.today
    view.refresh()

    def shown() -> list[DueItem]:
        items = [view.tree.topLevelItem(i).data(0, ITEM_ROLE) for i in range(len(rows(view)))]
        return [i for i in items if isinstance(i, DueItem) and i.kind is DueKind.KEEP_IN_TOUCH]

    def more_lines() -> list[str]:
        lines = [view.tree.topLevelItem(i) for i in range(len(rows(view)))]
        return [line.text(1) for line in lines if line.data(0, MORE_ROLE)]

    assert len(shown()) == GROUP_LIMIT
    assert more_lines() == ["Show 6 more…"]  # the 55 and Alice
    # A notification may name a hidden item: selecting it shows the whole group.
    hidden = f"touch:{added[-1]}"
    assert hidden not in [i.key for i in shown()]
    assert view.select_item(hidden)
    assert view.selected_key() == hidden
    assert len(shown()) == GROUP_LIMIT + 6
    assert more_lines() == []


def test_enter_on_show_more_shows_the_rest_of_the_group(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    workspace = window.workspace
    assert workspace.clock.fixed is not None
    today = workspace.clock.fixed
    workspace.clock.fixed = today - timedelta(days=30)
    for n in range(GROUP_LIMIT + 1):
        workspace.contacts.save(ContactDraft(given_name=f"Person {n:02}", circle=Circle.CLOSE))
    workspace.clock.fixed = today
    view = window.today
    view.refresh()
    tree = view.tree
    line = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, MORE_ROLE)
    )
    assert line.text(1) == "Show 2 more…"
    tree.setCurrentItem(line)
    press(qtbot, view, Qt.Key.Key_Return)
    assert window.current_view() == "today"  # nothing was opened
    assert not any(tree.topLevelItem(i).data(0, MORE_ROLE) for i in range(tree.topLevelItemCount()))
    # The cursor is on the first line that was hidden, ready for the next key.
    assert isinstance(view.selected(), DueItem)


def test_the_tray_reuses_the_agenda_today_just_computed(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    tray = TrayService(window.workspace, window.events, window.undo_stack)
    tray.borrow = window.today.current_agenda
    tray.refresh()
    view = window.today
    view.select_item(key_of(view, DueKind.KEEP_IN_TOUCH, people.alice))
    press(qtbot, view, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: tray.agenda is view.agenda)  # the same object: computed once
    assert view.agenda is not None and len(tray.agenda.due) == len(view.agenda.due)
    # Hidden, Today computes nothing: the tray computes its own.
    window.show_view("board")
    tray.snooze_all()
    qtbot.waitUntil(lambda: tray.agenda is not None and tray.agenda.due == ())
    assert view.agenda is not None and view.agenda.due != ()
    tray.menu.deleteLater()


def test_without_a_system_tray_closing_the_window_quits(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    try:
        # The offscreen platform has no system tray, like a desktop without one.
        assert attach_tray(app, window) is None
        assert app.quitOnLastWindowClosed()
    finally:
        app.setQuitOnLastWindowClosed(True)


def test_after_an_action_the_line_below_is_selected(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    view = window.today
    tree = view.tree
    for text in ("Book the venue", "Call the printer", "Renew the domain"):
        window.workspace.reminders.add_custom(None, text, TODAY, None)
    window.events.reminders_changed.emit()
    lines = [
        i
        for i in range(tree.topLevelItemCount())
        if isinstance(tree.topLevelItem(i).data(0, ITEM_ROLE), DueItem)
    ]
    middle = next(i for i in lines if tree.topLevelItem(i).text(1) == "Call the printer")
    tree.setCurrentItem(tree.topLevelItem(middle))
    below = tree.topLevelItem(middle + 1).text(0), tree.topLevelItem(middle + 1).text(1)
    press(qtbot, view, Qt.Key.Key_K)  # skip this cycle: the line goes
    current = tree.currentItem()
    assert current is not None and (current.text(0), current.text(1)) == below
    assert tree.indexOfTopLevelItem(current) >= lines[0] + 1  # not back at the top


def test_a_reminder_for_a_name_nobody_has_is_refused(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    dialog = window.today.add_reminder()
    assert isinstance(dialog, CustomReminderDialog)
    dialog.text_edit.setText("Ask about the offsite")
    dialog.picker.search_line.setText("Nobody Such Person")
    dialog.save()
    assert dialog.isVisible() and "Nobody Such Person" in dialog.error.text()
    assert window.workspace.reminders.agenda().due == view_due(window)  # nothing saved
    dialog.picker.search_line.setText("")
    dialog.save()
    assert not dialog.isVisible()


def view_due(window: MainWindow) -> tuple[DueItem, ...]:
    assert window.today.agenda is not None
    return window.today.agenda.due


def test_delete_removes_a_reminder_of_ones_own_and_ctrl_z_brings_it_back(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    from networking_app.domain.vocabulary import LifeEventKind

    view = window.today
    reminders = window.workspace.reminders
    reminders.add_custom(people.alice, "Book the venue", TODAY, 7)
    reminders.add_life_event(people.alice, LifeEventKind.NEW_JOB, TODAY, "Head of data")
    window.events.reminders_changed.emit()

    def shown() -> list[str]:
        return [what for _who, what in rows(view)]

    for text in ("Book the venue", "Head of data"):
        key = next(i.key for i in view.agenda.due if i.title == text)  # type: ignore[union-attr]
        assert view.select_item(key)
        assert view.delete_action.isEnabled()
        press(qtbot, view, Qt.Key.Key_Delete)
        assert not any(text in what for what in shown())
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert any(text in what for what in shown())
        qtbot.keyClick(
            window,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert not any(text in what for what in shown())  # redo deletes it again
    # A next step belongs to the timeline: nothing to delete from here.
    assert view.select_item(key_of(view, DueKind.NEXT_STEP, people.chloe))
    assert not view.delete_action.isEnabled()


def test_a_monthly_reminder_says_what_30_days_means(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    dialog = window.today.add_reminder()
    assert isinstance(dialog, CustomReminderDialog)
    assert dialog.repeat_hint.text() == "Once, on that day."
    dialog.repeat_check.setChecked(True)  # 30 is the starting value
    assert dialog.repeat_hint.isVisibleTo(dialog)
    assert "Every month, on the same day" in dialog.repeat_hint.text()
    dialog.repeat_days.setValue(10)
    assert dialog.repeat_hint.text() == "Every 10 days."  # no silent meaning either way
    dialog.repeat_days.setValue(365)
    assert dialog.repeat_hint.text() == "Every year, on the same date."
    dialog.reject()


def test_a_snoozed_keep_in_touch_is_not_overdue_on_the_board_until_it_comes_back(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    store = window.board.store
    store.load()

    def overdue_on_board() -> bool:
        card = store.card(people.alice)
        return card is not None and card.due is not None and card.due < TODAY

    assert overdue_on_board()  # 10 days late
    view = window.today
    view.select_item(key_of(view, DueKind.KEEP_IN_TOUCH, people.alice))
    press(qtbot, view, Qt.Key.Key_S)  # until tomorrow
    qtbot.waitUntil(lambda: not overdue_on_board())
    card = store.card(people.alice)
    assert card is not None and card.due == TODAY  # late again from tomorrow, as in Today
    window.undo_stack.undo()
    qtbot.waitUntil(overdue_on_board)
