"""Fill the unfinished entries of a Qt .ts file from JSON dictionaries of translations.

Usage: python scripts/apply_translations.py resources/translations/rapport_fr.ts FILE.json...

Each JSON file maps an English source text to its translation. A key written
``"Context|source"`` applies to that context only and wins over a plain key. Entries
already translated are left alone unless ``--force`` is given. Prints what is still
unfinished so that nothing visible ships in English by accident.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def apply(ts_path: Path, tables: list[dict[str, str]], force: bool = False) -> list[str]:
    merged: dict[str, str] = {}
    for table in tables:
        merged.update(table)
    tree = ET.parse(ts_path)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            done = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            if done and translation.text and not force:
                continue
            text = merged.get(f"{name}|{source}", merged.get(source))
            if text is None:
                missing.append(f"{name}: {source}")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode").replace('" />', '"/>')
    ts_path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("tables", type=Path, nargs="+")
    parser.add_argument("--force", action="store_true", help="replace existing translations")
    args = parser.parse_args(argv)
    tables = [json.loads(path.read_text(encoding="utf-8")) for path in args.tables]
    missing = apply(args.ts, tables, args.force)
    for entry in missing:
        print(f"untranslated: {entry}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
