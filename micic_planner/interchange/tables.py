"""Opening any list a partner sends (CSV, XLSX, PFIF) as a table of headers and rows."""

from pathlib import Path

from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _
from micic_planner.interchange.csv_reader import TableFile, open_csv

TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xml")


def open_table(path: str | Path) -> TableFile:
    """A TableFile for `path`, chosen by its extension; ImportFileError when it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(_("There is no file here."), where=str(path), hint=_("Check the path and try again."))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from micic_planner.interchange.xlsx import open_xlsx

        return open_xlsx(path)
    if suffix == ".xml":
        from micic_planner.interchange.pfif import open_pfif_table

        return open_pfif_table(path)
    if suffix == ".xls":
        raise ImportFileError(_("Old Excel files (.xls) cannot be read."), where=str(path),
                              hint=_("Open it in the spreadsheet program and save it as XLSX or CSV."))
    return open_csv(path)
