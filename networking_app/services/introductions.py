"""Use-cases of introduction requests: the wizard, the Introductions view, `intro` CLI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

from networking_app.domain.email_draft import EmailDraft, file_stem, to_eml
from networking_app.domain.intro_templates import (
    IntroParties,
    builtin_template,
    forwardable_draft,
    opt_in_draft,
    render_intro,
    values,
)
from networking_app.domain.introductions import (
    FollowUpKind,
    IntroDraft,
    IntroducerFacts,
    IntroFollowUp,
    IntroSummary,
    ReadinessWarning,
    follow_ups,
    rank_introducers,
    readiness,
)
from networking_app.domain.reminders import DueItem, DueKind
from networking_app.domain.templates import TemplateText
from networking_app.domain.vocabulary import IntroStatus, Language, TemplateKind
from networking_app.services.clock import Clock
from networking_app.services.reminders import profile_language
from networking_app.storage import introductions, settings
from networking_app.storage import reminders as reminder_states
from networking_app.storage import templates as stored_templates
from networking_app.storage.contact_editing import load_draft
from networking_app.storage.database import worker_connection
from networking_app.storage.introductions import RequestNotFound, StepRecord

#: (English, French) wording of each follow-up, as Today and `review` show it.
_FOLLOW_UP_TITLES: dict[FollowUpKind, tuple[str, str]] = {
    FollowUpKind.NUDGE_INTRODUCER: (
        "no answer from {introducer} about {target} for a week: one gentle follow-up",
        "pas de réponse de {introducer} au sujet de {target} depuis une semaine :"
        " une relance, en douceur",
    ),
    FollowUpKind.THANK_AFTER_MEETING: (
        "you met {target}: tell {introducer} how it went and thank them",
        "vous avez rencontré {target} : racontez la suite à {introducer} et remerciez-le/la",
    ),
    FollowUpKind.THANK_AFTER_DECLINE: (
        "{introducer} could not introduce you to {target}: thank them anyway",
        "{introducer} n’a pas pu vous présenter {target} : remerciez-le/la quand même",
    ),
}


def _key(follow_up: IntroFollowUp) -> str:
    """The follow-up's key in the daily review (its done/snoozed state is kept by it)."""
    return f"intro:{follow_up.request_id}:{follow_up.kind.value}"


__all__ = ["ExportedDrafts", "Introductions", "RequestNotFound", "StepRecord"]

#: Written beside the exported drafts: the forwardable one has no recipient on purpose.
EXPORT_NOTE = (
    "Two email drafts for one introduction request (open them in Thunderbird or Outlook;\n"
    "they open as drafts to edit and send).\n"
    "\n"
    "1. {opt_in}: the opt-in request to {introducer}. {to_line}\n"
    "2. {forwardable}: the forwardable email, written for {target}. Its To is empty on\n"
    "   purpose: send it to {introducer} once they agree, and they forward it unchanged.\n"
)


@dataclass(frozen=True)
class ExportedDrafts:
    opt_in: Path
    forwardable: Path
    note: Path
    introducer_has_email: bool


