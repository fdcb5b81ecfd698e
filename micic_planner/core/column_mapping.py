"""Which column of a partner's file holds which field, guessed from Spanish and English headers."""

import json
import re
import unicodedata
from dataclasses import dataclass, field

from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _, translate

# The fields a file may fill, in template order; the zone is given by name or code.
IMPORT_FIELDS: tuple[str, ...] = (
    "family_names", "given_names", "sex", "birth_date", "passport_no", "passport_expiry", "consular_id",
    "consular_id_expiry", "phone", "phone2", "email", "address", "place", "lat", "lon", "zone", "household",
    "languages", "emergency_contact", "emergency_phone", "vulnerabilities", "migration_status", "consent_share",
    "record_expiry", "status", "notes",
)
REQUIRED_FIELDS = ("family_names", "given_names")
# Read when a file has it, never written: when the file's status was true (PFIF notes carry it),
# so that an older status from a file does not replace a newer one in the registry.
EXTRA_FIELDS: tuple[str, ...] = ("status_at",)

# English column titles (the Spanish ones live in the catalogue); also the template headers.
FIELD_TITLES: dict[str, str] = {
    "uuid": "Record ID", "family_names": "Family names", "given_names": "Given names", "sex": "Sex",
    "birth_date": "Date of birth", "passport_no": "Passport", "passport_expiry": "Passport expiry",
    "consular_id": "Consular ID", "consular_id_expiry": "Consular ID expiry", "phone": "Phone",
    "phone2": "Second phone", "email": "E-mail", "address": "Address", "place": "Town", "lat": "Latitude",
    "lon": "Longitude", "zone": "Zone", "household": "Household", "languages": "Languages",
    "emergency_contact": "Emergency contact", "emergency_phone": "Emergency phone",
    "vulnerabilities": "Vulnerabilities", "migration_status": "Migration status",
    "consent_share": "Consent to share", "record_expiry": "Record expiry", "status": "Status", "notes": "Notes",
    "status_at": "Status date",
}

# Other ways partners write a header, already normalised (lower case, no accents, no punctuation).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "uuid": ("uuid", "id registro", "identificador"),
    "family_names": ("apellidos", "apellido", "surname", "surnames", "last name", "last names", "family name",
                     "family names", "primer y segundo apellido"),
    "given_names": ("nombres", "nombre", "given name", "given names", "first name", "first names", "forename",
                    "forenames", "name"),
    "sex": ("sexo", "sex", "genero", "gender"),
    "birth_date": ("fecha de nacimiento", "fecha nacimiento", "f nacimiento", "fec nac", "nacimiento",
                   "date of birth", "birth date", "birthdate", "dob"),
    "passport_no": ("pasaporte", "no pasaporte", "no de pasaporte", "numero de pasaporte", "num pasaporte",
                    "passport", "passport no", "passport number"),
    "passport_expiry": ("vencimiento del pasaporte", "vencimiento pasaporte", "vigencia pasaporte",
                        "passport expiry", "passport expiry date", "passport expires"),
    "consular_id": ("matricula consular", "matricula", "consular id", "consular id number"),
    "consular_id_expiry": ("vencimiento de la matricula", "vencimiento matricula", "vigencia matricula",
                           "consular id expiry"),
    "phone": ("telefono", "tel", "celular", "movil", "whatsapp", "numero de telefono", "phone", "phone number",
              "mobile", "cell", "telephone"),
    "phone2": ("telefono 2", "otro telefono", "telefono alternativo", "second phone", "phone 2",
               "other phone", "alternate phone"),
    "email": ("correo electronico", "correo", "email", "e mail", "mail"),
    "address": ("direccion", "domicilio", "address", "street address"),
    "place": ("localidad", "ciudad", "municipio", "poblacion", "town", "city", "place"),
    "lat": ("latitud", "lat", "latitude"),
    "lon": ("longitud", "lon", "lng", "long", "longitude"),
    "zone": ("zona", "zone", "area", "region"),
    "household": ("grupo familiar", "familia", "hogar", "household", "family group"),
    "languages": ("idiomas", "idioma", "lenguas", "languages", "language"),
    "emergency_contact": ("contacto de emergencia", "contacto emergencia", "emergency contact"),
    "emergency_phone": ("telefono de emergencia", "telefono emergencia", "emergency phone",
                        "emergency contact phone"),
    "vulnerabilities": ("vulnerabilidades", "vulnerabilidad", "vulnerabilities", "vulnerability"),
    "migration_status": ("situacion migratoria", "estatus migratorio", "estatus", "migration status"),
    "consent_share": ("consentimiento para compartir", "consentimiento", "consent to share", "consent"),
    "record_expiry": ("vencimiento del registro", "record expiry"),
    "status": ("estado", "situacion", "status", "accountability status"),
    "notes": ("notas", "observaciones", "comentarios", "notes", "comments", "remarks"),
    "status_at": ("fecha del estado", "fecha de estado", "status date", "status at"),
}

