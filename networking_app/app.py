"""Composition root: wires paths, storage, translations and the window together."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from networking_app import APP_NAME, __version__
from networking_app.domain.vocabulary import Language
from networking_app.logging_setup import setup_logging
from networking_app.paths import AppPaths, resolve_paths, resources_dir
from networking_app.services.workspace import (
    DatabaseUnusable,
    Workspace,
    newest_good_backup,
    restore_backup,
)
from networking_app.storage.errors import DatabaseBusy, NewerSchema, StorageError
from networking_app.ui.i18n import effective_language, install_translators
from networking_app.ui.shell.database_problem import Choice, ask_to_retry, ask_what_to_do
from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.shell.single_instance import SingleInstance
from networking_app.ui.tray.tray_app import attach_tray, wait_for_tray

log = logging.getLogger(__name__)

#: How long `networking-app tray` waits for the desktop's tray at login.
TRAY_WAIT_SECONDS = 30


def build_main_window(data_dir: str | os.PathLike[str] | AppPaths | None) -> MainWindow:
    """The ready main window for an existing QApplication.

    Opens (creating or migrating) the database of ``data_dir`` and installs the user's
    language. Raises :class:`DatabaseUnusable` or :class:`DatabaseBusy` when it cannot.
    """
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("build_main_window() needs a QApplication")
    paths = data_dir if isinstance(data_dir, AppPaths) else resolve_paths(data_dir)
    workspace = Workspace(paths)
    workspace.open()
    try:
        install_translators(app, effective_language(workspace.profile().language))
        return MainWindow(workspace)
    except BaseException:
        workspace.close()
        raise


def _configure_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("networking-app")
    icon = resources_dir() / "icons" / "rapport.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_window(
    paths: AppPaths,
    ask: Callable[[DatabaseUnusable], Choice] = ask_what_to_do,
    retry: Callable[[DatabaseBusy], bool] = ask_to_retry,
) -> MainWindow | None:
    """Build the window; on an unusable database, explain and offer the newest backup;
    on one another program holds, offer to try again.

    Returns None when the user quits or nothing can be done (after saying why).
    """
    while True:
        try:
            return build_main_window(paths)
        except NewerSchema as exc:
            log.error("database from a newer Rapport: %s", exc)
            QMessageBox.critical(None, APP_NAME, str(exc))
            return None
        except DatabaseUnusable as exc:
            log.error("database unusable: %s", exc)
            try:
                error = exc.with_backup(exc.backup or newest_good_backup(paths))
            except StorageError:  # a backup another program holds: none to offer now
                error = exc
            if ask(error) is Choice.QUIT or error.backup is None:
                return None
            try:
                kept = restore_backup(paths, error.backup)
            except StorageError as restore_error:
                QMessageBox.critical(None, APP_NAME, str(restore_error))
                return None
            log.warning("restored %s; the unusable file was kept at %s", error.backup, kept)
        except DatabaseBusy as exc:
            log.warning("database busy: %s", exc)
            if not retry(exc):
                return None
        except StorageError as exc:
            log.error("cannot open the data folder: %s", exc)
            QMessageBox.critical(None, APP_NAME, str(exc))
            return None


def run_gui(paths: AppPaths, argv: Sequence[str], tray_only: bool = False) -> int:
    """Open the window (or raise the one already running) and run until quit.

    ``tray_only`` (``networking-app tray``): start the reminder service in the tray with the
    window hidden; the window opens from the tray or from a later launch.
    """
    app = _configure_application(argv)
    setup_logging(paths)
    instance = SingleInstance(paths.data_dir)
    if tray_only:
        if instance.is_running():
            print(f"{APP_NAME} is already running with {paths.data_dir}.")
            return 0
        if not wait_for_tray(TRAY_WAIT_SECONDS):
            print(
                f"networking-app: error: no system tray was found after {TRAY_WAIT_SECONDS}"
                " seconds; run `networking-app` to open the window instead",
                file=sys.stderr,
            )
            return 1
    elif instance.notify_running():
        print(f"{APP_NAME} is already running with {paths.data_dir}; its window was raised.")
        return 0
    instance.listen()
    install_translators(app, effective_language(Language.SYSTEM))
    window = open_window(paths)
    if window is None:
        return 1
    instance.activated.connect(window.bring_to_front)
    restart: list[list[str]] = []

    def restart_later() -> None:
        # Asked from the window: it comes back, even if the app was started in the tray.
        restart.append(restart_command(show_window=window.isVisible()))
        window.quit_app()

    window.restart_requested.connect(restart_later)
    tray = attach_tray(app, window)
    if not tray_only:
        window.show()
    window.start_auto_backup()
    _quit_on_signals(app)
    log.info(
        "%s %s started with %s, in %s", APP_NAME, __version__, paths.data_dir, QLocale().name()
    )
    try:
        return app.exec()
    finally:
        if tray is not None:
            tray.stop()
        window.shutdown()
        instance.close()
        if restart:  # the data folder and the single-instance lock are released now
            log.info("restarting: %s", " ".join(restart[0]))
            os.execv(sys.executable, restart[0])


def restart_command(show_window: bool = False) -> list[str]:
    """The command line that starts this app again as it was started (same arguments and
    environment, same Python); with ``show_window``, the window rather than the tray only."""
    arguments = sys.argv[1:]
    if show_window and "tray" in arguments:  # the command, not a folder named "tray"
        commands = [n for n, a in enumerate(arguments) if a == "tray"]
        values = {n + 1 for n, a in enumerate(arguments) if a.startswith("--") and "=" not in a}
        command = next((n for n in commands if n not in values), None)
        if command is not None:
            arguments = arguments[:command] + arguments[command + 1 :]
    return [sys.executable, "-m", "networking_app", *arguments]


def _quit_on_signals(app: QApplication) -> None:
    """Ctrl+C or SIGTERM quit cleanly (state saved, WAL checkpointed) instead of dying."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes: give it a chance regularly.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
