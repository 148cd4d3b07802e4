"""The third-party contact files of ../shared/corpora (see its README and MANIFEST.tsv).

They keep their own licences, so they are read where they are rather than copied here;
set RAPPORT_CORPORA to another folder holding them. Tests skip, saying so, without them.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from tests.conftest import PROJECT_ROOT

CORPORA = Path(os.environ.get("RAPPORT_CORPORA", PROJECT_ROOT.parent / "shared" / "corpora"))
SKIP_REASON = f"the third-party contact files are not at {CORPORA} (set RAPPORT_CORPORA)"


def manifest() -> list[str]:
    """local_filename of every file the MANIFEST lists (empty without the corpora)."""
    path = CORPORA / "MANIFEST.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return [row["local_filename"] for row in csv.DictReader(f, delimiter="\t")]