_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_COMBINING = re.compile(r"[\u0300-\u036f]")


def normalize_header(text: str) -> str:
    """Lower case without accents or punctuation: 'Nombre(s)' -> 'nombres', 'Teléfono' -> 'telefono'."""
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", str(text or ""))).casefold()
    text = _PUNCT.sub(lambda m: " " if m.group() in "-_/." else "", text).replace("_", " ")
    return _SPACES.sub(" ", text).strip()


def _known_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for name, synonyms in _SYNONYMS.items():
        for text in (name.replace("_", " "), FIELD_TITLES[name], translate(FIELD_TITLES[name], "es"), *synonyms):
            names.setdefault(normalize_header(text), name)
    return names


@dataclass
class ColumnMapping:
    """For each column of the file (by position), the field it fills, or None to ignore it."""

    headers: list[str]
    fields: list[str | None] = field(default_factory=list)

    def __post_init__(self):
        if len(self.fields) < len(self.headers):
            self.fields = list(self.fields) + [None] * (len(self.headers) - len(self.fields))

    def index_of(self, name: str) -> int | None:
        return self.fields.index(name) if name in self.fields else None

    def missing_required(self) -> list[str]:
        return [f for f in REQUIRED_FIELDS if f not in self.fields]

    def set(self, column: int, name: str | None) -> None:
        """Map `column` to `name`, taking the field away from any other column."""
        if name is not None:
            self.fields = [None if f == name else f for f in self.fields]
        self.fields[column] = name

    def to_json(self) -> str:
        """By header text, so a saved mapping applies to the next file of the source even if reordered."""
        return json.dumps({h: f for h, f in zip(self.headers, self.fields) if f}, ensure_ascii=False)

    @classmethod
    def from_json(cls, headers: list[str], text: str, where: str = "") -> "ColumnMapping":
        try:
            saved = json.loads(text)
            if not isinstance(saved, dict):
                raise ValueError
        except ValueError:
            raise ImportFileError(_("The column mapping is not valid JSON."), where=where or None,
                                  hint=_('Write it as {"Header": "field", …}.')) from None
        unknown = [f for f in saved.values() if f not in IMPORT_FIELDS and f not in EXTRA_FIELDS and f != "uuid"]
        if unknown:
            raise ImportFileError(_("The column mapping names unknown fields: {fields}.").format(
                fields=", ".join(map(str, unknown))), where=where or None,
                hint=_("Use the field names of the import template."))
        by_norm = {normalize_header(h): f for h, f in saved.items()}
        mapping = guess_mapping(headers)
        for i, header in enumerate(headers):
            if header in saved or normalize_header(header) in by_norm:
                mapping.set(i, saved.get(header) or by_norm[normalize_header(header)])
        return mapping


def guess_mapping(headers: list[str]) -> ColumnMapping:
    """Guess each column's field from its header: exact names first, then a known name inside the header."""
    known = _known_names()
    fields: list[str | None] = [None] * len(headers)
    taken: set[str] = set()
    normalized = [normalize_header(h) for h in headers]
    for i, text in enumerate(normalized):
        name = known.get(text)
        if name and name not in taken:
            fields[i] = name
            taken.add(name)
    by_length = sorted(known.items(), key=lambda kv: -len(kv[0]))
    for i, text in enumerate(normalized):
        if fields[i] or not text:
            continue
        words = f" {text} "
        for synonym, name in by_length:
            if name not in taken and len(synonym) > 3 and f" {synonym} " in words:
                fields[i] = name
                taken.add(name)
                break
    return ColumnMapping(list(headers), fields)
