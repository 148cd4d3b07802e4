"""Fill an empty database with a realistic, fictional network (``networking-app demo``).

The demo gives every view something to show: overdue touches, dormant weak ties,
bridges, a structural hole, follow-ups and introductions at different steps. It is
deterministic for a given seed and day, and written in one transaction so that an
interrupted fill leaves the database as empty as it was.
"""

from __future__ import annotations

import logging
import random
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from networking_app.domain.profile import Profile
from networking_app.domain.vocabulary import (
    DEFAULT_CADENCE_DAYS,
    AskOutcome,
    Channel,
    Circle,
    Direction,
    InteractionKind,
    MethodKind,
    PersonalityMode,
    ResponseState,
    TargetCategory,
    ValueType,
    join_values,
)
from networking_app.services import demo_data as data
from networking_app.services import demo_texts as wording
from networking_app.services.demo_base import bulk, next_id
from networking_app.services.demo_chains import DemoChains
from networking_app.storage.models import (
    Contact,
    ContactMethod,
    ContactTag,
    Interaction,
    InteractionParticipant,
    Tag,
    TargetDomain,
    db,
)
from networking_app.storage.settings import load_profile, save_profile

log = logging.getLogger(__name__)

_K = InteractionKind
_CIRCLE_SIZES = ((Circle.CLOSE, 10), (Circle.EXTENDED, 25), (Circle.WEAK, 41), (Circle.TARGET, 20))
_PER_CONTACT = {Circle.CLOSE: (20, 30), Circle.EXTENDED: (9, 16), Circle.WEAK: (1, 6)}
_OLDEST_DAYS = 545  # interactions go back about 18 months
_KINDS = {Circle(c): {_K(k): w for k, w in ws.items()} for c, ws in data.KIND_WEIGHTS.items()}
_GROUP_KINDS = {_K.MEAL, _K.MEETING, _K.EVENT, _K.VIDEO, _K.COFFEE}
_DIRECTIONS = {Direction.OUTREACH: 45, Direction.INBOUND: 30, Direction.MUTUAL: 25}
_CHANNELS = {Channel(k): w for k, w in data.CHANNEL_WEIGHTS.items()}
_Touch = tuple[InteractionKind, Direction]
_MET_TOUCHES: tuple[_Touch, ...] = ((_K.COFFEE, Direction.MUTUAL), (_K.EMAIL, Direction.OUTREACH))
_ASCII = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "æ": "ae"})
_INTRO_TARGETS = (("fintech", "product", "Head of Product"), ("software", "data", "Head of Data"))
_UNSET = ("introduced_by", "cadence_days", "archived_at", "birthday_day", "birthday_year")


class DemoRefused(Exception):
    """The database already holds contacts: the demo never mixes with real data."""


@dataclass(frozen=True)
class DemoSummary:
    contacts: int
    interactions: int
    life_events: int
    relationships: int
    introductions: int
    target_domains: int


def fill_demo(today: date, seed: int = 2026) -> DemoSummary:
    """Write the demo network into the bound, empty database: all of it or nothing."""
    with db.atomic():
        existing = Contact.select().count()  # archived ones too: the trash is real data
        if existing:
            noun = "contact" if existing == 1 else "contacts"
            raise DemoRefused(
                f"the database already has {existing} {noun}; demo data only goes into an"
                " empty data folder"
            )
        summary = _Demo(today, random.Random(seed)).write()
    log.info("demo network written: %s", summary)
    return summary


def _pick(rng: random.Random, weights: dict[Any, int]) -> Any:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _slug(text: str) -> str:
    """ASCII words joined by hyphens: "Ana-Lucía García" → "ana-lucia-garcia"."""
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII)).lower()
    kept = "".join(c if c.isascii() and c.isalnum() else " " if c in " -&." else "" for c in folded)
    return "-".join(kept.split())


def _method(kind: MethodKind, value: str, label: str) -> dict[str, Any]:
    return {"kind": kind.value, "value": value, "label": label}