@dataclass
class Introductions:
    """Everything the UI and the command line do with introduction requests."""

    clock: Clock = field(default_factory=Clock)

    # -- reading -------------------------------------------------------------------------
    def all(self) -> list[IntroSummary]:
        return introductions.list_requests()

    def load(self, request_id: int) -> IntroDraft:
        return introductions.load_request(request_id)

    def candidates(self, target_id: int) -> list[IntroducerFacts]:
        """Possible introducers, best first; who declined for this target is left out."""
        facts = introductions.introducer_facts(target_id, self.clock.now() - timedelta(days=365))
        return rank_introducers(facts, introductions.declined_introducers(target_id))

    def declined_names(self, target_id: int) -> list[str]:
        """Who declined to introduce this target before: not proposed again."""
        return [load_draft(cid).name for cid in introductions.declined_introducers(target_id)]

    def candidates_on_worker_thread(self, target_id: int) -> list[IntroducerFacts]:
        """:meth:`candidates` for a worker thread (its own connection, closed afterwards)."""
        with worker_connection():
            return self.candidates(target_id)

    def readiness(
        self, introducer: IntroducerFacts | None, why: str, ask: str, request_id: int | None = None
    ) -> list[ReadinessWarning]:
        pending = introductions.pending_with(introducer.contact_id, request_id) if introducer else 0
        return readiness(introducer, why, ask, self.clock.now(), pending)

    def follow_ups(self, requests: Sequence[IntroSummary] | None = None) -> list[IntroFollowUp]:
        """Prompts due today (see :func:`domain.introductions.follow_ups`), without those
        marked done, snoozed or skipped in the daily review. ``requests``: those already
        read by :meth:`all`, if the caller has them."""
        today = self.clock.today()
        found = follow_ups([r.state() for r in (requests or self.all())], today)
        return [f for f in found if not reminder_states.state(_key(f)).hides(f.due, today)]

    def due_items(self, today: date) -> list[DueItem]:
        """The follow-ups as reminder items: a provider for ``Reminders.providers``.

        Each concerns the introducer (done logs a touch with them); its key names the
        request and the kind of prompt, so a done or snoozed prompt stays so until the
        request moves on. The title is written in the profile's language.
        """
        requests = {request.id: request for request in self.all()}
        french = profile_language() is Language.FRENCH  # as the window speaks
        items = []
        for follow_up in follow_ups([r.state() for r in requests.values()], today):
            request = requests[follow_up.request_id]
            title = _FOLLOW_UP_TITLES[follow_up.kind][french].format(
                introducer=follow_up.introducer_name, target=follow_up.target_name
            )
            contact = request.introducer_id
            items.append(
                DueItem(
                    key=_key(follow_up),
                    kind=DueKind.INTRO_FOLLOW_UP,
                    due=follow_up.due,
                    contact_id=contact,
                    contact_name=follow_up.introducer_name,
                    title=title,
                    days_late=(today - follow_up.due).days,
                    source_id=request.id,
                    reason=_FOLLOW_UP_TITLES[follow_up.kind][False].format(
                        introducer=follow_up.introducer_name, target=follow_up.target_name
                    ),
                    contact_ids=(contact,) if contact is not None else (),
                )
            )
        return items

    # -- templates ----------------------------------------------------------------------
    def template(self, kind: TemplateKind, language: Language) -> TemplateText:
        """The user's edited copy of ``kind`` if they saved one, else the guide's text."""
        lang = Language.FRENCH if language is Language.FRENCH else Language.ENGLISH
        return stored_templates.saved_template(kind, lang) or builtin_template(kind, lang)

    def save_template(self, template: TemplateText) -> None:
        stored_templates.save_template(template)

    def reset_template(self, kind: TemplateKind, language: Language) -> None:
        stored_templates.reset_template(kind, language)

    def fields(self, draft: IntroDraft) -> dict[str, str]:
        """The placeholder values for ``draft``'s two emails."""
        target = load_draft(draft.target_id)
        introducer = load_draft(draft.introducer_id).name if draft.introducer_id else ""
        profile = settings.load_profile()
        parties = IntroParties(
            introducer_name=introducer,
            target_name=target.name,
            why=draft.why,
            ask=draft.ask,
            context=draft.context,
            target_role=target.role,
            target_organisation=target.organisation,
            my_name=profile.name,
            pitch=profile.pitch,
            signature=profile.signature,
        )
        return values(parties)

    # -- changing ------------------------------------------------------------------------
    def save(self, draft: IntroDraft) -> int:
        """Save the request (new ones start as a draft); returns its id."""
        if not draft.why.strip():
            raise ValueError("why this person is required")
        return introductions.save_request(draft, self.clock.now())

    def move(self, request_id: int, status: IntroStatus, note: str = "") -> StepRecord:
        """One step of the chain; raises IllegalTransition (nothing changes) when illegal."""
        return introductions.move(request_id, status, self.clock.now(), note)

    def undo(self, record: StepRecord) -> None:
        introductions.undo_step(record, self.clock.now())

    # -- email drafts --------------------------------------------------------------------
    def composed(self, draft: IntroDraft) -> IntroDraft:
        """``draft`` with each empty email filled from its template."""
        language = Language.FRENCH if draft.language == Language.FRENCH.value else Language.ENGLISH
        fields: dict[str, str] | None = None
        texts: dict[str, Any] = {}
        for kind, prefix in (
            (TemplateKind.INTRO_OPT_IN, "opt_in"),
            (TemplateKind.INTRO_FORWARDABLE, "forwardable"),
        ):
            subject, body = getattr(draft, f"{prefix}_subject"), getattr(draft, f"{prefix}_body")
            if subject.strip() or body.strip():
                continue
            fields = fields if fields is not None else self.fields(draft)
            rendered = render_intro(self.template(kind, language), fields)
            texts[f"{prefix}_subject"], texts[f"{prefix}_body"] = rendered.subject, rendered.body
        return replace(draft, **texts) if texts else draft

    def drafts(self, request_id: int) -> tuple[EmailDraft, EmailDraft]:
        """(opt-in to the introducer, forwardable for the target) as stored; an email
        never written (a request saved before its drafts) is composed from the templates
        of the request's language, as the wizard would have."""
        r = self.composed(self.load(request_id))
        me = settings.load_profile().name
        name = load_draft(r.introducer_id).name if r.introducer_id else ""
        email = introductions.preferred_email(r.introducer_id) if r.introducer_id else ""
        return (
            opt_in_draft(r.opt_in_subject, r.opt_in_body, name, email, me),
            forwardable_draft(r.forwardable_subject, r.forwardable_body, me),
        )

    def export(self, request_id: int, out: Path) -> ExportedDrafts:
        """Write both drafts as .eml files (and a short note) into the folder ``out``."""
        opt_in, forwardable = self.drafts(request_id)
        summary = next((s for s in self.all() if s.id == request_id), None)
        target = summary.target_name if summary else ""
        introducer = opt_in.to_name or "the introducer"
        stem = f"intro-{request_id}-{file_stem(target, 'target')}"
        out.mkdir(parents=True, exist_ok=True)
        now = self.clock.now()
        paths = (out / f"{stem}-1-opt-in.eml", out / f"{stem}-2-forwardable.eml")
        for path, draft in zip(paths, (opt_in, forwardable), strict=True):
            path.write_bytes(to_eml(draft, now.replace(tzinfo=UTC)))
        has_email = bool(opt_in.to_address)
        to_line = (
            f"It is addressed to {opt_in.to_address}."
            if has_email
            else "It has no recipient: no email is recorded for them; add one or send it"
            " another way."
        )
        note = out / f"{stem}-README.txt"
        note.write_text(
            EXPORT_NOTE.format(
                opt_in=paths[0].name,
                forwardable=paths[1].name,
                introducer=introducer,
                target=target or "the person to meet",
                to_line=to_line,
            ),
            encoding="utf-8",
        )
        return ExportedDrafts(paths[0], paths[1], note, has_email)
