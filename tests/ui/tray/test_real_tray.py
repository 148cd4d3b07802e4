"""The tray service on a real X server with a real system tray (trayer on Xvfb)."""

from __future__ import annotations

import re
import subprocess
import sys
import time
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
    # ...and the window's status bar says what it did (shown when the window comes back).
    assert facts["status"][0].startswith("Done: "), facts["status"]
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
    # Closing the window left the service running: the menu was used afterwards.
    assert facts["closed"] == ["False"]

    for name in ("tray-icon", "tray-menu", "tray-submenu", "tray-notification"):
        assert (shots / f"{name}.png").stat().st_size > 5_000


def _window_state(server: XServer) -> str:
    """The main window's X map state, or "" when it has no X window (never shown).

    The tray icon and the notification balloon are also called "Rapport": the main window
    is the one at least its minimum width (720 px) wide.
    """
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], env=server.env(), capture_output=True, text=True
    ).stdout
    for match in re.finditer(r"(0x[0-9a-f]+) \"Rapport\": .*?\s(\d+)x(\d+)[+-]", tree):
        if int(match.group(2)) >= 720:
            info = subprocess.run(
                ["xwininfo", "-id", match.group(1)],
                env=server.env(),
                capture_output=True,
                text=True,
            ).stdout
            return re.search(r"Map State:\s*(\w+)", info).group(1)  # type: ignore[union-attr]
    return ""


def test_the_tray_command_runs_without_a_window_and_shares_the_instance(
    tray_server: XServer, demo_dir: Path
) -> None:
    base = [sys.executable, "-m", "networking_app"]
    data = ["--data-dir", str(demo_dir)]
    service = subprocess.Popen(
        [*base, "tray", *data],
        env=tray_server.env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = demo_dir / "logs" / "rapport.log"
    try:
        deadline = time.monotonic() + 30
        while "tray service started" not in (log.read_text() if log.exists() else ""):
            assert service.poll() is None, service.communicate()
            assert time.monotonic() < deadline, "the tray service never started"
            time.sleep(0.1)
        assert _window_state(tray_server) == ""  # no window

        again = subprocess.run(
            [*base, "tray", *data], env=tray_server.env(), capture_output=True, text=True
        )
        assert again.returncode == 0, again.stderr
        assert "already running" in again.stdout
        assert _window_state(tray_server) == ""  # a second tray shows nothing

        window = subprocess.run(
            [*base, *data], env=tray_server.env(), capture_output=True, text=True
        )
        assert window.returncode == 0, window.stderr
        assert "its window was raised" in window.stdout
        deadline = time.monotonic() + 10
        while _window_state(tray_server) != "IsViewable":
            assert time.monotonic() < deadline, "the running service did not show its window"
            time.sleep(0.1)

        service.send_signal(15)
        _out, err = service.communicate(timeout=30)
        assert service.returncode == 0, err
    finally:
        if service.poll() is None:
            service.kill()
