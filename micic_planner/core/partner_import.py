"""Contact cards into the partners list: each card a new partner or an update of the one it names, with a report.

A card is any object with the attributes of `interchange.vcard.Contact` (name, organisation, kind,
role, phones, emails, address, note, categories, ignored). A partner is matched by its name or its
contact person (accents and case aside) or by a phone; a match is updated, never doubled.
"""

from dataclasses import dataclass, field, replace

from micic_planner.core.enums import PartnerKind
from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _, counted
from micic_planner.core.models import Partner
from micic_planner.core.validation import check_email, normalize_phone
from micic_planner.core.zoning import fold

_FIELDS = ("phone", "email", "address", "kind")


@dataclass
class CardOutcome:
    """What became of one card: added, updated, unchanged or refused, the fields set and what was left out."""

    number: int
    name: str
    action: str
    fields: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass
class PartnerImport:
    added: list[Partner] = field(default_factory=list)
    updated: list[Partner] = field(default_factory=list)
    outcomes: list[CardOutcome] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)


def merge_cards(cards, existing: list[Partner], region: str | None = None,
                wardens: frozenset[str] = frozenset()) -> PartnerImport:
    """The partners to add and to update for `cards` (numbered from 1), without changing `existing`.

    A card whose UID is a partner's (this program's own export) updates that partner; one whose UID
    is one of `wardens` (the post's wardens' uuids) is a warden's card, left out.
    """
    result = PartnerImport()
    known = list(existing)
    for number, card in enumerate(cards, start=1):
        uid = _uid(card)
        if uid and uid in wardens:
            result.outcomes.append(CardOutcome(number, card.name, "refused", [], [
                _("the card is one of this post's wardens, who are kept in Zones, not in partners")]))
            continue
        incoming, skipped = card_partner(card, region)
        skipped = [*skipped, *getattr(card, "ignored", [])]
        if incoming is None:
            result.outcomes.append(CardOutcome(number, "", "refused", [], skipped))
            continue
        match = next((p for p in known if uid and p.uuid == uid), None) or _find(incoming, known)
        if match is None:
            known.append(incoming)
            result.added.append(incoming)
            result.outcomes.append(CardOutcome(number, incoming.name, "added", [], skipped))
            continue
        merged, changed = _merged(match, incoming)
        if changed:
            known[known.index(match)] = merged
            for bucket in (result.added, result.updated):
                if match in bucket:
                    bucket[bucket.index(match)] = merged
                    break
            else:
                result.updated.append(merged)
        result.outcomes.append(CardOutcome(number, merged.name, "updated" if changed else "unchanged", changed,
                                           skipped))
    return result


def _uid(card) -> str:
    """The card's UID as this program writes it ("urn:uuid:<record's uuid>"), without the URN prefix."""
    uid = str(getattr(card, "uid", "") or "").strip()
    return uid[len("urn:uuid:"):] if uid.lower().startswith("urn:uuid:") else uid


def card_partner(card, region: str | None = None) -> tuple[Partner | None, list[str]]:
    """A partner from one card, and what of the card it does not hold (in the notes instead, or lost), and why."""
    skipped: list[str] = []
    person, organisation = card.name.strip(), card.organisation.strip()
    name = organisation or person
    if not name:
        return None, [_("the card has no name and no organisation: nothing to file it under")]
    extra: list[str] = []
    phones: list[str] = []
    for types, number in card.phones:
        try:
            e164 = normalize_phone(number, "phone", region)
        except ValidationError:
            extra.append(_("Phone as written: {number}").format(number=number))
            skipped.append(_("phone “{number}” is not a valid number: kept in the notes").format(number=number))
            continue
        if "fax" in types.split(","):
            extra.append(_("Fax: {number}").format(number=e164))
        elif e164 not in phones:
            phones.append(e164)
    if len(phones) > 1:
        # One line per number, so a merge can leave out those the partner already has.
        extra += [_("Other phone: {number}").format(number=p) for p in phones[1:]]
        skipped.append(counted("{count} more phones: kept in the notes",
                               "{count} more phone: kept in the notes", count=len(phones) - 1))
    emails = []
    for email in card.emails:
        try:
            emails.append(check_email(email))
        except ValidationError:
            # The partner form would refuse to save it: kept where it can do no harm.
            extra.append(_("E-mail as written: {email}").format(email=email))
            skipped.append(_("e-mail “{email}” is not an address: kept in the notes").format(email=email))
    if len(emails) > 1:
        extra.append(_("Other e-mails: {emails}").format(emails=", ".join(emails[1:])))
        skipped.append(counted("{count} more e-mails: kept in the notes",
                               "{count} more e-mail: kept in the notes", count=len(emails) - 1))
    if card.role:
        extra.append(_("Role: {role}").format(role=card.role))
    notes = "\n".join(x for x in (card.note.strip(), *dict.fromkeys(extra)) if x)
    partner = Partner(name, kind=_kind(card), contact_person=person if person and fold(person) != fold(name) else "",
                      phone=phones[0] if phones else "", email=emails[0] if emails else "",
                      address=card.address, notes=notes)
    return partner, skipped


