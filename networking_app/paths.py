"""Where Rapport keeps its files.

Nothing here touches the disk until :meth:`AppPaths.ensure` is called: importing the
package must never create a directory.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import appdirs

APP_DIR_NAME = "Rapport"
DATA_DIR_ENV = "NETWORKING_APP_DATA_DIR"
DATABASE_NAME = "rapport.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """The folders and files of one Rapport installation."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "rapport.log"

    @property
    def ui_state_file(self) -> Path:
        return self.config_dir / "ui-state.ini"

    def ensure(self) -> None:
        """Create the folders, readable by the owner only."""
        for folder in (self.data_dir, self.backups_dir, self.config_dir, self.log_dir):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for folder in (self.data_dir, self.backups_dir):
            folder.chmod(0o700)


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> AppPaths:
    """Paths from ``--data-dir``, else ``$NETWORKING_APP_DATA_DIR``, else the platform dirs.

    When the data dir is overridden, configuration and logs live inside it too, so a
    test or a synced folder never mixes with the user's regular installation.
    """
    env = os.environ if environ is None else environ
    chosen = data_dir or env.get(DATA_DIR_ENV) or None
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, config_dir=root / "config", log_dir=root / "logs")
    return AppPaths(
        data_dir=Path(appdirs.user_data_dir(APP_DIR_NAME, APP_DIR_NAME)),
        config_dir=Path(appdirs.user_config_dir(APP_DIR_NAME, APP_DIR_NAME)),
        log_dir=Path(appdirs.user_log_dir(APP_DIR_NAME, APP_DIR_NAME)),
    )


def resources_dir() -> Path:
    """The `resources/` folder: packaged inside the wheel, or beside the source tree."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    if getattr(sys, "frozen", False):  # PyInstaller-style bundles
        return Path(getattr(sys, "_MEIPASS", here)) / "resources"
    return here.parent / "resources"
