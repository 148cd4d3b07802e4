"""Loading the translations (Qt Linguist `.qm` files compiled from `resources/translations`)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's own (standard buttons) for ``language``.

    Returns the installed translators; the caller keeps them alive.
    """
    for old in getattr(app, "_rapport_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    if language != "en":
        ours = QTranslator(app)
        if ours.load(f"rapport_{language}", translations_dir()):
            installed.append(ours)
        else:
            log.warning(
                "no compiled translation for %r in %s (run `make translations`)",
                language,
                translations_dir(),
            )
        qt_base = QTranslator(app)
        if qt_base.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            installed.append(qt_base)
    for translator in installed:
        app.installTranslator(translator)
    app._rapport_translators = installed  # type: ignore[attr-defined]
    QLocale.setDefault(QLocale(language))
    return installed
