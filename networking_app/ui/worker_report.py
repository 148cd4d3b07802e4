"""Reporting from a worker thread to views that may have closed meanwhile."""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)


def tell(emit: Callable[[], None], who: str) -> None:
    """Emit a worker's signal; if the receiving side was closed meanwhile (its signal
    object deleted), nobody is listening any more, which is fine: say so in the log."""
    try:
        emit()
    except RuntimeError:
        log.debug("%s closed while work for it was running", who)
