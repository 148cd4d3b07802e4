"""The introduction wizard driven with the keyboard only, in English and in French."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from networking_app.domain.interactions import TimelineFilter
from networking_app.domain.vocabulary import IntroStatus, Language
from networking_app.services.workspace import Workspace
from networking_app.ui.intro.intro_wizard import IntroWizard
from tests.ui.helpers import show_active

ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def alt(qtbot: QtBot, wizard: IntroWizard, key: str) -> None:
    """Press Alt+key (a mnemonic) where the focus is."""
    qtbot.keyClick(focused(), getattr(Qt.Key, f"Key_{key.upper()}"), ALT)


def next_page(qtbot: QtBot, wizard: IntroWizard, key: str) -> None:
    """Alt+the Next button's mnemonic; the button clicks itself a moment later."""
    with qtbot.waitSignal(wizard.currentIdChanged):
        alt(qtbot, wizard, key)


def type_here(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


# mnemonics per language: next, why, ask, subject, mark as asked, finish
KEYS = {
    "en": dict(next="n", why="w", ask="a", subject="s", asked="a", finish="f"),
    "fr": dict(next="s", why="q", ask="d", subject="o", asked="d", finish="t"),
}


def drive(
    qtbot: QtBot, workspace: Workspace, people: dict[str, int], lang: str, tmp_path: Path
) -> None:
    keys = KEYS[lang]
    wizard = IntroWizard(workspace)
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.target_page.loaded)  # read in the background

    # 1. target: typed without the accent, found; then why (required)
    assert focused() is wizard.target_page.search
    type_here(qtbot, "franc mull")
    assert wizard.target_page.target_id() == people["target"]
    assert not wizard.button(IntroWizard.WizardButton.NextButton).isEnabled()  # why missing
    alt(qtbot, wizard, keys["why"])
    assert focused() is wizard.target_page.why
    type_here(qtbot, "He launched the B2B payments offer at Acme last year")
    assert wizard.button(IntroWizard.WizardButton.NextButton).isEnabled()
    next_page(qtbot, wizard, keys["next"])

    # 2. introducer: who knows the target first, with the facts
    assert wizard.currentPage() is wizard.introducer_page
    table = wizard.introducer_page.table
    qtbot.waitUntil(lambda: table.topLevelItemCount() > 0)  # ranked in the background
    first = table.topLevelItem(0)
    assert first is not None and first.text(0) == "Zoe Martin"
    assert first.text(2) == "●●●●○" and first.text(3) == "1 / 0"
    second = table.topLevelItem(1)
    assert second is not None and second.text(0) == "Marc Petit"
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # any contact can be chosen…
    assert wizard.introducer_page.chosen().name == "Marc Petit"  # type: ignore[union-attr]
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # …but Zoe is the one
    next_page(qtbot, wizard, keys["next"])

    # 3. readiness: a vague ask is explained, never blocking; a specific one clears it
    page = wizard.readiness_page
    assert focused() is page.context
    type_here(qtbot, "We launch a payments offer for small firms in May")
    alt(qtbot, wizard, keys["ask"])
    assert focused() is page.ask
    type_here(qtbot, "advice")
    vague = "vague"  # "The ask is vague…" / "La demande est vague…"
    assert vague in page.checks.text()
    assert wizard.button(IntroWizard.WizardButton.NextButton).isEnabled()
    type_here(qtbot, ": a 20-minute call next week about pricing")
    assert vague not in page.checks.text()
    next_page(qtbot, wizard, keys["next"])

    # 4. compose: the template in the profile's language, edited in place, live preview
    compose = wizard.compose_page
    language = Language.FRENCH if lang == "fr" else Language.ENGLISH
    assert compose.chosen_language() is language
    preview = compose.opt_in.preview.toPlainText()
    assert preview.startswith("Hi Zoe," if lang == "en" else "Bonjour Zoe,")
    assert "Francois" not in preview and "François Muller (Head of Payments · Acme)" in preview
    alt(qtbot, wizard, keys["subject"])
    assert focused() is compose.opt_in.subject
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    type_here(qtbot, " (20 min)")
    assert compose.opt_in.preview_subject.text() == (
        "Would you introduce me to François Muller? (20 min)"
        if lang == "en"
        else "Pourrais-tu me présenter à François Muller ? (20 min)"
    )
    assert "I lead product at Lumen Data." in compose.forwardable.preview.toPlainText()
    next_page(qtbot, wizard, keys["next"])

    # 5. export: the request is already saved, whatever the user does next
    assert wizard.currentPage() is wizard.export_page
    (saved,) = workspace.introductions.all()
    assert saved.status is IntroStatus.DRAFT and saved.introducer_id == people["zoe"]
    assert "zoe@example.org" in wizard.export_page.summary.text()
    wizard.export_page.export_to(tmp_path / lang)
    assert len(list((tmp_path / lang).glob("*.eml"))) == 2
    wizard.export_page.copy_forwardable.click()
    copied = QApplication.clipboard().text()
    assert copied.startswith(("Introduction: Camille", "Mise en relation : Camille"))
    assert "I lead product at Lumen Data." in copied
    alt(qtbot, wizard, keys["asked"])
    qtbot.waitUntil(wizard.export_page.asked.isChecked)
    with qtbot.waitSignal(wizard.request_asked):
        alt(qtbot, wizard, keys["finish"])
    assert not wizard.isVisible()

    (asked,) = workspace.introductions.all()
    assert asked.status is IntroStatus.ASKED
    assert asked.language == language.value
    opt_in, _ = workspace.introductions.drafts(asked.id)
    assert opt_in.subject.endswith("(20 min)")
    assert opt_in.to_address == "zoe@example.org"
    entries = workspace.timeline.page(TimelineFilter(contact_id=people["zoe"]))
    assert entries[0].ask == "advice: a 20-minute call next week about pricing"  # an ask on her


