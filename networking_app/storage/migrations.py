"""Numbered schema migrations, each applied in one transaction and recorded.

Migrations are plain SQL on purpose: they describe the database as it was at each step
and must never change after release, while the peewee models follow the current code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import peewee as pw

from networking_app import __version__

log = logging.getLogger(__name__)

VERSION_TABLE = "schema_version"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: Sequence[str]

    def apply(self, database: pw.Database) -> None:
        for statement in self.statements:
            database.execute_sql(statement)


_CIRCLES = "('close','extended','weak','target')"

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "contacts, their methods and tags, relationships, timeline, settings",
        (
            f"""CREATE TABLE contact (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            given_name TEXT NOT NULL DEFAULT '',
            family_name TEXT NOT NULL DEFAULT '',
            nickname TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            industry TEXT NOT NULL DEFAULT '',
            function TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            circle TEXT NOT NULL DEFAULT 'weak' CHECK (circle IN {_CIRCLES}),
            target_categories TEXT NOT NULL DEFAULT '',
            channel TEXT,
            introduced_by_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
            birthday_month INTEGER CHECK (birthday_month BETWEEN 1 AND 12),
            birthday_day INTEGER CHECK (birthday_day BETWEEN 1 AND 31),
            birthday_year INTEGER,
            cadence_days INTEGER CHECK (cadence_days > 0),
            prep_notes TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            photo BLOB,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            archived_at TEXT
        )""",
            "CREATE INDEX contact_circle ON contact (circle)",
            "CREATE INDEX contact_archived_at ON contact (archived_at)",
            "CREATE INDEX contact_introduced_by_id ON contact (introduced_by_id)",
            """CREATE TABLE contact_method (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('email','phone','url','social')),
            value TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            preferred INTEGER NOT NULL DEFAULT 0
        )""",
            "CREATE INDEX contact_method_contact_id ON contact_method (contact_id)",
            "CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)",
            """CREATE TABLE contact_tag (
            contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
            PRIMARY KEY (contact_id, tag_id)
        )""",
            "CREATE INDEX contact_tag_tag_id ON contact_tag (tag_id)",
            """CREATE TABLE relationship (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            other_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('knows','works_with','introduced')),
            strength INTEGER NOT NULL DEFAULT 3 CHECK (strength BETWEEN 1 AND 5),
            note TEXT NOT NULL DEFAULT '',
            CHECK (source_id <> other_id),
            UNIQUE (source_id, other_id, kind)
        )""",
            "CREATE INDEX relationship_other_id ON relationship (other_id)",
            """CREATE TABLE interaction (
            id INTEGER PRIMARY KEY,
            occurred_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('outreach','inbound','mutual')),
            summary TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            values_given TEXT NOT NULL DEFAULT '',
            ask TEXT NOT NULL DEFAULT '',
            ask_outcome TEXT CHECK (ask_outcome IN ('pending','yes','no')),
            response_state TEXT CHECK (response_state IN ('answered','waiting','no_answer')),
            responded_at TEXT,
            next_step TEXT NOT NULL DEFAULT '',
            next_step_due TEXT,
            next_step_done_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
            "CREATE INDEX interaction_occurred_at ON interaction (occurred_at)",
            "CREATE INDEX interaction_next_step_due ON interaction (next_step_due)",
            """CREATE TABLE interaction_participant (
            interaction_id INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            PRIMARY KEY (interaction_id, contact_id)
        )""",
            "CREATE INDEX interaction_participant_contact_id"
            " ON interaction_participant (contact_id, interaction_id)",
            """CREATE TABLE life_event (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            date TEXT NOT NULL,
            yearly INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""",
            "CREATE INDEX life_event_contact_id ON life_event (contact_id)",
            "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ),
    ),
    Migration(
        2,
        "introduction requests and their chain, message templates, target domains",
        (
            """CREATE TABLE introduction_request (
            id INTEGER PRIMARY KEY,
            target_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            introducer_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
            why TEXT NOT NULL DEFAULT '',
            context TEXT NOT NULL DEFAULT '',
            ask TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
                ('draft','asked','accepted','declined','introduced','met','closed')),
            language TEXT NOT NULL DEFAULT 'en',
            opt_in_subject TEXT NOT NULL DEFAULT '',
            opt_in_body TEXT NOT NULL DEFAULT '',
            forwardable_subject TEXT NOT NULL DEFAULT '',
            forwardable_body TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
            "CREATE INDEX introduction_request_status ON introduction_request (status)",
            "CREATE INDEX introduction_request_target_id ON introduction_request (target_id)",
            "CREATE INDEX introduction_request_introducer_id"
            " ON introduction_request (introducer_id)",
            """CREATE TABLE introduction_transition (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL
                REFERENCES introduction_request (id) ON DELETE CASCADE,
            from_status TEXT,
            to_status TEXT NOT NULL,
            at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )""",
            "CREATE INDEX introduction_transition_request_id"
            " ON introduction_transition (request_id)",
            """CREATE TABLE template (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            language TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            builtin INTEGER NOT NULL DEFAULT 0,
            UNIQUE (kind, language, name)
        )""",
            """CREATE TABLE target_domain (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('industry','function')),
            name TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (kind, name)
        )""",
        ),
    ),
    Migration(
        3,
        "accent-insensitive full-text search over interactions",
        (
            "CREATE VIRTUAL TABLE interaction_search USING fts5(summary, notes, ask,"
            " next_step, content='interaction', content_rowid='id',"
            " tokenize='unicode61 remove_diacritics 2')",
            """CREATE TRIGGER interaction_search_insert AFTER INSERT ON interaction BEGIN
                INSERT INTO interaction_search (rowid, summary, notes, ask, next_step)
                VALUES (new.id, new.summary, new.notes, new.ask, new.next_step);
            END""",
            """CREATE TRIGGER interaction_search_delete AFTER DELETE ON interaction BEGIN
                INSERT INTO interaction_search
                    (interaction_search, rowid, summary, notes, ask, next_step)
                VALUES ('delete', old.id, old.summary, old.notes, old.ask, old.next_step);
            END""",
            """CREATE TRIGGER interaction_search_update AFTER UPDATE ON interaction BEGIN
                INSERT INTO interaction_search
                    (interaction_search, rowid, summary, notes, ask, next_step)
                VALUES ('delete', old.id, old.summary, old.notes, old.ask, old.next_step);
                INSERT INTO interaction_search (rowid, summary, notes, ask, next_step)
                VALUES (new.id, new.summary, new.notes, new.ask, new.next_step);
            END""",
            "INSERT INTO interaction_search (interaction_search) VALUES ('rebuild')",
            # The timeline pages by (occurred_at, id); a participant's timeline by contact.
            "CREATE INDEX interaction_occurred_at_id ON interaction (occurred_at, id)",
        ),
    ),
    Migration(
        4,
        "reminders: item states, custom reminders, notification log, last interaction per contact",
        (
            """CREATE TABLE reminder_state (
            key TEXT PRIMARY KEY,
            status TEXT NOT NULL CHECK (status IN ('done','snoozed','skipped')),
            until TEXT,
            cycle TEXT,
            contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
            logged_interaction_id INTEGER,
            closed_step_id INTEGER,
            at TEXT NOT NULL
        )""",
            "CREATE INDEX reminder_state_contact_id ON reminder_state (contact_id)",
            """CREATE TABLE custom_reminder (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            first_day TEXT NOT NULL,
            repeat_days INTEGER CHECK (repeat_days > 0),
            created_at TEXT NOT NULL
        )""",
            "CREATE INDEX custom_reminder_contact_id ON custom_reminder (contact_id)",
            # The open next steps, without reading the whole timeline.
            "CREATE INDEX interaction_open_next_step ON interaction (next_step_due, occurred_at)"
            " WHERE next_step <> '' AND next_step_done_at IS NULL",
            """CREATE TABLE reminder_notice (
            key TEXT NOT NULL,
            day TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (key, day)
        )""",
            # Each contact's latest interaction, kept by triggers: the agenda and the board
            # read 30,000 rows instead of grouping 300,000 participations (600 ms).
            # No foreign key: a purge deletes the contact before its participations.
            """CREATE TABLE contact_last_interaction (
            contact_id INTEGER PRIMARY KEY,
            occurred_at TEXT NOT NULL
        )""",
            """CREATE TRIGGER contact_last_interaction_insert
            AFTER INSERT ON interaction_participant BEGIN
                INSERT INTO contact_last_interaction (contact_id, occurred_at)
                SELECT new.contact_id, i.occurred_at FROM interaction i
                WHERE i.id = new.interaction_id
                ON CONFLICT (contact_id) DO UPDATE SET occurred_at = excluded.occurred_at
                WHERE excluded.occurred_at > contact_last_interaction.occurred_at;
            END""",
            """CREATE TRIGGER contact_last_interaction_delete
            AFTER DELETE ON interaction_participant BEGIN
                DELETE FROM contact_last_interaction WHERE contact_id = old.contact_id;
                INSERT INTO contact_last_interaction (contact_id, occurred_at)
                SELECT p.contact_id, MAX(i.occurred_at) FROM interaction_participant p
                JOIN interaction i ON i.id = p.interaction_id
                WHERE p.contact_id = old.contact_id GROUP BY p.contact_id;
            END""",
            """CREATE TRIGGER contact_last_interaction_move
            AFTER UPDATE OF contact_id ON interaction_participant BEGIN
                DELETE FROM contact_last_interaction
                WHERE contact_id IN (old.contact_id, new.contact_id);
                INSERT INTO contact_last_interaction (contact_id, occurred_at)
                SELECT p.contact_id, MAX(i.occurred_at) FROM interaction_participant p
                JOIN interaction i ON i.id = p.interaction_id
                WHERE p.contact_id IN (old.contact_id, new.contact_id) GROUP BY p.contact_id;
            END""",
            """CREATE TRIGGER contact_last_interaction_redate
            AFTER UPDATE OF occurred_at ON interaction BEGIN
                DELETE FROM contact_last_interaction WHERE contact_id IN
                    (SELECT contact_id FROM interaction_participant WHERE interaction_id = new.id);
                INSERT INTO contact_last_interaction (contact_id, occurred_at)
                SELECT p.contact_id, MAX(i.occurred_at) FROM interaction_participant p
                JOIN interaction i ON i.id = p.interaction_id
                WHERE p.contact_id IN
                    (SELECT contact_id FROM interaction_participant WHERE interaction_id = new.id)
                GROUP BY p.contact_id;
            END""",
            """INSERT INTO contact_last_interaction (contact_id, occurred_at)
            SELECT p.contact_id, MAX(i.occurred_at) FROM interaction_participant p
            JOIN interaction i ON i.id = p.interaction_id GROUP BY p.contact_id""",
        ),
    ),
    Migration(
        5,
        "each contact's keep-in-touch day, kept for the agenda",
        (
            # (Triggers mark with an upsert, not INSERT OR IGNORE: an outer statement's
            # conflict clause would replace the trigger's.)
            # What the agenda needs of each contact, in a narrow table: the local day of
            # its last interaction (else of its creation), its cadence and the day its
            # touch falls due. The day depends on the user's time zone and the cadences
            # on the settings, which SQL does not know: triggers only mark a contact
            # stale, and the agenda brings the stale ones up to date before reading
            # (storage.touch_days). The agenda then reads the few thousand due contacts
            # through an index instead of every contact (30,000 rows, 150 ms).
            """CREATE TABLE contact_touch (
            contact_id INTEGER PRIMARY KEY,
            base_day INTEGER NOT NULL,
            has_last INTEGER NOT NULL,
            cadence INTEGER,
            due_day INTEGER GENERATED ALWAYS AS (base_day + cadence) VIRTUAL,
            circle TEXT NOT NULL,
            categories TEXT NOT NULL,
            live INTEGER NOT NULL
        )""",
            "CREATE INDEX contact_touch_due ON contact_touch (due_day, contact_id, cadence,"
            " circle) WHERE live AND cadence IS NOT NULL",
            "CREATE INDEX contact_touch_categories ON contact_touch (categories, has_last,"
            " base_day) WHERE live AND categories <> ''",
            # The birthdays near a day, without reading every contact.
            "CREATE INDEX contact_birthday ON contact (birthday_month, birthday_day)"
            " WHERE birthday_month IS NOT NULL",
            "CREATE TABLE contact_touch_stale (contact_id INTEGER PRIMARY KEY) WITHOUT ROWID",
            # The zone and cadences the days were worked out for (one row).
            "CREATE TABLE contact_touch_basis (basis TEXT NOT NULL)",
            # No trigger on a new contact: on an insert it costs 20 µs (an import of
            # 30,000 people, 0.6 s). A new contact has no row yet, which the counts tell.
            """CREATE TRIGGER contact_touch_edit AFTER UPDATE OF
                circle, cadence_days, archived_at, created_at, target_categories ON contact
            BEGIN
                INSERT INTO contact_touch_stale VALUES (new.id) ON CONFLICT DO NOTHING;
            END""",
            """CREATE TRIGGER contact_touch_gone AFTER DELETE ON contact BEGIN
                DELETE FROM contact_touch WHERE contact_id = old.id;
            END""",
            """CREATE TRIGGER contact_touch_last_new AFTER INSERT ON contact_last_interaction
            BEGIN
                INSERT INTO contact_touch_stale VALUES (new.contact_id) ON CONFLICT DO NOTHING;
            END""",
            """CREATE TRIGGER contact_touch_last_edit AFTER UPDATE ON contact_last_interaction
            BEGIN
                INSERT INTO contact_touch_stale VALUES (new.contact_id) ON CONFLICT DO NOTHING;
            END""",
            """CREATE TRIGGER contact_touch_last_gone AFTER DELETE ON contact_last_interaction
            BEGIN
                INSERT INTO contact_touch_stale VALUES (old.contact_id) ON CONFLICT DO NOTHING;
            END""",
            # Interactions left with nobody (their only person purged): their next steps
            # are nobody's to take. Looking for them among 9,000 open steps costs 14 ms;
            # the few are noted as they happen (saving an interaction takes it out again).
            "CREATE TABLE interaction_unlinked (interaction_id INTEGER PRIMARY KEY) WITHOUT ROWID",
            """CREATE TRIGGER interaction_unlinked_mark AFTER DELETE ON interaction_participant
            WHEN NOT EXISTS
                (SELECT 1 FROM interaction_participant WHERE interaction_id = old.interaction_id)
            AND EXISTS (SELECT 1 FROM interaction WHERE id = old.interaction_id)
            BEGIN
                INSERT INTO interaction_unlinked VALUES (old.interaction_id)
                ON CONFLICT DO NOTHING;
            END""",
            """CREATE TRIGGER interaction_unlinked_gone AFTER DELETE ON interaction BEGIN
                DELETE FROM interaction_unlinked WHERE interaction_id = old.id;
            END""",
            """INSERT INTO interaction_unlinked SELECT i.id FROM interaction i WHERE NOT EXISTS
                (SELECT 1 FROM interaction_participant p WHERE p.interaction_id = i.id)""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(database: pw.Database) -> int:
    """The schema version recorded in ``database`` (0 for a new, empty file)."""
    if not database.table_exists(VERSION_TABLE):
        return 0
    row = database.execute_sql(f"SELECT MAX(version) FROM {VERSION_TABLE}").fetchone()
    return int(row[0] or 0)


def migrate(
    database: pw.Database,
    target: int = LATEST_VERSION,
    migrations: Sequence[Migration] = MIGRATIONS,
    before: Callable[[int, int], None] | None = None,
) -> list[int]:
    """Apply every migration above the current version up to ``target``.

    ``before(current, target)`` runs once when there is work to do and the database is
    not new (the caller copies the file aside there). Returns the versions applied.
    """
    database.execute_sql(
        f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} ("
        " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL"
        " DEFAULT (datetime('now')), app_version TEXT NOT NULL, description TEXT NOT NULL)"
    )
    start = current_version(database)
    pending = [m for m in migrations if start < m.version <= target]
    if pending and start > 0 and before is not None:
        before(start, target)
    applied = []
    for migration in pending:
        with database.atomic():
            migration.apply(database)
            database.execute_sql(
                f"INSERT INTO {VERSION_TABLE} (version, app_version, description) VALUES (?, ?, ?)",
                (migration.version, __version__, migration.description),
            )
        log.info("schema migrated to version %d: %s", migration.version, migration.description)
        applied.append(migration.version)
    return applied
