"""Introduction requests on a real database: steps and what they write, drafts, `intro` CLI."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from networking_app.cli import main
from networking_app.domain.contacts import ContactDraft, MethodDraft, RelationshipDraft
from networking_app.domain.interactions import InteractionDraft, TimelineFilter
from networking_app.domain.introductions import IllegalTransition, IntroDraft, Tie
from networking_app.domain.profile import Profile
from networking_app.domain.vocabulary import Channel, Circle, IntroStatus, Language
from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.workspace import Workspace
from networking_app.storage.database import close_database, open_database

NOW = datetime(2026, 11, 28, 9, 0)
S = IntroStatus


@pytest.fixture
def workspace(database: AppPaths) -> Workspace:
    return Workspace(database, Clock(fixed=NOW))


@pytest.fixture
def people(workspace: Workspace) -> dict[str, int]:
    book = workspace.contacts
    target = book.save(
        ContactDraft(
            given_name="François",
            family_name="Müller",
            organisation="Acme",
            role="Head of Payments",
            industry="Fintech",
            circle=Circle.TARGET,
        )
    )
    zoe = book.save(
        ContactDraft(
            given_name="Zoé",
            family_name="Martin",
            circle=Circle.CLOSE,
            methods=(
                MethodDraft("email", "zoe.work@example.org"),
                MethodDraft("email", "zoe@example.org", preferred=True),
            ),
            relationships=(RelationshipDraft(target, "knows", 4),),
        )
    )
    colleague = book.save(ContactDraft(given_name="Marc", family_name="Petit", organisation="acme"))
    nobody = book.save(ContactDraft(given_name="Ana", family_name="Lopes", industry="Retail"))
    workspace.save_profile(
        Profile(name="Camille Lefèvre", pitch="I lead product at Lumen Data.", signature="C.")
    )
    return {"target": target, "zoe": zoe, "marc": colleague, "ana": nobody}


def new_request(workspace: Workspace, people: dict[str, int], introducer: str = "zoe") -> int:
    draft = IntroDraft(
        target_id=people["target"],
        introducer_id=people[introducer],
        why="He built the B2B payments offer at Acme.",
        ask="A 30-minute coffee.",
        language="fr",
        opt_in_subject="Pourrais-tu me présenter à François Müller ?",
        opt_in_body="Bonjour Zoé,\nMerci d’avance — vraiment.\n",
        forwardable_subject="Mise en relation : Camille Lefèvre et François Müller",
        forwardable_body="Bonjour François,\nJe dirige le produit chez Lumen Data.\n",
    )
    return workspace.introductions.save(draft)


def summaries(workspace: Workspace, contact_id: int) -> list[str]:
    return [e.summary for e in workspace.timeline.page(TimelineFilter(contact_id=contact_id))]


def test_candidates_ranked_with_their_facts(workspace: Workspace, people: dict[str, int]) -> None:
    workspace.timeline.save(
        InteractionDraft(
            contact_ids=(people["zoe"],),
            occurred_at=NOW - timedelta(days=3),
            values_given=("information",),
        )
    )
    ranked = workspace.introductions.candidates(people["target"])
    assert [c.contact_id for c in ranked] == [people["zoe"], people["marc"], people["ana"]]
    zoe = ranked[0]
    assert (zoe.tie, zoe.strength, zoe.given_12m, zoe.email) == (
        Tie.KNOWS_TARGET,
        4,
        1,
        "zoe@example.org",
    )
    assert zoe.last_contact == NOW - timedelta(days=3)
    assert ranked[1].tie is Tie.SAME_ORGANISATION


def test_the_accepted_chain_writes_the_timeline_and_moves_the_target(
    workspace: Workspace, people: dict[str, int]
) -> None:
    intros = workspace.introductions
    rid = new_request(workspace, people)
    for status in (S.ASKED, S.ACCEPTED, S.INTRODUCED, S.MET, S.CLOSED):
        intros.move(rid, status)
    (summary,) = intros.all()
    assert [s.status for s in summary.steps] == [
        S.DRAFT,
        S.ASKED,
        S.ACCEPTED,
        S.INTRODUCED,
        S.MET,
        S.CLOSED,
    ]
    assert summaries(workspace, people["zoe"]) == [
        "Remerciements pour l'introduction auprès de François Müller",
        "Demande d'introduction auprès de François Müller",
    ]
    assert workspace.timeline.balance(people["zoe"]).asked_12m == 1  # asking is an ask
    assert summaries(workspace, people["target"]) == [
        "Rencontre, grâce à l'introduction de Zoé Martin"
    ]
    target = workspace.contacts.draft(people["target"])
    assert target.circle is Circle.WEAK
    assert target.introduced_by_id == people["zoe"]
    assert target.channel == Channel.INTRODUCTION.value


def test_illegal_steps_change_nothing_and_undo_puts_a_step_back(
    workspace: Workspace, people: dict[str, int]
) -> None:
    intros = workspace.introductions
    rid = new_request(workspace, people)
    with pytest.raises(IllegalTransition):
        intros.move(rid, S.MET)  # met before asked
    assert intros.all()[0].status is S.DRAFT
    assert summaries(workspace, people["target"]) == []
    for status in (S.ASKED, S.ACCEPTED, S.INTRODUCED):
        intros.move(rid, status)
    record = intros.move(rid, S.MET)
    intros.undo(record)
    assert intros.all()[0].status is S.INTRODUCED
    assert summaries(workspace, people["target"]) == []
    target = workspace.contacts.draft(people["target"])
    assert (target.circle, target.introduced_by_id) == (Circle.TARGET, None)


def test_the_answer_sets_the_outcome_of_the_ask_and_undo_puts_it_back(
    workspace: Workspace, people: dict[str, int]
) -> None:
    intros = workspace.introductions
    rid = new_request(workspace, people)
    intros.move(rid, S.ASKED)
    (ask,) = workspace.timeline.page(TimelineFilter(contact_id=people["zoe"]))
    assert (ask.ask_outcome, ask.response_state) == ("pending", "waiting")
    record = intros.move(rid, S.ACCEPTED)
    (ask,) = workspace.timeline.page(TimelineFilter(contact_id=people["zoe"]))
    assert (ask.ask_outcome, ask.response_state) == ("yes", "answered")
    intros.undo(record)
    intros.move(rid, S.DECLINED)
    (ask,) = workspace.timeline.page(TimelineFilter(contact_id=people["zoe"]))
    assert (ask.ask_outcome, ask.response_state) == ("no", "answered")


def test_a_decline_is_respected(workspace: Workspace, people: dict[str, int]) -> None:
    intros = workspace.introductions
    rid = new_request(workspace, people)
    intros.move(rid, S.ASKED)
    intros.move(rid, S.DECLINED)
    assert people["zoe"] not in [c.contact_id for c in intros.candidates(people["target"])]
    assert [f.kind.value for f in intros.follow_ups()] == ["thank_after_decline"]
    intros.move(rid, S.CLOSED)
    assert intros.follow_ups() == []
    assert "Remerciements malgré le refus" in summaries(workspace, people["zoe"])[0]


def parse(path: Path) -> EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)  # type: ignore[return-value]


def test_export_writes_two_drafts_that_parse_back(
    workspace: Workspace, people: dict[str, int], tmp_path: Path
) -> None:
    rid = new_request(workspace, people)
    written = workspace.introductions.export(rid, tmp_path / "out")
    opt_in, forward = parse(written.opt_in), parse(written.forwardable)
    assert written.opt_in.read_bytes().isascii()  # RFC 2047 / quoted-printable
    assert opt_in["X-Unsent"] == "1" and forward["X-Unsent"] == "1"
    assert opt_in["Subject"] == "Pourrais-tu me présenter à François Müller ?"
    assert opt_in["To"].addresses[0].addr_spec == "zoe@example.org"  # the preferred one
    assert opt_in["To"].addresses[0].display_name == "Zoé Martin"
    assert opt_in["From"] is None  # no address of ours: the mail client fills it in
    assert opt_in.get_content_charset() == "utf-8"
    assert (
        opt_in.get_content().replace("\r\n", "\n") == "Bonjour Zoé,\nMerci d’avance — vraiment.\n"
    )
    assert str(forward["To"]) == ""  # the introducer forwards it
    assert "Je dirige le produit" in forward.get_content()
    assert "To is empty on" in written.note.read_text(encoding="utf-8")


def test_header_injection_and_a_missing_email_never_break_the_export(
    workspace: Workspace, people: dict[str, int], tmp_path: Path
) -> None:
    evil = workspace.contacts.save(
        ContactDraft(
            given_name="Eve\nBcc: all@example.com",
            methods=(MethodDraft("email", "eve@example.com"),),
        )
    )
    nomail = workspace.contacts.save(ContactDraft(given_name="Nomail"))
    intros = workspace.introductions
    for introducer in (evil, nomail):
        draft = IntroDraft(
            target_id=people["target"],
            introducer_id=introducer,
            why="why",
            opt_in_subject="Hello\r\nBcc: victim@example.com",
            opt_in_body="Body\nBcc: nope@example.com\n",
        )
        rid = intros.save(draft)
        written = intros.export(rid, tmp_path / str(introducer))
        message = parse(written.opt_in)
        assert message["Bcc"] is None and message["Cc"] is None
        assert message["Subject"] == "Hello Bcc: victim@example.com"
        assert "Bcc: nope@example.com" in message.get_content()
    assert not written.introducer_has_email
    assert str(message["To"]) == ""
    assert "no recipient" in written.note.read_text(encoding="utf-8")


def test_intro_cli_lists_and_exports(
    people: dict[str, int],
    workspace: Workspace,
    paths: AppPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rid = new_request(workspace, people)
    workspace.introductions.move(rid, S.ASKED)
    close_database()
    try:
        assert main(["intro", "list", "--data-dir", str(paths.data_dir)]) == 0
        line = capsys.readouterr().out.strip()
        assert line.startswith(f"{rid}\tasked\t")
        assert line.endswith("François Müller\tvia Zoé Martin")
        out = tmp_path / "drafts"
        assert (
            main(
                ["intro", "export", str(rid), "--out", str(out), "--data-dir", str(paths.data_dir)]
            )
            == 0
        )
        assert len(list(out.glob("*.eml"))) == 2
        assert (
            main(["intro", "export", "999", "--out", str(out), "--data-dir", str(paths.data_dir)])
            == 2
        )
        assert "no introduction request #999" in capsys.readouterr().err
    finally:
        open_database(paths.database, paths.backups_dir)  # the fixture closes it again


def intro_items(workspace: Workspace, day: datetime) -> list[tuple[str, int | None, str]]:
    agenda = workspace.reminders.agenda(day.date())
    return [
        (item.key.split(":")[-1], item.contact_id, item.title)
        for item in agenda.due
        if item.kind.value == "intro_follow_up"
    ]


def test_follow_ups_reach_the_daily_review_and_its_command(
    workspace: Workspace,
    people: dict[str, int],
    paths: AppPaths,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rid = new_request(workspace, people)
    workspace.introductions.move(rid, S.ASKED)
    # Prompts speak the window's language (the profile's), whatever the request's.
    workspace.save_profile(replace(workspace.profile(), language=Language.FRENCH))
    assert intro_items(workspace, NOW + timedelta(days=6)) == []
    week_later = NOW + timedelta(days=7)
    ((kind, who, title),) = intro_items(workspace, week_later)
    assert (kind, who) == ("nudge_introducer", people["zoe"])
    assert title.startswith("pas de réponse de Zoé Martin au sujet de François Müller")

    # The review on the command line shows the same prompt (its English reason).
    close_database()
    try:
        day = (NOW + timedelta(days=9)).date().isoformat()
        assert main(["review", "--json", "--date", day, "--data-dir", str(paths.data_dir)]) == 0
        assert '"kind": "intro_follow_up"' in capsys.readouterr().out
    finally:
        open_database(paths.database, paths.backups_dir)

    # Done from Today: a touch with the introducer, and the prompt is gone for good.
    (item,) = [i for i in workspace.reminders.agenda(week_later.date()).due if i.source_id == rid]
    assert [
        f.kind.value
        for f in Workspace(workspace.paths, Clock(fixed=week_later)).introductions.follow_ups()
    ] == ["nudge_introducer"]
    workspace.reminders.done(item)
    assert intro_items(workspace, week_later + timedelta(days=30)) == []
    # The Introductions view's own list agrees: the nudge was sent.
    later = Workspace(workspace.paths, Clock(fixed=week_later + timedelta(days=1)))
    assert later.introductions.follow_ups() == []

    # Met: now the prompt is to tell the introducer and thank them.
    for status in (S.ACCEPTED, S.INTRODUCED, S.MET):
        workspace.introductions.move(rid, status)
    ((kind, who, _title),) = intro_items(workspace, NOW)
    assert (kind, who) == ("thank_after_meeting", people["zoe"])
    workspace.introductions.move(rid, S.CLOSED)
    assert intro_items(workspace, NOW + timedelta(days=3)) == []


def test_a_request_saved_without_its_emails_exports_them_from_the_templates(
    workspace: Workspace, people: dict[str, int], tmp_path: Path
) -> None:
    rid = workspace.introductions.save(
        IntroDraft(
            target_id=people["target"],
            introducer_id=people["zoe"],
            why="He built the B2B payments offer at Acme.",
            ask="A 30-minute coffee.",
        )
    )
    written = workspace.introductions.export(rid, tmp_path)
    opt_in, forwardable = parse(written.opt_in), parse(written.forwardable)
    assert opt_in["Subject"] == "Would you introduce me to François Müller?"
    assert opt_in.get_content().startswith("Hi Zoé,")
    assert "A 30-minute coffee." in opt_in.get_content()
    assert "I lead product at Lumen Data." in forwardable.get_content()
    assert forwardable["Subject"].strip()
