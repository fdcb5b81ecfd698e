"""The Spanish catalogues: one translation per English string, and every GUI string translated."""

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_english_string_has_two_different_spanish_translations():
    # The catalogues are merged into one (core/i18n.py, tools/translations.py): the last file would win.
    seen: dict[str, dict[str, str]] = defaultdict(dict)
    for path in sorted((ROOT / "resources" / "i18n" / "es").glob("*.json")):
        for source, target in json.loads(path.read_text(encoding="utf-8")).items():
            seen[source][path.name] = json.dumps(target, ensure_ascii=False)
    conflicts = {s: files for s, files in seen.items() if len(set(files.values())) > 1}
    assert conflicts == {}


def test_every_gui_string_has_a_spanish_translation(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