def _kind(card) -> PartnerKind:
    """The kind a category names (this program writes the kind as the card's category), else other."""
    labels = {fold(k.label(lang)): k for k in PartnerKind for lang in ("en", "es")}
    labels.update({fold(k.value): k for k in PartnerKind})
    for category in getattr(card, "categories", []):
        if fold(str(category)) in labels:
            return labels[fold(str(category))]
    return PartnerKind.OTHER


def _find(incoming: Partner, known: list[Partner]) -> Partner | None:
    """The partner the card names: by organisation (and a person who does not differ), by person, or by phone."""
    name, person = fold(incoming.name), fold(incoming.contact_person)
    phones = {p for p in (incoming.phone, incoming.phone_24h) if p}
    for partner in known:
        theirs = fold(partner.contact_person)
        if fold(partner.name) == name and (not person or not theirs or theirs == person):
            return partner
        if not person and theirs and theirs == name:  # a card of a person alone: the partner's contact person
            return partner
        if phones & {p for p in (partner.phone, partner.phone_24h) if p}:
            return partner
    return None


def _merged(current: Partner, incoming: Partner) -> tuple[Partner, list[str]]:
    """`current` with what the card says, the names of the fields that changed; notes are added to, not replaced."""
    values: dict = {}
    person = incoming.contact_person
    if not person and fold(incoming.name) != fold(current.name):
        person = incoming.name  # a person's own card, found by phone: the person is the contact
    if person and fold(person) != fold(current.contact_person):
        values["contact_person"] = person
    for name in _FIELDS:
        new = getattr(incoming, name)
        if name == "kind" and new == PartnerKind.OTHER:
            continue
        if name == "phone" and new and new == current.phone_24h:
            continue  # the card's number is already the partner's 24/7 phone
        if new and new != getattr(current, name):
            values[name] = new
    held = [p for p in (current.phone, current.phone_24h, values.get("phone")) if p]
    added = [line for line in incoming.notes.splitlines() if line.strip() and line not in current.notes
             and not any(p in line for p in held)]  # a number the partner already has is no news
    if added:
        values["notes"] = "\n".join(x for x in (current.notes, *added) if x)
    return (replace(current, **values) if values else current), list(values)


def describe(result: PartnerImport) -> list[str]:
    """One line per card, and one per thing it had that the partners list does not keep as it was."""
    actions = {"added": _("added"), "updated": _("updated"), "unchanged": _("already up to date"),
               "refused": _("refused")}
    lines = []
    for outcome in result.outcomes:
        text = _("Card {number}: {name}: {action}").format(number=outcome.number, name=outcome.name or "—",
                                                           action=actions[outcome.action])
        if outcome.fields:
            text += " (" + ", ".join(outcome.fields) + ")"
        lines.append(text)
        lines += [f"  - {item}" for item in outcome.skipped]
    return lines


def report_lines(result: PartnerImport, file_notes=(), refused=()) -> list[str]:
    """The whole report: notes on the file, each card, the cards the reader refused (number, line, reason), totals."""
    lines = [*file_notes, *describe(result)]
    for card in refused:
        lines.append(_("Card {number} (line {line}) refused: {reason}").format(
            number=card.number, line=card.line, reason=card.reason))
    lines.append(_("{added} partners added, {updated} updated, {same} already up to date, {refused} cards "
                   "refused.").format(added=result.count("added"), updated=result.count("updated"),
                                      same=result.count("unchanged"),
                                      refused=result.count("refused") + len(refused)))
    return lines
