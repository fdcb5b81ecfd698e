"""The table builder measures a phone written with spaces, and a date with its time, as one unbreakable run."""

from reportlab.pdfbase.pdfmetrics import stringWidth

from micic_planner.reports.styles import FONT, register_fonts
from micic_planner.reports.tables import column_minimums, token_width


def test_a_phone_written_with_spaces_is_measured_whole_so_its_column_never_splits_it():
    register_fonts()
    assert token_width("+502 2420 3400") == stringWidth("+502 2420 3400", FONT, 8)
    assert token_width("Calle Real 5") == stringWidth("Calle", FONT, 8)


def test_a_column_of_local_times_is_as_wide_as_a_date_with_its_time():
    register_fonts()
    need = column_minimums(["When"], [["2026-03-01\u00a012:00"]], (), 500)[0]
    assert need > stringWidth("2026-03-01 12:00", FONT, 8)
