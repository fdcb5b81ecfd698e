"""Smoke test of the built folder (make dist): version, a post, its plan and an exercise report, network cut.

It runs only when `dist/` holds a build; CI decides whether to build one (about 4 minutes here).
"""

import shutil
import subprocess
from pathlib import Path

import pytest

from micic_planner import __version__

ROOT = Path(__file__).resolve().parents[2]
BUILT = ROOT / "dist" / f"micic-planner-{__version__}" / "micic-planner"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not BUILT.exists(), reason=f"no build at {BUILT}: run `make dist` first"),
]


def _offline() -> list[str]:
    """`unshare -n` runs the program with no network at all, where the system allows it."""
    if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
        return ["unshare", "-n"]
    return []


def run(*args: str, cwd: Path) -> str:
    done = subprocess.run([*_offline(), str(BUILT), *args], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(cwd), "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_built_program_reports_its_version(tmp_path):
    assert __version__ in run("--version", cwd=tmp_path)


def test_the_built_program_builds_the_demo_and_prints_its_plan_offline(tmp_path):
    run("demo", "--db", "demo.micic", cwd=tmp_path)
    run("--lang", "es", "plan", "--db", "demo.micic", "--out", "plan.pdf", cwd=tmp_path)
    assert (tmp_path / "plan.pdf").read_bytes()[:5] == b"%PDF-"


def test_the_built_program_runs_an_exercise_and_prints_its_report_offline(tmp_path):
    run("--lang", "es", "exercise", "start", "conflict-lebanon", "--db", "sandbox.db", cwd=tmp_path)
    run("--lang", "es", "plan", "--db", "sandbox.db", "--out", "sandbox-plan.pdf", cwd=tmp_path)
    run("exercise", "release", "--db", "sandbox.db", "--inject", "7", cwd=tmp_path)
    run("--lang", "es", "exercise", "report", "--db", "sandbox.db", "--out", "report.pdf", cwd=tmp_path)
    for name in ("sandbox-plan.pdf", "report.pdf"):
        assert (tmp_path / name).read_bytes()[:5] == b"%PDF-"
