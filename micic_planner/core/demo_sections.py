"""The demo post's own plan sections: fictional values, with two sections left blank to show the blank form."""

# The estimate grows with the demo's registry: a tenth more unregistered, a tenth more in the coffee harvest.
UNREGISTERED_SHARE = 0.1
SEASONAL_SHARE = 0.1

# Left blank on purpose: the printed demo shows what a section to complete looks like, and the gap list names them.
BLANK = ("deaths", "training")

DEMO_SECTIONS = {
    "population": {"seasonal_months": "Octubre a febrero",
                   "seasonal_who": "Trabajadores de la cosecha de café (ficticio)",
                   "source": "Estimación ficticia de demostración", "as_of": "2026-10-01"},
    "scenarios": {"assumptions": "Cifras ficticias para el ejercicio.", "scenarios": [
        {"hazard": "hurricane", "scenario": "Huracán de categoría 3 en la costa", "affected": 2500, "ask_help": 30,
         "shelter_days": 7},
        {"hazard": "earthquake", "scenario": "Sismo de magnitud 7 en la región", "affected": 1500, "ask_help": 20,
         "shelter_days": 10},
        {"hazard": "volcano", "scenario": "Erupción del Tacaná con caída de ceniza", "affected": 600,
         "ask_help": 40, "shelter_days": 14}]},
    "command": {"sitrep_schedule": "Cada 12 h, a las 08:00 y a las 20:00",
                "sitrep_to": "Dirección de Protección Consular (ficticia)", "sitrep_means": "Correo y teléfono",
                "sitrep_form": "Formatos para la crisis: informe de situación", "phases": [
                    {"phase": "1", "declared_by": "Cónsul", "ministry": "Dirección de Protección",
                     "embassy": "Sección consular de la embajada"},
                    {"phase": "2", "declared_by": "Cónsul", "ministry": "Dirección de Protección",
                     "embassy": "Jefatura de misión"},
                    {"phase": "3", "declared_by": "Jefatura de misión", "ministry": "Viceministerio",
                     "embassy": "Jefatura de misión"},
                    {"phase": "4", "declared_by": "Ministerio", "ministry": "Despacho del ministro",
                     "embassy": "Jefatura de misión"}]},
    "job_cards": {"location": "Sala de juntas del consulado", "alternate_site": "Hotel ficticio «Los Mangos»",
                  "shifts": "Dos turnos de 12 h, relevo a las 08:00 y a las 20:00", "cards": [
                      {"role": "Coordinación de crisis", "tasks": "Dirige la célula y decide prioridades",
                       "first_hour": "Convoca a la célula", "reports_to": "Titular de la representación"},
                      {"role": "Oficial de protección", "tasks": "Localiza y asiste a connacionales",
                       "first_hour": "Activa el árbol de enlaces", "reports_to": "Coordinación de crisis"},
                      {"role": "Oficial de comunicación", "tasks": "Mensajes a la comunidad y a la prensa",
                       "first_hour": "Envía el primer SMS", "reports_to": "Coordinación de crisis"}]},
    "continuity": {"alternate_site": "Hotel ficticio «Los Mangos», salón 2", "power": "Planta de 5 kW, 48 h",
                   "communications": "Teléfono satelital y radio VHF",
                   "staff_accountability": "Llamada a todo el personal y sus familias cada 6 h",
                   "dependants": 14, "records_take": "Sellos, libros de registro, documentos en blanco",
                   "records_destroy": "Copias del anexo restringido: trituración"},
    "communications": {"primary": "Telefonía móvil y SMS", "alternate": "Radio VHF de los enlaces",
                       "contingency": "Teléfono satelital", "emergency": "Mensajero en motocicleta",
                       "duty_phone": "+52 962 555 0100", "community_radio": "Radio Comunitaria Ficticia 98.5 FM",
                       "languages": "Español, mam, k'iche'",
                       "radio": [{"channel": "Canal 5", "call_sign": "BASE", "user": "Célula de crisis"},
                                 {"channel": "Canal 6", "call_sign": "ENLACE 1", "user": "Enlaces de zona"}],
                       "satphones": [{"number": "+881 631 555 010", "holder": "Cónsul",
                                      "kept_at": "Caja fuerte"}]},
    "shelter": {"when": "Cuando salir sea más peligroso que quedarse: vientos fuertes, caída de ceniza",
                "supplies_days": 3, "instructions": "Agua, alimentos, radio y documentos a mano",
                "relocation": [{"from_area": "Costa", "to_place": "Tapachula", "when": "Fase 3",
                                "transport": "Autobús contratado"}]},
    "borders": {"crossings": [
        {"crossing": "Ciudad Hidalgo – Tecún Umán", "documents": "Pasaporte o documento de viaje de emergencia",
         "here": "Instituto Nacional de Migración", "there": "Instituto Guatemalteco de Migración",
         "hours": "24 h", "children": "Procuraduría de Protección de Niñas, Niños y Adolescentes"},
        {"crossing": "Talismán – El Carmen", "documents": "Pasaporte o documento de viaje de emergencia",
         "here": "Instituto Nacional de Migración", "there": "Instituto Guatemalteco de Migración",
         "hours": "06:00 a 22:00", "children": "Procuraduría de Protección de Niñas, Niños y Adolescentes"}]},
    "resources": {"travel_documents": 150, "cash_local": 250000, "cash_usd": 10000, "vehicles": 4, "seats": 12,
                  "supplies": [{"item": "Agua embotellada", "quantity": 2000, "unit": "litros",
                                "kept_at": "Bodega del consulado"},
                               {"item": "Botiquines", "quantity": 20, "unit": "unidades",
                                "kept_at": "Bodega del consulado"}]},
    "stand_down": {"criteria": "Todos los connacionales localizados y rutas abiertas durante 72 h",
                   "recovery": "Cierre de la bitácora y atención a retornados", "review": 30},
    "amendments": {"changes": [{"number": 1, "date": "2026-06-01", "by": "Cónsul (ficticio)",
                                "summary": "Primera versión de demostración"}]},
}


def demo_sections(registered: int) -> dict:
    """The demo's sections for a registry of `registered` nationals."""
    sections = {key: dict(values) for key, values in DEMO_SECTIONS.items()}
    sections["population"].update(unregistered=round(registered * UNREGISTERED_SHARE),
                                  seasonal_peak=round(registered * SEASONAL_SHARE))
    return sections
