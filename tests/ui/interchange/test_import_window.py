"""Import and export in the window: drop a file, map columns, decide on duplicates,
cancel a long import, and the File menu entries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from networking_app.interchange.csv_layout import Target
from networking_app.interchange.model import Decision
from networking_app.paths import AppPaths
from networking_app.services.interchange import ExportFormat
from networking_app.ui.interchange.mapping_dialog import ColumnMappingDialog
from networking_app.ui.interchange.preview_dialog import ImportPreviewDialog
from networking_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import show_active

MakeWindow = Callable[[AppPaths], MainWindow]


def drop(window: MainWindow, *files: Path, target: QWidget | None = None) -> bool:
    """Drag ``files`` over ``target`` (a widget of the window) and drop them there, as a
    file manager does; Qt passes what a widget does not take to its parents."""
    target = target or window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    enter = QDragEnterEvent(
        QPoint(300, 300),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPoint(300, 300),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)
    return True


def names(window: MainWindow) -> list[str]:
    return sorted(card.name for card in window.workspace.contacts.cards())


def press_ok(dialog: object) -> None:
    buttons = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_drop_a_vcard_previews_then_imports_and_the_board_reloads(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths, tmp_path: Path
) -> None:
    window = make_window(paths)
    show_active(qtbot, window)
    source = tmp_path / "friends.vcf"
    source.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nN:Roux;Élodie;;;\nEMAIL:e@roux.fr\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Marc Petit\nEND:VCARD\n",
        encoding="utf-8",
    )
    assert not drop(window, tmp_path / "notes.pdf")  # not a contact file: refused at once
    window.show_view("board")
    column = window.board.findChild(QAbstractItemView, "board-close").viewport()
    with qtbot.waitSignal(window.events.contacts_changed):
        assert drop(window, source, target=column)  # dropped on the board's cards
        preview = window.interchange_actions.dialog
        assert isinstance(preview, ImportPreviewDialog)
        assert preview.summary.text() == "New contacts: 2 · Possible duplicates: 0 · Left out: 0"
        press_ok(preview)
    assert names(window) == ["Marc Petit", "Élodie Roux"]


def test_unknown_csv_goes_through_the_mapping_dialog(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths, tmp_path: Path
) -> None:
    window = make_window(paths)
    show_active(qtbot, window)
    source = tmp_path / "salon.csv"
    source.write_text(
        "Qui;Courriel;Entreprise;Remarque\nLéa Blanc;lea@blanc.fr;Nova;vue au salon\n",
        encoding="utf-8",
    )
    window.interchange_actions.import_files([source])
    mapping = window.interchange_actions.dialog
    assert isinstance(mapping, ColumnMappingDialog)
    assert mapping.mapping() == [Target.IGNORE, Target.EMAIL, Target.ORGANISATION, Target.IGNORE]
    assert mapping.table.item(0, 1).text() == "Léa Blanc"  # sample values help decide
    mapping.set_target(0, Target.FULL_NAME)
    mapping.set_target(3, Target.NOTES)
    press_ok(mapping)
    preview = window.interchange_actions.dialog
    assert isinstance(preview, ImportPreviewDialog)
    press_ok(preview)
    card = window.workspace.contacts.cards()[0]
    draft = window.workspace.contacts.draft(card.id)
    assert (draft.name, draft.organisation, draft.notes) == ("Léa Blanc", "Nova", "vue au salon")
    assert [m.value for m in draft.methods] == ["lea@blanc.fr"]


def test_mapping_needs_a_column_that_names_someone(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths, tmp_path: Path
) -> None:
    window = make_window(paths)
    source = tmp_path / "odd.csv"
    source.write_text("Alpha,Beta\nx,y\n", encoding="utf-8")
    window.interchange_actions.import_files([source])
    mapping = window.interchange_actions.dialog
    assert isinstance(mapping, ColumnMappingDialog)
    press_ok(mapping)
    assert mapping.isVisible()
    assert "at least one column" in mapping.problem.text()
    mapping.reject()
    assert names(window) == []


def test_merge_preview_decides_per_duplicate_and_for_all(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths, tmp_path: Path
) -> None:
    window = make_window(paths)
    first = tmp_path / "first.csv"
    first.write_text(
        "First Name,Last Name,Email,Company\nAnn,Lee,ann@lee.com,\nBob,Ray,bob@ray.io,Acme\n",
        encoding="utf-8",
    )
    window.interchange_actions.import_files([first])
    assert isinstance(window.interchange_actions.dialog, ColumnMappingDialog)  # a plain CSV
    press_ok(window.interchange_actions.dialog)  # the guessed columns are right
    press_ok(window.interchange_actions.dialog)  # the preview
    again = tmp_path / "again.csv"
    again.write_text(
        "First Name,Last Name,Email,Company,Job Title\n"
        "Ann,Lee,ANN@lee.com,Globex,Buyer\nRobert,Ray,bob@ray.io,Acme,CEO\nCat,Sun,c@sun.org,,\n",
        encoding="utf-8",
    )
    window.interchange_actions.import_files([again])
    press_ok(window.interchange_actions.dialog)
    preview = window.interchange_actions.dialog
    assert isinstance(preview, ImportPreviewDialog)
    assert preview.table.rowCount() == 2
    assert preview.table.item(0, 1).text() == "Ann Lee"
    assert preview.table.item(1, 2).text() == "email"
    preview.all_combo.setCurrentIndex(preview.all_combo.findData(Decision.SKIP.value))
    preview.apply_all_button.click()
    assert set(preview.decisions().values()) == {Decision.SKIP}
    preview.set_decision(0, Decision.MERGE)
    press_ok(preview)
    assert names(window) == ["Ann Lee", "Bob Ray", "Cat Sun"]
    ann = next(c for c in window.workspace.contacts.cards() if c.name == "Ann Lee")
    merged = window.workspace.contacts.draft(ann.id)
    assert (merged.organisation, merged.role) == ("Globex", "Buyer")


def many_cards(folder: Path, count: int) -> Path:
    """A vCard file of ``count`` people, "Person 0" to "Person {count - 1}"."""
    source = folder / "many.vcf"
    source.write_text(
        "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {n}\nEND:VCARD\n" for n in range(count)),
        encoding="utf-8",
    )
    return source


def test_cancel_during_a_long_import_leaves_nothing(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths, tmp_path: Path
) -> None:
    window = make_window(paths)
    show_active(qtbot, window)
    source = many_cards(tmp_path, 1500)
    actions = window.interchange_actions
    seen: list[int] = []

    def user_cancels(done: int, _total: int) -> None:
        seen.append(done)
        if done >= 400 and actions.progress is not None:
            actions.progress.cancel()  # what its Cancel button does

    actions.progressed.connect(user_cancels)
    changed: list[list[int]] = []
    window.events.contacts_changed.connect(changed.append)
    with qtbot.waitSignal(actions.import_abandoned) as abandoned:
        drop(window, source)
        press_ok(actions.dialog)
    assert abandoned.args == ["Import cancelled; nothing was changed."]
    assert seen[-1] == 400
    assert names(window) == []
    assert changed == []


def test_a_long_export_shows_progress_and_cancel_writes_no_file(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths, tmp_path: Path
) -> None:
    window = make_window(paths)
    show_active(qtbot, window)
    source = many_cards(tmp_path, 1200)
    actions = window.interchange_actions
    actions.import_files([source])
    press_ok(actions.dialog)
    out = tmp_path / "out.vcf"
    seen: list[tuple[int, int]] = []
    actions.export_progressed.connect(lambda done, total: seen.append((done, total)))
    assert actions.export_to(out, ExportFormat.VCARD) == 1200
    assert seen[0] == (0, 1200) and seen[-1] == (1200, 1200)
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1200

    def user_cancels(done: int, _total: int) -> None:
        if done >= 500 and actions.progress is not None:
            actions.progress.cancel()  # what its Cancel button does

    actions.export_progressed.connect(user_cancels)
    again = tmp_path / "again.vcf"
    assert actions.export_to(again, ExportFormat.VCARD) is None
    assert not again.exists() and list(tmp_path.glob("*.part")) == []
    assert window.statusBar().currentMessage() == "Export cancelled; no file was written."


def test_file_menu_has_import_and_export(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths, tmp_path: Path
) -> None:
    window = make_window(paths)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts[:2] == ["&Import Contacts…", "&Export…"]
    assert window.interchange_actions.import_action.shortcut().toString() == "Ctrl+Shift+I"
    source = tmp_path / "one.vcf"
    source.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Zoé Dupont\nEND:VCARD\n", encoding="utf-8")
    window.interchange_actions.import_files([source])
    press_ok(window.interchange_actions.dialog)
    out = tmp_path / "out.vcf"
    assert window.interchange_actions.export_to(out, ExportFormat.VCARD) == 1
    assert "FN:Zoé Dupont" in out.read_text(encoding="utf-8")


def test_rejected_records_are_explained_in_the_users_language(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths, tmp_path: Path
) -> None:
    from networking_app.services.interchange import FileProblem
    from networking_app.ui.i18n import install_translators
    from networking_app.ui.interchange.problem_text import problem_text

    window = make_window(paths)
    source = tmp_path / "mixed.vcf"
    source.write_text(
        "BEGIN:VCARD\nFN:Ann\nEND:VCARD\nBEGIN:VCARD\nFN\nEND:VCARD\nBEGIN:VCARD\nFN:Bob\n",
        encoding="utf-8",
    )
    window.interchange_actions.import_files([source])
    preview = window.interchange_actions.dialog
    assert isinstance(preview, ImportPreviewDialog)
    assert preview.rejected_text.toPlainText().splitlines() == [
        "mixed.vcf:5: 'FN' is not a property (it has no “:”)",
        "mixed.vcf:7: card not closed: the file ends before its END:VCARD",
    ]
    preview.reject()
    app = QApplication.instance()
    install_translators(app, "fr")
    try:
        problem = FileProblem(source, 7, "card not closed: the file ends before its END:VCARD")
        assert problem_text(problem) == (
            "mixed.vcf:7: fiche non fermée : le fichier se termine avant son END:VCARD"
        )
        unknown = FileProblem(source, 2, "something new")
        assert problem_text(unknown) == "mixed.vcf:2: something new"  # shown, never hidden
    finally:
        install_translators(app, "en")


def test_cancel_while_the_files_are_read(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths, tmp_path: Path
) -> None:
    window = make_window(paths)
    show_active(qtbot, window)
    source = tmp_path / "phone.vcf"
    source.write_text(
        "".join(f"BEGIN:VCARD\nVERSION:2.1\nN:Nom{n};Prénom\nEND:VCARD\n" for n in range(2000)),
        encoding="utf-8",
    )
    actions = window.interchange_actions

    def user_cancels(done: int, total: int) -> None:
        assert total == 1000
        if done >= 250 and actions.progress is not None:
            actions.progress.cancel()

    actions.reading_progressed.connect(user_cancels)
    with qtbot.waitSignal(actions.import_abandoned) as abandoned:
        drop(window, source)
    assert abandoned.args == ["Import cancelled; nothing was changed."]
    assert actions.dialog is None  # no preview: the reading stopped
    assert names(window) == []


def test_what_was_changed_on_the_way_in_is_said_in_the_users_language(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths, tmp_path: Path
) -> None:
    from networking_app.ui.i18n import install_translators

    window = make_window(paths)
    source = tmp_path / "odd.vcf"
    source.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEMAIL:ann at example\nBDAY:2990-03-01\nEND:VCARD\n",
        encoding="utf-8",
    )
    app = QApplication.instance()
    install_translators(app, "fr")
    try:
        window.interchange_actions.import_files([source])
        preview = window.interchange_actions.dialog
        assert isinstance(preview, ImportPreviewDialog)
        assert preview.notes_text.toPlainText().splitlines() == [
            "odd.vcf:1: adresse e-mail 'ann at example' non valide ; gardée dans les notes",
            "odd.vcf:1: anniversaire '2990-03-01' : l’année a été laissée de côté",
        ]
        preview.reject()
    finally:
        install_translators(app, "en")


def test_a_restore_preview_counts_the_trash_too(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths, tmp_path: Path
) -> None:
    from networking_app.domain.contacts import ContactDraft
    from networking_app.paths import resolve_paths
    from networking_app.services.clock import Clock
    from networking_app.services.contacts import ContactBook
    from networking_app.services.interchange import Interchange
    from networking_app.storage.database import close_database, open_database

    source = resolve_paths(tmp_path / "source")
    source.ensure()
    open_database(source.database, source.backups_dir)
    book = ContactBook(Clock())
    book.save(ContactDraft(given_name="Ann"))
    book.trash([book.save(ContactDraft(given_name="Bob"))])
    backup = tmp_path / "backup.json"
    Interchange().export(ExportFormat.JSON, backup)
    close_database()

    window = make_window(paths)
    window.interchange_actions.import_files([backup])
    preview = window.interchange_actions.dialog
    assert isinstance(preview, ImportPreviewDialog)
    assert preview.summary.text() == (
        "This backup will restore the whole database: 1 contacts (and 1 in the trash) with"
        " their interactions, introductions and settings."
    )
    preview.reject()
