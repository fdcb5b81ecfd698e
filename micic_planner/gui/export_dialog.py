"""Export for a partner (format, profile, fields), blank import templates, and reading a host-country CAP alert."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from micic_planner.core.column_mapping import FIELD_TITLES
from micic_planner.core.i18n import language, translate
from micic_planner.core.sensitivity import FULL_PROFILE, PROFILES, level
from micic_planner.gui.errors import explained

SUFFIX = {"csv": "csv", "xlsx": "xlsx", "pfif": "xml", "hxl": "csv", "vcard": "vcf", "cap": "xml", "gpx": "gpx",
          "kml": "kml", "geojson": "geojson"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialog(QDialog):
    """Choose format, profile (partner by default), fields, the partner and encryption, then write the file;
    the export is recorded in the post's disclosure ledger."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        from micic_planner.interchange.exports import FORMATS

        self.context = context
        self.disclosure = None  # what the last export held, once written
        self.setWindowTitle(self.tr("Export for a partner"))
        self.format_box = QComboBox()
        names = {"csv": self.tr("CSV list of nationals"), "xlsx": self.tr("Excel list of nationals"),
                 "pfif": self.tr("PFIF 1.4 for family tracing"), "hxl": self.tr("HXL figures per zone (no names)"),
                 "vcard": self.tr("vCard 4.0 of partners and wardens"),
                 "cap": self.tr("CAP 1.2 alert of the post"), "gpx": "GPX", "kml": "KML", "geojson": "GeoJSON"}
        for fmt in FORMATS:
            self.format_box.addItem(names[fmt], fmt)
        self.profile_box = QComboBox()
        self.profile_box.addItem(self.tr("Partner: no sensitive data, only what nationals consented to share"),
                                 "partner")
        self.profile_box.addItem(self.tr("Full: for the post's own use"), "full")
        self.fields = QListWidget()
        for name in FULL_PROFILE:
            item = QListWidgetItem(f"{translate(FIELD_TITLES[name])} ({level(name).label()})", self.fields)
            item.setData(Qt.ItemDataRole.UserRole, name)
        self.phase = QSpinBox()
        self.phase.setRange(1, 4)
        from micic_planner.storage.disclosures import DisclosureLedger

        self.ledger = DisclosureLedger(context.store)
        self.partner_box = QComboBox()
        self.partner_box.addItem(self.tr("Not for a partner (the post's own use)"), None)
        for pid, name in self.ledger.partners():
            self.partner_box.addItem(name, pid)
        self.encrypt = QCheckBox(self.tr("Encrypt the file (AES-256 zip that opens with a passphrase)"))
        self.passphrase, self.repeat = QLineEdit(), QLineEdit()
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.clear_warning = QLabel(self.tr("This file will hold personal data in clear: anyone who gets it can "
                                            "read it. Encrypt it, or keep it safe and delete it after use."))
        self.clear_warning.setWordWrap(True)
        self.clear_warning.setStyleSheet("color: #b00020; font-weight: bold")
        self.encrypt.toggled.connect(self._on_encrypt_toggled)
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Profile:"), self.profile_box)
        form.addRow(self.tr("Fields:"), self.fields)
        form.addRow(self.tr("Alert level (CAP):"), self.phase)
        form.addRow(self.tr("For partner:"), self.partner_box)
        form.addRow(self.encrypt)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase again:"), self.repeat)
        form.addRow(self.clear_warning)
        form.addRow(self.tr("File:"), row)
        form.addRow(QLabel(self.tr("Sensitive and restricted fields are never in a partner export.")))
        form.addRow(buttons)
        self.format_box.currentIndexChanged.connect(self._refresh)
        self.profile_box.currentIndexChanged.connect(self._refresh)
        self._refresh()

    def chosen_fields(self) -> list[str]:
        return [self.fields.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.fields.count())
                if self.fields.item(i).checkState() == Qt.CheckState.Checked]

    def _refresh(self) -> None:
        allowed = PROFILES[self.profile_box.currentData()]
        fmt = self.format_box.currentData()
        for i in range(self.fields.count()):
            item = self.fields.item(i)
            ok = item.data(Qt.ItemDataRole.UserRole) in allowed
            item.setFlags((item.flags() | Qt.ItemFlag.ItemIsEnabled) if ok else (item.flags()
                                                                                 & ~Qt.ItemFlag.ItemIsEnabled))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ok else Qt.CheckState.Unchecked)
        self.fields.setEnabled(fmt in ("csv", "xlsx"))
        self.profile_box.setEnabled(fmt in ("csv", "xlsx", "pfif"))
        self.phase.setEnabled(fmt == "cap")
        # A full list of nationals leaves the post encrypted unless the person unticks it.
        self.encrypt.setChecked(self.profile_box.currentData() == "full" and self._personal_format())
        self._on_encrypt_toggled()

    def _personal_format(self) -> bool:
        from micic_planner.interchange.exports import PERSONAL_FORMATS

        return self.format_box.currentData() in PERSONAL_FORMATS

    def _on_encrypt_toggled(self, *_args) -> None:
        encrypted = self.encrypt.isChecked()
        self.passphrase.setEnabled(encrypted)
        self.repeat.setEnabled(encrypted)
        self.clear_warning.setVisible(not encrypted and self._personal_format())

    def target(self) -> str:
        """The file to write: an encrypted export is a .zip."""
        path = self.path_edit.text().strip()
        return path + ".zip" if path and self.encrypt.isChecked() and not path.lower().endswith(".zip") else path

    def _on_browse_clicked(self) -> None:
        suffix = SUFFIX[self.format_box.currentData()]
        name = self.tr("export.{suffix}").format(suffix=suffix)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export"), name, f"*.{suffix}")
        if path:
            self.path_edit.setText(path)

    def export(self) -> int | None:
        """Write the file as chosen and record it; the number of records, or None after an explained error."""
        from micic_planner.core.disclosure import Disclosure
        from micic_planner.core.passphrase import check_new_passphrase
        from micic_planner.interchange.exports import export_post
        from micic_planner.storage.exchange_source import ExchangeSource

        with explained(self, self.tr("Could not export")):
            passphrase = None
            if self.encrypt.isChecked():
                passphrase = self.passphrase.text()
                check_new_passphrase(passphrase, self.repeat.text())
            profile = self.profile_box.currentData()
            self.disclosure = Disclosure("export", partner_id=self.partner_box.currentData())
            return export_post(ExchangeSource(self.context.store, profile), self.format_box.currentData(),
                               self.target(), profile=profile, fields=self.chosen_fields(),
                               phase=self.phase.value(), lang=language(), passphrase=passphrase,
                               disclosure=self.disclosure, publish=self.ledger.record)
        return None

    def accept(self) -> None:
        if not self.path_edit.text().strip():
            self._on_browse_clicked()
            if not self.path_edit.text().strip():
                return
        count = self.export()
        if count is not None:
            text = self.tr("%Ln record(s) written.", "", count)
            if self.disclosure.personal and not self.disclosure.encrypted:
                QMessageBox.warning(self, self.tr("Exported in clear"), text + "\n\n" + self.clear_warning.text())
            else:
                QMessageBox.information(self, self.tr("Exported"), text)
            super().accept()


