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
