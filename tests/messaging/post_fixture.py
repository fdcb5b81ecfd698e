"""A small post for the message tests: two zones, a warden, an assembly point and households with and without phones."""

from micic_planner.core.enums import PlaceKind, Vulnerability
from micic_planner.core.models import National, Place, Post, Warden, Zone

MOTHER, FATHER = "+50255501001", "+50255501002"
SHARED = "+50255502000"
VICTIM, SISTER = "+50255504001", "+50255504002"
SIERRA = "+50255506000"


def build_post(store) -> dict:
    """Costa: the Pérez family (two phones, a child with none), the Cux couple (one phone shared), Ana Tzul
    (no phone), the Chán sisters (one flagged as a victim of trafficking). Sierra: Juan Mam, alone."""
    store.save_post(Post("Consulado de Guatemala en Tapachula", "MX", "Tapachula", phone="+529621234567"))
    costa, sierra = Zone("Costa"), Zone("Sierra")
    store.records.add_many([costa, sierra])
    store.records.add(Warden("Rosa Martínez", costa.id, phone="+529629990000"))
    point = Place("Parque Central", PlaceKind.ASSEMBLY_POINT, 14.9, -92.26, 300, zone_id=costa.id)
    store.records.add(point)
    people = {
        "mother": National("María", "Pérez López", phone=MOTHER, household="PEREZ", languages="es",
                           consent_share=True),
        "father": National("José", "Pérez Gómez", phone=FATHER, household="PEREZ", languages="es,mam"),
        "child": National("Luis", "Pérez Pérez", household="PEREZ"),
        "cux1": National("Pedro", "Cux", phone=SHARED, household="CUX", languages="mam,es", consent_share=True),
        "cux2": National("Juana", "Cux", phone=SHARED, household="CUX", languages="mam,es"),
        "tzul": National("Ana", "Tzul", household="TZUL"),
        "victim": National("Lucía", "Chán", phone=VICTIM, household="CHAN",
                           vulnerabilities=Vulnerability.TRAFFICKING_VICTIM),
        "sister": National("Marta", "Chán", phone=SISTER, household="CHAN"),
    }
    for person in people.values():
        person.zone_id = costa.id
        person.assembly_point_id = point.id
    people["mam"] = National("Juan", "Mam", phone=SIERRA, zone_id=sierra.id, languages="quc")
    for person in people.values():
        store.nationals.add(person)
    return {"costa": costa, "sierra": sierra, "point": point, **people}
