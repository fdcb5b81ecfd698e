"""The demo's fictional nationals, generated a run of households at a time, one numpy column at a time.

Rates are plausible for Guatemalans living in the Soconusco: mostly working-age adults, many
single seasonal workers, families with children, few older people; about one in eight without
any identity document; a few unaccompanied children, detainees and trafficking victims.
"""

import unicodedata
from collections.abc import Iterator
from datetime import date

import numpy as np

from micic_planner.core import demo_names as names
from micic_planner.core import demo_places as places
from micic_planner.core.enums import Vulnerability as V

_EPOCH = date(1970, 1, 1)
HEAD, PARTNER, CHILD, RELATIVE, ADULT = 0, 1, 2, 3, 4


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").lower()


def _weighted(pairs) -> tuple[np.ndarray, np.ndarray]:
    values = np.array([v for v, _w in pairs], dtype=object)
    weights = np.array([w for _v, w in pairs], dtype=float)
    return values, weights / weights.sum()


_ISO_FIRST = (date(1930, 1, 1) - _EPOCH).days
# Every date the demo can produce, as text, so a column of dates is one indexing operation.
_ISO = np.datetime_as_string(np.arange(_ISO_FIRST, (date(2045, 1, 1) - _EPOCH).days).astype("datetime64[D]"),
                             unit="D").astype(object)
_STAMP = _ISO + "T00:00:00.00Z"  # the same days as stored timestamps (created_at, updated_at)
_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
_UUID_DIGITS = [i for i in range(36) if i not in (8, 13, 18, 23)]


def _add_months(days: np.ndarray, months: int) -> np.ndarray:
    """Days since 1970-01-01 moved by whole months, the day clamped to the month's end (as add_months)."""
    day = days.astype("datetime64[D]")
    month = day.astype("datetime64[M]")
    target = month + months
    length = (target + 1).astype("datetime64[D]") - target.astype("datetime64[D]")
    offset = np.minimum(day - month.astype("datetime64[D]"), length - np.timedelta64(1, "D"))
    return (target.astype("datetime64[D]") + offset).astype(np.int64)


