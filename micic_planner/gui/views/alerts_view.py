"""The post's alert-level matrix: for each MICIC phase, its triggers and the actions with who does them."""

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton

from micic_planner.core.enums import AlertPhase, Hazard
from micic_planner.core.models import AlertAction
from micic_planner.core.team_roles import role_choices, role_label
from micic_planner.gui.commands import AddRecords, push
from micic_planner.gui.errors import Confirm, explained
from micic_planner.gui.forms.fields import Field
from micic_planner.gui.models.record_model import Column
from micic_planner.gui.views.record_panel import RecordSpec, SinglePanelView


class AlertSpec(RecordSpec):
    cls = AlertAction
    order_by = "phase, kind DESC, position, id"

    def title(self) -> str:
        return self.tr("Alert levels")

    def empty_text(self) -> str:
        return self.tr("The alert matrix is empty. Press “Load the standard matrix” to start from the MICIC "
                       "template, then adapt it to this post.")

    def load(self) -> list:
        phase = getattr(self.panel, "phase_filter", None)
        records = super().load()
        return [r for r in records if phase is None or r.phase == phase]

    def kinds(self):
        return [("trigger", self.tr("Trigger")), ("action", self.tr("Action"))]

    def steps(self):
        return [("", self.tr("Phase line")), ("standfast", self.tr("Standfast (shelter in place)")),
                ("stand_down", self.tr("Stand-down"))]

    def columns(self):
        kinds, steps = dict(self.kinds()), dict(self.steps())
        return [Column(self.tr("Phase"), lambda a: f"{a.phase}. {AlertPhase(a.phase).label()}",
                       lambda a: (a.phase, a.kind != "trigger", a.position)),
                Column(self.tr("Step"), lambda a: steps.get(a.step, a.step)),
                Column(self.tr("Kind"), lambda a: kinds.get(a.kind, a.kind)),
                Column(self.tr("Who"), lambda a: role_label(a.role)),
                Column(self.tr("Hazard"), lambda a: Hazard(a.hazard).label() if a.hazard else self.tr("All")),
                Column(self.tr("Spanish"), lambda a: a.text_es),
                Column(self.tr("English"), lambda a: a.text_en)]

    def fields(self):
        phases = [(p.value, f"{p.value}. {p.label()}") for p in AlertPhase]
        hazards = [("", self.tr("All hazards"))] + [(h.value, h.label()) for h in Hazard]
        return [Field("phase", self.tr("Phase"), "choice", choices=lambda: phases),
                Field("step", self.tr("Step"), "choice", choices=self.steps),
                Field("kind", self.tr("Kind"), "choice", choices=self.kinds),
                Field("role", self.tr("Who does it"), "role", choices=role_choices),
                Field("hazard", self.tr("Hazard"), "choice", choices=lambda: hazards),
                Field("text_es", self.tr("Text in Spanish"), "multiline", required=True),
                Field("text_en", self.tr("Text in English"), "multiline", required=True),
                Field("position", self.tr("Order"), "int", maximum=999)]

    def new_record(self):
        phase = getattr(self.panel, "phase_filter", None) or 1
        return AlertAction(phase, "action", "", "")

    def describe(self, record) -> str:
        text = record.text_es or record.text_en
        return text[:40] + ("…" if len(text) > 40 else "")


class AlertsView(SinglePanelView):
    spec_class = AlertSpec

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.phase = QComboBox()
        self.phase.addItem(self.tr("All phases"), None)
        for p in AlertPhase:
            self.phase.addItem(f"{p.value}. {p.label()}", p.value)
        self.load_button = QPushButton(self.tr("Load the standard matrix"))
        self.load_button.setToolTip(self.tr("Add the MICIC template's triggers and actions (plans/alert_matrix.csv)"))
        self.load_button.clicked.connect(self.load_template)
        self.panel.phase_filter = None
        self.phase.currentIndexChanged.connect(self._on_phase_changed)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.phase)
        bar.addStretch(1)
        bar.addWidget(self.load_button)
        self.layout().insertLayout(0, bar)
        self.panel.selection_changed.connect(lambda: self.load_button.setVisible(self.panel.editable()))
        self.load_button.setVisible(self.panel.editable())

    def _on_phase_changed(self) -> None:
        self.panel.phase_filter = self.phase.currentData()
        self.panel.reload()

    def load_template(self) -> None:
        from micic_planner.core.plan_templates import templates_for

        with explained(self, self.tr("Could not load the standard matrix")):
            templates = templates_for(self.context.store.post())
            existing = self.context.store.records.list(AlertAction)
            if existing and not Confirm.ask(self, self.tr("Load the standard matrix"), self.tr(
                    "The post already has %Ln line(s) in its matrix. Add the standard lines as well?", "",
                    len(existing))):
                return
            push(self.context, AddRecords(self.context, templates.actions, self.tr("Load the standard matrix")))

