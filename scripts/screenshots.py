"""Screenshots of every view on demo data, under Xvfb, in English and French.

    ./dev.sh screenshots [--out docs/screenshots] [--lang en fr]

Each language runs in its own process on a private X server (tests/xserver.py); the
PNGs are written as <out>/<lang>-<view>.png plus the settings and help dialogs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from networking_app.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def capture(data_dir: Path, out: Path, lang: str) -> None:
    """In the child process, on the X server: one PNG per view and dialog."""
    from PySide6.QtCore import QLocale
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from networking_app.app import build_main_window
    from networking_app.paths import resolve_paths
    from networking_app.ui.shell.views import VIEWS

    QLocale.setDefault(QLocale(lang))
    app = QApplication(sys.argv[:1])
    window = build_main_window(resolve_paths(data_dir))
    window.resize(1280, 800)
    window.show()
    QTest.qWait(300)
    for spec in VIEWS:
        window.show_view(spec.key)
        QTest.qWait(150)
        if spec.key == "board":
            while not window.board.store.loaded:  # the cards are read in the background
                QTest.qWait(50)
            first = next(c for c in window.workspace.contacts.cards() if c.last_interaction)
            window.board.select_contact(first.id)
            QTest.qWait(150)
        window.grab().save(str(out / f"{lang}-{spec.key}.png"))
    some = window.board.selected_ids()
    editor = window.contact_actions.edit_contact(some[0])
    QTest.qWait(200)
    editor.grab().save(str(out / f"{lang}-contact-editor.png"))
    editor.done(0)
    log_dialog = window.timeline.log_interaction(some)
    QTest.qWait(200)
    log_dialog.grab().save(str(out / f"{lang}-log-interaction.png"))
    log_dialog.done(0)
    dialog = window.open_settings()
    QTest.qWait(200)
    dialog.grab().save(str(out / f"{lang}-settings.png"))
    dialog.done(0)
    window.open_help()
    QTest.qWait(200)
    assert window._help is not None
    window._help.grab().save(str(out / f"{lang}-help.png"))
    window._help.close()
    capture_introductions(window, out, lang)
    capture_reminders(window, out, lang)
    _capture_import(window, data_dir, out, lang)
    window.shutdown()
    app.quit()


def capture_introductions(window: Any, out: Path, lang: str) -> None:
    """Each page of the introduction wizard, filled as a user would, then the view."""
    from PySide6.QtTest import QTest

    from networking_app.domain.vocabulary import Circle

    cards = window.workspace.contacts.cards()
    target = next(c for c in cards if c.circle is Circle.TARGET)
    wizard = window.contact_actions.ask_introduction(target.id)
    while not wizard.target_page.loaded:  # the contacts are read in the background
        QTest.qWait(50)
    french = lang == "fr"
    wizard.target_page.why.setPlainText(
        "Elle a lancé l’offre de paiements B2B ; je veux comprendre sa découverte client."
        if french
        else "She launched the B2B payments offer; I want to learn how her team ran discovery."
    )
    fill = {
        "readiness": lambda: (
            wizard.readiness_page.context.setPlainText(
                "Nous préparons une offre pour les PME."
                if french
                else "We are building an offer for small firms."
            ),
            wizard.readiness_page.ask.setPlainText(
                "Un appel de 20 minutes la semaine prochaine."
                if french
                else "A 20-minute call next week."
            ),
        ),
    }
    for name in ("target", "introducer", "readiness", "compose", "export"):
        if name in fill:
            fill[name]()
        QTest.qWait(200)
        while name == "introducer" and not wizard.introducer_page.table.topLevelItemCount():
            QTest.qWait(50)  # ranked in the background
        wizard.grab().save(str(out / f"{lang}-intro-wizard-{name}.png"))
        if name == "compose":
            wizard.compose_page.tabs.setCurrentIndex(1)
            QTest.qWait(100)
            wizard.grab().save(str(out / f"{lang}-intro-wizard-forwardable.png"))
            wizard.compose_page.tabs.setCurrentIndex(0)
        if name != "export":
            wizard.next()
    wizard.accept()
    window.show_view("introductions")
    QTest.qWait(200)
    window.grab().save(str(out / f"{lang}-introductions.png"))


def capture_reminders(window: MainWindow, out: Path, lang: str) -> None:
    """The message draft, the reminder settings and the tray menu (trayer runs here)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QImage
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from networking_app.ui.tray.tray_app import attach_tray

    window.show_view("today")
    QTest.qWait(150)
    draft = window.today.draft()
    if draft is not None:
        QTest.qWait(200)
        draft.grab().save(str(out / f"{lang}-draft.png"))
        draft.done(0)
    settings = window.open_reminder_settings()
    QTest.qWait(200)
    settings.grab().save(str(out / f"{lang}-reminder-settings.png"))
    settings.done(0)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.hide()  # without a window manager the window would cover the tray's panel
    tray = attach_tray(app, window)
    if tray is None:
        print("no system tray: the tray menu was not captured", file=sys.stderr)
        return
    QTest.qWait(800)
    for widget in QApplication.topLevelWidgets():  # the start-up notification
        if widget.metaObject().className() == "QBalloonTip":
            widget.close()
    QTest.qWait(100)
    icon = tray.icon.geometry()
    tray.menu.popup(icon.bottomLeft() + QPoint(0, 2))
    QTest.qWait(300)
    # The first item's submenu, as the user sees it when pointing at it.
    items = [a for a in tray.menu.actions() if a.menu() is not None]
    if items:
        tray.menu.setActiveAction(items[0])
        QTest.qWait(400)
    with tempfile.TemporaryDirectory() as tmp:
        screen = Path(tmp) / "screen.png"
        subprocess.run(["import", "-window", "root", str(screen)], check=True)
        image = QImage(str(screen))
    area = icon.united(tray.menu.geometry())
    popup = QApplication.activePopupWidget()
    if popup is not None:
        area = area.united(popup.geometry())
    area = area.adjusted(-12, -4, 12, 12).intersected(QRect(0, 0, image.width(), image.height()))
    image.copy(area).save(str(out / f"{lang}-tray-menu.png"))
    tray.menu.hide()
    tray.stop()


