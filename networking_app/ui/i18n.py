"""Loading the translations (Qt Linguist `.qm` files compiled from `resources/translations`)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox

from networking_app.domain.vocabulary import Language
from networking_app.paths import resources_dir

log = logging.getLogger(__name__)

SUPPORTED = ("en", "fr")


def effective_language(choice: Language, system: QLocale | None = None) -> str:
    """The UI language: the user's choice, else the system locale when we have it, else English."""
    if choice is not Language.SYSTEM:
        return choice.value
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in SUPPORTED else "en"


def text_language_combo(current: str | None = None) -> QComboBox:
    """A choice between the languages texts can be written in (templates, drafts), each
    named in itself; ``current`` ("en", "fr") selected."""
    combo = QComboBox()
    combo.addItem("English", Language.ENGLISH.value)
    combo.addItem("Français", Language.FRENCH.value)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))
    return combo


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def _loaded(app: QCoreApplication, path: Path) -> QTranslator | None:
    """A translator holding a copy of the catalogue at ``path`` in memory, or None.

    QTranslator.load(name, dir) maps the file: rewriting it while the app runs (a
    rebuild, an upgrade in place) silently turned the running window's new texts back
    to English. A copy read once cannot change under the app.
    """
    try:
        data = path.read_bytes()
    except OSError:
        return None
    translator = QTranslator(app)
    if not translator.load(data, str(path.parent)):
        return None
    translator._rapport_data = data  # type: ignore[attr-defined]  # Qt does not copy it
    return translator


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's own (standard buttons) for ``language``.

    Returns the installed translators; the caller keeps them alive.
    """
    for old in getattr(app, "_rapport_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    if language != "en":
        ours = _loaded(app, Path(translations_dir()) / f"rapport_{language}.qm")
        if ours is not None:
            installed.append(ours)
        else:
            log.warning(
                "no compiled translation for %r in %s (run `./dev.sh run` to build it)",
                language,
                translations_dir(),
            )
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        qt_base = _loaded(app, qt_dir / f"qtbase_{language}.qm")
        if qt_base is not None:
            installed.append(qt_base)
    for translator in installed:
        app.installTranslator(translator)
    app._rapport_translators = installed  # type: ignore[attr-defined]
    QLocale.setDefault(QLocale(language))
    return installed
