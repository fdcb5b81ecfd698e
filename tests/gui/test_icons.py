"""The sidebar's icon set: one font, bundled, credited, and shipped by the build."""

from pathlib import Path

import qtawesome

from micic_planner.gui.about import AboutDialog
from micic_planner.gui.view_registry import VIEWS

ROOT = Path(__file__).resolve().parents[2]


def test_every_view_has_its_own_icon_from_the_one_bundled_font(qapp):
    names = [entry.icon for entry in VIEWS]
    assert len(set(names)) == len(names)
    assert all(name.startswith("mdi6.") for name in names)
    assert all(not qtawesome.icon(name).isNull() for name in names)


def test_the_icon_font_is_credited_in_the_about_box_and_collected_by_the_build(qtbot):
    about = AboutDialog()
    qtbot.addWidget(about)
    text = about.details.toPlainText()
    assert "Material Design Icons" in text and "qtawesome" in text
    assert 'collect_data_files("qtawesome")' in (ROOT / "build.spec").read_text(encoding="utf-8")
