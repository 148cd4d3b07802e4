"""Reminders: the daily agenda, acting on due items, notifications, message drafts.

The Today view, the tray and ``networking-app review`` all go through :class:`Reminders`
(``Workspace.reminders``).
"""

from __future__ import annotations

import locale
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from networking_app.domain.agenda import AgendaInput, build_agenda, with_follow_ups
from networking_app.domain.due_list import DueList
from networking_app.domain.interactions import InteractionDraft, validate, week_start
from networking_app.domain.message_templates import builtin_template, template_values
from networking_app.domain.notifications import next_change
from networking_app.domain.notifications import to_notify as notify_rule
from networking_app.domain.recurrence import LocalDays
from networking_app.domain.reminders import (
    Agenda,
    DueItem,
    DueKind,
    FollowUpProvider,
    ItemState,
    ReminderSettings,
    StateStatus,
)
from networking_app.domain.templates import Rendered, TemplateText, render
from networking_app.domain.vocabulary import (
    Direction,
    InteractionKind,
    Language,
    LifeEventKind,
    TemplateKind,
)
from networking_app.services.agenda_builds import AgendaBuild, no_cyclic_gc
from networking_app.services.clock import Clock
from networking_app.storage import interactions, settings, templates
from networking_app.storage import reminders as store
from networking_app.storage.contact_editing import load_draft
from networking_app.storage.database import worker_connection
from networking_app.storage.models import db
from networking_app.storage.templates import saved_template

__all__ = ["Agenda", "AgendaBuild", "DueItem", "ItemState", "ReminderSettings", "Reminders"]

log = logging.getLogger(__name__)

#: What a quick "done" writes in the timeline, per kind, in English and French.
_TOUCH_SUMMARY = {
    DueKind.KEEP_IN_TOUCH: ("Kept in touch", "Pris des nouvelles"),
    DueKind.DORMANT: ("Reconnected", "Renoué le contact"),
    DueKind.LIFE_EVENT: ("Congratulated", "Félicité"),
    DueKind.CUSTOM: ("Reminder done", "Rappel fait"),
    DueKind.INTRO_FOLLOW_UP: ("Introduction follow-up", "Suivi d'introduction"),
}
_BIRTHDAY_SUMMARY = ("Birthday wishes", "Vœux d'anniversaire")