class _Demo(DemoChains):
    """One fill: the contacts, their methods, tags and timelines; the ties come from DemoChains."""

    def write(self) -> DemoSummary:
        self.build_contacts()
        contacts = bulk(Contact, list(self.contacts.values()))
        self.write_methods_and_tags()
        relationships = self.write_links()
        interactions = self.write_interactions()
        life_events = self.write_life_events()
        introductions = self.write_introductions()
        known = {(d.kind, d.name) for d in TargetDomain.select()}  # the user's own stay
        domains = [dict(kind=k, name=n, note=note) for k, n, note in wording.TARGET_DOMAINS]
        target_domains = bulk(
            TargetDomain, [d for d in domains if (d["kind"], d["name"]) not in known]
        )
        current = load_profile()
        if not (current.name or current.pitch):  # never overwrite the user's own profile
            pitch, signature = wording.PROFILE_PITCH, wording.PROFILE_SIGNATURE
            mode = PersonalityMode.NONE
            save_profile(Profile(wording.PROFILE_NAME, pitch, signature, personality=mode))
        return DemoSummary(
            contacts, interactions, life_events, relationships, introductions, target_domains
        )

    def build_contacts(self) -> None:
        rng, today = self.rng, self.today
        family = list(data.FAMILY_NAMES)
        rng.shuffle(family)
        people = list(zip(data.GIVEN_NAMES, family, strict=True))
        rng.shuffle(people)
        circles = [c for c, n in _CIRCLE_SIZES for _ in range(n)]
        industries = {k: w for k, (w, _) in data.INDUSTRIES.items()}
        functions = {k: w for k, (w, _) in data.FUNCTIONS.items()}
        for cid, ((given, family_name), circle) in enumerate(zip(people, circles, strict=True), 1):
            industry, function = _pick(rng, industries), _pick(rng, functions)
            is_target = circle is Circle.TARGET
            categories = list(TargetCategory)
            cats = rng.sample(categories, rng.randint(1, 2)) if is_target else []
            if not is_target and rng.random() < 0.15:
                cats = [rng.choice(categories)]
            created = self.at(
                today
                - timedelta(days=rng.randint(10, 150) if is_target else rng.randint(560, 1500))
            )
            prep = rng.choice(wording.PREP_NOTES) if is_target or rng.random() < 0.1 else ""
            notes = rng.choice(wording.CONTACT_NOTES) if rng.random() < 0.35 else ""
            row: dict[str, Any] = dict.fromkeys(_UNSET)
            row.update(
                id=cid,
                uid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                given_name=given,
                family_name=family_name,
                organisation=rng.choice(data.INDUSTRIES[industry][1]),
                role=rng.choice(data.FUNCTIONS[function][1]),
                industry=industry,
                function=function,
                city=rng.choice(data.CITIES)[0],
                circle=circle.value,
                target_categories=join_values(cats),
                channel=_pick(rng, _CHANNELS).value,
                prep_notes=prep,
                notes="" if is_target else notes,
                created_at=created,
                updated_at=created,
            )
            # About half have a known birthday, half of those with the year.
            row["birthday_month"] = rng.randint(1, 12) if rng.random() < 0.5 else None
            if row["birthday_month"]:
                year = rng.randint(1965, 1998) if rng.random() < 0.5 else None
                row.update(birthday_day=rng.randint(1, 28), birthday_year=year)
            self.contacts[cid] = row
            self.circle[circle].append(cid)
        self.cast_roles()

    def cast_roles(self) -> None:
        """Give a few contacts the parts the demo needs; who plays them depends on the seed."""
        rng, today, contacts = self.rng, self.today, self.contacts
        close, ext, weak = (self.circle[c] for c in (Circle.CLOSE, Circle.EXTENDED, Circle.WEAK))
        self.overdue = {close[2], close[3], ext[3], ext[4], ext[6], ext[7]}
        self.upcoming = {close[6], close[7], ext[10], ext[11]}
        self.dormant = set(weak[4:12])
        self.archived = set(weak[-2:])
        self.bridges = [close[4], close[5], ext[8], ext[9]]
        self.met, self.met_introducer = weak[0], ext[0]  # a former target, met last quarter
        for cid, days in zip(sorted(self.archived), (12, 47), strict=True):
            stamp = self.at(today - timedelta(days=days))
            contacts[cid].update(archived_at=stamp, updated_at=stamp)
        for cid, cadence in ((close[1], 14), (ext[2], 30), (ext[5], 90), (weak[3], 365)):
            contacts[cid]["cadence_days"] = cadence
        soon = today + timedelta(days=4)
        contacts[close[0]].update(birthday_month=soon.month, birthday_day=soon.day)
        contacts[ext[1]].update(birthday_month=2, birthday_day=29, birthday_year=1988)
        introduction = Channel.INTRODUCTION.value
        # Introducers get lower ids than the people they introduced: one insert, no forward refs.
        for cid in rng.sample(ext[12:] + weak[12:-2], 10):
            contacts[cid].update(introduced_by=rng.choice(close + ext[:12]), channel=introduction)
        targets = self.circle[Circle.TARGET]  # the first two fit the intro requests' texts
        for target, (industry, function, role) in zip(targets[:2], _INTRO_TARGETS, strict=True):
            org = rng.choice(data.INDUSTRIES[industry][1])
            contacts[target].update(
                industry=industry, function=function, role=role, organisation=org
            )
        met, stamp = contacts[self.met], self.at(today - timedelta(days=85))
        met.update(introduced_by=self.met_introducer, channel=introduction, role="VP Product")
        met.update(function="product", created_at=stamp, updated_at=stamp)
        met["target_categories"] = TargetCategory.POTENTIAL_MENTOR.value

    def write_methods_and_tags(self) -> None:
        rng = self.rng
        methods: list[dict[str, Any]] = []
        tagged: list[dict[str, Any]] = []
        phone_style = dict(data.CITIES)
        tag_ids = {t.name.lower(): t.id for t in Tag.select()}
        bulk(Tag, [dict(name=n) for n in data.TAGS if n.lower() not in tag_ids])
        tag_ids = {t.name.lower(): t.id for t in Tag.select()}
        for cid, row in self.contacts.items():
            who = f"{_slug(row['given_name'])}.{_slug(row['family_name'])}"
            domain = _slug(row["organisation"])
            found: list[dict[str, Any]] = []
            if rng.random() < 0.9:
                found.append(_method(MethodKind.EMAIL, f"{who}@{domain}.example", "work"))
            if rng.random() < 0.35:
                found.append(_method(MethodKind.EMAIL, f"{who}@mail.example", "personal"))
            if rng.random() < 0.75:
                pattern = data.PHONES.get(phone_style[row["city"]], data.PHONES["fr"])
                number = pattern.format(id=cid, n=rng.randint(10, 99))
                found.append(_method(MethodKind.PHONE, number, "mobile"))
            if rng.random() < 0.4:
                url = f"https://www.linkedin.com/in/{who.replace('.', '-')}"
                found.append(_method(MethodKind.URL, url, "LinkedIn"))
            preferred = rng.randrange(len(found)) if found else -1
            for i, method in enumerate(found):
                methods.append(method | {"contact": cid, "preferred": i == preferred})
            count = rng.choices(range(7), weights=(12, 10, 16, 22, 20, 12, 8))[0]
            names = set(rng.sample(data.TAGS, count))
            if count and row["function"] == "product":
                names.add("product")
            if count and row["industry"] == "energy":
                names.add("climate")
            tagged += [dict(contact=cid, tag=tag_ids[n.lower()]) for n in sorted(names)]
        bulk(ContactMethod, methods)
        bulk(ContactTag, tagged)

    def plan(self, cid: int, circle: Circle) -> list[date]:
        """The days of a contact's interactions, oldest first."""
        rng = self.rng
        if cid == self.met:  # the introduction's first coffee, then a thank-you
            return [self.today - timedelta(days=62), self.today - timedelta(days=55)]
        if circle is Circle.TARGET:  # a "like" since they were added, at most
            created = (self.today - self.contacts[cid]["created_at"].date()).days
            return [self.day(rng.randint(1, created - 3))]
        cadence = self.contacts[cid]["cadence_days"] or DEFAULT_CADENCE_DAYS[circle]
        if cid in self.overdue:
            last = cadence + rng.randint(8, 45)
        elif cid in self.dormant:
            last = rng.randint(200, 520)
        elif cid in self.upcoming:
            last = rng.randint(1, 9)
        else:
            last = rng.randint(1, min(cadence - 5, 150))
        first = max(last, rng.randint(525 if circle is Circle.CLOSE else 250, _OLDEST_DAYS))
        n = rng.randint(*_PER_CONTACT[circle])
        days = {first, last, *(rng.randint(last, first) for _ in range(n - 2))}
        days = {last} if n == 1 else days
        return [self.day(d) for d in sorted(days, reverse=True)]

    def write_interactions(self) -> int:
        rng = self.rng
        near = self.circle[Circle.CLOSE] + self.circle[Circle.EXTENDED]
        companions = [c for c in near if c not in self.overdue]
        steps = dict.fromkeys(self.upcoming, "upcoming") | dict.fromkeys(self.overdue, "overdue")
        touched_targets = self.circle[Circle.TARGET][-4:]
        items: list[tuple[datetime, int, dict[str, Any], list[int]]] = []
        introducer = self.name(self.met_introducer)
        for cid, row in self.contacts.items():
            circle = Circle(row["circle"])
            if circle is Circle.TARGET and cid not in touched_targets:
                continue  # people to meet: not met yet
            dates = self.plan(cid, circle)
            for i, d in enumerate(dates):
                step = steps.get(cid) if i == len(dates) - 1 else None
                touch = _MET_TOUCHES[i] if cid == self.met else None
                inter = self.interaction(circle, self.at(d), step, touch)
                if cid == self.met:
                    inter["summary"] = wording.MET_SUMMARIES[i].format(introducer=introducer)
                people = [cid]
                if cid in near and inter["kind"] in _GROUP_KINDS and rng.random() < 0.15:
                    people += rng.sample([c for c in companions if c != cid], rng.randint(1, 3))
                items.append((inter["occurred_at"], cid, inter, people))
        items.sort(key=lambda item: item[:2])
        first_id = next_id(Interaction)
        rows, participants = [], []
        for iid, (_, _, inter, people) in enumerate(items, first_id):
            rows.append(dict(id=iid, **inter))
            participants += [dict(interaction=iid, contact=c) for c in people]
        bulk(Interaction, rows)
        bulk(InteractionParticipant, participants)
        return len(rows)

    def interaction(
        self, circle: Circle, when: datetime, step: str | None, touch: _Touch | None
    ) -> dict[str, Any]:
        """One interaction's fields; ``step`` forces an "upcoming" or "overdue" next step."""
        rng, today = self.rng, self.today
        days_ago = (today - when.date()).days
        if touch:
            kind, direction = touch
        else:
            kind = _pick(rng, _KINDS[circle])
            mutual = kind is _K.EVENT and rng.random() < 0.6
            direction = Direction.MUTUAL if mutual else _pick(rng, _DIRECTIONS)
        values = rng.sample(list(ValueType), rng.choice((1, 1, 2))) if rng.random() < 0.2 else []
        if values:
            summary = rng.choice(wording.VALUE_SUMMARIES[values[0].value])
        else:
            summary = rng.choice(wording.SUMMARIES[kind.value]).format(
                topic=rng.choice(data.TOPICS)
            )
        ask, outcome = "", None
        if rng.random() < 0.08:
            ask = rng.choice(wording.ASKS)
            if days_ago < 30 and rng.random() < 0.5:
                outcome = AskOutcome.PENDING.value
            else:
                outcome = _pick(rng, {AskOutcome.YES: 3, AskOutcome.NO: 1}).value
        state, responded = None, None
        if direction is Direction.OUTREACH:
            chance = rng.random()
            if days_ago <= 21 and chance < 0.5:
                state = ResponseState.WAITING.value
            elif days_ago > 14 and chance < 0.08:
                state = ResponseState.NO_ANSWER.value
            else:
                state = ResponseState.ANSWERED.value
                later = when + timedelta(hours=rng.randint(1, 96))
                responded = min(later, self.midnight - timedelta(minutes=1))
        next_step, due, done = "", None, None
        if step or rng.random() < 0.13:
            next_step = rng.choice(wording.NEXT_STEPS)
            due = when.date() + timedelta(days=rng.randint(3, 21))
            if step == "upcoming":
                due = today + timedelta(days=rng.randint(1, 10))
            elif step == "overdue":
                due = when.date() + timedelta(days=7)
            elif due < today and rng.random() < (0.95 if (today - due).days > 30 else 0.6):
                span = (due - when.date()).days
                done = self.at(when.date() + timedelta(days=rng.randint(1, span)))
        created = when + timedelta(minutes=rng.randint(5, 240))
        return dict(
            occurred_at=when,
            kind=kind.value,
            direction=direction.value,
            summary=summary,
            values_given=join_values([v.value for v in values]),
            notes=rng.choice(wording.INTERACTION_NOTES) if rng.random() < 0.25 else "",
            ask=ask,
            ask_outcome=outcome,
            response_state=state,
            responded_at=responded,
            next_step=next_step,
            next_step_due=due,
            next_step_done_at=done,
            created_at=created,
            updated_at=max(t for t in (created, responded, done) if t is not None),
        )
