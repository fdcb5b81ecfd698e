"""zone.tab is found when tzdata is a namespace package, as it is in the frozen build."""

import importlib.resources
from importlib.readers import MultiplexedPath

from micic_planner.core import local_time


def test_zone_tab_is_read_through_a_namespace_package_path_as_in_the_frozen_build(tmp_path, monkeypatch):
    (tmp_path / "zoneinfo").mkdir()
    (tmp_path / "zoneinfo" / "zone.tab").write_text("MX\t+1454-09216\tAmerica/Mexico_City\n", encoding="utf-8")
    monkeypatch.setattr(importlib.resources, "files", lambda package: MultiplexedPath(tmp_path))
    assert "America/Mexico_City" in local_time._zone_tab()
