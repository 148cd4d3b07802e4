"""A second launch with the same data folder raises the first window instead."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from networking_app.ui.shell.single_instance import SingleInstance


def test_second_launch_reaches_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "data")
    assert not first.notify_running(timeout_ms=200)  # nobody is running yet
    first.listen()
    try:
        second = SingleInstance(tmp_path / "data")
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert second.notify_running()
        other_folder = SingleInstance(tmp_path / "elsewhere")
        assert not other_folder.notify_running(timeout_ms=200)
    finally:
        first.close()


def test_a_stale_socket_from_a_crash_does_not_block_the_next_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    crashed = SingleInstance(tmp_path / "data")
    crashed.listen()
    # A crash leaves the socket file; simulate by listening again from a new object.
    survivor = SingleInstance(tmp_path / "data")
    survivor.listen()
    try:
        with qtbot.waitSignal(survivor.activated, timeout=3000):
            assert SingleInstance(tmp_path / "data").notify_running()
    finally:
        survivor.close()
        crashed.close()
