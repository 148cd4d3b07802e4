"""A rotating log file in the user log dir, set up by `main()` only."""

from __future__ import annotations

import logging
import logging.handlers

from networking_app.paths import AppPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    """Send records to ``paths.log_file`` (1 MB × 5 files) and warnings to stderr."""
    paths.log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    root = logging.getLogger()
    if any(getattr(h, "_rapport", False) for h in root.handlers):
        return
    file_handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    file_handler._rapport = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.setLevel(level)
