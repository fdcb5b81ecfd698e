"""Regenerate the Qt catalogue from the GUI sources and the Spanish catalogues.

    python tools/translations.py          # lupdate, fill from resources/i18n/es/*.json, lrelease
    python tools/translations.py --check  # exit 1 listing GUI strings with no Spanish

The JSON files are the one place translators edit; the .ts is generated so lupdate keeps
the contexts and locations Qt Linguist shows, and the .qm is what the program loads.
"""

import json
import shutil
import subprocess
import sys
import tempfile
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


def registry_strings() -> dict[str, list[str]]:
    """Sidebar titles and contributed menu texts, which the window translates from data lupdate cannot see."""
    sys.path.insert(0, str(ROOT))
    from micic_planner.gui.view_registry import MENU_ACTIONS, VIEWS

    return {"View": [v.title for v in VIEWS if v.title] + [v.tip for v in VIEWS if v.tip],
            "Menu": [m.text for m in MENU_ACTIONS]}


def add_registry_strings(tree) -> None:
    root = tree.getroot()
    for name, texts in registry_strings().items():
        context = next((c for c in root.iter("context") if c.findtext("name") == name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        present = {m.findtext("source") for m in context.iter("message")}
        for text in dict.fromkeys(texts):
            if text not in present:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = text
                ET.SubElement(message, "translation", type="unfinished")


def fill(message, translation, spanish: str | list[str]) -> None:
    """Put the Spanish into a message; a plural one (tr with n) gets one <numerusform> per Spanish form.

    In the JSON a plural entry is a list [singular, plural]; a plain string serves every form.
    """
    translation.attrib.pop("type", None)
    if isinstance(spanish, list) and ("%n" in message.findtext("source") or "%Ln" in message.findtext("source")):
        # pyside6-lupdate misses the count of some QCoreApplication.translate(context, text, None, n) calls;
        # the catalogue's [singular, plural] says the message is plural, so Qt picks the form by the count.
        message.set("numerus", "yes")
    if message.get("numerus") != "yes":
        translation.text = spanish if isinstance(spanish, str) else spanish[-1]
        return
    forms = [spanish] if isinstance(spanish, str) else list(spanish)
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    for i in range(2):  # Spanish has two plural forms: n == 1, and every other n
        ET.SubElement(translation, "numerusform").text = forms[min(i, len(forms) - 1)]


def main() -> int:
    check = "--check" in sys.argv
    if check:
        # A check reads and writes a copy, so a test run never changes the catalogue the program ships.
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / TS.name
            shutil.copy(TS, copy)
            return build(copy, None, check)
    return build(TS, QM, check)


def build(ts: Path, qm: Path | None, check: bool) -> int:
    sources = sorted(str(p) for p in (ROOT / "micic_planner").rglob("*.py") if "gui" in p.parts or p.name == "app.py")
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
                   check=True, capture_output=True)
    tree = ET.parse(ts)
    add_registry_strings(tree)
    strings = catalog()
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in strings:
            fill(message, translation, strings[source])
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    if qm is not None:
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    if check and missing:
        print("GUI strings with no Spanish translation:", *sorted(set(missing)), sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
