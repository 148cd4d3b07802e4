"""The app in French: the catalogue is complete and the window speaks it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from networking_app.domain.profile import Profile
from networking_app.domain.vocabulary import Language
from networking_app.paths import AppPaths, resources_dir
from networking_app.storage.database import close_database, open_database
from networking_app.storage.settings import save_profile
from networking_app.ui.i18n import install_translators
from networking_app.ui.shell.empty_state import EmptyStateView
from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.today.today_view import TodayView

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert app is not None
    install_translators(app, "en")


def test_every_visible_string_has_a_french_translation(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    catalogue = tmp_path / "rapport_fr.ts"
    shutil.copy(resources_dir() / "translations" / "rapport_fr.ts", catalogue)
    sources = [
        str(p)
        for p in sorted((PROJECT / "networking_app").rglob("*.py"))
        if "ui" in p.parts or p.name == "app.py"
    ]
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(catalogue)],
        check=True,
        capture_output=True,
    )
    unfinished = [
        m.findtext("source")
        for m in ET.parse(catalogue).iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == [], "run ./dev.sh update-translations and translate these"


def test_window_in_french(
    make_window: Callable[[AppPaths], MainWindow], paths: AppPaths, back_to_english: None
) -> None:
    paths.ensure()
    open_database(paths.database, paths.backups_dir)
    save_profile(Profile(language=Language.FRENCH))
    close_database()

    window = make_window(paths)

    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles == ["Aujourd’hui", "Tableau", "Chronologie", "Introductions", "Réseau"]
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Fichier",
        "&Édition",
        "&Contacts",
        "&Affichage",
        "A&ide",
    ]
    today = window.views["today"]
    assert isinstance(today, TodayView)
    today.refresh()
    assert today.summary.text() == "Rien n’est dû aujourd’hui"
    network = window.views["network"]
    assert isinstance(network, EmptyStateView)
    assert network.fact_label.text() == "Vous suivez 0 domaines cibles."
    window.open_help()
    assert window._help is not None
    assert "rituel" in window._help.browser.toPlainText()
    window._help.close()


def test_a_catalogue_rewritten_while_the_app_runs_does_not_turn_it_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, back_to_english: None
) -> None:
    from PySide6.QtCore import QCoreApplication

    from networking_app.ui import i18n

    compiled = resources_dir() / "translations" / "rapport_fr.qm"
    copy = tmp_path / "rapport_fr.qm"
    shutil.copy(compiled, copy)
    monkeypatch.setattr(i18n, "translations_dir", lambda: str(tmp_path))
    install_translators(QApplication.instance(), "fr")
    french = "Rien n’est dû aujourd’hui"
    assert QCoreApplication.translate("TodayView", "Nothing is due today") == french
    copy.write_bytes(b"\0" * copy.stat().st_size)  # a rebuild or an upgrade, in place
    assert QCoreApplication.translate("TodayView", "Nothing is due today") == french