@dataclass
class Reminders:
    """Everything the UI and the command line do with reminders goes through here."""

    clock: Clock = field(default_factory=Clock)
    #: Introduction follow-ups come from these (the introductions feature registers one).
    providers: list[FollowUpProvider] = field(default_factory=list)
    #: The last agenda built: (what it depends on, the agenda, the states it read).
    _cached: tuple[tuple[object, ...], Agenda, dict[str, ItemState]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _local_days: tuple[object, LocalDays] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    #: Held while building (and writing the cache): one build at a time, whichever thread.
    _lock: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False, compare=False
    )
    #: How long the last build took, in seconds (None before the first one).
    last_build_seconds: float | None = field(default=None, init=False, compare=False)

    # -- settings ---------------------------------------------------------------------------
    def settings(self) -> ReminderSettings:
        return store.load_settings()

    def save_settings(self, new: ReminderSettings) -> None:
        store.save_settings(new)

    # -- the agenda -------------------------------------------------------------------------
    def agenda(self, today: date | None = None) -> Agenda:
        """The daily review for the local day ``today`` (default: the clock's today).

        Remembered until the data, the day or the time zone changes: the Today view, the
        tray and the notifications ask for it again and again, and at 30,000 contacts it
        takes about 40 ms to build but microseconds to recognise. Any write — through
        this service or not, on this connection or another — makes the next call build
        it afresh (see :func:`storage.reminders.data_version`), after working out the
        keep-in-touch days of the contacts the write changed (``storage.touch_days``).
        Its lists make their items when read (``domain.due_list``). Introduction
        follow-ups are asked of the providers at every call.
        """
        day = today or self.clock.today()
        follow_ups = [item for provider in self.providers for item in provider(day)]
        key = self._key(day)
        cached = self._cached
        if cached is not None and cached[0] == key:
            agenda, states = cached[1], cached[2]
        else:
            with self._lock:
                started = time.perf_counter()
                settings = self.settings()
                if self._touch_days_up_to_date(key[1], settings):
                    key = self._key(day)  # written: the data version moved
                with no_cyclic_gc():
                    agenda, states = self._build(day, self._days_for(key[1]), settings)
                self.last_build_seconds = time.perf_counter() - started
                # Inside a transaction the data read may still be rolled back: not kept.
                self._cached = None if store.in_transaction() else (key, agenda, states)
        return with_follow_ups(agenda, follow_ups, states) if follow_ups else agenda

    def _touch_days_up_to_date(
        self, zone: object, settings: ReminderSettings, only_a_few: bool = False
    ) -> int:
        """Work out again the keep-in-touch days of the contacts changed since the last
        build (of all of them after a change of zone or cadences); returns how many.
        ``only_a_few``: leave it when there are many (a worker thread does them)."""
        cadences = {c.value: days for c, days in settings.cadences.items()}
        basis = f"{zone!r} {sorted(cadences.items())!r}"
        ordinal = self._days_for(zone).ordinal
        return store.touch_days_up_to_date(basis, ordinal, cadences, only_a_few)

    def _key(self, day: date) -> tuple[object, ...]:
        """What the agenda of ``day`` depends on, as this thread sees it (microseconds)."""
        return (day, self._zone_key(), *store.data_version())

    def _days_for(self, zone: object) -> LocalDays:
        """Stored times to local days depend on the zone only: kept across builds (call
        with the lock held)."""
        if self._local_days is None or self._local_days[0] != zone:
            self._local_days = (zone, LocalDays(self.clock.to_local))
        return self._local_days[1]

    def is_current(self, today: date | None = None) -> bool:
        """Whether :meth:`agenda` would answer from memory now (nothing to build)."""
        cached = self._cached
        return cached is not None and cached[0] == self._key(today or self.clock.today())

    def start_build(self, today: date | None = None) -> AgendaBuild | None:
        """On the thread that will show the agenda: what a worker needs to build it, or
        None when this thread is inside a transaction (a worker could not see its data)."""
        if store.in_transaction():
            return None
        day, zone = today or self.clock.today(), self._zone_key()
        # The few contacts changed: quick, and the worker then only reads. Many (a change of
        # zone or cadences, an import): the worker does them, and builds again after.
        with self._lock:
            self._touch_days_up_to_date(zone, self.settings(), only_a_few=True)
        return AgendaBuild(day, zone, (day, zone, *store.data_version()))

    def build_on_worker_thread(self, job: AgendaBuild) -> None:
        """Build ``job``'s agenda on the calling worker thread (its own connection, closed
        afterwards); the result waits in ``job`` for :meth:`adopt`."""
        with worker_connection(), self._lock:
            started = time.perf_counter()
            settings = self.settings()
            self._touch_days_up_to_date(job.zone, settings)  # written meanwhile: not adopted
            with no_cyclic_gc():
                job.result = self._build(job.day, self._days_for(job.zone), settings)
            job.seconds = self.last_build_seconds = time.perf_counter() - started

    def readable(self) -> bool:
        """Whether the data folder is open on this thread (false once the window closed
        it: a build landing then is dropped rather than opening it again)."""
        return db.obj is not None and not db.obj.is_closed()

    def adopt(self, job: AgendaBuild) -> Agenda | None:
        """Back on the thread that started ``job``: its agenda, remembered as the current
        one, when nothing was written since it started (this connection's changes and
        other connections' commits both move the key); else None (build again)."""
        if job.result is None or store.in_transaction() or self._key(job.day) != job.key:
            return None
        with self._lock:
            self._cached = (job.key, *job.result)
        return self.agenda(job.day)  # from memory, with the introductions' follow-ups

    def _zone_key(self) -> object:
        """What the local days depend on: the clock's zone, else the system's as it is now
        (its names and current offset, so a change of the machine's zone is seen)."""
        if self.clock.zone is not None:
            return self.clock.zone
        return (time.tzname, datetime.now().astimezone().utcoffset())

    def _build(
        self, day: date, local_days: LocalDays, settings: ReminderSettings
    ) -> tuple[Agenda, dict[str, ItemState]]:
        monday = week_start(day)
        states = store.states()
        agenda = build_agenda(
            AgendaInput(
                today=day,
                settings=settings,
                local_days=local_days,
                touches=store.touches_due_by(day.toordinal(), False),
                dormant_touches=store.touches_due_by(day.toordinal(), True),
                life_events=store.life_events(),
                steps=store.open_steps(),
                customs=store.custom_reminders(),
                states=states,
                contacted_this_week=store.contacted_between(
                    self._utc_midnight(monday), self._utc_midnight(monday + timedelta(days=7))
                ),
                reads=store,
            )
        )
        return agenda, states

    def _utc_midnight(self, day: date) -> datetime:
        return self.clock.to_utc(datetime.combine(day, datetime.min.time()))

    # -- acting on an item --------------------------------------------------------------------
    def done(self, item: DueItem, summary: str = "") -> ItemState:
        """Mark done: a touch is logged for the people concerned (the cadence starts again),
        a next step is closed instead. Returns what :meth:`restore` needs to undo it."""
        previous = store.state(item.key)
        now = self.clock.now()
        logged = closed = None
        with db.atomic():
            if item.kind is DueKind.NEXT_STEP and item.source_id is not None:
                interactions.set_next_step_done(item.source_id, now)
                closed = item.source_id
            elif item.contact_ids:
                logged = self._log_touch(item, summary or self._summary(item), now)
            store.put_state(
                ItemState(item.key, StateStatus.DONE, None, item.due, logged, closed),
                item.contact_id,
                now,
            )
        return replace(previous, logged_interaction_id=logged, closed_step_id=closed)

    def snooze(self, item: DueItem, until: date) -> ItemState:
        """Hide ``item`` until the local day ``until`` (tomorrow, 3 days, a week, a date)."""
        previous = store.state(item.key)
        state = ItemState(item.key, StateStatus.SNOOZED, until, item.due)
        store.put_state(state, item.contact_id, self.clock.now())
        return replace(previous, logged_interaction_id=None, closed_step_id=None)

    def skip(self, item: DueItem) -> ItemState:
        """Skip this cycle: a keep-in-touch comes back one cadence from today; any other
        item is dropped for this occurrence (a yearly one comes back next year)."""
        previous = store.state(item.key)
        state = ItemState(item.key, StateStatus.SKIPPED, self.skipped_until(item), item.due)
        store.put_state(state, item.contact_id, self.clock.now())
        return replace(previous, logged_interaction_id=None, closed_step_id=None)

    def skipped_until(self, item: DueItem) -> date | None:
        """When :meth:`skip` brings ``item`` back: a keep-in-touch one cadence from today;
        None for the others (dropped for this occurrence)."""
        if item.kind in (DueKind.KEEP_IN_TOUCH, DueKind.DORMANT) and item.cadence_days:
            return self.clock.today() + timedelta(days=item.cadence_days)
        return None

    def restore(self, item: DueItem, previous: ItemState) -> None:
        """Undo :meth:`done`, :meth:`snooze` or :meth:`skip`: put ``previous`` back and take
        out the touch a done logged (or reopen the next step it closed)."""
        with db.atomic():
            if previous.logged_interaction_id is not None:
                interactions.delete_interaction(previous.logged_interaction_id)
            if previous.closed_step_id is not None:
                interactions.set_next_step_done(previous.closed_step_id, None)
            kept = replace(previous, logged_interaction_id=None, closed_step_id=None)
            store.put_state(kept, item.contact_id, self.clock.now())

    def snooze_all(self, until: date) -> list[tuple[DueItem, ItemState]]:
        """Snooze every item due today; returns each with its previous state, for undo."""
        due = self.agenda().due  # read first: remembered, and no build inside the write
        with db.atomic():
            return [(item, self.snooze(item, until)) for item in due]

    def _log_touch(self, item: DueItem, summary: str, now: datetime) -> int:
        draft = InteractionDraft(
            contact_ids=item.contact_ids,
            occurred_at=now,
            kind=InteractionKind.MESSAGE,
            direction=Direction.OUTREACH,
            summary=summary,
        )
        problems = validate(draft, now)
        if problems:  # cannot happen for a touch dated now; say so loudly if it does
            raise ValueError(f"cannot log a touch: {problems}")
        return interactions.save_interaction(draft, now)

    def _summary(self, item: DueItem) -> str:
        french = self._language() is Language.FRENCH
        if item.event_kind is LifeEventKind.BIRTHDAY:
            return _BIRTHDAY_SUMMARY[french]
        words = _TOUCH_SUMMARY.get(item.kind, _TOUCH_SUMMARY[DueKind.KEEP_IN_TOUCH])[french]
        if item.kind in (DueKind.CUSTOM, DueKind.INTRO_FOLLOW_UP) and item.title:
            return f"{words}: {item.title}"
        return words

    def _language(self) -> Language:
        return profile_language()

    # -- custom reminders and life events -------------------------------------------------------
    def add_custom(
        self, contact_id: int | None, text: str, first: date, repeat_days: int | None
    ) -> int:
        """A reminder of the user's own, once (``repeat_days`` None) or every n days
        (7 weekly, 30 monthly on the same day, 365 yearly on the same date)."""
        if not text.strip():
            raise ValueError("a reminder needs a text")
        if repeat_days is not None and repeat_days < 1:
            raise ValueError("repeat_days must be at least 1")
        return store.add_custom(contact_id, text, first, repeat_days, self.clock.now())

    def delete_custom(self, reminder_id: int) -> None:
        store.delete_custom(reminder_id)

    def add_life_event(
        self,
        contact_id: int,
        kind: LifeEventKind,
        day: date,
        note: str = "",
        yearly: bool | None = None,
    ) -> int:
        """Record a life event; birthdays repeat every year unless told otherwise."""
        repeat = kind is LifeEventKind.BIRTHDAY if yearly is None else yearly
        return store.add_life_event(contact_id, kind, day, note, repeat, self.clock.now())

    def delete_life_event(self, event_id: int) -> None:
        store.delete_life_event(event_id)

    def remove(self, item: DueItem) -> Callable[[], DueItem | None] | None:
        """Delete the custom reminder or recorded life event ``item`` comes from.

        Returns how to put it back (for undo; it returns the item as it comes back), or
        None when ``item`` is not the user's own (a birthday field, a next step…)."""
        if item.source_id is None:
            return None
        if item.kind is DueKind.CUSTOM:
            custom = next((c for c in store.custom_reminders() if c.id == item.source_id), None)
            if custom is None:
                return None
            store.delete_custom(custom.id)

            def put_back_custom() -> DueItem | None:
                new = self.add_custom(
                    custom.contact_id, custom.text, custom.first, custom.repeat_days
                )
                return _renumbered(item, new)

            return put_back_custom
        if item.kind is DueKind.LIFE_EVENT:
            event = next((e for e in store.life_events() if e.id == item.source_id), None)
            if event is None or event.id is None:
                return None
            store.delete_life_event(event.id)

            def put_back_event() -> DueItem | None:
                new = self.add_life_event(
                    event.contact_id, event.kind, event.day, event.note, event.yearly
                )
                return _renumbered(item, new)

            return put_back_event
        return None

    # -- notifications -------------------------------------------------------------------------
    def _local(self, now: datetime) -> datetime:
        """``now`` (aware, or naive local) as the user's naive local time."""
        if now.tzinfo is None:
            return now
        return self.clock.to_local(now.astimezone(UTC).replace(tzinfo=None))

    def to_notify(self, now: datetime, agenda: Agenda | None = None) -> DueList:
        """Due items to announce at ``now`` (aware, or naive local): none while paused, in
        quiet hours or before the daily time; never one already announced that local day."""
        local = self._local(now)
        current = self.settings()
        instant = now if now.tzinfo else self.clock.to_utc(now).replace(tzinfo=UTC)
        paused = current.paused_until is not None and instant < current.paused_until
        if agenda is None or agenda.today != local.date():
            agenda = self.agenda(local.date())
        return notify_rule(agenda.due, local, store.notified_on(local.date()), current, paused)

    def mark_notified(self, items: DueList, now: datetime) -> None:
        """Remember that ``items`` were announced on ``now``'s local day."""
        store.record_notices(list(items.keys()), self._local(now).date(), self.clock.now())

    def next_check(self, now: datetime) -> datetime:
        """The next naive local time when :meth:`to_notify` may change without a data change
        (the daily time, the end of quiet hours or of a pause, midnight)."""
        current = self.settings()
        paused = current.paused_until
        return next_change(self._local(now), current, self._local(paused) if paused else None)

    # -- templates and drafts ----------------------------------------------------------------------
    def template(self, kind: TemplateKind, language: Language) -> TemplateText:
        """The user's saved copy of ``kind`` in ``language``, else the built-in text."""
        return saved_template(kind, language) or builtin_template(kind, language)

    def builtin_template(self, kind: TemplateKind, language: Language) -> TemplateText:
        """The built-in text (what "Reset" goes back to); touches nothing."""
        return builtin_template(kind, language)

    def save_template(self, template: TemplateText) -> None:
        templates.save_template(template)

    def reset_template(self, kind: TemplateKind, language: Language) -> None:
        templates.reset_template(kind, language)

    def draft(self, kind: TemplateKind, contact_id: int, language: Language) -> Rendered:
        """The template of ``kind`` (the user's saved copy, else the built-in one) filled
        from the contact and the profile; placeholders left empty stay visible."""
        concrete = language if language is not Language.SYSTEM else self._language()
        template = self.template(kind, concrete)
        values = template_values(load_draft(contact_id), settings.load_profile())
        return render(template, values)


def profile_language() -> Language:
    """The language texts written into the data should use: the profile's, else the
    system's (as the window's language is chosen)."""
    chosen = settings.load_profile().language
    if chosen is not Language.SYSTEM:
        return chosen
    system = os.environ.get("LANGUAGE") or locale.getlocale()[0] or os.environ.get("LANG", "")
    return Language.FRENCH if system.lower().startswith("fr") else Language.ENGLISH


def _renumbered(item: DueItem, new_id: int) -> DueItem:
    """``item`` for its source saved again under ``new_id`` ("custom:7:…" → "custom:9:…")."""
    parts = item.key.split(":")
    parts[1] = str(new_id)
    return replace(item, source_id=new_id, key=":".join(parts))
