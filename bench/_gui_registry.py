"""A post file with a large demo registry for the GUI benchmarks, built once and reused."""

import os
import tempfile
import time
from pathlib import Path


def big_post(nationals: int = 1_000_000) -> Path:
    """The path of a demo post with `nationals` nationals, written by the project's own demo generator."""
    from micic_planner.storage.demo_writer import write_demo
    from micic_planner.storage.store import PostStore

    path = Path(tempfile.gettempdir()) / f"micic-bench-gui-{nationals}.micic"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    store = PostStore.open(partial, create=True)
    write_demo(store, nationals=nationals, seed=1)
    store.close()
    partial.replace(path)
    print(f"built {nationals:,} nationals in {time.perf_counter() - started:.1f} s: {path}")
    return path


def rss_mb() -> float:
    """This process's resident memory in MB (Linux)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def branch_copy(nationals: int, name: str) -> Path:
    """A private copy of `big_post(nationals)`: opening it runs this branch's migrations, which must never
    touch the file other branches measure."""
    import shutil

    copy = Path(tempfile.gettempdir()) / f"micic-bench-{name}-{nationals}.micic"
    if not copy.exists():
        partial = copy.with_suffix(".partial")
        shutil.copy(big_post(nationals), partial)
        partial.replace(copy)
    return copy


def counts(argv: list[str]) -> list[int]:
    """The registry sizes asked for on the command line; by default the two the targets are set at."""
    return [int(a) for a in argv] or [200_000, 1_000_000]
