"""Issue 15.11: the XLSX export freezes its header row and writes dates as dates."""

from datetime import date, datetime

import openpyxl

from micic_planner.core.models import National
from micic_planner.interchange.exports import export_post
from micic_planner.interchange.tables import open_table
from micic_planner.storage.exchange_source import ExchangeSource


def test_the_xlsx_export_freezes_the_header_and_writes_real_dates_that_import_again(store, tmp_path):
    store.nationals.add(National("Begoña", "Ibarra", birth_date=date(1990, 5, 31), passport_no="G1",
                                 passport_expiry=date(2030, 1, 15)))
    path = tmp_path / "lista.xlsx"
    fields = ["family_names", "given_names", "birth_date", "passport_expiry", "passport_no"]
    export_post(ExchangeSource(store, "full"), "xlsx", path, profile="full", fields=fields)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet.freeze_panes == "A2"
    birth, expiry = sheet.cell(2, 3), sheet.cell(2, 4)
    assert birth.is_date and birth.value == datetime(1990, 5, 31) and birth.number_format == "yyyy-mm-dd"
    assert expiry.is_date and expiry.value == datetime(2030, 1, 15)
    workbook.close()
    row = next(iter(open_table(path).rows()))[1]
    assert row[2] == datetime(1990, 5, 31)


def test_the_csv_export_keeps_iso_dates_as_text(store, tmp_path):
    store.nationals.add(National("Begoña", "Ibarra", birth_date=date(1990, 5, 31)))
    path = tmp_path / "lista.csv"
    export_post(ExchangeSource(store, "full"), "csv", path, profile="full", fields=["given_names", "birth_date"])
    assert "1990-05-31" in path.read_text(encoding="utf-8-sig")
