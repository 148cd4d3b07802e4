"""The tray service on a real X server with a real system tray (trayer on Xvfb)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from networking_app.paths import resolve_paths
from networking_app.services.workspace import Workspace
from tests.xserver import XServer, XServerUnavailable, xvfb

pytestmark = [pytest.mark.xvfb, pytest.mark.tray]
DRIVER = Path(__file__).with_name("tray_driver.py")


@pytest.fixture(scope="module")
def tray_server() -> Iterator[XServer]:
    try:
        with xvfb(tray=True) as server:
            yield server
    except XServerUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, "-m", "networking_app", "demo", "--data-dir", str(data)],
        check=True,
        capture_output=True,
    )
    return data


def _facts(output: str) -> dict[str, list[str]]:
    facts: dict[str, list[str]] = {}
    for line in output.splitlines():
        word, _, rest = line.partition(" ")
        facts.setdefault(word, []).append(rest)
    return facts


def test_tray_icon_menu_done_and_notification(
    tray_server: XServer, demo_dir: Path, tmp_path: Path
) -> None:
    shots = tmp_path / "shots"
    shots.mkdir()
    result = subprocess.run(
        [sys.executable, str(DRIVER), str(demo_dir), str(shots)],
        env=tray_server.env(LANGUAGE="en", LC_ALL="C.UTF-8"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    facts = _facts(result.stdout)
    assert facts["available"] == ["True"]

    # The icon is docked in trayer's panel (top right, 24 px high) and shows the red badge.
    x, y, w, h, red = (int(v) for v in facts["icon"][0].split())
    assert w > 0 and h > 0
    assert y < 30 and x > 640
    assert red > 10

    # The menu lists the first five due items.
    due = facts["due"]
    assert len(due) >= 1
    menu = facts["menu"]
    assert menu[0] == "Open Today’s Review"
    assert "Snooze All until Tomorrow" in menu
    assert "Quit Rapport" in menu
    assert len([m for m in menu if " — " in m]) == min(5, len(due))

    # Done from the menu: the item left the agenda, also as stored in the database.
    done = facts["done"][0]
    assert done == due[0]
    assert done not in facts.get("after", [])
    workspace = Workspace(resolve_paths(demo_dir))
    workspace.open()
    try:
        agenda = workspace.reminders.agenda(date.today())
        assert done not in [item.key for item in agenda.due]
        assert len(agenda.due) == len(due) - 1
    finally:
        workspace.close()

    # A due item raised a notification, drawn on screen, and only once that day.
    assert facts["notified"]
    assert set(facts["notified"]) <= set(due)
    assert facts["balloon"] == ["True"]
    assert facts["again"] == ["0"]

    # Clicking the notification opened its (first) item in the Today view.
    assert facts["clicked"] == [f"today {facts['notified'][0]}"]

    for name in ("tray-icon", "tray-menu", "tray-submenu", "tray-notification"):
        assert (shots / f"{name}.png").stat().st_size > 5_000
