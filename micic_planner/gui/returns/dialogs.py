"""The Return view's dialogs; each has `ask(...)` returning the answer (or None), so tests replace it."""

import dataclasses
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from micic_planner.core.errors import ValidationError
from micic_planner.core.returns.case import Profile, ReturnCase
from micic_planner.gui.crisis.national_picker import NationalPicker
from micic_planner.gui.fitted_dialog import FittedDialog

_DATES = ("protection_referral_on", "protection_referral_closed_on", "best_interests_on", "family_traced_on",
          "declaration_signed_on", "travel_date", "consent_on")
_TEXTS = ("requested_by", "programme", "receiving_office", "return_country", "return_municipality",
          "protection_referral_to", "protection_referral_outcome", "best_interests_by", "child_authority_host",
          "child_authority_home", "split_decision", "declaration_lang", "needs_on_arrival", "decline_reason")


def _date(text: str, field: str, label: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, f"{label}: {text}") from None


class CaseDialog(FittedDialog):
    """The details of a case: assessment, profile, programme, travel and every safeguard's record."""

    def __init__(self, case: ReturnCase, parent=None):
        super().__init__(parent, width=620)
        self.case = case
        self.setWindowTitle(self.tr("Return case {number}").format(number=case.number))
        form = QFormLayout(self.body)
        self.labels = {
            "requested_by": self.tr("Requested by"), "programme": self.tr("Funding programme"),
            "receiving_office": self.tr("Receiving office"), "return_country": self.tr("Country of return (ISO)"),
            "return_municipality": self.tr("Municipality of return"), "travel_date": self.tr("Travel date"),
            "needs_on_arrival": self.tr("Needs on arrival"),
            "protection_referral_to": self.tr("Protection referral to"),
            "protection_referral_on": self.tr("Referred on"),
            "protection_referral_closed_on": self.tr("Referral closed on"),
            "protection_referral_outcome": self.tr("Referral outcome"),
            "best_interests_on": self.tr("Best-interests assessment on"),
            "best_interests_by": self.tr("Best-interests assessment by"),
            "child_authority_host": self.tr("Child protection, host country"),
            "child_authority_home": self.tr("Child protection, at home"),
            "family_traced_on": self.tr("Family traced on"),
            "split_decision": self.tr("Decision to split the household"),
            "declaration_signed_on": self.tr("Declaration signed on"),
            "declaration_lang": self.tr("Declaration language (es, en)"),
            "consent_on": self.tr("Consent to hand over given on"), "decline_reason": self.tr("Reason if declined"),
        }
        self.assessment = QPlainTextEdit(case.assessment)
        self.assessment.setFixedHeight(80)
        form.addRow(self.tr("Individual assessment"), self.assessment)
        self.profile = {}
        for flag in Profile.members():
            box = QCheckBox(flag.label())
            box.setChecked(bool(case.profile & flag))
            self.profile[flag] = box
            form.addRow("", box)
        self.fields: dict[str, QLineEdit] = {}
        for name, label in self.labels.items():
            value = getattr(case, name)
            edit = QLineEdit("" if value is None else str(value))
            if name in _DATES:
                edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            self.fields[name] = edit
            form.addRow(label, edit)
        self.consent = QCheckBox(self.tr("The returnee consents to the handover to the receiving office"))
        self.consent.setChecked(case.consent_handover)
        form.addRow("", self.consent)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.footer.addWidget(self.error)
        self.fit()

    def value(self) -> ReturnCase:
        changes = {name: _date(self.fields[name].text(), name, self.labels[name]) for name in _DATES}
        changes.update({name: self.fields[name].text().strip() for name in _TEXTS if name in self.fields})
        profile = Profile(0)
        for flag, box in self.profile.items():
            if box.isChecked():
                profile |= flag
        return dataclasses.replace(self.case, assessment=self.assessment.toPlainText().strip(), profile=profile,
                                   consent_handover=self.consent.isChecked(), **changes)

    @classmethod
    def ask(cls, parent, case: ReturnCase) -> ReturnCase | None:
        dialog = cls(case, parent)
        while dialog.exec():
            try:
                return dialog.value()
            except ValidationError as exc:
                dialog.error.setText(dialog.tr("Not a date: {what}").format(what=exc.message))
        return None


class NewCaseDialog(FittedDialog):
    """Who asks to go home: a national found in the registry (their household comes along), and who asked."""

    def __init__(self, store, parent=None):
        super().__init__(parent, width=620)
        self.setWindowTitle(self.tr("New return case"))
        form = QFormLayout(self.body)
        self.picker = NationalPicker(store)
        self.requested_by = QLineEdit()
        self.programme = QLineEdit()
        self.office = QLineEdit()
        form.addRow(self.tr("National"), self.picker)
        form.addRow(self.tr("Requested by"), self.requested_by)
        form.addRow(self.tr("Funding programme"), self.programme)
        form.addRow(self.tr("Receiving office"), self.office)
        note = QLabel(self.tr("The national's household joins the case: a household is never split."))
        note.setWordWrap(True)
        form.addRow(note)
        self.fit()

    @classmethod
    def ask(cls, parent, store) -> dict | None:
        dialog = cls(store, parent)
        if not dialog.exec() or dialog.picker.national_id() is None:
            return None
        return {"national_id": dialog.picker.national_id(), "requested_by": dialog.requested_by.text().strip(),
                "programme": dialog.programme.text().strip(), "receiving_office": dialog.office.text().strip()}


class MovementChoice:
    """Which movement (an evacuation, a repatriation, a return bus): `movements` is [(id, text)]."""

    @classmethod
    def ask(cls, parent, title: str, movements: list[tuple[int, str]]) -> int | None:
        texts = [t for _i, t in movements]
        text, ok = QInputDialog.getItem(parent, title, title, texts, 0, False)
        return movements[texts.index(text)][0] if ok and text in texts else None


class StepNote:
    """A note for the timeline (the reason, for a decline)."""

    @classmethod
    def ask(cls, parent, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label)
        return text.strip() if ok else None


class HandoverFile:
    """The handover file to read, or None."""

    @classmethod
    def ask(cls, parent, title: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(parent, title, "", "ZIP (*.zip)")
        return path or None


class HandoverPassphrase:
    """The passphrase agreed between the two offices; asked twice when a file is written."""

    @classmethod
    def ask(cls, parent, confirm: bool) -> str | None:
        title = parent.tr("Handover passphrase")
        first, ok = QInputDialog.getText(parent, title, parent.tr("Passphrase agreed with the other office"),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if confirm:
            again, ok = QInputDialog.getText(parent, title, parent.tr("The same passphrase again"),
                                             QLineEdit.EchoMode.Password)
            if not ok:
                return None
            if again != first:
                raise ValidationError("passphrase", parent.tr("The two passphrases differ."))
        return first


class TravelDocument:
    """Whose emergency travel document, and its number: (national id, number), or None."""

    @classmethod
    def ask(cls, parent, members: list[tuple[int, str]]) -> tuple[int, str] | None:
        title = parent.tr("Emergency travel document")
        names = [name for _i, name in members]
        name, ok = QInputDialog.getItem(parent, title, parent.tr("For"), names, 0, False)
        if not ok or name not in names:
            return None
        number, ok = QInputDialog.getText(parent, title, parent.tr("Number of the document issued"))
        return (members[names.index(name)][0], number.strip()) if ok and number.strip() else None
