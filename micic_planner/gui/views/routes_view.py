"""Evacuation routes: from assembly points to crossings, airports, ports or safe havens, with alternates."""

from micic_planner.core.enums import RouteMode, RouteStatus
from micic_planner.core.errors import ValidationError, ValidationErrors
from micic_planner.core.models import Place, Route
from micic_planner.core.routes import format_hours, route_leg
from micic_planner.gui.forms.fields import Field
from micic_planner.gui.forms.route_form import RouteForm
from micic_planner.gui.locale_support import collation_key, fmt_float, fmt_int
from micic_planner.gui.models.record_model import Column
from micic_planner.gui.views.record_panel import RecordSpec, SinglePanelView


class RouteSpec(RecordSpec):
    cls = Route
    order_by = "name"
    watches = ("places",)
    form_class = RouteForm

    def title(self) -> str:
        return self.tr("Routes")

    def empty_text(self) -> str:
        return self.tr("No routes yet. Add places first (assembly points and destinations such as border "
                       "crossings or airports), then a route between them with its waypoints (Ctrl+N).")

    def load(self) -> list:
        self.places = {p.id: p for p in self.context.store.records.list(Place, order_by="name")}
        routes = super().load()
        self.names = {r.id: r.name for r in routes}
        self.legs = {r.id: route_leg(r, self.places) for r in routes}
        return routes

    def _place(self, place_id) -> str:
        place = self.places.get(place_id)
        return place.name if place else ""

    def _role(self, route) -> str:
        if route.alternate_of is None:
            return self.tr("Primary")
        return self.tr("Alternate of {name}").format(name=self.names.get(route.alternate_of, "?"))

    def columns(self):
        return [Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Primary or alternate"), self._role),
                Column(self.tr("Length (km)"), lambda r: fmt_float(self.legs[r.id].km, 1),
                       lambda r: self.legs[r.id].km, numeric=True),
                Column(self.tr("Time"), lambda r: format_hours(self.legs[r.id].hours),
                       lambda r: self.legs[r.id].hours, numeric=True),
                Column(self.tr("Status"), lambda r: r.status.label()),
                Column(self.tr("Mode"), lambda r: r.mode.label()),
                Column(self.tr("Seats per trip"), lambda r: fmt_int(r.capacity_per_trip),
                       lambda r: r.capacity_per_trip, numeric=True),
                Column(self.tr("From"), lambda r: self._place(r.origin_id)),
                Column(self.tr("Destination"), lambda r: self._place(r.destination_id)),
                Column(self.tr("Waypoints"), lambda r: len(r.waypoints), numeric=True)]

    def fields(self):
        places = sorted(((p.id, f"{p.name} ({p.kind.label()})") for p in self.places.values()),
                        key=lambda x: collation_key(x[1]))
        routes = [(None, self.tr("— this is a primary route —"))] + sorted(
            self.names.items(), key=lambda x: collation_key(x[1]))
        return [Field("name", self.tr("Name"), required=True),
                Field("origin_id", self.tr("From"), "choice", choices=lambda: places),
                Field("destination_id", self.tr("Destination"), "choice", choices=lambda: places),
                Field("mode", self.tr("Mode"), "enum", enum=RouteMode),
                Field("speed_kmh", self.tr("Average speed (km/h)"), "float", minimum=1, maximum=1000, decimals=0),
                Field("capacity_per_trip", self.tr("Seats per trip"), "int"),
                Field("status", self.tr("Status"), "enum", enum=RouteStatus),
                Field("alternate_of", self.tr("Alternate of"), "choice", choices=lambda: routes),
                Field("notes", self.tr("Notes"), "multiline")]

    def new_record(self):
        ids = list(self.places)
        return Route("", ids[0] if ids else 0, ids[-1] if ids else 0)

    def edit(self, record, title: str):
        if not self.places:
            from micic_planner.gui.errors import ErrorDialog

            ErrorDialog.ask(self.panel, self.tr("No places yet"),
                            self.tr("A route joins two places. Add the assembly point and the destination in "
                                    "the Places view first."))
            return None
        RouteForm.places = self.places
        return super().edit(record, title)

    def validate(self, record) -> None:
        errors = []
        if record.origin_id == record.destination_id and not record.waypoints:
            errors.append(ValidationError("destination_id", self.tr("The route must end somewhere else.")))
        if record.alternate_of is not None and record.alternate_of == record.id:
            errors.append(ValidationError("alternate_of", self.tr("A route cannot be its own alternate.")))
        if errors:
            raise ValidationErrors(errors)


class RoutesView(SinglePanelView):
    spec_class = RouteSpec
