"""``networking-app review``: the agenda for a terminal and for scripts."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from networking_app.domain.reminders import DueKind
from tests.test_cli import run


def test_review_prints_the_agenda_and_its_json_form(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", "--data-dir", data).returncode == 0

    text = run("review", "--data-dir", data)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Review for ")
    for heading in ("Keep in touch", "Next steps", "This week's ritual", "Open next steps"):
        assert heading in text.stdout

    result = run("review", "--data-dir", data, "--json")
    assert result.returncode == 0, result.stderr
    agenda = json.loads(result.stdout)
    assert agenda["version"] == 1 and agenda["date"] == date.today().isoformat()
    kinds = {item["kind"] for item in agenda["due"]}
    assert {"keep_in_touch", "next_step", "life_event"} <= kinds <= {k.value for k in DueKind}
    first = agenda["due"][0]
    assert set(first) >= {"key", "kind", "due", "days_late", "contact", "reason", "reconnect"}
    assert first["days_late"] == max(item["days_late"] for item in agenda["due"])
    ritual = agenda["ritual"]
    assert ritual["target"] == 3 and len(ritual["suggestions"]) == 3
    assert all(s["why"] for s in ritual["suggestions"])
    assert date.fromisoformat(ritual["week_start"]).weekday() == 0

    # a next step shared by several: each person with their own name
    shared = next(i for i in agenda["next_steps"] if len(i["contact_ids"]) > 1)
    assert [p["id"] for p in shared["contacts"]] == shared["contact_ids"]
    assert shared["contact"] == shared["contacts"][0]
    assert all(", " not in p["name"] for p in shared["contacts"])
    single = next(i for i in agenda["due"] if i["kind"] == "keep_in_touch")
    assert single["contacts"] == [single["contact"]]

    later = (date.today() + timedelta(days=30)).isoformat()
    ahead = json.loads(run("review", "--data-dir", data, "--json", "--date", later).stdout)
    assert ahead["date"] == later and len(ahead["due"]) > len(agenda["due"])


def test_review_refuses_a_bad_date_and_a_missing_database(tmp_path: Path) -> None:
    bad = run("review", "--data-dir", tmp_path, "--date", "2026-02-30")
    assert bad.returncode == 2
    assert bad.stderr.splitlines() == [
        "networking-app review: error: argument --date: 2026-02-30 does not exist"
        " (day is out of range for month) (see networking-app review --help)"
    ]
    garbled = run("review", "--data-dir", tmp_path, "--date", "next friday")
    assert garbled.returncode == 2 and len(garbled.stderr.splitlines()) == 1
    assert "'next friday' is not a date like 2026-11-28" in garbled.stderr
    for edge in ("0001-01-01", "9999-12-31"):  # no week or time zone there: said, no traceback
        far = run("review", "--data-dir", tmp_path, "--date", edge)
        assert far.returncode == 2 and "choose a year between 1900 and 9000" in far.stderr
        assert "Traceback" not in far.stderr
    missing = run("review", "--data-dir", tmp_path / "nothing")
    assert missing.returncode == 2
    assert "no database yet" in missing.stderr
    assert not (tmp_path / "nothing" / "rapport.sqlite3").exists()
