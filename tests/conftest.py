"""Shared fixtures: every test gets its own data folder and never sees the user's."""

from __future__ import annotations

import os

# Widgets render off screen unless a test starts its own X server (see tests/xserver.py).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from networking_app.paths import AppPaths, resolve_paths
from networking_app.storage.database import close_database, open_database

PROJECT_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point HOME and the XDG folders at a fresh place, so nothing touches the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("NETWORKING_APP_DATA_DIR", raising=False)
    return home


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """The paths of a fresh data folder (not created yet)."""
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def database(paths: AppPaths) -> Iterator[AppPaths]:
    """A real SQLite database at the latest schema, bound to the models."""
    paths.ensure()
    open_database(paths.database, paths.backups_dir)
    yield paths
    close_database()
