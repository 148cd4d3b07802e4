""" "Start at login": an XDG autostart entry on Linux, a LaunchAgent on macOS, a Run key on
Windows. Each starts ``networking-app tray`` for the data folder in use.

No Qt here: plain files (and the registry on Windows), so it is testable anywhere.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import plistlib
import re
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ENTRY_NAME = "networking-app"
LAUNCH_AGENT_LABEL = "app.rapport.networking-app"
_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Characters that force quoting of an Exec argument (Desktop Entry Specification).
_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def tray_command(data_dir: Path) -> list[str]:
    """The command that starts the tray service for ``data_dir``."""
    program = shutil.which("networking-app")
    base = [program] if program else [sys.executable, "-m", "networking_app"]
    return [*base, "tray", "--data-dir", str(data_dir)]


def _exec_argument(arg: str) -> str:
    arg = arg.replace("%", "%%")
    if not _RESERVED.search(arg):
        return arg
    escaped = re.sub(r'(["`$\\])', r"\\\1", arg)
    # Exec is also a string value, whose own escaping of "\\" applies first.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def desktop_entry(command: Sequence[str]) -> str:
    """The text of the XDG autostart ``.desktop`` file running ``command``."""
    exec_line = " ".join(_exec_argument(arg) for arg in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Rapport reminders\n"
        "Name[fr]=Rappels de Rapport\n"
        "Comment=Reminds you to keep in touch, from the system tray\n"
        "Comment[fr]=Vous rappelle de garder le contact, depuis la zone de notification\n"
        f"Exec={exec_line}\n"
        "Icon=networking-app\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def xdg_autostart_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{ENTRY_NAME}.desktop"


def launch_agent_file() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {"Label": LAUNCH_AGENT_LABEL, "ProgramArguments": list(command), "RunAtLoad": True}
    )


def is_enabled(platform: str = sys.platform) -> bool:
    """Whether Rapport starts at login for this user."""
    if platform.startswith("win"):
        return _windows_value() is not None
    return _entry_file(platform).exists()


def set_enabled(enabled: bool, data_dir: Path, platform: str = sys.platform) -> None:
    """Write (or remove) the login entry. Raises OSError with the path when it cannot."""
    command = tray_command(data_dir)
    if platform.startswith("win"):
        _set_windows(enabled, command)
        return
    path = _entry_file(platform)
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if platform == "darwin":
        path.write_bytes(launch_agent(command))
    else:
        path.write_text(desktop_entry(command), encoding="utf-8")


def _entry_file(platform: str) -> Path:
    return launch_agent_file() if platform == "darwin" else xdg_autostart_file()


def _winreg() -> Any:  # pragma: no cover - Windows only
    return importlib.import_module("winreg")


def _windows_value() -> str | None:  # pragma: no cover - Windows only
    winreg = _winreg()

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
            value, _type = winreg.QueryValueEx(key, ENTRY_NAME)
            return str(value)
    except OSError:
        return None


def _set_windows(enabled: bool, command: Sequence[str]) -> None:  # pragma: no cover
    import subprocess

    winreg = _winreg()

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
        if enabled:
            line = subprocess.list2cmdline(list(command))
            winreg.SetValueEx(key, ENTRY_NAME, 0, winreg.REG_SZ, line)
        else:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, ENTRY_NAME)
