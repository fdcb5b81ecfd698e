"""A post with an administrator, two officers and a warden-list viewer, and a host serving it on 127.0.0.1."""

from micic_planner.core.models import National
from micic_planner.core.security import Role
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.store import PostStore

PASSPHRASE = "correct horse battery staple 9!"
PASSWORDS = {"jefa": ("Jefa-de-cell-2026!", Role.ADMINISTRATOR), "ana": ("Ana-llamadas-2026!", Role.OFFICER),
             "ben": ("Ben-manifiestos-2026!", Role.OFFICER), "vic": ("Vic-guardianes-2026!", Role.VIEWER)}


def make_post(path, people: int = 30) -> None:
    store = PostStore.open(path, create=True, passphrase=PASSPHRASE)
    with store:
        for name, (password, role) in PASSWORDS.items():
            store.add_user(name, role, password)
    store = open_post(path, "jefa")
    with store:
        for i in range(people):
            store.nationals.add(National(f"Persona{i}", "Pérez", phone=f"+5025550{i:04d}", vulnerabilities=5,
                                         migration_status="Irregular", notes="secreto médico"))
        from micic_planner.core.enums import Hazard

        CrisisStore(store).open("Eta", Hazard.HURRICANE)


def open_post(path, user: str, passphrase: str = PASSPHRASE) -> PostStore:
    return PostStore.open(path, passphrase=passphrase, user=user, password=PASSWORDS[user][0])
