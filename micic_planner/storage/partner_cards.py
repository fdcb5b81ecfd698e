"""The partners list as a contact file's import reads and changes it: every card's change lands, or none."""

from micic_planner.core.changes import Changes, changed
from micic_planner.core.models import Partner
from micic_planner.core.partner_import import PartnerImport
from micic_planner.core.security import Action
from micic_planner.storage.permissions import Guarded, any_role, requires


class PartnerCards(Guarded):
    def __init__(self, store):
        self.store = store

    @requires(Action.VIEW_REGISTRY)
    def partners(self) -> list[Partner]:
        return self.store.records.list(Partner, order_by="name")

    @requires(Action.VIEW_REGISTRY)
    def warden_uuids(self) -> frozenset[str]:
        """The wardens' uuids, which this program's vCard export writes as their cards' UIDs."""
        return frozenset(row[0] for row in self.store.db.execute("SELECT uuid FROM wardens"))

    @any_role
    def host_region(self) -> str | None:
        """The post's host country, in whose numbering a phone written without + is read."""
        post = self.store.post()
        return post.host_country if post and post.host_country else None

    @requires(Action.EDIT_PLAN)
    def apply(self, result: PartnerImport) -> Changes:
        """Add and update the partners of `result` in one transaction."""
        records = self.store.records
        with self.store.db.atomic():
            records.add_many(result.added)
            for partner in result.updated:
                records.update(partner)
        ids = tuple(p.id for p in (*result.added, *result.updated))
        return changed("partners", count=len(ids), ids=ids)
