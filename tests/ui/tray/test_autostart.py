""" "Start at login" writes a real autostart entry (XDG on Linux, LaunchAgent on macOS)."""

from __future__ import annotations

import configparser
import plistlib
from pathlib import Path

from networking_app.ui.tray import autostart


def _exec_arguments(value: str) -> list[str]:
    """Split an Exec value as the Desktop Entry Specification says a launcher must."""
    value = value.replace("\\\\", "\\")  # the string escape comes first
    args: list[str] = []
    current, quoted, escaped, started = "", False, False, False
    for char in value:
        if escaped:
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started or current:
                args.append(current)
            current, started = "", False
        else:
            current += char
    if started or current:
        args.append(current)
    return args


def test_the_xdg_entry_starts_the_tray_for_this_data_folder(
    isolated_home: Path, tmp_path: Path
) -> None:
    data = tmp_path / "My Data $HOME"  # spaces and a dollar must survive the Exec line
    assert not autostart.is_enabled("linux")
    autostart.set_enabled(True, data, "linux")
    entry = isolated_home / "xdg_config_home" / "autostart" / "networking-app.desktop"
    assert entry.exists()
    assert autostart.is_enabled("linux")
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(entry, encoding="utf-8")
    section = parser["Desktop Entry"]
    assert section["Type"] == "Application"
    argv = _exec_arguments(section["Exec"])
    assert argv[-3:] == ["tray", "--data-dir", str(data)]

    autostart.set_enabled(False, data, "linux")
    assert not entry.exists()
    assert not autostart.is_enabled("linux")
    autostart.set_enabled(False, data, "linux")  # removing twice is fine


def test_percent_signs_are_escaped_in_the_exec_line(tmp_path: Path) -> None:
    text = autostart.desktop_entry(["/usr/bin/networking-app", "tray", "--data-dir", "/d/100%"])
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith("/d/100%%")


def test_the_macos_launch_agent_runs_at_load(isolated_home: Path, tmp_path: Path) -> None:
    autostart.set_enabled(True, tmp_path / "data", "darwin")
    agent = isolated_home / "Library" / "LaunchAgents" / "app.rapport.networking-app.plist"
    content = plistlib.loads(agent.read_bytes())
    assert content["RunAtLoad"] is True
    assert content["ProgramArguments"][-3:] == ["tray", "--data-dir", str(tmp_path / "data")]
    assert autostart.is_enabled("darwin")
    autostart.set_enabled(False, tmp_path / "data", "darwin")
    assert not autostart.is_enabled("darwin")
