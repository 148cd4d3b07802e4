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
    _capture_import(window, data_dir, out, lang)
    window.shutdown()
    app.quit()


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
    with tempfile.TemporaryDirectory() as tmp, xvfb() as server:
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