def test_the_whole_wizard_by_keyboard_in_english(
    qtbot: QtBot, workspace: Workspace, people: dict[str, int], tmp_path: Path
) -> None:
    drive(qtbot, workspace, people, "en", tmp_path)


def test_the_whole_wizard_by_keyboard_in_french(
    qtbot: QtBot,
    workspace: Workspace,
    people: dict[str, int],
    tmp_path: Path,
    french: None,
) -> None:
    from networking_app.domain.profile import Profile

    profile = workspace.profile()
    workspace.save_profile(Profile(profile.name, profile.pitch, profile.signature,
                                   language=Language.FRENCH))  # fmt: skip
    drive(qtbot, workspace, people, "fr", tmp_path)


def test_opened_on_a_contact_the_target_is_chosen_and_focus_is_on_why(
    qtbot: QtBot, workspace: Workspace, people: dict[str, int]
) -> None:
    wizard = IntroWizard(workspace, people["target"])
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.target_page.loaded)
    assert wizard.target_page.target_id() == people["target"]
    assert focused() is wizard.target_page.why


def test_saved_template_is_used_next_time_and_can_be_reset(
    qtbot: QtBot, workspace: Workspace, people: dict[str, int]
) -> None:
    wizard = IntroWizard(workspace, people["target"])
    qtbot.addWidget(wizard)
    editor = wizard.compose_page.opt_in
    editor.set_language(Language.ENGLISH)
    editor.subject.setText("Quick favour: {target_name}?")
    editor.save_button.click()
    again = IntroWizard(workspace, people["target"])
    qtbot.addWidget(again)
    again.compose_page.opt_in.set_language(Language.ENGLISH)
    assert again.compose_page.opt_in.subject.text() == "Quick favour: {target_name}?"
    again.compose_page.opt_in.reset_button.click()
    assert again.compose_page.opt_in.subject.text() == "Would you introduce me to {target_name}?"


def test_a_new_person_to_meet_is_created_from_the_wizard(
    qtbot: QtBot, workspace: Workspace, people: dict[str, int]
) -> None:
    wizard = IntroWizard(workspace)
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    editor = wizard.new_contact()
    editor.profile_page.given_edit.setText("Léa")
    editor.profile_page.family_edit.setText("Nguyen")
    with qtbot.waitSignal(editor.contact_saved) as saved:
        editor.save()
    qtbot.waitUntil(lambda: wizard.target_page.target_id() == saved.args[0])
    assert workspace.contacts.draft(saved.args[0]).circle.value == "target"


def test_who_declined_is_named_and_not_proposed_again(
    qtbot: QtBot, workspace: Workspace, people: dict[str, int]
) -> None:
    from networking_app.domain.introductions import IntroDraft

    intros = workspace.introductions
    rid = intros.save(IntroDraft(people["target"], people["zoe"], "why"))
    intros.move(rid, IntroStatus.ASKED)
    intros.move(rid, IntroStatus.DECLINED)
    wizard = IntroWizard(workspace, people["target"])
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.target_page.loaded)
    wizard.target_page.why.setPlainText("He launched the payments offer at Acme")
    wizard.next()
    page = wizard.introducer_page
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() > 0)
    names = [page.table.topLevelItem(i).text(0) for i in range(page.table.topLevelItemCount())]  # type: ignore[union-attr]
    assert "Zoe Martin" not in names and "Marc Petit" in names
    assert "declined before for this person: Zoe Martin." in page.note.text()
