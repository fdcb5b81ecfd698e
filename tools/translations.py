"""Regenerate the Qt catalogue from the GUI sources and the Spanish catalogues.

    python tools/translations.py          # lupdate, fill from resources/i18n/es/*.json, lrelease
    python tools/translations.py --check  # exit 1 listing GUI strings with no Spanish

The JSON files are the one place translators edit; the .ts is generated so lupdate keeps
the contexts and locations Qt Linguist shows, and the .qm is what the program loads.
"""

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "micic_es.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def catalog() -> dict[str, str]:
    merged = {}
    for path in sorted((ROOT / "resources" / "i18n" / "es").glob("*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "micic_planner").rglob("*.py") if "gui" in p.parts or p.name == "app.py")
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)],
                   check=True, capture_output=True)
    tree = ET.parse(TS)
    strings = catalog()
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in strings:
            translation.text = strings[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    if "--check" in sys.argv and missing:
        print("GUI strings with no Spanish translation:", *sorted(set(missing)), sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
