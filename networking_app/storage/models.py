"""peewee models: the shape of the data as the code sees it.

The schema itself is created by the numbered migrations in :mod:`.migrations`, which use
plain SQL so that an old migration never changes when a model does; a test checks that
the two agree.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import peewee as pw

from networking_app.domain.vocabulary import Circle, IntroStatus

#: The one database handle, bound by :func:`networking_app.storage.database.open_database`.
db = pw.DatabaseProxy()


def utcnow() -> datetime:
    """Naive UTC timestamps throughout the database (converted to local time in the UI)."""
    from datetime import UTC

    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def new_uid() -> str:
    return str(uuid.uuid4())


class BaseModel(pw.Model):
    id = pw.AutoField()

    class Meta:
        database = db
        legacy_table_names = False


class Contact(BaseModel):
    uid = pw.CharField(unique=True, default=new_uid)
    given_name = pw.CharField(default="")
    family_name = pw.CharField(default="")
    nickname = pw.CharField(default="")
    organisation = pw.CharField(default="")
    role = pw.CharField(default="")
    industry = pw.CharField(default="")
    function = pw.CharField(default="")
    city = pw.CharField(default="")
    circle = pw.CharField(default=Circle.WEAK.value, index=True)
    target_categories = pw.CharField(default="")  # join_values() of TargetCategory
    channel = pw.CharField(null=True)
    introduced_by = pw.ForeignKeyField(
        "self", null=True, on_delete="SET NULL", backref="introduced"
    )
    birthday_month = pw.IntegerField(null=True)
    birthday_day = pw.IntegerField(null=True)
    birthday_year = pw.IntegerField(null=True)
    cadence_days = pw.IntegerField(null=True)
    prep_notes = pw.TextField(default="")
    notes = pw.TextField(default="")
    photo = pw.BlobField(null=True)
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow)
    archived_at = pw.DateTimeField(null=True, index=True)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p) or self.nickname


class ContactMethod(BaseModel):
    contact = pw.ForeignKeyField(Contact, backref="methods", on_delete="CASCADE")
    kind = pw.CharField()  # MethodKind
    value = pw.CharField()
    label = pw.CharField(default="")
    preferred = pw.BooleanField(default=False)


class Tag(BaseModel):
    name = pw.CharField(unique=True)


class ContactTag(BaseModel):
    contact = pw.ForeignKeyField(Contact, backref="contact_tags", on_delete="CASCADE")
    tag = pw.ForeignKeyField(Tag, backref="contact_tags", on_delete="CASCADE")

    id = None  # type: ignore[assignment]

    class Meta:
        primary_key = pw.CompositeKey("contact", "tag")


class Relationship(BaseModel):
    """Who knows whom: the graph behind introducer suggestions and bridges."""

    source = pw.ForeignKeyField(Contact, backref="relationships_out", on_delete="CASCADE")
    other = pw.ForeignKeyField(Contact, backref="relationships_in", on_delete="CASCADE")
    kind = pw.CharField()  # RelationshipKind
    strength = pw.IntegerField(default=3)  # 1 (faint) … 5 (strong)
    note = pw.TextField(default="")


class Interaction(BaseModel):
    occurred_at = pw.DateTimeField(index=True)  # when it happened, not when it was typed
    kind = pw.CharField()  # InteractionKind
    direction = pw.CharField()  # Direction
    summary = pw.CharField(default="")
    notes = pw.TextField(default="")
    values_given = pw.CharField(default="")  # join_values() of ValueType
    ask = pw.TextField(default="")
    ask_outcome = pw.CharField(null=True)  # AskOutcome
    response_state = pw.CharField(null=True)  # ResponseState, outreach only
    responded_at = pw.DateTimeField(null=True)
    next_step = pw.TextField(default="")
    next_step_due = pw.DateField(null=True, index=True)
    next_step_done_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow)


class InteractionParticipant(BaseModel):
    interaction = pw.ForeignKeyField(Interaction, backref="participants", on_delete="CASCADE")
    contact = pw.ForeignKeyField(Contact, backref="participations", on_delete="CASCADE")

    id = None  # type: ignore[assignment]

    class Meta:
        primary_key = pw.CompositeKey("interaction", "contact")


class LifeEvent(BaseModel):
    contact = pw.ForeignKeyField(Contact, backref="life_events", on_delete="CASCADE")
    kind = pw.CharField()  # LifeEventKind
    date = pw.DateField()
    yearly = pw.BooleanField(default=False)
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)


class IntroductionRequest(BaseModel):
    target = pw.ForeignKeyField(Contact, backref="intro_requests_as_target", on_delete="CASCADE")
    introducer = pw.ForeignKeyField(
        Contact, null=True, backref="intro_requests_as_introducer", on_delete="SET NULL"
    )
    why = pw.TextField(default="")
    context = pw.TextField(default="")
    ask = pw.TextField(default="")
    status = pw.CharField(default=IntroStatus.DRAFT.value, index=True)
    language = pw.CharField(default="en")
    opt_in_subject = pw.CharField(default="")
    opt_in_body = pw.TextField(default="")
    forwardable_subject = pw.CharField(default="")
    forwardable_body = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow)


class IntroductionTransition(BaseModel):
    """One dated step of an introduction request: the chain the user follows."""

    request = pw.ForeignKeyField(IntroductionRequest, backref="transitions", on_delete="CASCADE")
    from_status = pw.CharField(null=True)
    to_status = pw.CharField()
    at = pw.DateTimeField(default=utcnow)
    note = pw.TextField(default="")


class Template(BaseModel):
    kind = pw.CharField()  # TemplateKind
    language = pw.CharField()  # "en" | "fr"
    name = pw.CharField(default="")
    subject = pw.CharField(default="")
    body = pw.TextField(default="")
    builtin = pw.BooleanField(default=False)


class TargetDomain(BaseModel):
    """An industry or function the user wants to reach: a structural hole to fill."""

    kind = pw.CharField()  # TargetDomainKind
    name = pw.CharField()
    note = pw.TextField(default="")


class Setting(BaseModel):
    id = None  # type: ignore[assignment]
    key = pw.CharField(primary_key=True)
    value = pw.TextField()  # JSON


class ReminderState(BaseModel):
    """What the user did about a due item (done, snoozed, skipped), by the item's key."""

    id = None  # type: ignore[assignment]
    key = pw.CharField(primary_key=True)
    status = pw.CharField()  # StateStatus
    until = pw.DateField(null=True)
    cycle = pw.DateField(null=True)
    contact = pw.ForeignKeyField(Contact, null=True, on_delete="CASCADE", backref="reminders")
    logged_interaction_id = pw.IntegerField(null=True)
    closed_step_id = pw.IntegerField(null=True)
    at = pw.DateTimeField(default=utcnow)


class CustomReminder(BaseModel):
    contact = pw.ForeignKeyField(Contact, null=True, on_delete="CASCADE", backref="custom")
    text = pw.TextField()
    first_day = pw.DateField()
    repeat_days = pw.IntegerField(null=True)
    created_at = pw.DateTimeField(default=utcnow)


class ReminderNotice(BaseModel):
    """A notification shown: never twice for the same item on the same local day."""

    id = None  # type: ignore[assignment]
    key = pw.CharField()
    day = pw.DateField()
    at = pw.DateTimeField(default=utcnow)

    class Meta:
        primary_key = pw.CompositeKey("key", "day")


class ContactLastInteraction(BaseModel):
    """Each contact's latest interaction, maintained by triggers (migration 4)."""

    id = None  # type: ignore[assignment]
    contact_id = pw.IntegerField(primary_key=True)
    occurred_at = pw.DateTimeField()


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Contact,
    ContactMethod,
    Tag,
    ContactTag,
    Relationship,
    Interaction,
    InteractionParticipant,
    LifeEvent,
    IntroductionRequest,
    IntroductionTransition,
    Template,
    TargetDomain,
    Setting,
    ReminderState,
    CustomReminder,
    ReminderNotice,
    ContactLastInteraction,
)
