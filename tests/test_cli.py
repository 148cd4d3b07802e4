"""The command line as users script it: real processes, real files."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from networking_app import __version__
from tests.locking import held_locked


def run(
    *args: str | Path, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "networking_app", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"networking-app {__version__}"


def test_demo_then_check(tmp_path: Path) -> None:
    data = tmp_path / "d"
    demo = run("demo", "--data-dir", data)
    assert demo.returncode == 0, demo.stderr
    assert "contacts" in demo.stdout
    check = run("check", "--data-dir", data)
    assert check.returncode == 0, check.stderr
    assert (
        check.stdout.strip()
        == f"{data / 'rapport.sqlite3'}: ok (integrity and foreign keys checked)"
    )


def test_demo_refuses_a_database_with_contacts(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run("demo", "--data-dir", data).returncode == 0
    before = _digest(data / "rapport.sqlite3")
    again = run("demo", "--data-dir", data)
    assert again.returncode != 0
    assert again.stderr.count("\n") == 1
    assert "already has" in again.stderr
    assert _digest(data / "rapport.sqlite3") == before


def test_environment_variable_selects_the_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "from-env"
    assert run("demo", env={"NETWORKING_APP_DATA_DIR": str(data)}).returncode == 0
    assert (data / "rapport.sqlite3").exists()


def test_garbage_database_clear_message_nonzero_and_unchanged(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    garbage = data / "rapport.sqlite3"
    garbage.write_bytes(os.urandom(8192))
    before = _digest(garbage)
    for command in ("demo", "backup"):
        result = run(command, "--data-dir", data)
        assert result.returncode != 0, command
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert str(garbage) in lines[0] and "not an SQLite file" in lines[0]
        assert _digest(garbage) == before
    check = run("check", "--data-dir", data)
    assert check.returncode == 1
    assert "not a Rapport database" in check.stderr
    assert _digest(garbage) == before


def test_backup_and_restore_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run("demo", "--data-dir", data).returncode == 0
    out = tmp_path / "copy.sqlite3"
    backup = run("backup", "--output", out, "--data-dir", data)
    assert backup.returncode == 0, backup.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    assert run("check", "--data-dir", tmp_path / "x").returncode == 1  # nothing there

    restored = run("restore", out, "--data-dir", data)
    assert restored.returncode == 0, restored.stderr
    kept = [
        p for p in data.glob("rapport.sqlite3.replaced-*") if p.name[-4:] not in ("-wal", "-shm")
    ]
    assert len(kept) == 1
    assert f"The database it replaced is kept at {kept[0]}" in restored.stdout
    assert run("check", "--data-dir", data).returncode == 0


def test_restore_of_a_bad_file_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run("demo", "--data-dir", data).returncode == 0
    before = _digest(data / "rapport.sqlite3")
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("BEGIN:VCARD\nEND:VCARD\n")
    result = run("restore", bad, "--data-dir", data)
    assert result.returncode != 0
    assert result.stderr.startswith(f"networking-app: error: {bad}: cannot restore")
    assert _digest(data / "rapport.sqlite3") == before
    missing = run("restore", tmp_path / "nope.sqlite3", "--data-dir", data)
    assert missing.returncode != 0 and "no such file" in missing.stderr


@pytest.mark.slow
def test_kill_9_in_the_middle_of_demo_leaves_a_database_check_accepts(tmp_path: Path) -> None:
    delays = [0.15, 0.3, 0.45, 0.6, 0.8]
    for n, delay in enumerate(delays):
        data = tmp_path / f"d{n}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "networking_app", "demo", "--data-dir", str(data)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if not (data / "rapport.sqlite3").exists():
            continue
        check = run("check", "--data-dir", data)
        assert check.returncode == 0, (delay, check.stderr)
        again = run("demo", "--data-dir", data)  # all or nothing: either full or empty
        assert again.returncode == 0 or "already has" in again.stderr, again.stderr


def test_a_locked_database_is_said_to_be_busy_and_no_backup_is_offered(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run("demo", "--data-dir", data).returncode == 0
    with held_locked(data / "rapport.sqlite3"):
        for command in ("review", "check"):
            result = run(command, "--data-dir", data)
            assert result.returncode != 0, command
            assert "another program is using the database right now" in result.stderr, command
            assert "damaged" not in result.stderr and "restore" not in result.stderr, command
    assert run("review", "--data-dir", data).returncode == 0
