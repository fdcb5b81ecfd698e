"""A small post with zones, a warden, an assembly point, a matrix and households, for the crisis tests."""

from datetime import date

from micic_planner.core.enums import PlaceKind, Vulnerability
from micic_planner.core.models import AlertAction, National, Partner, Place, Post, Warden, Zone


def build_post(store, nationals: int = 30) -> dict:
    """Zone "Costa" (households of three, every fifth person older) and zone "Sierra" (singles)."""
    store.save_post(Post("Consulado de México en San Pedro Sula", "HN", "San Pedro Sula"))
    costa, sierra = Zone("Costa"), Zone("Sierra")
    store.records.add_many([costa, sierra])
    warden = Warden("Rosa Martínez", costa.id, phone="+50499990000")
    store.records.add(warden)
    point = Place("Estadio Olímpico", PlaceKind.ASSEMBLY_POINT, 15.5, -88.0, 200, zone_id=costa.id)
    store.records.add(point)
    partner = Partner("Cruz Roja Hondureña")
    store.records.add(partner)
    store.records.add_many([
        AlertAction(1, "action", "Avisar a la red de enlaces", "Alert the warden network", "Consular officer"),
        AlertAction(1, "trigger", "Aviso de tormenta", "Storm watch"),
        AlertAction(2, "action", "Activar la célula de crisis", "Activate the crisis cell"),
        AlertAction(4, "action", "Evacuar por las rutas abiertas", "Evacuate by the open routes"),
        AlertAction(4, "action", "Solo para sismos", "Earthquakes only", hazard="earthquake"),
    ])
    people = []
    for i in range(nationals):
        in_costa = i < nationals * 2 // 3
        people.append(National(
            f"José {i}", "Núñez Pérez" if i % 2 else "López Ávila", birth_date=date(1970 + i % 40, 1 + i % 12, 1),
            passport_no=f"G{10_000 + i}", phone="+50499112233", zone_id=costa.id if in_costa else sierra.id,
            household=f"H{i // 3}" if in_costa else "", assembly_point_id=point.id if in_costa else None,
            vulnerabilities=Vulnerability.OLDER_PERSON if i % 5 == 4 else Vulnerability(0)))
    for n in people:
        store.nationals.add(n)
    return {"costa": costa, "sierra": sierra, "warden": warden, "point": point, "partner": partner, "people": people}
