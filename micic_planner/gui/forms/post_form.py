"""The post's own details: name, country, city, jurisdiction, plan control (version, dates, marking)."""

from micic_planner.core.countries import countries
from micic_planner.core.errors import ValidationError, ValidationErrors
from micic_planner.core.i18n import _
from micic_planner.core.local_time import post_zone
from micic_planner.core.validation import check_coordinates, check_email, country_code, region_code
from micic_planner.gui.forms.fields import Field
from micic_planner.gui.forms.record_form import RecordForm
from micic_planner.gui.locale_support import collation_key


def country_choices() -> list[tuple[str, str]]:
    """(code, name) of every country, named and sorted in the user's language."""
    return sorted(countries(), key=lambda pair: collation_key(pair[1]))


def post_fields(tr) -> list[Field]:
    """The fields of the post form (a new post is created by gui/post_wizard.py's dialog)."""
    fields = [Field("name", tr("Name of the post"), required=True, hint=tr("e.g. Consulate in Tapachula")),
              Field("host_country", tr("Host country"), "choice", required=True, choices=country_choices),
              Field("city", tr("City"), "place", required=True),
              Field("jurisdiction", tr("Jurisdiction"), "regions")]
    return fields + [
        Field("sending_country", tr("Nationals of"), "choice", choices=lambda: [("", ""), *country_choices()]),
        Field("lat", tr("Latitude of the post"), "optfloat"),
        Field("lon", tr("Longitude of the post"), "optfloat"),
        # Empty: the zone of the host country nearest the post (core/local_time.py); set where that is wrong.
        Field("time_zone", tr("Time zone (empty: from the country and the coordinates)"),
              hint="America/Mexico_City"),
        Field("address", tr("Address")),
        Field("phone", tr("Phone"), kind="phone"),
        Field("email", tr("E-mail")),
        Field("web", tr("Web page (for alerts)"), hint="https://…"),
        Field("plan", tr("Plan control"), "section"),
        Field("plan_version", tr("Plan version")),
        Field("plan_date", tr("Plan date"), "date"),
        Field("next_review", tr("Next review"), "date"),
        Field("distribution", tr("Distribution"), "multiline"),
        Field("sensitivity", tr("Sensitivity marking")),
        Field("paper", tr("Paper of the post's documents"), "choice",
              choices=lambda: [("", tr("The host country's paper")), ("a4", tr("A4")), ("letter", tr("Letter"))]),
        Field("assembly_radius_km", tr("Distance to an assembly point that is too far (km)"), "float",
              minimum=1, maximum=500, decimals=1),
        Field("retention_months", tr("Keep records for (months)"), "int", maximum=600),
        # Unrestricted documents print counts below this as "*" (core/small_counts.py, issue 13.4).
        Field("small_count_threshold", tr("Smallest count printed outside restricted documents"), "int",
              minimum=1, maximum=100),
        Field("is_training", tr("Training post (fictional data)"), "bool"),
    ]


class PostForm(RecordForm):
    """The post's details; the jurisdiction lists the regions of the host country chosen above it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        country, regions = self.editors["host_country"], self.editors["jurisdiction"]
        if not regions.list.count():
            regions.set_country(country.currentData() or "")
        country.currentIndexChanged.connect(lambda _row: regions.set_country(country.currentData() or ""))


def validate_post(post) -> None:
    """Normalise codes in place; raise ValidationErrors naming each field at fault."""
    errors = []
    for name, check in (("host_country", country_code), ("sending_country", country_code)):
        value = getattr(post, name)
        if value or name == "host_country":
            try:
                setattr(post, name, check(value, name))
            except ValidationError as exc:
                errors.append(exc)
    try:
        post.jurisdiction = [region_code(code, "jurisdiction") for code in post.jurisdiction]
    except ValidationError as exc:
        errors.append(exc)
    if post.time_zone:
        try:
            post_zone(post.host_country, chosen=post.time_zone.strip())
            post.time_zone = post.time_zone.strip()
        except ValidationError as exc:
            errors.append(exc)
    try:
        check_email(post.email)
    except ValidationError as exc:
        errors.append(exc)
    try:
        check_coordinates(post.lat, post.lon)
    except ValidationErrors as exc:
        errors.extend(exc.errors)
    if post.plan_date and post.next_review and post.next_review < post.plan_date:
        errors.append(ValidationError("next_review", _("The next review comes before the plan date.")))
    if errors:
        raise ValidationErrors(errors)
