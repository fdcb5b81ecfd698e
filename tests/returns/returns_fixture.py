"""A post with a family, a lone adult, an unaccompanied child and a person who may need protection."""

from datetime import date

from micic_planner.core.enums import Vulnerability
from micic_planner.core.models import National, Post

FAR = date(2031, 1, 1)


def add_people(store) -> dict[str, int]:
    if store.post() is None:
        store.save_post(Post("Consulado de Honduras en Tapachula", "MX", "Tapachula"))
    people = {
        "madre": National("Marta", "Reyes Cruz", birth_date=date(1990, 3, 2), passport_expiry=FAR, household="F1",
                          languages="es"),
        "padre": National("Luis", "Reyes Ávila", birth_date=date(1988, 5, 9), passport_expiry=FAR, household="F1"),
        "hija": National("Ana", "Reyes Reyes", birth_date=date(2016, 7, 1), passport_expiry=FAR, household="F1"),
        "solo": National("Pedro", "Gómez", birth_date=date(1979, 1, 1), passport_expiry=date(2020, 1, 1)),
        "nino": National("Kevin", "Díaz", birth_date=date(2011, 2, 2), passport_expiry=FAR,
                         vulnerabilities=Vulnerability.UNACCOMPANIED_CHILD),
        "asilo": National("Rosa", "Mejía", birth_date=date(1995, 4, 4), passport_expiry=FAR),
    }
    for n in people.values():
        store.nationals.add(n)
    return {k: n.id for k, n in people.items()}
