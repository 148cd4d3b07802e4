from __future__ import annotations

from pathlib import Path

import pytest

from networking_app.paths import resolve_paths


def test_flag_wins_over_environment_and_nothing_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETWORKING_APP_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_paths().data_dir == tmp_path / "from-env"
    chosen = resolve_paths(tmp_path / "from-flag")
    assert chosen.database == tmp_path / "from-flag" / "rapport.sqlite3"
    assert chosen.log_dir == tmp_path / "from-flag" / "logs"
    assert not (tmp_path / "from-env").exists() and not (tmp_path / "from-flag").exists()


def test_default_folders_follow_xdg(isolated_home: Path) -> None:
    paths = resolve_paths()
    assert paths.data_dir == isolated_home / "xdg_data_home" / "Rapport"
    assert paths.config_dir == isolated_home / "xdg_config_home" / "Rapport"
    assert not paths.data_dir.exists()
    paths.ensure()
    assert paths.data_dir.stat().st_mode & 0o777 == 0o700


def test_importing_the_package_creates_nothing(tmp_path: Path) -> None:
    import subprocess
    import sys

    home = tmp_path / "home"
    home.mkdir()
    code = (
        "import networking_app.app, networking_app.cli, networking_app.storage.database,"
        " networking_app.services.workspace"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        cwd=tmp_path,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert list(home.iterdir()) == []
