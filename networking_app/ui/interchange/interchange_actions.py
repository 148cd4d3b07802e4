"""File → Import… / Export… and dropped files: the steps of an import in the window.

Steps, each window-modal and never blocking: a column mapping for each CSV Rapport does
not know, the preview (duplicates, rejected records), then the import itself with a
progress dialog whose Cancel leaves the database as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from networking_app.interchange.csv_layout import CsvLayout, Target
from networking_app.interchange.model import Progress
from networking_app.interchange.reading import SUFFIXES
from networking_app.services.interchange import (
    SUFFIX,
    Decision,
    ExportCancelled,
    ExportFormat,
    ImportCancelled,
    ImportPlan,
    ImportRefused,
    Interchange,
    ReadCancelled,
)
from networking_app.services.workspace import Workspace
from networking_app.ui.events import DataEvents
from networking_app.ui.interchange.mapping_dialog import ColumnMappingDialog
from networking_app.ui.interchange.preview_dialog import ImportPreviewDialog
from networking_app.ui.interchange.problem_text import problem_text

log = logging.getLogger(__name__)


def importable(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in SUFFIXES


def dropped_files(event: QEvent) -> list[Path]:
    """The contact files a drag carries (none for anything else)."""
    if not isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent):
        return []
    mime = event.mimeData()
    urls = mime.urls() if mime is not None and mime.hasUrls() else []
    return [p for p in (Path(u.toLocalFile()) for u in urls if u.isLocalFile()) if importable(p)]


class InterchangeActions(QObject):
    """Owns the import and export actions and runs an import from files to database."""

    #: An import finished: (contacts added, merged, skipped).
    imported = Signal(int, int, int)
    #: An import was cancelled or refused: nothing changed.
    import_abandoned = Signal(str)
    #: Emitted as the files are read (done, total), then as contacts are stored.
    reading_progressed = Signal(int, int)
    progressed = Signal(int, int)
    #: Emitted as an export is written (done, total).
    export_progressed = Signal(int, int)

    def __init__(self, window: QWidget, workspace: Workspace, events: DataEvents) -> None:
        super().__init__(window)
        self.window, self.workspace, self.events = window, workspace, events
        self.service = Interchange(workspace.clock)
        self.dialog: QWidget | None = None  # the step shown now (mapping or preview)
        self.progress: QProgressDialog | None = None
        self._files: list[Path] = []
        self._waiting: list[tuple[Path, CsvLayout]] = []
        self._mappings: dict[Path, list[Target]] = {}
        self.import_action = QAction(self.tr("&Import Contacts…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(self.choose_import)
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.choose_export)

    def watch_drops(self, window: QWidget) -> None:
        """Widgets of the window that take drops of their own (the board's columns move
        cards, text fields take text) would swallow dropped files: they pass contact
        files here instead, wherever on the window they land."""
        for widget in window.findChildren(QWidget):
            if widget.acceptDrops():
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        files = dropped_files(event)
        if not files:
            return False
        assert isinstance(event, QDropEvent)  # DragEnter and DragMove derive from it
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            self.import_files(files)
        return True

    def fill_menu(self, menu: QMenu, before: QAction) -> None:
        menu.insertAction(before, self.import_action)
        menu.insertAction(before, self.export_action)
        menu.insertSeparator(before)

    def _status(self, text: str) -> None:
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(text, 10000)

    # -- import ---------------------------------------------------------------------------
    def choose_import(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import Contacts"),
            str(Path.home()),
            self.tr("Contact files (*.vcf *.vcard *.csv *.tsv *.txt *.json);;All files (*)"),
        )
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, files: list[Path]) -> None:
        """Start an import of ``files`` (from the menu or dropped on the window)."""
        self._files = list(files)
        self._mappings = {}
        self._waiting = []
        for path in files:
            try:
                layout = self.service.csv_layout(path)
            except ImportRefused:
                continue  # the preview lists why
            if layout is not None:
                self._waiting.append((path, layout))
        self._next_mapping()

    def _next_mapping(self) -> None:
        if not self._waiting:
            self._preview()
            return
        path, layout = self._waiting.pop(0)
        dialog = ColumnMappingDialog(path, layout, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._mapped(path, dialog.mapping()))
        dialog.rejected.connect(lambda: self._abandon(self.tr("Import cancelled.")))
        self.dialog = dialog
        dialog.open()

    def _mapped(self, path: Path, mapping: list[Target]) -> None:
        self._mappings[path] = mapping
        self._next_mapping()

    def _progress(
        self, label: str, signal: SignalInstance, title: str = ""
    ) -> tuple[QProgressDialog, Progress]:
        """A window-modal progress dialog with Cancel, and the callback that drives it."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 1, self.window)
        dialog.setObjectName("import-progress")
        dialog.setWindowTitle(title or self.tr("Import Contacts"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog

        def report(done: int, total: int) -> bool:
            dialog.setMaximum(max(1, total))
            dialog.setValue(done)
            signal.emit(done, total)
            QCoreApplication.processEvents()
            return not dialog.wasCanceled()

        return dialog, report

    def _close_progress(self, dialog: QProgressDialog) -> None:
        dialog.close()
        dialog.deleteLater()
        self.progress = None

    def _preview(self) -> None:
        reading, report = self._progress(self.tr("Reading the files…"), self.reading_progressed)
        try:
            plan = self.service.plan(self._files, self._mappings, report)
        except ReadCancelled:
            self._abandon(self.tr("Import cancelled; nothing was changed."))
            return
        finally:
            self._close_progress(reading)
        if not plan.contacts:
            self.dialog = None
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Nothing to import"),
                self.tr("No contact could be read from these files."),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setDetailedText("\n".join(problem_text(p) for p in plan.rejected))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.import_abandoned.emit("\n".join(str(p) for p in plan.rejected))
            return
        dialog = ImportPreviewDialog(plan, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.run_import(plan, dialog.decisions()))
        dialog.rejected.connect(lambda: self._abandon(self.tr("Import cancelled.")))
        self.dialog = dialog
        dialog.open()

    def _abandon(self, message: str) -> None:
        self.dialog = None
        self._status(message)
        self.import_abandoned.emit(message)

    def run_import(self, plan: ImportPlan, decisions: dict[int, Decision]) -> None:
        """Store the plan; the rejected records are left out (the preview listed them)."""
        self.dialog = None
        progress, report = self._progress(self.tr("Importing contacts…"), self.progressed)
        try:
            counts = self.service.apply(plan, decisions, skip_invalid=True, progress=report)
        except ImportCancelled:
            self._abandon(self.tr("Import cancelled; nothing was changed."))
            return
        except ImportRefused as exc:
            QMessageBox.warning(self.window, self.tr("Import failed"), str(exc))
            self._abandon(str(exc))
            return
        finally:
            self._close_progress(progress)
        self.events.contacts_changed.emit([])
        self.events.interactions_changed.emit([])  # LinkedIn first touches, a restore
        self._status(
            self.tr("Imported {added} new contacts; {merged} merged, {skipped} skipped.").format(
                added=counts.added, merged=counts.merged, skipped=counts.skipped
            )
        )
        self.imported.emit(counts.added, counts.merged, counts.skipped)

    # -- export ---------------------------------------------------------------------------
    def export_filters(self) -> dict[str, ExportFormat]:
        return {
            self.tr("vCard 4.0 (*.vcf)"): ExportFormat.VCARD,
            self.tr("CSV spreadsheet (*.csv)"): ExportFormat.CSV,
            self.tr("Rapport backup, everything (*.json)"): ExportFormat.JSON,
            self.tr("Calendar of birthdays and reminders (*.ics)"): ExportFormat.ICS,
        }

    def choose_export(self) -> None:
        filters = self.export_filters()
        name, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export"),
            str(Path.home() / "rapport.vcf"),
            ";;".join(filters),
        )
        if not name:
            return
        fmt = filters.get(chosen, ExportFormat.VCARD)
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(SUFFIX[fmt])
        self.export_to(path, fmt)

    def export_to(self, path: Path, fmt: ExportFormat) -> int | None:
        """Write the export, with progress and Cancel (30,000 vCards take a few seconds);
        the count written, or None when cancelled or refused (no file is left then)."""
        progress, report = self._progress(
            self.tr("Exporting contacts…"), self.export_progressed, self.tr("Export")
        )
        progress.setMaximum(0)  # busy until the writing says how far it is
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = self.service.export(fmt, path, report)
        except ExportCancelled:
            self._status(self.tr("Export cancelled; no file was written."))
            return None
        except OSError as exc:
            problem = exc.strerror or str(exc)
        else:
            problem = ""
        finally:
            QApplication.restoreOverrideCursor()
            self._close_progress(progress)
        if problem:
            QMessageBox.warning(
                self.window,
                self.tr("Export failed"),
                self.tr("{path} could not be written: {reason}").format(path=path, reason=problem),
            )
            return None
        self._status(self.tr("Exported to {path}").format(path=path))
        return count
