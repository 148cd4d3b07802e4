"""Contacts in a real database: save and read back, circles, trash, merge."""

from __future__ import annotations

from datetime import datetime

import pytest

from networking_app.domain.contacts import ContactDraft, MethodDraft, RelationshipDraft
from networking_app.domain.vocabulary import Circle, LifeEventKind
from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.contacts import ContactBook, InvalidContact
from networking_app.storage.models import (
    Contact,
    Interaction,
    InteractionParticipant,
    IntroductionRequest,
    LifeEvent,
    db,
)

NOW = datetime(2026, 11, 28, 9, 0)


@pytest.fixture
def book(database: AppPaths) -> ContactBook:
    return ContactBook(Clock(fixed=NOW))


def touch(contact_ids: list[int], when: datetime) -> int:
    interaction = Interaction.create(occurred_at=when, kind="coffee", direction="mutual")
    for cid in contact_ids:
        InteractionParticipant.create(interaction=interaction, contact=cid)
    return int(interaction.id)


def test_a_full_draft_round_trips(book: ContactBook) -> None:
    friend = book.save(ContactDraft(given_name="Søren", family_name="Kierkegaard"))
    draft = ContactDraft(
        given_name="Élodie",
        family_name="Roux",
        nickname="Lo",
        organisation="Acme",
        role="CTO",
        industry="fintech",
        function="engineering",
        city="Lyon",
        circle=Circle.CLOSE,
        target_categories=("potential_mentor", "own_industry"),
        channel="alumni",
        introduced_by_id=friend,
        birthday_day=29,
        birthday_month=2,
        cadence_days=14,
        prep_notes="Ask about the Lisbon office",
        notes="Met at ESCP",
        methods=(
            MethodDraft("email", "elodie@acme.example", "work", True),
            MethodDraft("email", "lo@home.example", "home"),
            MethodDraft("phone", "+33 6 12 34 56 78", "mobile", True),
        ),
        tags=("mentor", "fintech"),
        relationships=(RelationshipDraft(friend, "works_with", 4),),
    )
    cid = book.save(draft)
    again = book.draft(cid)
    assert again.given_name == "Élodie" and again.introduced_by_id == friend
    assert again.target_categories == ("own_industry", "potential_mentor")
    assert again.methods == draft.methods
    assert again.tags == ("fintech", "mentor")
    assert again.relationships == draft.relationships
    assert (again.birthday_day, again.birthday_month, again.birthday_year) == (29, 2, None)
    detail = book.detail(friend)
    assert [(link.name, link.kind) for link in detail.links] == [("Élodie Roux", "works_with")]


def test_invalid_draft_saves_nothing(book: ContactBook) -> None:
    with pytest.raises(InvalidContact):
        book.save(ContactDraft(given_name="Bob", methods=(MethodDraft("email", "bob@"),)))
    assert Contact.select().count() == 0


def test_tags_are_shared_case_insensitively(book: ContactBook) -> None:
    book.save(ContactDraft(given_name="A", tags=("Mentor",)))
    book.save(ContactDraft(given_name="B", tags=("mentor", "climate")))
    assert book.tags() == ["climate", "Mentor"]


def test_cards_show_last_interaction_and_due(book: ContactBook) -> None:
    cid = book.save(ContactDraft(given_name="Zoé", circle=Circle.CLOSE))
    touch([cid], datetime(2026, 10, 1, 12))
    touch([cid], datetime(2026, 8, 1, 12))  # back-dated: does not move the last one
    [card] = book.cards()
    assert card.last_interaction == datetime(2026, 10, 1, 12)
    assert str(card.due) == "2026-10-22"


def test_move_returns_previous_circles(book: ContactBook) -> None:
    a = book.save(ContactDraft(given_name="A", circle=Circle.CLOSE))
    b = book.save(ContactDraft(given_name="B", circle=Circle.TARGET))
    previous = book.move({a: Circle.WEAK, b: Circle.WEAK})
    assert previous == {a: Circle.CLOSE, b: Circle.TARGET}
    assert {c.circle for c in book.cards()} == {Circle.WEAK}


def test_trash_restore_and_purge(book: ContactBook) -> None:
    a = book.save(ContactDraft(given_name="A"))
    b = book.save(ContactDraft(given_name="B"))
    book.trash([a, b])
    assert book.cards() == [] and [t.name for t in book.trashed()] == ["A", "B"]
    book.restore([a])
    assert [c.name for c in book.cards()] == ["A"]
    book.purge([a, b])  # only what is in the trash is purged
    assert [c.name for c in book.cards()] == ["A"] and book.trashed() == []


def test_merge_keeps_everything(book: ContactBook) -> None:
    third = book.save(ContactDraft(given_name="Third"))
    keep = book.save(
        ContactDraft(
            given_name="Élodie",
            family_name="Roux",
            tags=("mentor",),
            methods=(MethodDraft("email", "elodie@acme.example", preferred=True),),
            relationships=(RelationshipDraft(third, "knows", 2),),
            notes="Keep notes",
        )
    )
    other = book.save(
        ContactDraft(
            given_name="Elodie",
            family_name="Roux",
            organisation="Acme",
            city="Lyon",
            tags=("mentor", "fintech"),
            methods=(
                MethodDraft("email", "ELODIE@acme.example", preferred=True),
                MethodDraft("phone", "0612345678", preferred=True),
            ),
            relationships=(RelationshipDraft(third, "works_with", 5),),
            notes="Other notes",
        )
    )
    book.save(ContactDraft(given_name="Intro", introduced_by_id=other))
    shared = touch([keep, other], datetime(2026, 5, 1))
    only_other = touch([other], datetime(2026, 6, 1))
    LifeEvent.create(contact=other, kind=LifeEventKind.PROMOTION.value, date="2026-06-01")
    IntroductionRequest.create(target=other, introducer=third)

    book.merge(keep, other)

    merged = book.draft(keep)
    assert merged.organisation == "Acme" and merged.city == "Lyon"
    assert merged.notes == "Keep notes\n\nOther notes"
    assert merged.tags == ("fintech", "mentor")
    assert [(m.kind, m.value, m.preferred) for m in merged.methods] == [
        ("email", "elodie@acme.example", True),
        ("phone", "0612345678", True),
    ]
    assert {(r.other_id, r.kind) for r in merged.relationships} == {
        (third, "knows"),
        (third, "works_with"),
    }
    touched = {
        r[0]
        for r in db.execute_sql(
            "SELECT interaction_id FROM interaction_participant WHERE contact_id = ?", (keep,)
        )
    }
    assert touched == {shared, only_other}
    assert LifeEvent.get().contact_id == keep
    assert IntroductionRequest.get().target_id == keep
    assert Contact.get(Contact.given_name == "Intro").introduced_by_id == keep
    assert Contact.get_or_none(Contact.id == other) is None
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