def _iso(days: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 as ISO 8601 dates, an object array of str."""
    return _ISO[days - _ISO_FIRST]


class Pools:
    """Every string a row is built from, as numpy object arrays so that rows pick them by index."""

    def __init__(self, zone_ids: list[int]):
        towns = []
        for z, (_code, _name, _desc, _radius, zone_towns) in enumerate(places.ZONES):
            towns += [(z, *t) for t in zone_towns]
        shares = np.array([t[4] for t in towns], dtype=float)
        shares = shares / shares.sum() * (1 - places.REMOTE_SHARE)
        code, remote_name, lat, lon, spread = places.REMOTE
        remote_zone = [z[0] for z in places.ZONES].index(code)
        towns.append((remote_zone, remote_name, lat, lon, 0, spread))
        self.town_p = np.append(shares, places.REMOTE_SHARE)
        self.remote = len(towns) - 1
        self.town_name = np.array([t[1] for t in towns], dtype=object)
        self.town_lat = np.array([t[2] for t in towns])
        self.town_lon = np.array([t[3] for t in towns])
        self.town_spread = np.array([t[5] for t in towns])
        self.town_zone = np.array([zone_ids[t[0]] for t in towns], dtype=object)
        # Area codes: 962 Tapachula and the Soconusco, 964 Huixtla, 966 Tonalá-Arriaga, 918 the Sierra.
        area = {"HUI": 964, "IST": 966, "SIE": 918}
        self.town_area = np.array([area.get(places.ZONES[t[0]][0], 962) for t in towns], dtype=np.int64)
        self.female, self.female_first = self._given(names.FEMALE)
        self.male, self.male_first = self._given(names.MALE)
        s = names.SURNAMES
        self.n_surnames = len(s)
        self.surname_pair = np.array([f"{a} {b}" for a in s for b in s], dtype=object)
        self.surname_ascii = np.array([_ascii(a) for a in s], dtype=object)
        self.female_ascii = np.array([_ascii(n) for n in names.FEMALE], dtype=object)
        self.male_ascii = np.array([_ascii(n) for n in names.MALE], dtype=object)
        self.streets = np.array(names.STREETS, dtype=object)
        self.neighbourhoods = np.array(names.NEIGHBOURHOODS, dtype=object)
        self.farms = np.array(names.FARMS, dtype=object)
        self.female_relations = np.array(names.FEMALE_RELATIONS, dtype=object)
        self.male_relations = np.array(names.MALE_RELATIONS, dtype=object)
        self.languages = _weighted(names.LANGUAGES)
        self.migration = _weighted(names.MIGRATION_STATUS)

    @staticmethod
    def _given(pool) -> tuple[np.ndarray, np.ndarray]:
        """Single and double given names ("María José"), and the index of the first name of each."""
        combos = list(pool) + [f"{a} {b}" for a in pool for b in pool if a != b]
        first = list(range(len(pool))) + [i for i, a in enumerate(pool) for b in pool if a != b]
        return np.array(combos, dtype=object), np.array(first)


class HouseholdChunk:
    """The rows of a run of households, built column by column and zipped into tuples."""

    def __init__(self, g, sizes: np.ndarray, first_household: int, first_person: int, context):
        self.g, self.sizes = g, sizes
        self.h0, self.p0 = first_household, first_person
        self.pools, today, self.retention, self.uuid_bytes = context
        self.today = (today - _EPOCH).days
        self.H, self.P = len(sizes), int(sizes.sum())
        self.hh = np.repeat(np.arange(self.H), sizes)
        self.member = np.arange(self.P) - np.repeat(np.cumsum(sizes) - sizes, sizes)

    def rows(self) -> Iterator[tuple]:
        g, pools, hh, P = self.g, self.pools, self.hh, self.P
        household = self._households()
        role, age, female = self._people(household)
        adult = age >= 18
        given, family, email_names = self._names(role, female, household)

        birth = self.today - (age * 365.25).astype(np.int64) - g.integers(0, 365, P)
        has_passport = g.random(P) < np.where(adult, 0.58, 0.45)
        has_cid = g.random(P) < np.where(adult, 0.72, 0.45)
        passport_no, passport_expiry = self._passports(has_passport, adult, birth)
        consular_id, consular_expiry = self._consular_ids(has_cid, birth)
        vulnerabilities, notes = self._vulnerabilities(role, age, female, ~has_passport & ~has_cid, household)

        phone = np.full(P, "", dtype=object)
        with_phone = (age >= 14) & (g.random(P) < 0.9)
        numbers = pools.town_area[household["town"]][hh] * 10**7 + g.integers(1_000_000, 10**7, P)
        phone[with_phone] = [f"+52{n}" for n in numbers[with_phone].tolist()]
        phone2 = np.full(P, "", dtype=object)
        with_phone2 = adult & (g.random(P) < 0.07)  # a Guatemalan SIM kept for home
        phone2[with_phone2] = [f"+502{n}" for n in g.integers(30_000_000, 60_000_000, int(with_phone2.sum()))]
        email = np.full(P, "", dtype=object)
        with_email = adult & (g.random(P) < 0.18)
        email[with_email] = [f"{a}.{b}{n}@example.com" for a, b, n in zip(
            email_names[0][with_email].tolist(), email_names[1][with_email].tolist(),
            g.integers(1, 99, int(with_email.sum())).tolist())]

        # Last updated up to a little over the retention period ago, so a few records are past their
        # expiry; the expiry follows the retention rule of core/retention.py exactly.
        updated = self.today - g.integers(0, self.retention * 30 + 40, P)
        expiry = _add_months(updated, self.retention)
        lat, lon = household["lat"][hh], household["lon"][hh]
        return zip(
            self._uuids(), given.tolist(), family.tolist(),
            np.where(female, "F", "M").tolist(), _iso(birth).tolist(),
            passport_no.tolist(), passport_expiry.tolist(), consular_id.tolist(), consular_expiry.tolist(),
            phone.tolist(), phone2.tolist(), email.tolist(),
            household["address"][hh].tolist(), household["place"][hh].tolist(), lat.tolist(), lon.tolist(),
            household["zone"][hh].tolist(), household["key"][hh].tolist(), household["languages"][hh].tolist(),
            household["contact"][hh].tolist(), household["contact_phone"][hh].tolist(),
            vulnerabilities.tolist(), household["migration"][hh].tolist(),
            (g.random(P) < 0.7).astype(np.int64).tolist(), _iso(expiry).tolist(), notes.tolist(),
            _STAMP[updated - _ISO_FIRST].tolist(), _STAMP[updated - _ISO_FIRST].tolist(),
        )

    # -- households ----------------------------------------------------------------------
    def _households(self) -> dict:
        g, pools, H = self.g, self.pools, self.H
        town = g.choice(len(pools.town_p), size=H, p=pools.town_p)
        spread = pools.town_spread[town] / 111.0
        lat = np.round(pools.town_lat[town] + g.normal(0, 1, H) * spread, 5)
        lon = np.round(pools.town_lon[town] + g.normal(0, 1, H) * spread / np.cos(np.radians(lat)), 5)
        street = pools.streets[g.integers(0, len(pools.streets), H)]
        numbers = zip(g.integers(1, 16, H).tolist(), g.integers(1, 140, H).tolist())
        hood = pools.neighbourhoods[g.integers(0, len(pools.neighbourhoods), H)]
        place = pools.town_name[town]
        address = np.array([f"{s.format(n=a)} No. {b}, {h}, {p}" for s, (a, b), h, p in
                            zip(street.tolist(), numbers, hood.tolist(), place.tolist())], dtype=object)
        remote = town == pools.remote
        address[remote] = [f"{f}, Sierra Madre de Chiapas" for f in
                           pools.farms[g.integers(0, len(pools.farms), int(remote.sum()))].tolist()]
        contact_female = g.random(H) < 0.6
        contact = np.where(contact_female, pools.female[g.integers(0, len(names.FEMALE), H)],
                           pools.male[g.integers(0, len(names.MALE), H)])
        surname = pools.surname_pair[g.integers(0, pools.n_surnames**2, H)]
        relation = np.where(contact_female, pools.female_relations[g.integers(0, len(names.FEMALE_RELATIONS), H)],
                            pools.male_relations[g.integers(0, len(names.MALE_RELATIONS), H)])
        with_contact = g.random(H) < 0.85
        contact_text = np.full(H, "", dtype=object)
        contact_text[with_contact] = [f"{c} {s} ({r})" for c, s, r in zip(
            contact[with_contact].tolist(), surname[with_contact].tolist(), relation[with_contact].tolist())]
        contact_phone = np.full(H, "", dtype=object)
        contact_phone[with_contact] = [f"+502{n}" for n in g.integers(30_000_000, 60_000_000, int(with_contact.sum()))]
        return {
            "town": town, "lat": lat, "lon": lon, "place": place, "address": address,
            "zone": pools.town_zone[town],
            "key": np.array([f"GT-TAP-H{self.h0 + i + 1:07d}" for i in range(H)], dtype=object),
            "languages": g.choice(pools.languages[0], size=H, p=pools.languages[1]),
            "migration": g.choice(pools.migration[0], size=H, p=pools.migration[1]),
            "contact": contact_text, "contact_phone": contact_phone,
            "alone_child": (self.sizes == 1) & (g.random(H) < 0.012),
            "surnames": g.integers(0, pools.n_surnames, (4, H)),  # head's two, partner's two
        }

    # -- people ----------------------------------------------------------------------------
    def _people(self, household: dict):
        """Each person's role in the household, age in years and sex (True for female)."""
        g, hh, P, member = self.g, self.hh, self.P, self.member
        u = g.random(P)
        # Besides a couple and their children, migrant households often share a room with a brother,
        # a cousin or a workmate, and sometimes an older parent.
        others = np.where(u < 0.26, ADULT, np.where(u < 0.30, RELATIVE, CHILD))
        role = np.where(member == 0, HEAD, np.where((member == 1) & (u > 0.25), PARTNER, others))
        mix = g.random(self.H)
        head_age = np.where(mix < 0.80, g.triangular(18, 26, 46, self.H),
                            np.where(mix < 0.95, g.uniform(46, 65, self.H), g.uniform(65, 86, self.H)))
        head_age = np.where(household["alone_child"], g.uniform(13, 18, self.H), head_age)
        head_female = g.random(self.H) < np.where(household["alone_child"], 0.4, 0.44)
        parent_age = head_age[hh]
        age = np.select(
            [role == HEAD, role == PARTNER, role == CHILD, role == ADULT],
            [parent_age, np.clip(parent_age + g.normal(-2, 4, P), 18, 90),
             g.random(P) * np.clip(parent_age - 15, 1, 18), g.triangular(18, 24, 45, P)],
            g.uniform(58, 86, P))
        female = np.select(
            [role == HEAD, role == PARTNER, role == CHILD, role == ADULT],
            [head_female[hh], ~head_female[hh] ^ (g.random(P) < 0.03), g.random(P) < 0.5, g.random(P) < 0.4],
            g.random(P) < 0.6)
        self.has_partner = np.zeros(self.H, dtype=bool)
        self.has_partner[hh[role == PARTNER]] = True
        return role, np.floor(age).astype(np.int64), female

    def _names(self, role, female, household):
        g, pools, hh, P = self.g, self.pools, self.hh, self.P
        single = g.random(P) < 0.45
        f_idx = np.where(single, g.integers(0, len(names.FEMALE), P),
                         g.integers(len(names.FEMALE), len(pools.female), P))
        m_idx = np.where(single, g.integers(0, len(names.MALE), P),
                         g.integers(len(names.MALE), len(pools.male), P))
        given = np.where(female, pools.female[f_idx], pools.male[m_idx])
        first_ascii = np.where(female, pools.female_ascii[pools.female_first[f_idx]],
                               pools.male_ascii[pools.male_first[m_idx]])
        h1, h2, p1, p2 = (s[hh] for s in household["surnames"])
        own1, own2 = g.integers(0, pools.n_surnames, (2, P))
        # Children carry the first surname of each parent; a partner and other adults keep their own.
        child_second = np.where(self.has_partner[hh], p1, h2)
        first = np.select([role == HEAD, role == PARTNER, role == CHILD], [h1, p1, h1], own1)
        second = np.select([role == HEAD, role == PARTNER, role == CHILD], [h2, p2, child_second], own2)
        family = pools.surname_pair[first * pools.n_surnames + second]
        return given, family, (first_ascii, pools.surname_ascii[first])

    def _passports(self, has, adult, birth):
        g, P = self.g, self.P
        # A multiplier coprime with 10**8 spreads the serials and keeps them unique.
        serial = ((self.p0 + np.arange(P)) * 7_919_113 + 10_000_019) % 10**8
        letters = np.array(list(names.PASSPORT_LETTERS), dtype=object)[g.integers(0, 8, P)]
        number = np.full(P, "", dtype=object)
        number[has] = [f"{a}{n:08d}" for a, n in zip(letters[has].tolist(), serial[has].tolist())]
        issued = np.maximum(self.today - g.integers(0, 6 * 365, P), birth + 20)
        expiry = _iso(issued + np.where(adult, 5 * 365, 3 * 365))
        expiry[~has] = None
        return number, expiry

    def _consular_ids(self, has, birth):
        g, P = self.g, self.P
        issued = np.maximum(self.today - g.integers(0, 4 * 365, P), birth + 20)
        year = issued.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970
        number = np.full(P, "", dtype=object)
        seq = self.p0 + np.arange(P) + 1
        number[has] = [f"TAP-{y}-{s:07d}" for y, s in zip(year[has].tolist(), seq[has].tolist())]
        expiry = _iso(issued + 3 * 365)
        expiry[~has] = None
        return number, expiry

    def _vulnerabilities(self, role, age, female, undocumented, household):
        g, hh, P = self.g, self.hh, self.P
        older = age >= 60
        adult = age >= 18
        u = g.random((6, P))
        flags = np.zeros(P, dtype=np.int64)
        flags |= np.where((role == HEAD) & household["alone_child"][hh], int(V.UNACCOMPANIED_CHILD), 0)
        flags |= np.where((role == CHILD) & (age < 18) & (u[0] < 0.02), int(V.SEPARATED_CHILD), 0)
        flags |= np.where(older, int(V.OLDER_PERSON), 0)
        flags |= np.where(u[1] < np.where(older, 0.08, 0.025), int(V.DISABILITY), 0)
        flags |= np.where(u[2] < np.where(older, 0.15, 0.035), int(V.MEDICAL_NEED), 0)
        flags |= np.where(female & (age >= 18) & (age <= 42) & (u[3] < 0.05), int(V.PREGNANT), 0)
        trafficked = (age >= 15) & (age <= 30) & (u[4] < np.where(female, 0.006, 0.002))
        detained = adult & (u[5] < 0.004)
        flags |= np.where(trafficked, int(V.TRAFFICKING_VICTIM), 0)
        flags |= np.where(detained, int(V.DETAINED), 0)
        flags |= np.where(undocumented, int(V.NO_DOCUMENTS), 0)
        notes = np.full(P, "", dtype=object)
        notes[detained] = names.DETENTION_NOTE
        notes[trafficked] = names.TRAFFICKING_NOTE
        return flags, notes

    def _uuids(self) -> list[str]:
        """This chunk's slice of the registry's uuids, which are drawn up front and sorted.

        Ascending keys append to the end of the uuid index instead of landing on random pages,
        which keeps a million-row load several times faster; each uuid is still random.
        """
        raw = self.uuid_bytes[self.p0:self.p0 + self.P]
        text = np.full((self.P, 36), ord("-"), dtype=np.uint8)
        text[:, _UUID_DIGITS] = np.stack([_HEX[raw >> 4], _HEX[raw & 15]], axis=2).reshape(self.P, 32)
        return text.view("S36").ravel().astype("U36").tolist()


def sorted_uuid_bytes(g, count: int) -> np.ndarray:
    """`count` random version-4 uuids as a (count, 16) byte array, in ascending order."""
    raw = np.frombuffer(g.bytes(16 * count), dtype=np.uint8).reshape(count, 16).copy()
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40  # version 4
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80  # RFC 4122 variant
    keys = raw.view(">u8")  # big-endian halves sort like the text
    return raw[np.lexsort((keys[:, 1], keys[:, 0]))]
