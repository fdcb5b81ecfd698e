"""Places: assembly points, shelters, safe havens, and the border crossings, airports and ports routes lead to."""

from micic_planner.core.enums import PlaceKind
from micic_planner.core.models import Place
from micic_planner.core.phone_display import display_phone
from micic_planner.core.validation import check_coordinates, normalize_phone
from micic_planner.gui.forms.fields import Field
from micic_planner.gui.locale_support import collation_key, fmt_float, fmt_int
from micic_planner.gui.models.record_model import Column
from micic_planner.gui.views.record_panel import RecordSpec, SinglePanelView
from micic_planner.storage.overview_queries import zone_names


class PlaceSpec(RecordSpec):
    cls = Place
    order_by = "kind, name"
    watches = ("zones",)

    def title(self) -> str:
        return self.tr("Places")

    def empty_text(self) -> str:
        return self.tr("No places yet. Add the assembly points where nationals gather, the shelters and the "
                       "safe havens, with their coordinates and capacity (Ctrl+N).")

    def zones(self) -> dict:
        return zone_names(self.context.store.db)  # at headquarters with each zone's post

    def columns(self):
        zones = self.zones
        self._zones = {}

        def zone_name(p):
            if not self._zones:
                self._zones = zones()
            return self._zones.get(p.zone_id, "")
        return [Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Kind"), lambda p: p.kind.label()),
                Column(self.tr("Capacity"), lambda p: self.tr("unknown") if p.capacity is None else fmt_int(p.capacity),
                       lambda p: -1 if p.capacity is None else p.capacity, numeric=True),
                Column(self.tr("Zone"), zone_name),
                Column(self.tr("Latitude"), lambda p: fmt_float(p.lat, 5), lambda p: p.lat, numeric=True),
                Column(self.tr("Longitude"), lambda p: fmt_float(p.lon, 5), lambda p: p.lon, numeric=True),
                Column(self.tr("Contact"),
                       lambda p: " ".join(x for x in (p.contact_name, display_phone(p.contact_phone)) if x)),
                Column(self.tr("Facilities"), lambda p: p.facilities)]

    def load(self) -> list:
        self._zones = {}
        return super().load()

    def fields(self):
        zones = [(None, self.tr("— no zone —"))] + sorted(self.zones().items(), key=lambda z: collation_key(z[1]))
        return [Field("name", self.tr("Name"), required=True),
                Field("kind", self.tr("Kind"), "enum", enum=PlaceKind),
                Field("lat", self.tr("Latitude"), "float", minimum=-90, maximum=90),
                Field("lon", self.tr("Longitude"), "float", minimum=-180, maximum=180),
                Field("capacity", self.tr("Capacity (people)"), "optint"),
                Field("zone_id", self.tr("Zone"), "choice", choices=lambda: zones),
                Field("address", self.tr("Address")),
                Field("facilities", self.tr("Facilities"), "multiline"),
                Field("contact_name", self.tr("Contact person")),
                Field("contact_phone", self.tr("Contact phone"), kind="phone"),
                Field("notes", self.tr("Notes"), "multiline")]

    def new_record(self):
        post = self.context.store.post()
        return Place("", PlaceKind.ASSEMBLY_POINT, post.lat or 0.0 if post else 0.0, post.lon or 0.0 if post else 0.0)

    def validate(self, record) -> None:
        from micic_planner.core.errors import ValidationError, ValidationErrors

        check_coordinates(record.lat, record.lon)
        try:
            record.contact_phone = normalize_phone(record.contact_phone, "contact_phone", self.context.host_region())
        except ValidationError as exc:
            raise ValidationErrors([exc]) from None


class PlacesView(SinglePanelView):
    spec_class = PlaceSpec
