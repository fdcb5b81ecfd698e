"""A small post with a bit of everything the plan prints, shared by the plan's tests."""

from datetime import date

from micic_planner.core.enums import Hazard, Level, PartnerKind, PlaceKind, RouteStatus, Vulnerability
from micic_planner.core.models import (
    AlertAction,
    MessageTemplate,
    National,
    Partner,
    Place,
    Post,
    PostHazard,
    Route,
    TeamMember,
    Warden,
    Zone,
)

NATIONAL_NAMES = [("María José", "Núñez Pérez"), ("Juan", "López Ávila"), ("Óscar", "Zúñiga Ruiz"),
                  ("Ana", "Ibáñez"), ("Luis", "Quiñónez"), ("Rosa", "Álvarez"), ("Pedro", "Gómez")]


def make_post(store, nationals: int = 7) -> dict:
    """Fill `store` with a post in Guatemala City; returns the records by name."""
    post = Post("Consulado General de México en Guatemala", "GT", "Ciudad de Guatemala", 14.6, -90.5,
                sending_country="MX", plan_version="2.1", plan_date=date(2025, 1, 15),
                next_review=date(2025, 7, 15), distribution="Embajador\nCónsul general\nJefa de protección",
                address="2a Avenida 7-57, Zona 10", phone="+502 2420 3400")
    store.save_post(post)
    north, south = Zone("Norte", "N"), Zone("Sur", "S")
    store.records.add_many([north, south])
    ap1 = Place("Parque Central", PlaceKind.ASSEMBLY_POINT, 14.6425, -90.5133, capacity=3, zone_id=north.id)
    ap2 = Place("Estadio Sur", PlaceKind.ASSEMBLY_POINT, 14.55, -90.55, capacity=100, zone_id=south.id)
    shelter = Place("Albergue San José", PlaceKind.SHELTER, 14.6, -90.52, capacity=50)
    border = Place("Tecún Umán", PlaceKind.BORDER_CROSSING, 14.6797, -92.1428)
    store.records.add_many([ap1, ap2, shelter, border])
    primary = Route("Ruta CA-2 occidente", ap1.id, border.id, waypoints=[[14.55, -91.0], [14.6, -91.6]],
                    speed_kmh=60, capacity_per_trip=2)
    store.records.add(primary)
    store.records.add(Route("Ruta CA-1 alterna", ap1.id, border.id, speed_kmh=45, alternate_of=primary.id,
                            status=RouteStatus.CLOSED))
    store.records.add(Warden("Carlos Méndez", zone_id=north.id, phone="+50255551234", radio="Canal 5"))
    store.records.add(PostHazard(Hazard.EARTHQUAKE, Level.HIGH, Level.HIGH, description="Falla del Motagua"))
    store.records.add(PostHazard(Hazard.VOLCANO, Level.MEDIUM, Level.HIGH, season="Todo el año"))
    store.records.add(Partner("Cruz Roja Guatemalteca", PartnerKind.RED_CROSS, contact_person="Ana López Pérez",
                              phone_24h="+502 2381 6565", email="info@cruzroja.gt", services="Primeros auxilios"))
    store.records.add(Partner("OIM Guatemala", PartnerKind.IOM, phone="+502 2414 7400"))
    store.records.add(TeamMember("Jefe de misión", "Embajador Ramírez", phone="+502 1111", position=0))
    store.records.add(TeamMember("Coordinación de protección", "Lic. Fernández", alternate_name="Lic. Soto",
                                 position=1))
    for phase in (1, 2, 3, 4):
        store.records.add(AlertAction(phase, "trigger", f"Disparador fase {phase}", f"Trigger phase {phase}"))
        store.records.add(AlertAction(phase, "action", f"Acción fase {phase}", f"Action phase {phase}",
                                      role="Cónsul"))
    store.records.add(MessageTemplate(3, "", "es", "Diríjase al punto de reunión de su zona. Consulado."))
    flags = [Vulnerability.OLDER_PERSON, Vulnerability(0), Vulnerability.PREGNANT | Vulnerability.MEDICAL_NEED,
             Vulnerability.TRAFFICKING_VICTIM, Vulnerability(0), Vulnerability.DISABILITY, Vulnerability(0)]
    people = []
    for i in range(nationals):
        given, family = NATIONAL_NAMES[i % len(NATIONAL_NAMES)]
        n = National(given, family, passport_no=f"G{i:07d}", phone=f"+5025000{i:04d}",
                     zone_id=(north.id if i % 3 else south.id if i % 3 == 0 and i % 2 else None),
                     vulnerabilities=flags[i % len(flags)], household="H1" if i < 2 else "",
                     lat=14.6 + i * 0.001, lon=-90.5, assembly_point_id=ap1.id if i < 4 else None,
                     passport_expiry=date(2024, 1, 1) if i == 0 else date(2030, 1, 1))
        store.nationals.add(n)
        people.append(n)
    return {"post": post, "zones": (north, south), "ap1": ap1, "primary": primary, "nationals": people}
