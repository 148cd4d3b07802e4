"""The keyring wrapper against the real Secret Service, and without any backend."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring.backend
import keyring.core
import pytest

from networking_app.services.secrets import (
    forget_secret,
    keyring_status,
    read_secret,
    store_secret,
)


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """gnome-keyring's Secret Service on a private D-Bus session bus, unlocked."""
    missing = [tool for tool in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(tool)]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt-get install dbus gnome-keyring)")
    previous = keyring.get_keyring()
    data_home = tmp_path / "keyring-data"  # fresh: an old keyring file would stay locked
    data_home.mkdir()
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        check=True,
    )
    address, pid = bus.stdout.split()[:2]
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": address,
        "XDG_DATA_HOME": str(data_home),
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    daemon = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input="test",
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    assert daemon.returncode == 0, daemon.stderr
    for key in ("DBUS_SESSION_BUS_ADDRESS", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
        monkeypatch.setenv(key, env[key])
    time.sleep(0.2)
    _redetect_backend()
    try:
        yield
    finally:
        subprocess.run(["kill", pid], check=False)  # gnome-keyring leaves with its bus
        monkeypatch.undo()
        keyring.backend.get_all_keyring.reset()
        keyring.core.set_keyring(previous)


def _redetect_backend() -> None:
    """Let keyring detect its backend again now that a Secret Service exists."""
    keyring.backend.get_all_keyring.reset()  # keyring caches the viable backends once
    keyring.core.init_backend()


@pytest.mark.keyring
def test_secret_is_stored_and_read_back_through_the_secret_service(secret_service: None) -> None:
    status = keyring_status()
    assert status.available, status.message
    assert "SecretService" in status.backend
    store_secret("imap:camille@example.org", "s3cret-é")
    assert read_secret("imap:camille@example.org") == "s3cret-é"
    forget_secret("imap:camille@example.org")
    assert read_secret("imap:camille@example.org") is None


def test_without_a_backend_the_app_says_it_cannot_store_passwords(tmp_path: Path) -> None:
    """A session with no D-Bus at all: the status says so and storing fails clearly."""
    code = (
        "from networking_app.services.secrets import *\n"
        "status = keyring_status()\n"
        "print(status.available)\n"
        "print(status.message)\n"
        "try:\n"
        "    store_secret('imap:someone', 'x')\n"
        "except SecretsUnavailable as exc:\n"
        "    print('refused:', exc)\n"
    )
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    available, message, refused = result.stdout.splitlines()
    assert available == "False"
    assert "cannot store passwords" in message
    assert refused.startswith("refused: No system keyring is available")
