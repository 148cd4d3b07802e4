"""The real program on a real X server (Xvfb): keyboard navigation, single instance, quit."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.xserver import XServer, XServerUnavailable, xvfb

pytestmark = pytest.mark.xvfb
DRIVER = Path(__file__).with_name("xvfb_driver.py")


@pytest.fixture(scope="module")
def xserver() -> Iterator[XServer]:
    try:
        with xvfb() as server:
            yield server
    except XServerUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("xvfb") / "data"
    subprocess.run(
        [sys.executable, "-m", "networking_app", "demo", "--data-dir", str(data)],
        check=True,
        capture_output=True,
    )
    return data


def test_every_view_by_keyboard_on_a_real_display(
    xserver: XServer, demo_dir: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "screen.png"
    result = subprocess.run(
        [sys.executable, str(DRIVER), str(demo_dir), str(shot)],
        env=xserver.env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.split() == [
        "network",
        "introductions",
        "timeline",
        "board",
        "today",
        "quit",
    ]
    assert shot.stat().st_size > 10_000


def test_second_launch_raises_the_first_and_sigterm_quits_cleanly(
    xserver: XServer, demo_dir: Path
) -> None:
    command = [sys.executable, "-m", "networking_app", "--data-dir", str(demo_dir)]
    first = subprocess.Popen(
        command, env=xserver.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    log = demo_dir / "logs" / "rapport.log"
    try:
        deadline = time.monotonic() + 30
        while "started with" not in (log.read_text() if log.exists() else ""):
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first instance never started"
            time.sleep(0.1)
        second = subprocess.run(
            command, env=xserver.env(), capture_output=True, text=True, timeout=30
        )
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        first.send_signal(15)
        _out, err = first.communicate(timeout=30)
        assert first.returncode == 0, err
    finally:
        if first.poll() is None:
            first.kill()
    wal = demo_dir / "rapport.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed on the way out
    assert os.environ.get("QT_QPA_PLATFORM") == "offscreen"  # the parent stayed offscreen


def test_restart_now_starts_the_app_again_in_the_new_language(
    xserver: XServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    driver = Path(__file__).with_name("restart_driver.py")
    env = {**xserver.env(), "LANGUAGE": "en", "LANG": "en_US.UTF-8"}
    process = subprocess.Popen(
        [sys.executable, str(driver), str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = data / "logs" / "rapport.log"
    try:
        deadline = time.monotonic() + 60
        while (log.read_text() if log.exists() else "").count("started with") < 2:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, log.read_text() if log.exists() else "no log"
            time.sleep(0.1)
        started = [line for line in log.read_text().splitlines() if "started with" in line]
        assert started[0].endswith(", in en_US")
        assert started[1].endswith(", in fr_FR")
        assert "restarting: " in log.read_text()
        process.send_signal(15)
        _out, err = process.communicate(timeout=30)
        assert process.returncode == 0, err
    finally:
        if process.poll() is None:
            process.kill()
