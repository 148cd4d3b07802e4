"""The keep-in-touch days the agenda keeps in the database (storage.touch_days), seen from
the agenda: a purged person's steps, another program holding the write lock, items made
after the data moved."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from networking_app.domain.interactions import InteractionDraft
from networking_app.domain.vocabulary import Circle
from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.reminders import Reminders
from networking_app.storage.contact_editing import archive, purge
from networking_app.storage.interactions import load_interaction, save_interaction
from networking_app.storage.models import Contact
from networking_app.storage.sql import rows
from tests.locking import another_program_writing

NOW = datetime(2026, 11, 28, 10, 0)


@pytest.fixture
def clock() -> Clock:
    return Clock(fixed=NOW, zone=ZoneInfo("Europe/Paris"))


@pytest.fixture
def reminders(database: AppPaths, clock: Clock) -> Reminders:
    return Reminders(clock)


def person(name: str, circle: Circle = Circle.CLOSE, added: datetime = NOW) -> int:
    return int(Contact.create(given_name=name, circle=circle.value, created_at=added).id)


def test_a_purged_persons_next_step_is_nobodys_until_someone_is_added_to_its_meeting(
    reminders: Reminders,
) -> None:
    jo, ana = person("Jo", added=datetime(2024, 1, 1)), person("Ana", added=datetime(2024, 1, 1))
    step = save_interaction(
        InteractionDraft(
            (jo,),
            datetime(2026, 11, 20, 12),
            next_step="Send the deck",
            next_step_due=date(2026, 11, 25),
        ),
        NOW,
    )
    key = f"step:{step}"
    assert key in [i.key for i in reminders.agenda().due]
    archive([jo], NOW)
    assert key not in [i.key for i in reminders.agenda().due]  # in the trash
    purge([jo])  # the meeting stays, with nobody
    agenda = reminders.agenda()
    assert key not in [i.key for i in agenda.due]
    assert key not in [i.key for i in agenda.next_steps]
    # Ana added to the meeting: the step is hers now.
    draft = load_interaction(step)
    save_interaction(InteractionDraft((ana,), draft.occurred_at, id=step, next_step=draft.next_step,
                                      next_step_due=draft.next_step_due), NOW)  # fmt: skip
    item = next(i for i in reminders.agenda().due if i.key == key)
    assert (item.contact_name, item.title) == ("Ana", "Send the deck")
    assert rows("SELECT COUNT(*) FROM interaction_unlinked")[0][0] == 0


def test_the_agenda_does_not_wait_for_another_programs_write(
    database: AppPaths, reminders: Reminders, clock: Clock
) -> None:
    kim = person("Kim", Circle.WEAK, added=datetime(2026, 11, 1))  # every 180 days: not due
    reminders.agenda()
    Contact.update(circle=Circle.CLOSE.value).where(Contact.id == kim).execute()  # every 21
    with another_program_writing(database.database):
        started = time.monotonic()
        agenda = Reminders(clock).agenda()
        waited = time.monotonic() - started
        assert f"touch:{kim}" in [i.key for i in agenda.due]  # the change is seen at once
        assert waited < 4  # not the 5 s a write would wait before failing
        # The command line too: it reads, it does not fail.
        done = subprocess.run(
            [sys.executable, "-m", "networking_app", "--data-dir", str(database.data_dir),
             "review", "--json", "--date", "2026-11-28"],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert f"touch:{kim}" in [i["key"] for i in json.loads(done.stdout)["due"]]
    assert rows("SELECT COUNT(*) FROM contact_touch_stale")[0][0] == 1  # not written yet
    assert f"touch:{kim}" in [i.key for i in Reminders(clock).agenda().due]
    assert rows("SELECT COUNT(*) FROM contact_touch_stale")[0][0] == 0  # written now


def test_an_item_made_after_a_write_still_tells_the_day_it_was_built_for(
    reminders: Reminders, clock: Clock
) -> None:
    lea = person("Léa", added=datetime(2026, 11, 1))  # never met: due 21 days after
    agenda = reminders.agenda()
    save_interaction(InteractionDraft((lea,), datetime(2026, 11, 27, 12)), NOW)
    assert f"touch:{lea}" not in [i.key for i in reminders.agenda().due]  # the new agenda
    # The one shown before (the Today view keeps it while a rebuild runs) makes its item
    # only now, after the new agenda wrote Léa's new day: it still tells its own day.
    item = next(i for i in agenda.due if i.key == f"touch:{lea}")
    assert item.last_interaction is None
    assert item.reason.startswith("No interaction with Léa logged")