def run_export_dialog(window) -> None:
    """Menu action (File > Export for a partner…)."""
    if window.context.store is not None:
        ExportDialog(window.context, window).exec()


def run_template_dialog(window) -> None:
    """Menu action (File > Save an import template…): the template in the window's language."""
    from micic_planner.interchange.nationals_table import write_template

    path, chosen = QFileDialog.getSaveFileName(window, _tr("Save an import template"), _tr("import_template.xlsx"),
                                               _tr("Excel (*.xlsx);;CSV (*.csv)"))
    if path:
        with explained(window, _tr("Could not save the template")):
            write_template(path, _template_format(path, chosen), language())


def _template_format(path: str, chosen_filter: str) -> str:
    """The file's own extension decides; the filter only when the name has neither .csv nor .xlsx."""
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".xlsx"):
        return suffix[1:]
    return "csv" if "csv" in chosen_filter.lower() else "xlsx"


def show_cap_alert(window) -> None:
    """Menu action (Crisis > Read a host-country alert (CAP)…): area, severity, times and the proposed
    level; during a crisis the alert can be kept in the log, or its level applied, in one step."""
    from micic_planner.core.alert_proposal import PostArea
    from micic_planner.interchange.cap import read_cap

    path, _filter = QFileDialog.getOpenFileName(window, _tr("Read a host-country alert"), "", "CAP (*.xml *.cap)")
    if not path:
        return
    with explained(window, _tr("Could not read the alert")):
        alert = read_cap(path)
        context = getattr(window, "context", None)
        store = getattr(context, "store", None)
        post = store.post() if store is not None else None
        area = PostArea(post.host_country, list(post.jurisdiction), post.lat, post.lon) if post else None
        text = "\n".join(alert.summary_lines(language(), area))
        crises = _crises(store)
        if crises is None or crises.current() is None:
            QMessageBox.information(window, _tr("Host-country alert"), text)
            return
        phase = alert.proposed_phase(area)
        answer = AlertAnswer.ask(window, text, phase.value if phase else None)
        if answer:
            event = alert.infos[0].event if alert.infos else ""
            context.apply(crises.record_alert(alert.identifier, alert.sender, event, phase,
                                              apply=answer == "apply"))


def _crises(store):
    if store is None:
        return None
    from micic_planner.storage.crisis_store import CrisisStore

    return CrisisStore(store)


class AlertAnswer:
    """What to do with an alert read during a crisis: "apply" its level, "log" it, or None; tests replace `ask`."""

    @classmethod
    def ask(cls, parent, text: str, phase: int | None) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Information, _tr("Host-country alert"), text, parent=parent)
        apply = box.addButton(_tr("Apply level {level} and keep the alert in the log").format(level=phase),
                              QMessageBox.ButtonRole.AcceptRole) if phase else None
        keep = box.addButton(_tr("Keep the alert in the crisis log"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        clicked = box.clickedButton()
        return "apply" if apply is not None and clicked is apply else "log" if clicked is keep else None