def _capture_import(window: object, data_dir: Path, out: Path, lang: str) -> None:
    """The column mapping of an unknown CSV, and the preview with duplicates."""
    from PySide6.QtTest import QTest

    actions = window.interchange_actions  # type: ignore[attr-defined]
    contacts = window.workspace.contacts  # type: ignore[attr-defined]
    folder = data_dir.parent / f"import-{lang}"
    folder.mkdir(exist_ok=True)
    salon = folder / "salon.csv"
    salon.write_text(
        "Qui;Courriel;Entreprise;Téléphone portable;Remarque\n"
        "Léa Blanc;lea@blanc.fr;Nova;06 12 34 56 78;vue au salon\n"
        "Hugo Martin;hugo@martin.io;Datalab;07 98 76 54 32;pitch IA\n",
        encoding="utf-8",
    )
    actions.import_files([salon])
    QTest.qWait(200)
    actions.dialog.grab().save(str(out / f"{lang}-import-mapping.png"))
    actions.dialog.done(0)
    known = [contacts.draft(c.id) for c in contacts.cards()[:3]]
    cards = "".join(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{d.family_name};{d.given_name};;;\r\nORG:{d.organisation}\r\n"
        + "".join(f"EMAIL:{m.value}\r\n" for m in d.methods if m.kind == "email")
        + "END:VCARD\r\n"
        for d in known
    )
    phone = folder / "phone.vcf"
    phone.write_text(
        cards + "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
        "Lef=C3=A8vre;H=C3=A9l=C3=A8ne\r\nTEL;CELL:+33 6 55 44 33 22\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    actions.import_files([phone])
    QTest.qWait(200)
    actions.dialog.grab().save(str(out / f"{lang}-import-preview.png"))
    actions.dialog.done(0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["en", "fr"])
    parser.add_argument("--child", nargs=3, metavar=("DATA", "OUT", "LANG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        capture(Path(args.child[0]), Path(args.child[1]), args.child[2])
        return 0

    from tests.xserver import xvfb

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, xvfb(tray=True) as server:
        for lang in args.lang:
            data = Path(tmp) / lang
            subprocess.run(
                [sys.executable, "-m", "networking_app", "demo", "--data-dir", str(data)],
                check=True,
            )
            env = server.env(
                LANGUAGE=lang, LANG=f"{lang}_FR.UTF-8" if lang == "fr" else "en_US.UTF-8", LC_ALL=""
            )
            subprocess.run(
                [sys.executable, __file__, "--child", str(data), str(args.out), lang],
                check=True,
                env=env,
            )
    for png in sorted(args.out.glob("*.png")):
        print(png.relative_to(ROOT) if png.is_relative_to(ROOT) else png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
