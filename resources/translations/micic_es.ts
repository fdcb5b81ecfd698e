<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="17" />
        <source>— no zone —</source>
        <translation>— sin zona —</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="18" />
        <source>— not assigned —</source>
        <translation>— sin asignar —</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="20" />
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="21" />
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="22" />
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="23" />
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="24" />
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="25" />
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="26" />
        <source>Passport expires</source>
        <translation>Vencimiento del pasaporte</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="27" />
        <source>Consular ID</source>
        <translation>Matrícula consular</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="28" />
        <source>Consular ID expires</source>
        <translation>Vencimiento de la matrícula consular</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="29" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="30" />
        <location filename="../../micic_planner/gui/forms/post_form.py" line="32" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="31" />
        <source>Second phone</source>
        <translation>Segundo teléfono</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="32" />
        <location filename="../../micic_planner/gui/forms/post_form.py" line="33" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="33" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="34" />
        <source>Emergency contact at home</source>
        <translation>Contacto de emergencia en el país de origen</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="35" />
        <source>Emergency contact's phone</source>
        <translation>Teléfono del contacto de emergencia</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="36" />
        <source>Where they live</source>
        <translation>Dónde vive</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="37" />
        <location filename="../../micic_planner/gui/forms/post_form.py" line="31" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="38" />
        <source>Town or city</source>
        <translation>Localidad o ciudad</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="39" />
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="40" />
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="41" />
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="42" />
        <source>Assembly point</source>
        <translation>Punto de reunión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="43" />
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="43" />
        <source>a key shared by the family, e.g. H-000123</source>
        <translation>una clave que comparte la familia, p. ej. H-000123</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="44" />
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="45" />
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="46" />
        <source>Migration status (sensitive, optional)</source>
        <translation>Situación migratoria (dato sensible, opcional)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="47" />
        <source>Agrees that partners may see their data</source>
        <translation>Acepta que los socios vean sus datos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="48" />
        <source>Accountability status</source>
        <translation>Estado de localización</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="50" />
        <source>Keep the record until</source>
        <translation>Conservar el registro hasta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="51" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="20" />
        <source>Name of the post</source>
        <translation>Nombre de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="20" />
        <source>e.g. Consulate in Tapachula</source>
        <translation>p. ej. Consulado en Tapachula</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="22" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="21" />
        <source>Host country</source>
        <translation>País receptor</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="23" />
        <source>Jurisdiction</source>
        <translation>Circunscripción</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="25" />
        <source>Nationals of</source>
        <translation>Connacionales de</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="26" />
        <source>Latitude of the post</source>
        <translation>Latitud de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="27" />
        <source>Longitude of the post</source>
        <translation>Longitud de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="29" />
        <source>Time zone (empty: from the country and the coordinates)</source>
        <translation>Zona horaria (vacío: según el país y las coordenadas)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="34" />
        <source>Web page (for alerts)</source>
        <translation>Página web (para alertas)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="35" />
        <source>Plan control</source>
        <translation>Control del plan</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="36" />
        <source>Plan version</source>
        <translation>Versión del plan</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="37" />
        <source>Plan date</source>
        <translation>Fecha del plan</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="38" />
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="39" />
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="40" />
        <source>Sensitivity marking</source>
        <translation>Clasificación de seguridad</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="41" />
        <source>Paper of the post's documents</source>
        <translation>Papel de los documentos de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="42" />
        <source>The host country's paper</source>
        <translation>El papel del país sede</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="42" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="42" />
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="43" />
        <source>Distance to an assembly point that is too far (km)</source>
        <translation>Distancia a un punto de reunión que se considera excesiva (km)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="45" />
        <source>Keep records for (months)</source>
        <translation>Conservar los registros durante (meses)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="47" />
        <source>Smallest count printed outside restricted documents</source>
        <translation>Recuento mínimo que se imprime fuera de los documentos reservados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/post_form.py" line="49" />
        <source>Training post (fictional data)</source>
        <translation>Representación de capacitación (datos ficticios)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_details.py" line="16" />
        <source>Profile: {profile}</source>
        <translation>Perfil: {profile}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_details.py" line="17" />
        <source>Programme: {programme}</source>
        <translation>Programa: {programme}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_details.py" line="18" />
        <source>Receiving office: {office}</source>
        <translation>Oficina receptora: {office}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_details.py" line="19" />
        <source>Assessment: {text}</source>
        <translation>Evaluación: {text}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_details.py" line="23" />
        <source>Eligible programmes: {names}</source>
        <translation>Programas a los que puede optar: {names}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_details.py" line="25" />
        <source>Services nearest {place}: {names}</source>
        <translation>Servicios más cercanos a {place}: {names}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_details.py" line="36" />
        <source>Plan ({dimension}): {goal}</source>
        <translation>Plan ({dimension}): {goal}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_details.py" line="37" />
        <source>Referral to {service}: {state}</source>
        <translation>Remisión a {service}: {state}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_details.py" line="41" />
        <source>Follow-ups done: {done} of {all}; next on {due}</source>
        <translation>Seguimientos hechos: {done} de {all}; el siguiente el {due}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../micic_planner/gui/about.py" line="48" />
        <source>About MICIC Planner</source>
        <translation>Acerca de MICIC Planner</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/about.py" line="51" />
        <source>Consular contingency planning and crisis response, offline, following the MICIC Guidelines (Migrants in Countries in Crisis).</source>
        <translation>Planificación consular para contingencias y respuesta a crisis, sin conexión, según las Directrices MICIC (Migrantes en Países en Situaciones de Crisis).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/about.py" line="53" />
        <source>Licence: GNU GPL 3.0 or later.</source>
        <translation>Licencia: GNU GPL 3.0 o posterior.</translation>
    </message>
</context>
<context>
    <name>AidPanel</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="29" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="29" />
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="30" />
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="34" />
        <source>National</source>
        <translation>Connacional</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="31" />
        <source>Date issued</source>
        <translation>Fecha de expedición</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="32" />
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="36" />
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="32" />
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="37" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="34" />
        <source>Assistance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="35" />
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="35" />
        <source>(the post itself)</source>
        <translation>(la propia representación)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="36" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="39" />
        <source>Issue a travel document…</source>
        <translation>Expedir un documento de viaje…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="41" />
        <source>Record assistance…</source>
        <translation>Registrar asistencia…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="44" />
        <source>Emergency travel documents issued</source>
        <translation>Documentos de viaje de emergencia expedidos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="45" />
        <source>Assistance given</source>
        <translation>Asistencia brindada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="67" />
        <source>Document not recorded</source>
        <translation>El documento no se registró</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/aid_panel.py" line="74" />
        <source>Assistance not recorded</source>
        <translation>La asistencia no se registró</translation>
    </message>
</context>
<context>
    <name>AlertSpec</name>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="20" />
        <source>Alert levels</source>
        <translation>Niveles de alerta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="23" />
        <source>The alert matrix is empty. Press “Load the standard matrix” to start from the MICIC template, then adapt it to this post.</source>
        <translation>La matriz de alerta está vacía. Pulse «Cargar la matriz estándar» para partir de la plantilla MICIC y después adáptela a esta representación.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="32" />
        <source>Trigger</source>
        <translation>Detonante</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="32" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="35" />
        <source>Phase line</source>
        <translation>Línea de la fase</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="35" />
        <source>Standfast (shelter in place)</source>
        <translation>Permanecer en el lugar (resguardo)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="36" />
        <source>Stand-down</source>
        <translation>Descenso de fase</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="40" />
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="52" />
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="42" />
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="53" />
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="43" />
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="54" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="44" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="45" />
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="56" />
        <source>Hazard</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="45" />
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="46" />
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="47" />
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="51" />
        <source>All hazards</source>
        <translation>Todas las amenazas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="55" />
        <source>Who does it</source>
        <translation>Quién lo hace</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="57" />
        <source>Text in Spanish</source>
        <translation>Texto en español</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="58" />
        <source>Text in English</source>
        <translation>Texto en inglés</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="59" />
        <source>Order</source>
        <translation>Orden</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="76" />
        <source>All phases</source>
        <translation>Todas las fases</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="79" />
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="103" />
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="107" />
        <source>Load the standard matrix</source>
        <translation>Cargar la matriz estándar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="80" />
        <source>Add the MICIC template's triggers and actions (plans/alert_matrix.csv)</source>
        <translation>Agregar los detonantes y acciones de la plantilla MICIC (plans/alert_matrix.csv)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="85" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="100" />
        <source>Could not load the standard matrix</source>
        <translation>No se pudo cargar la matriz estándar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/views/alerts_view.py" line="104" />
        <source>The post already has %Ln line(s) in its matrix. Add the standard lines as well?</source>
        <translation><numerusform>La representación ya tiene %Ln línea en su matriz. ¿Añadir también las líneas estándar?</numerusform><numerusform>La representación ya tiene %Ln líneas en su matriz. ¿Añadir también las líneas estándar?</numerusform></translation>
    </message>
</context>
<context>
    <name>Assign</name>
    <message>
        <location filename="../../micic_planner/gui/assign_action.py" line="18" />
        <source>Assembly points assigned</source>
        <translation>Puntos de reunión asignados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/assign_action.py" line="48" />
        <source>capacity unknown</source>
        <translation>capacidad desconocida</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/assign_action.py" line="49" />
        <source>Loads:</source>
        <translation>Ocupación:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/assign_action.py" line="57" />
        <source>Farthest from any assembly point:</source>
        <translation>Los más alejados de todo punto de reunión:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/assign_action.py" line="72" />
        <location filename="../../micic_planner/gui/assign_action.py" line="107" />
        <source>Assign assembly points</source>
        <translation>Asignar puntos de reunión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/assign_action.py" line="77" />
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/assign_action.py" line="99" />
        <source>You can undo it with Edit ▸ Undo.</source>
        <translation>Puede deshacerlo con Edición ▸ Deshacer.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/assign_action.py" line="115" />
        <source>Could not restore the assembly points</source>
        <translation>No se pudieron restablecer los puntos de reunión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/assign_action.py" line="119" />
        <source>Restoring the assembly points…</source>
        <translation>Restableciendo los puntos de reunión…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/assign_action.py" line="153" />
        <source>Could not assign assembly points</source>
        <translation>No se pudieron asignar los puntos de reunión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/assign_action.py" line="156" />
        <source>Working out the assembly points…</source>
        <translation>Calculando los puntos de reunión…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/assign_action.py" line="169" />
        <source>Assigning assembly points…</source>
        <translation>Asignando puntos de reunión…</translation>
    </message>
</context>
<context>
    <name>AssistanceDialog</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="162" />
        <source>Record assistance given</source>
        <translation>Registrar asistencia brindada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="166" />
        <source>(the post itself)</source>
        <translation>(la propia representación)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="170" />
        <source>National</source>
        <translation>Connacional</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="170" />
        <source>Assistance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="171" />
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="171" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="172" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="176" />
        <source>Audit log</source>
        <translation>Bitácora de auditoría</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="179" />
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="183" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="185" />
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="186" />
        <source>Disclosures…</source>
        <translation>Divulgaciones…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="195" />
        <source>{shown} of {total} entries, newest first</source>
        <translation>{shown} de {total} entradas, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="200" />
        <source>Export the audit log</source>
        <translation>Exportar la bitácora de auditoría</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="200" />
        <source>audit-log.csv</source>
        <translation>registro-de-auditoria.csv</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="201" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../micic_planner/gui/security/autobackup.py" line="97" />
        <source>Automatic backup failed: {error}</source>
        <translation>Falló el respaldo automático: {error}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/autobackup.py" line="99" />
        <source>Backup saved: {path}</source>
        <translation>Respaldo guardado: {path}</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="84" />
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="85" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="84" />
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="85" />
        <source>No zone</source>
        <translation>Sin zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="85" />
        <source>All nationals</source>
        <translation>Todos los connacionales</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="90" />
        <source>Update statuses…</source>
        <translation>Actualizar estados…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="92" />
        <source>Call list for a warden…</source>
        <translation>Lista de llamadas de un enlace…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="102" />
        <source>By zone</source>
        <translation>Por zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="104" />
        <source>By vulnerability (a person may count under several)</source>
        <translation>Por vulnerabilidad (una persona puede contar en varias)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="133" />
        <source>{accounted} of {total} nationals accounted for ({share})</source>
        <translation>{accounted} de {total} connacionales localizados ({share})</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="136" />
        <source>{pending} not yet contacted</source>
        <translation>{pending} aún sin contactar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="139" />
        <source>{mark} Affected zones: {zones}</source>
        <translation>{mark} Zonas afectadas: {zones}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="142" />
        <source>Affected zones: the whole jurisdiction</source>
        <translation>Zonas afectadas: toda la circunscripción</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="170" />
        <source>Statuses not updated</source>
        <translation>Los estados no se actualizaron</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="171" />
        <source>Updating statuses…</source>
        <translation>Actualizando estados…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="192" />
        <source>These document numbers match no national, or several: {docs}</source>
        <translation>Estos números de documento no corresponden a ningún connacional, o a varios: {docs}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="193" />
        <source>Correct them and try again.</source>
        <translation>Corríjalos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="201" />
        <source>Call list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="201" />
        <source>Warden</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="221" />
        <source>Save the call list</source>
        <translation>Guardar la lista de llamadas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="221" />
        <source>call-list-{id}.pdf</source>
        <translation>lista-de-llamadas-{id}.pdf</translation>
    </message>
</context>
<context>
    <name>BoardTable</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/board_panel.py" line="64" />
        <source>Double-click a count to list the people behind it</source>
        <translation>Doble clic en una cifra para ver la lista de esas personas</translation>
    </message>
</context>
<context>
    <name>BulkStatusDialog</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="66" />
        <source>Update statuses</source>
        <translation>Actualizar estados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="75" />
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="82" />
        <source>(everyone in the zone)</source>
        <translation>(todos los de la zona)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="84" />
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="86" />
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="85" />
        <source>Only those now</source>
        <translation>Solo quienes están ahora</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="110" />
        <source>One id, document number or name per line</source>
        <translation>Un id, número de documento o nombre por línea</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="123" />
        <source>Find by name, accents not needed</source>
        <translation>Buscar por nombre (sin acentos)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="130" />
        <source>Add to the list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="172" />
        <source>No national matches: {lines}</source>
        <translation>Ningún connacional coincide: {lines}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="174" />
        <source>Several nationals match (use the finder on the right): {lines}</source>
        <translation>Coinciden varios connacionales (use el buscador de la derecha): {lines}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="178" />
        <source>Apply the %Ln recognised line(s) only</source>
        <translation><numerusform>Aplicar solo la %Ln línea reconocida</numerusform><numerusform>Aplicar solo las %Ln líneas reconocidas</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="222" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="222" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="222" />
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="245" />
        <source>Reported status</source>
        <translation>Estado reportado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="242" />
        <source>Set for the selected people</source>
        <translation>Aplicar a las personas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="284" />
        <source>Reading the call list…</source>
        <translation>Leyendo la lista de llamadas…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="289" />
        <source>The call list could not be read.</source>
        <translation>No se pudo leer la lista de llamadas.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="313" />
        <source>The most urgent households are shown; the rest of the list is being put in calling order…</source>
        <translation>Se muestran los hogares más urgentes; el resto de la lista se está ordenando para llamar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="320" />
        <source>%Ln person(s) still to call, in calling order. Select the lines a warden reported on and set their status below.</source>
        <translation><numerusform>%Ln persona por llamar, en orden de llamada. Seleccione las líneas de las que informó el enlace y asigne su estado abajo.</numerusform><numerusform>%Ln personas por llamar, en orden de llamada. Seleccione las líneas de las que informó el enlace y asigne su estado abajo.</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="87" />
        <source>Warden report</source>
        <translation>Reporte del enlace</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="97" />
        <source>New status (selection and zone)</source>
        <translation>Nuevo estado (selección y zona)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="98" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="99" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="221" />
        <location filename="../../micic_planner/gui/crisis/status_dialog.py" line="240" />
        <source>(no news)</source>
        <translation>(sin noticias)</translation>
    </message>
</context>
<context>
    <name>CapsLockWarning</name>
    <message>
        <location filename="../../micic_planner/gui/security/secret_edit.py" line="67" />
        <source>Caps Lock is on: capital letters are typed.</source>
        <translation>Bloq Mayús está activado: se escriben mayúsculas.</translation>
    </message>
</context>
<context>
    <name>CaseChecklistDialog</name>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="181" />
        <source>Checklist of case {number}</source>
        <translation>Lista de verificación del caso {number}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="182" />
        <source>Mark each item done, not applicable, or a gap (a gap says what is missing). The post marks the items before and during the return; the receiving office those after it.</source>
        <translation>Marque cada punto como terminado, no aplica o carencia (una carencia dice qué falta). La representación marca los puntos de antes y durante el retorno; la oficina receptora, los de después.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="43" />
        <source>Return case {number}</source>
        <translation>Caso de retorno {number}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="46" />
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="46" />
        <source>Funding programme</source>
        <translation>Programa de financiamiento</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="47" />
        <source>Receiving office</source>
        <translation>Oficina receptora</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="47" />
        <source>Country of return (ISO)</source>
        <translation>País de retorno (ISO)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="48" />
        <source>Municipality of return</source>
        <translation>Municipio de retorno</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="48" />
        <source>Travel date</source>
        <translation>Fecha de viaje</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="49" />
        <source>Needs on arrival</source>
        <translation>Necesidades a la llegada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="50" />
        <source>Protection referral to</source>
        <translation>Remisión de protección a</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="51" />
        <source>Referred on</source>
        <translation>Remitido el</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="52" />
        <source>Referral closed on</source>
        <translation>Remisión cerrada el</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="53" />
        <source>Referral outcome</source>
        <translation>Resultado de la remisión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="54" />
        <source>Best-interests assessment on</source>
        <translation>Evaluación del interés superior el</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="55" />
        <source>Best-interests assessment by</source>
        <translation>Evaluación del interés superior por</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="56" />
        <source>Child protection, host country</source>
        <translation>Protección de la niñez, país de acogida</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="57" />
        <source>Child protection, at home</source>
        <translation>Protección de la niñez, país de origen</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="58" />
        <source>Family traced on</source>
        <translation>Familia localizada el</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="59" />
        <source>Decision to split the household</source>
        <translation>Decisión de separar el grupo familiar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="60" />
        <source>Declaration signed on</source>
        <translation>Declaración firmada el</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="61" />
        <source>Declaration language (es, en)</source>
        <translation>Idioma de la declaración (es, en)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="62" />
        <source>Consent to hand over given on</source>
        <translation>Consentimiento para el traspaso dado el</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="62" />
        <source>Reason if declined</source>
        <translation>Motivo si se deniega</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="66" />
        <source>Individual assessment</source>
        <translation>Evaluación individual</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="78" />
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="81" />
        <source>The returnee consents to the handover to the receiving office</source>
        <translation>La persona retornada consiente el traspaso a la oficina receptora</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../micic_planner/gui/returns/cases_model.py" line="25" />
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/cases_model.py" line="25" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/cases_model.py" line="25" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/cases_model.py" line="25" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/cases_model.py" line="26" />
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/cases_model.py" line="26" />
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/cases_model.py" line="26" />
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/checklist_panel.py" line="31" />
        <source>Set alert level</source>
        <translation>Fijar nivel de alerta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/checklist_panel.py" line="34" />
        <source>Actions of the current level</source>
        <translation>Acciones del nivel actual</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/checklist_panel.py" line="35" />
        <source>Actions of every level reached</source>
        <translation>Acciones de todos los niveles alcanzados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/checklist_panel.py" line="36" />
        <source>All actions of the matrix</source>
        <translation>Todas las acciones de la matriz</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/checklist_panel.py" line="40" />
        <source>The alert matrix has no action for this hazard. Add actions in “Alert levels”.</source>
        <translation>La matriz de alerta no tiene acciones para esta amenaza. Añádalas en «Niveles de alerta».</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/checklist_panel.py" line="43" />
        <source>Alert level:</source>
        <translation>Nivel de alerta:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/checklist_panel.py" line="74" />
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/checklist_panel.py" line="94" />
        <source>Alert level</source>
        <translation>Nivel de alerta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/checklist_panel.py" line="94" />
        <source>Why does the level change? (for the timeline)</source>
        <translation>¿Por qué cambia el nivel? (para la cronología)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../micic_planner/gui/commands.py" line="75" />
        <source>Add record</source>
        <translation>Agregar registro</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/commands.py" line="95" />
        <source>Add records</source>
        <translation>Agregar registros</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/commands.py" line="116" />
        <source>Edit record</source>
        <translation>Editar registro</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/commands.py" line="131" />
        <source>Edit records</source>
        <translation>Editar registros</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/commands.py" line="154" />
        <source>Delete records</source>
        <translation>Eliminar registros</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../micic_planner/gui/country_picker.py" line="41" />
        <source>Type part of the name…</source>
        <translation>Escriba parte del nombre…</translation>
    </message>
</context>
<context>
    <name>CrisisView</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="39" />
        <source>Open a crisis…</source>
        <translation>Abrir una crisis…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="41" />
        <source>Close the crisis…</source>
        <translation>Cerrar la crisis…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="49" />
        <source>Accountability</source>
        <translation>Localización</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="50" />
        <source>Alert level and actions</source>
        <translation>Nivel de alerta y acciones</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="51" />
        <source>Movements and manifests</source>
        <translation>Traslados y manifiestos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="52" />
        <source>Documents and assistance</source>
        <translation>Documentos y asistencia</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="52" />
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="56" />
        <source>Crisis:</source>
        <translation>Crisis:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="91" />
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="91" />
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="111" />
        <source>No crisis. Open one when an alert is raised.</source>
        <translation>No hay crisis. Abra una cuando se eleve una alerta.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="115" />
        <source>{hazard} — alert level {n}: {phase} — since {start}</source>
        <translation>{hazard} — nivel de alerta {n}: {phase} — desde {start}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="119" />
        <source>Closed on {closed} (record kept, read only)</source>
        <translation>Cerrada el {closed} (registro conservado, solo lectura)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="153" />
        <source>Written: {path}</source>
        <translation>Escrito: {path}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="159" />
        <source>Crisis not opened</source>
        <translation>La crisis no se abrió</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="165" />
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="168" />
        <source>Close the crisis</source>
        <translation>Cerrar la crisis</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="166" />
        <source>Close “{title}”? Its whole record is kept and can still be printed.</source>
        <translation>¿Cerrar «{title}»? Todo su registro se conserva y se puede seguir imprimiendo.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/crisis_view.py" line="168" />
        <source>Closing note (optional)</source>
        <translation>Nota de cierre (opcional)</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../micic_planner/gui/demo.py" line="88" />
        <source>Building the demo post (fictional nationals, places and routes)…</source>
        <translation>Creando la representación de demostración (connacionales, lugares y rutas ficticios)…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/demo.py" line="89" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/demo.py" line="90" />
        <source>Demo post</source>
        <translation>Representación de demostración</translation>
    </message>
</context>
<context>
    <name>DisclosuresDialog</name>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="18" />
        <source>Disclosure ledger</source>
        <translation>Registro de divulgaciones</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="22" />
        <source>All lists</source>
        <translation>Todas las listas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="26" />
        <source>national's id, passport or consular ID</source>
        <translation>id, pasaporte o matrícula consular del connacional</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="27" />
        <source>Given to:</source>
        <translation>Entregadas a:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="29" />
        <source>Naming:</source>
        <translation>Con el nombre de:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="31" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="46" />
        <source>Could not read the disclosure ledger</source>
        <translation>No se pudo leer el registro de divulgaciones</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="49" />
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="49" />
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="49" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="49" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="50" />
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="50" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="50" />
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="50" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="51" />
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="62" />
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="59" />
        <source>In the lists given to {partner}, with these fields: %Ln person(s).</source>
        <translation><numerusform>%Ln persona figuraba en las listas entregadas a {partner}, con estos campos:</numerusform><numerusform>%Ln personas figuraban en las listas entregadas a {partner}, con estos campos:</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="61" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="61" />
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="61" />
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="61" />
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="62" />
        <source>First given</source>
        <translation>Primera entrega</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="62" />
        <source>Last given</source>
        <translation>Última entrega</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/disclosures_dialog.py" line="63" />
        <source>(record purged)</source>
        <translation>(registro depurado)</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="130" />
        <source>Issue a travel document</source>
        <translation>Expedir un documento de viaje</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="139" />
        <source>National</source>
        <translation>Connacional</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="139" />
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="140" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="140" />
        <source>Date issued</source>
        <translation>Fecha de expedición</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="141" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="317" />
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="318" />
        <source>Same document, same phone, or a similar name with the same date of birth. Merging fills the empty fields of the known record and keeps its history.</source>
        <translation>Mismo documento, mismo teléfono, o nombre parecido con la misma fecha de nacimiento. Al fusionar se llenan los datos vacíos del registro conocido y se conserva su historial.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="42" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="42" />
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="42" />
        <source>Known record</source>
        <translation>Registro conocido</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="46" />
        <source>Skip the row</source>
        <translation>Omitir la fila</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="46" />
        <source>Merge into the known record</source>
        <translation>Fusionar con el registro conocido</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="47" />
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="51" />
        <source>Skip every duplicate</source>
        <translation>Omitir todos los duplicados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="51" />
        <source>Merge every duplicate</source>
        <translation>Fusionar todos los duplicados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="52" />
        <source>Keep every duplicate</source>
        <translation>Conservar todos los duplicados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="61" />
        <source>This row:</source>
        <translation>Esta fila:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="69" />
        <source>No row of the file looks like a national already known.</source>
        <translation>Ninguna fila del archivo parece un connacional ya registrado.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="83" />
        <source>Row {row}: {name}</source>
        <translation>Fila {row}: {name}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="112" />
        <source>national #{id} in the registry</source>
        <translation>el connacional n.º {id} del registro</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="115" />
        <source>row {row} of this file</source>
        <translation>la fila {row} de este archivo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/duplicates_dialog.py" line="116" />
        <source>{reason} as {where} (score {score:.0f})</source>
        <translation>{reason} que {where} (puntuación {score:.0f})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../micic_planner/gui/errors.py" line="41" />
        <source>Could not finish</source>
        <translation>No se pudo terminar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/errors.py" line="42" />
        <source>Nothing was changed in the post file.</source>
        <translation>No se cambió nada en el archivo de la representación.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/errors.py" line="87" />
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/errors.py" line="88" />
        <source>Something went wrong that the program did not expect. Your data is safe: every change is saved whole or not at all.

The details were written to {path}. Please send that file to your support contact. You can keep working.</source>
        <translation>Ocurrió algo que el programa no esperaba. Sus datos están a salvo: cada cambio se guarda completo o no se guarda.

Los detalles se escribieron en {path}. Envíe ese archivo a su contacto de soporte. Puede seguir trabajando.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/errors.py" line="91" />
        <source>the error log</source>
        <translation>el registro de errores</translation>
    </message>
</context>
<context>
    <name>ExerciseView</name>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="105" />
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="106" />
        <source>Briefing</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="107" />
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="108" />
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="109" />
        <source>Time scale (exercise minutes per minute)</source>
        <translation>Escala de tiempo (minutos de ejercicio por minuto)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="110" />
        <source>Start on a new sandbox…</source>
        <translation>Iniciar en un entorno de práctica nuevo…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="112" />
        <source>The exercise runs on a sandbox: a new training post file with the scenario's fictional post. The real post file is never opened.</source>
        <translation>El ejercicio se hace en un entorno de práctica: un archivo de puesto de capacitación nuevo con el puesto ficticio del escenario. El archivo real del puesto nunca se abre.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="133" />
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="133" />
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="164" />
        <source>Minute</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="133" />
        <source>Released</source>
        <translation>Liberada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="133" />
        <source>Inject</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="134" />
        <source>Release the selected inject now</source>
        <translation>Liberar ahora la inyección seleccionada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="136" />
        <source>Injects</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="140" />
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="140" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="140" />
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="164" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="140" />
        <source>Expected action</source>
        <translation>Acción esperada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="144" />
        <source>Expected actions</source>
        <translation>Acciones esperadas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="147" />
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="164" />
        <source>What the team did</source>
        <translation>Lo que hizo el equipo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="156" />
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="164" />
        <source>Answers</source>
        <translation>Responde a</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="168" />
        <source>Team actions</source>
        <translation>Acciones del equipo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="172" />
        <source>Print the after-action report…</source>
        <translation>Imprimir el informe posterior…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="174" />
        <source>End the exercise…</source>
        <translation>Terminar el ejercicio…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="240" />
        <source> (paused)</source>
        <translation> (en pausa)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="266" />
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="266" />
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="352" />
        <source>Could not pause or resume the exercise</source>
        <translation>No se pudo pausar ni reanudar el ejercicio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="358" />
        <source>End the exercise</source>
        <translation>Terminar el ejercicio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="223" />
        <source>(no expected action)</source>
        <translation>(sin acción esperada)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="237" />
        <source> (ended)</source>
        <translation> (terminado)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="241" />
        <source>Minute {m} of {t}</source>
        <translation>Minuto {m} de {t}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="247" />
        <source>clock</source>
        <translation>reloj</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="247" />
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="286" />
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="336" />
        <source>Could not release the inject</source>
        <translation>No se pudo liberar la inyección</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="307" />
        <source>Could not start the exercise</source>
        <translation>No se pudo iniciar el ejercicio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="327" />
        <source>Create the sandbox</source>
        <translation>Crear el entorno de práctica</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="328" />
        <source>MICIC post files (*.micic *.db)</source>
        <translation>Archivos de puesto MICIC (*.micic *.db)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="342" />
        <source>Could not record the action</source>
        <translation>No se pudo registrar la acción</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="359" />
        <source>End the exercise now? The clock stops for good and no more injects can be released; the after-action report can still be printed.</source>
        <translation>¿Terminar el ejercicio ahora? El reloj se detiene definitivamente y no se podrán liberar más inyecciones; el informe posterior se podrá seguir imprimiendo.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="362" />
        <source>Could not end the exercise</source>
        <translation>No se pudo terminar el ejercicio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="369" />
        <source>Could not print the report</source>
        <translation>No se pudo imprimir el informe</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="373" />
        <source>after-action-{id}.pdf</source>
        <translation>informe-posterior-{id}.pdf</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="374" />
        <source>Save the after-action report as</source>
        <translation>Guardar el informe posterior como</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/exercise/exercise_view.py" line="375" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="219" />
        <source>Expired records</source>
        <translation>Registros vencidos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="224" />
        <source>Purge these records…</source>
        <translation>Depurar estos registros…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/security/tables.py" line="231" />
        <source>Past the expiry date set by the post's policy ({months} months): %Ln record(s). Purging deletes them and their history for good.</source>
        <translation><numerusform>%Ln registro ha superado la fecha de vencimiento que fija la política de la representación ({months} meses). Depurarlo lo elimina definitivamente junto con su historial.</numerusform><numerusform>%Ln registros han superado la fecha de vencimiento que fija la política de la representación ({months} meses). Depurarlos los elimina definitivamente junto con su historial.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/security/tables.py" line="240" />
        <source>Past the same rule: %Ln hotline record(s),</source>
        <translation><numerusform>Vencido por la misma regla: %Ln registro de la línea de atención,</numerusform><numerusform>Vencidos por la misma regla: %Ln registros de la línea de atención,</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/security/tables.py" line="241" />
        <source>and %Ln message(s) sent or received.</source>
        <translation><numerusform>y %Ln mensaje enviado o recibido.</numerusform><numerusform>y %Ln mensajes enviados o recibidos.</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="243" />
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="243" />
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="243" />
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="244" />
        <source>Expired on</source>
        <translation>Venció el</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="248" />
        <source>Purge expired records</source>
        <translation>Depurar registros vencidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/security/tables.py" line="249" />
        <source>Delete %Ln record(s) and their history for good? This cannot be undone; only the counts are kept in the audit log.</source>
        <translation><numerusform>¿Eliminar definitivamente %Ln registro y su historial? No se puede deshacer; en la bitácora de auditoría solo se conservan los totales.</numerusform><numerusform>¿Eliminar definitivamente %Ln registros y su historial? No se puede deshacer; en la bitácora de auditoría solo se conservan los totales.</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="46" />
        <source>Export for a partner</source>
        <translation>Exportar para un aliado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="48" />
        <source>CSV list of nationals</source>
        <translation>Lista CSV de connacionales</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="48" />
        <source>Excel list of nationals</source>
        <translation>Lista Excel de connacionales</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="49" />
        <source>PFIF 1.4 for family tracing</source>
        <translation>PFIF 1.4 para búsqueda de familiares</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="49" />
        <source>HXL figures per zone (no names)</source>
        <translation>Cifras HXL por zona (sin nombres)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="50" />
        <source>vCard 4.0 of partners and wardens</source>
        <translation>vCard 4.0 de aliados y enlaces</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="51" />
        <source>CAP 1.2 alert of the post</source>
        <translation>Alerta CAP 1.2 de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="55" />
        <source>Partner: no sensitive data, only what nationals consented to share</source>
        <translation>Aliado: sin datos sensibles, solo lo que los connacionales consintieron compartir</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="57" />
        <source>Full: for the post's own use</source>
        <translation>Completo: para uso interno de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="68" />
        <source>Not for a partner (the post's own use)</source>
        <translation>No es para un socio (uso interno de la representación)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="71" />
        <source>Encrypt the file (AES-256 zip that opens with a passphrase)</source>
        <translation>Cifrar el archivo (zip AES-256 que se abre con una frase de contraseña)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="75" />
        <source>This file will hold personal data in clear: anyone who gets it can read it. Encrypt it, or keep it safe and delete it after use.</source>
        <translation>Este archivo contendrá datos personales sin cifrar: cualquiera que lo obtenga podrá leerlo. Cífrelo, o guárdelo en lugar seguro y bórrelo después de usarlo.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="81" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="90" />
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="91" />
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="92" />
        <source>Fields:</source>
        <translation>Campos:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="93" />
        <source>Alert level (CAP):</source>
        <translation>Nivel de alerta (CAP):</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="94" />
        <source>For partner:</source>
        <translation>Para el socio:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="96" />
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="97" />
        <source>Passphrase again:</source>
        <translation>Repita la frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="99" />
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="100" />
        <source>Sensitive and restricted fields are never in a partner export.</source>
        <translation>Los datos sensibles y reservados nunca se incluyen en una exportación para aliados.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="146" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="145" />
        <source>export.{suffix}</source>
        <translation>exportacion.{suffix}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="157" />
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/export_dialog.py" line="177" />
        <source>%Ln record(s) written.</source>
        <translation><numerusform>%Ln registro escrito.</numerusform><numerusform>%Ln registros escritos.</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="179" />
        <source>Exported in clear</source>
        <translation>Exportado sin cifrar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/export_dialog.py" line="181" />
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../micic_planner/gui/forms/fields.py" line="107" />
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/fields.py" line="190" />
        <source>“{value}” is not a number.</source>
        <translation>«{value}» no es un número.</translation>
    </message>
</context>
<context>
    <name>FiguresFileChooser</name>
    <message>
        <location filename="../../micic_planner/gui/partner_cards_dialog.py" line="57" />
        <source>Import other organisations' counts per zone (HXL)</source>
        <translation>Importar recuentos por zona de otras organizaciones (HXL)</translation>
    </message>
</context>
<context>
    <name>FiguresReport</name>
    <message>
        <location filename="../../micic_planner/gui/partner_cards_dialog.py" line="49" />
        <source>Import HXL figures</source>
        <translation>Importar cifras HXL</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="41" />
        <source>Choose the list to import</source>
        <translation>Elija la lista que desea importar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="42" />
        <source>CSV (any delimiter or encoding), Excel XLSX, or a PFIF file from a family-tracing partner. Nothing is written until the last step, and then all or nothing.</source>
        <translation>CSV (cualquier separador o codificación), Excel XLSX, o un archivo PFIF de un aliado de búsqueda de familiares. No se escribe nada hasta el último paso, y entonces todo o nada.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="45" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="53" />
        <source>Who sent the list; the column mapping is saved under this name.</source>
        <translation>Quién envió la lista; la correspondencia de columnas se guarda con este nombre.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="58" />
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="59" />
        <source>Sent by:</source>
        <translation>Enviada por:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="60" />
        <source>Country of phones written without +:</source>
        <translation>País de los teléfonos escritos sin +:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="76" />
        <source>The file cannot be imported</source>
        <translation>No se puede importar el archivo</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="134" />
        <source>Administrator of the post</source>
        <translation>Administrador de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="136" />
        <source>Create the administrator's account for {name}. Everyone signs in with their own name; the administrator adds the other accounts (Tools ▸ Users…).</source>
        <translation>Cree la cuenta del administrador de {name}. Cada persona inicia sesión con su propio nombre; el administrador crea las demás cuentas (Herramientas ▸ Usuarios…).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="144" />
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="145" />
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="146" />
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="147" />
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="152" />
        <source>Strength:</source>
        <translation>Fortaleza:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="174" />
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>GeoAssist</name>
    <message>
        <location filename="../../micic_planner/gui/forms/geo_assist.py" line="62" />
        <source>Find a place</source>
        <translation>Buscar un lugar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/geo_assist.py" line="129" />
        <source>Near {place} ({km} km)</source>
        <translation>Cerca de {place} ({km} km)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/geo_assist.py" line="146" />
        <source>No zone holds these coordinates.</source>
        <translation>Ninguna zona contiene estas coordenadas.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/geo_assist.py" line="152" />
        <source>Proposed from the coordinates: {zone}</source>
        <translation>Propuesta según las coordenadas: {zone}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/geo_assist.py" line="165" />
        <source>e.g. Central park of {place}</source>
        <translation>p. ej., Parque central de {place}</translation>
    </message>
</context>
<context>
    <name>GeoImport</name>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/geo_import_dialog.py" line="97" />
        <source>%Ln record(s) added</source>
        <translation><numerusform>%Ln registro añadido</numerusform><numerusform>%Ln registros añadidos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/geo_import_dialog.py" line="98" />
        <source>and %Ln updated.</source>
        <translation><numerusform>y %Ln actualizado.</numerusform><numerusform>y %Ln actualizados.</numerusform></translation>
    </message>
</context>
<context>
    <name>GeoReportDialog</name>
    <message>
        <location filename="../../micic_planner/gui/geo_import_dialog.py" line="74" />
        <source>Map file imported</source>
        <translation>Archivo de mapa importado</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../micic_planner/gui/help_window.py" line="46" />
        <source>MICIC Planner guide</source>
        <translation>Guía de MICIC Planner</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/help_window.py" line="49" />
        <source>Search the guide…</source>
        <translation>Buscar en la guía…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/help_window.py" line="59" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>HostPanel</name>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="38" />
        <source>Crisis cell: serving this post</source>
        <translation>Célula de crisis: sirviendo esta sede</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="51" />
        <source>Address for the officers:</source>
        <translation>Dirección para los funcionarios:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="52" />
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Huella del certificado (SHA-256):</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="53" />
        <source>Join code:</source>
        <translation>Código de acceso:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="55" />
        <source>Officers read the address and the code from this screen, and compare the fingerprint with the one their laptop shows. Closing this window stops serving; their copies keep working and catch up when you serve again.</source>
        <translation>Los funcionarios leen la dirección y el código en esta pantalla y comparan la huella con la que muestra su computadora. Cerrar esta ventana deja de servir; sus copias siguen funcionando y se ponen al día cuando vuelva a servir.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="61" />
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="61" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="61" />
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="62" />
        <source>Last exchange</source>
        <translation>Último intercambio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="62" />
        <source>Changes received</source>
        <translation>Cambios recibidos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="84" />
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="86" />
        <source>{time} ({seconds} s ago)</source>
        <translation>{time} (hace {seconds} s)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="88" />
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/host_panel.py" line="88" />
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
</context>
<context>
    <name>HotlineView</name>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="41" />
        <source>mother, brother, employer, partner…</source>
        <translation>madre, hermano, empleador, pareja…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="48" />
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="56" />
        <source>Not in the registry: it will be logged as not registered.</source>
        <translation>No está en el registro: se anotará como no registrada.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="65" />
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="66" />
        <source>Log the inquiry</source>
        <translation>Registrar la consulta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="69" />
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="94" />
        <source>Who asks</source>
        <translation>Quién pregunta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="70" />
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="94" />
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="71" />
        <source>How to reach them</source>
        <translation>Cómo contactarle</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="72" />
        <source>Where they are</source>
        <translation>Dónde está</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="73" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="77" />
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="95" />
        <source>Person sought</source>
        <translation>Persona buscada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="78" />
        <source>In the registry</source>
        <translation>En el registro</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="80" />
        <source>Last known place</source>
        <translation>Último lugar conocido</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="81" />
        <source>What they were told</source>
        <translation>Qué se le dijo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="82" />
        <source>Call back within</source>
        <translation>Devolver la llamada en</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="84" />
        <source>New inquiry</source>
        <translation>Nueva consulta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="90" />
        <source>Open inquiries</source>
        <translation>Consultas abiertas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="91" />
        <source>Call-backs due</source>
        <translation>Llamadas pendientes</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="92" />
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="94" />
        <source>Logged</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="94" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="95" />
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="95" />
        <source>Call back by</source>
        <translation>Devolver antes de</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="96" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="96" />
        <source>Person Finder notes</source>
        <translation>Notas de Person Finder</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="104" />
        <source>Notes from Person Finder about the person sought appear here once a PFIF file that names them is imported.</source>
        <translation>Las notas de Person Finder sobre la persona buscada aparecen aquí cuando se importa un archivo PFIF que la nombra.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="111" />
        <source>what they were told on the call-back</source>
        <translation>qué se le dijo al devolver la llamada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="112" />
        <source>Called back</source>
        <translation>Llamada devuelta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="114" />
        <source>Add to the registry</source>
        <translation>Añadir al registro</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="115" />
        <source>Add the person sought, not yet registered, with what the caller knew</source>
        <translation>Añadir a la persona buscada, aún no registrada, con lo que sabía quien llamó</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="120" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="164" />
        <source>not registered</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="185" />
        <source>Could not search the registry</source>
        <translation>No se pudo buscar en el registro</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="202" />
        <source>Could not log the inquiry</source>
        <translation>No se pudo registrar la consulta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="204" />
        <source>Inquiry {id} logged.</source>
        <translation>Consulta {id} registrada.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="217" />
        <source>Could not record the call-back</source>
        <translation>No se pudo anotar la devolución de llamada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="232" />
        <source>Could not add the person to the registry</source>
        <translation>No se pudo añadir a la persona al registro</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/hotline_view.py" line="235" />
        <source>Added to the registry as national {id}.</source>
        <translation>Añadida al registro como connacional {id}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="304" />
        <source>Save the validation report</source>
        <translation>Guardar el informe de validación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="305" />
        <source>validation_report.csv</source>
        <translation>informe_de_validacion.csv</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_wizard.py" line="61" />
        <source>Import nationals</source>
        <translation>Importar connacionales</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_wizard.py" line="69" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="89" />
        <source>Proposed status updates</source>
        <translation>Cambios de estado propuestos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="89" />
        <source>To read</source>
        <translation>Por leer</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="90" />
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="93" />
        <source>Read the modem</source>
        <translation>Leer el módem</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="95" />
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="95" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="95" />
        <source>National</source>
        <translation>Connacional</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="95" />
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="96" />
        <source>Reads as</source>
        <translation>Se lee como</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="96" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="96" />
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="96" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="99" />
        <source>Confirm selected</source>
        <translation>Confirmar los elegidos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="101" />
        <source>Confirm all proposed</source>
        <translation>Confirmar todos los propuestos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="103" />
        <source>Mark read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="107" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="123" />
        <source>safe</source>
        <translation>a salvo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="123" />
        <source>needs help</source>
        <translation>necesita ayuda</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="123" />
        <source>no more messages</source>
        <translation>no más mensajes</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="124" />
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="124" />
        <source>to read</source>
        <translation>por leer</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="124" />
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="125" />
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="125" />
        <source>opted out</source>
        <translation>dado de baja</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="154" />
        <source>Could not read the modem</source>
        <translation>No se pudo leer el módem</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="155" />
        <source>Reading the modem…</source>
        <translation>Leyendo el módem…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="156" />
        <source>%Ln new message(s) read.</source>
        <translation><numerusform>%Ln mensaje nuevo leído.</numerusform><numerusform>%Ln mensajes nuevos leídos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="163" />
        <source>%Ln answer(s) confirmed:</source>
        <translation><numerusform>%Ln respuesta confirmada:</numerusform><numerusform>%Ln respuestas confirmadas:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="164" />
        <source>%Ln national(s) changed status.</source>
        <translation><numerusform>%Ln connacional cambió de estado.</numerusform><numerusform>%Ln connacionales cambiaron de estado.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="166" />
        <source>%Ln kept a more specific status.</source>
        <translation><numerusform>%Ln conservó un estado más preciso.</numerusform><numerusform>%Ln conservaron un estado más preciso.</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="160" />
        <source>Could not confirm the replies</source>
        <translation>No se pudieron confirmar las respuestas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="177" />
        <source>Could not mark the replies read</source>
        <translation>No se pudieron marcar las respuestas como leídas</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../micic_planner/gui/cell/join_dialog.py" line="11" />
        <source>Join a crisis cell</source>
        <translation>Unirse a una célula de crisis</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/join_dialog.py" line="20" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/join_dialog.py" line="31" />
        <source>Host's address:</source>
        <translation>Dirección del anfitrión:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/join_dialog.py" line="32" />
        <source>Join code:</source>
        <translation>Código de acceso:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/join_dialog.py" line="33" />
        <source>Your user name at the post:</source>
        <translation>Su usuario en la sede:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/join_dialog.py" line="34" />
        <source>Your password:</source>
        <translation>Su contraseña:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/join_dialog.py" line="35" />
        <source>File for your copy:</source>
        <translation>Archivo de su copia:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/join_dialog.py" line="36" />
        <source>Passphrase for your copy:</source>
        <translation>Frase de contraseña de su copia:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/join_dialog.py" line="37" />
        <source>The same passphrase again:</source>
        <translation>La misma frase de contraseña otra vez:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/join_dialog.py" line="40" />
        <source>File for your copy</source>
        <translation>Archivo de su copia</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/join_dialog.py" line="41" />
        <source>MICIC post files (*.micic *.db)</source>
        <translation>Archivos de puesto MICIC (*.micic *.db)</translation>
    </message>
</context>
<context>
    <name>KindChoiceDialog</name>
    <message>
        <location filename="../../micic_planner/gui/geo_import_dialog.py" line="36" />
        <source>Kinds of place for the file's points</source>
        <translation>Clases de lugar para los puntos del archivo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/geo_import_dialog.py" line="38" />
        <source>These points have a type that is not a kind of place. Choose what each type is, or skip its points.</source>
        <translation>Estos puntos tienen un tipo que no es una clase de lugar. Elija qué es cada tipo u omita sus puntos.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/geo_import_dialog.py" line="47" />
        <source>Skip these points</source>
        <translation>Omitir estos puntos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/geo_import_dialog.py" line="50" />
        <source>“{type}” (%Ln point(s))</source>
        <translation><numerusform>«{type}» (%Ln punto)</numerusform><numerusform>«{type}» (%Ln puntos)</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/geo_import_dialog.py" line="51" />
        <source>no type</source>
        <translation>sin tipo</translation>
    </message>
</context>
<context>
    <name>LinkBanner</name>
    <message>
        <location filename="../../micic_planner/gui/cell/link_banner.py" line="31" />
        <source>Crisis cell: connected to the host; last exchange {at} (UTC).</source>
        <translation>Célula de crisis: conectado al anfitrión; último intercambio {at} (UTC).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/cell/link_banner.py" line="38" />
        <source>WORKING OFFLINE — the crisis cell's host cannot be reached. Keep working: your changes stay on this laptop and go to the host when the link returns. Last exchange: {at} (UTC).</source>
        <translation>TRABAJANDO SIN CONEXIÓN — no se puede llegar al anfitrión de la célula de crisis. Siga trabajando: sus cambios quedan en esta computadora y pasan al anfitrión cuando vuelva el enlace. Último intercambio: {at} (UTC).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="95" />
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="97" />
        <source>Sign in to {name}.</source>
        <translation>Inicie sesión en {name}.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="107" />
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="108" />
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="111" />
        <source>Your own password, given to you for this post; not the post's passphrase.</source>
        <translation>Su propia contraseña, la que le dieron para esta representación; no la frase de contraseña de la representación.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="44" />
        <location filename="../../micic_planner/gui/main_window.py" line="335" />
        <source>MICIC Planner</source>
        <translation>Planificador MICIC</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="148" />
        <source>View unavailable</source>
        <translation>Vista no disponible</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="149" />
        <source>The view “{name}” could not be opened. The error was written to the log; the rest of the program works.</source>
        <translation>No se pudo abrir la vista «{name}». El error quedó en el registro de errores; el resto del programa funciona.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="214" />
        <source>Open a post file</source>
        <translation>Abrir un archivo de representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="215" />
        <source>MICIC post files (*.micic *.db);;All files (*)</source>
        <translation>Archivos de representación MICIC (*.micic *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="268" />
        <source>Could not create the post</source>
        <translation>No se pudo crear la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="280" />
        <source>Could not build the demo post</source>
        <translation>No se pudo crear la representación de demostración</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="312" />
        <source>READ-ONLY — this post file cannot be written here: you can read, print, export and check it, not change it</source>
        <translation>SOLO LECTURA — este archivo del puesto no se puede escribir aquí: puede leerlo, imprimirlo, exportarlo y comprobarlo, no cambiarlo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="317" />
        <source>DEMO / TRAINING — not encrypted: fictional people only, never real data</source>
        <translation>DEMOSTRACIÓN / CAPACITACIÓN — sin cifrar: solo personas ficticias, nunca datos reales</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="318" />
        <source>NOT ENCRYPTED — this file holds a real post: Tools ▸ Encrypt this post… before entering real data</source>
        <translation>SIN CIFRAR — este archivo contiene una representación real: Herramientas ▸ Cifrar esta representación… antes de capturar datos reales</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="336" />
        <source>No post open</source>
        <translation>Ninguna representación abierta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="342" />
        <source>DEMO / TRAINING, not encrypted</source>
        <translation>DEMOSTRACIÓN / CAPACITACIÓN, sin cifrar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="342" />
        <source>NOT ENCRYPTED</source>
        <translation>SIN CIFRAR</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/main_window.py" line="344" />
        <source>{post} — MICIC Planner</source>
        <translation>{post} — Planificador MICIC</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/main_window.py" line="346" />
        <source>%Ln national(s) registered</source>
        <translation><numerusform>%Ln connacional registrado</numerusform><numerusform>%Ln connacionales registrados</numerusform></translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../micic_planner/gui/map_legend.py" line="88" />
        <source>Nationals (darker: more)</source>
        <translation>Connacionales (más oscuro: más)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_legend.py" line="89" />
        <source>Assembly point (fill: how full)</source>
        <translation>Punto de reunión (relleno: ocupación)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_legend.py" line="90" />
        <source>almost full</source>
        <translation>casi lleno</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_legend.py" line="91" />
        <source>over capacity</source>
        <translation>excede la capacidad</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_legend.py" line="92" />
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_legend.py" line="93" />
        <source>Safe haven</source>
        <translation>Refugio seguro</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_legend.py" line="94" />
        <source>Border, airport or port</source>
        <translation>Frontera, aeropuerto o puerto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_legend.py" line="95" />
        <source>Primary route</source>
        <translation>Ruta principal</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_legend.py" line="96" />
        <source>Alternate route</source>
        <translation>Ruta alterna</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_legend.py" line="97" />
        <source>Closed route</source>
        <translation>Ruta cerrada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_legend.py" line="98" />
        <source>Warden zone</source>
        <translation>Zona de enlace</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_legend.py" line="99" />
        <source>Town (GeoNames)</source>
        <translation>Localidad (GeoNames)</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="64" />
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="65" />
        <source>Show or hide what the map draws</source>
        <translation>Mostrar u ocultar lo que dibuja el mapa</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="68" />
        <source>Nationals</source>
        <translation>Connacionales</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="68" />
        <source>Assembly points</source>
        <translation>Puntos de reunión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="69" />
        <source>Shelters and exits</source>
        <translation>Albergues y salidas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="69" />
        <source>Routes</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="70" />
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="70" />
        <source>Basemap</source>
        <translation>Mapa base</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="70" />
        <source>Towns</source>
        <translation>Localidades</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="79" />
        <source>Fit to the post</source>
        <translation>Ajustar a la circunscripción</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="81" />
        <source>Basemap…</source>
        <translation>Mapa base…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="82" />
        <source>Load offline map tiles (an MBTiles file prepared before a crisis)</source>
        <translation>Cargar teselas de mapa sin conexión (un archivo MBTiles preparado antes de la crisis)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="84" />
        <source>Assign assembly points</source>
        <translation>Asignar puntos de reunión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="86" />
        <source>Draw zone</source>
        <translation>Dibujar zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="88" />
        <source>Click the corners of a zone on the map; double-click or Enter closes it, Esc cancels</source>
        <translation>Haga clic en los vértices de una zona en el mapa; doble clic o Intro la cierra, Esc cancela</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="192" />
        <source>The basemap could not be loaded</source>
        <translation>No se pudo cargar el mapa base</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="257" />
        <source>Nationals around this point: {count}</source>
        <translation>Connacionales alrededor de este punto: {count}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="274" />
        <source>Drawing a zone: click its corners; double-click or press Enter to close it, Esc to cancel. Drag to move the map.</source>
        <translation>Dibujando una zona: haga clic en sus vértices; doble clic o Intro para cerrarla, Esc para cancelar. Arrastre para mover el mapa.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="295" />
        <source>Zone “{name}” saved.</source>
        <translation>Zona «{name}» guardada.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="93" />
        <source>Match the columns</source>
        <translation>Relacione las columnas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="94" />
        <source>The fields were guessed from the headers, in Spanish or English. Correct any guess; columns set to “Ignore” are not imported.</source>
        <translation>Los campos se dedujeron de los encabezados, en español o inglés. Corrija lo que haga falta; las columnas marcadas «Ignorar» no se importan.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="97" />
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="97" />
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="98" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="101" />
        <source>Remember this mapping for lists from the same sender</source>
        <translation>Recordar esta correspondencia para las listas del mismo remitente</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="106" />
        <source>The sex column writes M, which can mean mujer or male:</source>
        <translation>La columna de sexo usa M, que puede ser mujer o masculino:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="108" />
        <source>Choose what M means…</source>
        <translation>Elija qué significa M…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="109" />
        <source>M = mujer, H = hombre (as on CURP and INE)</source>
        <translation>M = mujer, H = hombre (como en la CURP y la INE)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="110" />
        <source>M = male or masculino, F = female or femenino</source>
        <translation>M = masculino (male), F = femenino (female)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="135" />
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="177" />
        <source>Required and not matched: {fields}</source>
        <translation>Obligatorios y sin columna: {fields}</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="88" />
        <source>Export for headquarters…</source>
        <translation>Exportar para la sede central…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="89" />
        <source>Import a bundle…</source>
        <translation>Importar un paquete…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="91" />
        <source>Review conflicts…</source>
        <translation>Revisar conflictos…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="93" />
        <source>Export for a post…</source>
        <translation>Exportar para una representación…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="95" />
        <source>Hand a national over to another post…</source>
        <translation>Traspasar un connacional a otra representación…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="97" />
        <source>Assign assembly points</source>
        <translation>Asignar puntos de reunión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="99" />
        <source>Open a crisis…</source>
        <translation>Abrir una crisis…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="101" />
        <source>Update statuses…</source>
        <translation>Actualizar estados…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="103" />
        <source>Print a warden call list…</source>
        <translation>Imprimir la lista de llamadas de un enlace…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="106" />
        <source>Serve this post to the crisis cell…</source>
        <translation>Servir esta sede a la célula de crisis…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="108" />
        <source>Join a crisis cell…</source>
        <translation>Unirse a una célula de crisis…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="110" />
        <source>Return cases for the selected nationals</source>
        <translation>Casos de retorno para los connacionales seleccionados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="112" />
        <source>Review expired records…</source>
        <translation>Revisar registros vencidos…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="113" />
        <source>Back up now</source>
        <translation>Respaldar ahora</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="115" />
        <source>Restore a backup…</source>
        <translation>Restaurar un respaldo…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="117" />
        <source>Change the passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="119" />
        <source>Encrypt this post…</source>
        <translation>Cifrar esta representación…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="120" />
        <source>Users…</source>
        <translation>Usuarios…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="122" />
        <source>Audit log…</source>
        <translation>Bitácora de auditoría…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="123" />
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="125" />
        <source>About MICIC Planner</source>
        <translation>Acerca de MICIC Planner</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="128" />
        <source>Import nationals…</source>
        <translation>Importar connacionales…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="130" />
        <source>Import a map file (GPX, KML, GeoJSON)…</source>
        <translation>Importar un archivo de mapa (GPX, KML, GeoJSON)…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="132" />
        <source>Export for a partner…</source>
        <translation>Exportar para un aliado…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="134" />
        <source>Save an import template…</source>
        <translation>Guardar una plantilla de importación…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="136" />
        <source>Read a host-country alert (CAP)…</source>
        <translation>Leer una alerta del país receptor (CAP)…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="22" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="22" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="23" />
        <source>&amp;Post</source>
        <translation>&amp;Representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="23" />
        <source>&amp;Crisis</source>
        <translation>&amp;Crisis</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="24" />
        <source>S&amp;ync</source>
        <translation>S&amp;incronizar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="25" />
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="25" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="40" />
        <source>&amp;New post…</source>
        <translation>&amp;Nueva representación…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="41" />
        <source>&amp;Open post file…</source>
        <translation>&amp;Abrir archivo de representación…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="42" />
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="44" />
        <source>Open the &amp;demo post</source>
        <translation>Abrir la representación de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="45" />
        <source>&amp;Close post</source>
        <translation>&amp;Cerrar la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="48" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="50" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="56" />
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="57" />
        <source>&amp;Edit selected</source>
        <translation>&amp;Editar lo seleccionado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="58" />
        <source>&amp;Delete selected</source>
        <translation>E&amp;liminar lo seleccionado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="60" />
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="63" />
        <source>Post &amp;details…</source>
        <translation>&amp;Datos de la representación…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="69" />
        <source>Print the &amp;plan…</source>
        <translation>Imprimir el &amp;plan…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="71" />
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="73" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="81" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="101" />
        <source>(no recent files)</source>
        <translation>(no hay archivos recientes)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="116" />
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="117" />
        <source>The language will change the next time you start MICIC Planner.</source>
        <translation>El idioma cambiará la próxima vez que abra el Planificador MICIC.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="121" />
        <source>Ctrl+N: add a record in the current view</source>
        <translation>Ctrl+N: agregar un registro en la vista actual</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="122" />
        <source>Enter or F2: edit the selected record</source>
        <translation>Intro o F2: editar el registro seleccionado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="123" />
        <source>Del: delete the selected records (asks first)</source>
        <translation>Supr: eliminar los registros seleccionados (pregunta antes)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="124" />
        <source>Ctrl+F: search in the current view</source>
        <translation>Ctrl+F: buscar en la vista actual</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="125" />
        <source>Ctrl+Z / Ctrl+Shift+Z: undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Mayús+Z: deshacer / rehacer</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="126" />
        <source>Ctrl+1 … Ctrl+9: go to a view</source>
        <translation>Ctrl+1 … Ctrl+9: ir a una vista</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="127" />
        <source>Ctrl+P: print the plan</source>
        <translation>Ctrl+P: imprimir el plan</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="128" />
        <source>Ctrl+O: open a post file</source>
        <translation>Ctrl+O: abrir un archivo de representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="129" />
        <source>F1: the guide, at the page of the current view or dialog</source>
        <translation>F1: la guía, en la página de la vista o del diálogo actual</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/menus.py" line="130" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <location filename="../../micic_planner/gui/messages/messages_view.py" line="20" />
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/messages_view.py" line="21" />
        <source>List and send</source>
        <translation>Lista y envío</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/messages_view.py" line="22" />
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/messages_view.py" line="23" />
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/messages_view.py" line="24" />
        <source>Modem</source>
        <translation>Módem</translation>
    </message>
</context>
<context>
    <name>ModemTab</name>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="190" />
        <source>GSM modem or phone (AT commands)</source>
        <translation>Módem GSM o teléfono (comandos AT)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="191" />
        <source>GSM modem at 115200 baud</source>
        <translation>Módem GSM a 115200 baudios</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="192" />
        <source>Simulation: Gammu's dummy driver (training)</source>
        <translation>Simulación: controlador de prueba de Gammu (capacitación)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="195" />
        <source>/dev/ttyUSB0 or COM3; a folder for the simulation</source>
        <translation>/dev/ttyUSB0 o COM3; una carpeta para la simulación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="198" />
        <source> a minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="200" />
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="203" />
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="204" />
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="205" />
        <source>Messages a minute</source>
        <translation>Mensajes por minuto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="206" />
        <source>24/7 number in messages</source>
        <translation>Teléfono 24/7 en los mensajes</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="224" />
        <source>Could not save the settings</source>
        <translation>No se pudo guardar la configuración</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="87" />
        <source>Movement</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="92" />
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="102" />
        <source>Repatriation: arrival means home</source>
        <translation>Repatriación: la llegada es al país de origen</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="104" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="104" />
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="105" />
        <source>Assembly point</source>
        <translation>Punto de reunión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="105" />
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="106" />
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="106" />
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="107" />
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
</context>
<context>
    <name>MovementsPanel</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="39" />
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="40" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="41" />
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="42" />
        <source>Document no.</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="43" />
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="44" />
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="45" />
        <source>Boarded</source>
        <translation>Abordó</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="46" />
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="57" />
        <source>New movement…</source>
        <translation>Nuevo traslado…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="57" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="58" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="59" />
        <source>Fill from assembly point</source>
        <translation>Llenar desde el punto de reunión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="60" />
        <source>Add people…</source>
        <translation>Añadir personas…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="60" />
        <source>Remove selected</source>
        <translation>Quitar los seleccionados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="61" />
        <source>Mark boarded</source>
        <translation>Marcar abordaje</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="62" />
        <source>Mark arrived</source>
        <translation>Marcar llegada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="63" />
        <source>Manifest PDF / CSV…</source>
        <translation>Manifiesto PDF / CSV…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="68" />
        <source>Movements</source>
        <translation>Traslados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="116" />
        <source>No movement yet. Plan one with “New movement…”.</source>
        <translation>Aún no hay traslados. Programe uno con «Nuevo traslado…».</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="121" />
        <source>{name}: to {dest}, departs {when}; {n} of {seats} seats taken, {b} boarded</source>
        <translation>{name}: hacia {dest}, sale {when}; {n} de {seats} plazas ocupadas, {b} a bordo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="137" />
        <source>Bus {n}</source>
        <translation>Autobús {n}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="140" />
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="148" />
        <source>Movement not saved</source>
        <translation>El traslado no se guardó</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="153" />
        <source>Delete movement</source>
        <translation>Eliminar traslado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="154" />
        <source>Delete this movement and its manifest?</source>
        <translation>¿Eliminar este traslado y su manifiesto?</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="162" />
        <source>Manifest not filled</source>
        <translation>El manifiesto no se llenó</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="165" />
        <source>%Ln person(s) added; still waiting at the assembly point: {w}.</source>
        <translation><numerusform>%Ln persona añadida; siguen esperando en el punto de reunión: {w}.</numerusform><numerusform>%Ln personas añadidas; siguen esperando en el punto de reunión: {w}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="169" />
        <source>Left out, missing or deceased: {n} ({names}).</source>
        <translation>No subieron por estar desaparecidos o fallecidos: {n} ({names}).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="176" />
        <source>Add people</source>
        <translation>Añadir personas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="176" />
        <source>Ids or document numbers, separated by spaces (their households come too)</source>
        <translation>Identificadores o números de documento, separados por espacios (su hogar viene también)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="181" />
        <source>People not added</source>
        <translation>No se añadieron personas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="217" />
        <source>Save the manifest</source>
        <translation>Guardar el manifiesto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/movements_panel.py" line="217" />
        <source>manifest-{id}.pdf</source>
        <translation>manifiesto-{id}.pdf</translation>
    </message>
</context>
<context>
    <name>NationalCard</name>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="37" />
        <source>Select a national to see how to reach them, their household and their status history.</source>
        <translation>Seleccione a un connacional para ver cómo localizarlo, su hogar y el historial de su situación.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="50" />
        <source>Born {date} ({age} years)</source>
        <translation>Nació el {date} ({age} años)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="54" />
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="55" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="56" />
        <source>Second phone</source>
        <translation>Segundo teléfono</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="56" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="57" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="58" />
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="59" />
        <source>Assembly point</source>
        <translation>Punto de reunión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="60" />
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="61" />
        <source>Consular ID</source>
        <translation>Matrícula consular</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="62" />
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="69" />
        <source>Household {key}</source>
        <translation>Hogar {key}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="70" />
        <source>no other member</source>
        <translation>ningún otro integrante</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="73" />
        <source>Status history</source>
        <translation>Historial de situación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="85" />
        <source>expired {date}</source>
        <translation>vencido el {date}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/national_card.py" line="87" />
        <source>until {date}</source>
        <translation>vigente hasta el {date}</translation>
    </message>
</context>
<context>
    <name>NationalForm</name>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="67" />
        <source>Household: travels together, never split in an evacuation</source>
        <translation>Hogar: viaja junto y nunca se separa en una evacuación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="68" />
        <source>New household</source>
        <translation>Hogar nuevo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="69" />
        <source>Give this person a household key of their own</source>
        <translation>Dar a esta persona una clave de hogar propia</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="71" />
        <source>Leave household</source>
        <translation>Salir del hogar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="109" />
        <source>Not in a household: travels alone.</source>
        <translation>No pertenece a ningún hogar: viaja por su cuenta.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/national_form.py" line="111" />
        <source>Household {key}: no other member yet.</source>
        <translation>Hogar {key}: todavía sin otros integrantes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/forms/national_form.py" line="113" />
        <source>Household {key}: %Ln other member(s).</source>
        <translation><numerusform>Hogar {key}: %Ln integrante más.</numerusform><numerusform>Hogar {key}: %Ln integrantes más.</numerusform></translation>
    </message>
</context>
<context>
    <name>NationalPicker</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/national_picker.py" line="20" />
        <source>Name, document number or id</source>
        <translation>Nombre, número de documento o identificador</translation>
    </message>
</context>
<context>
    <name>NationalsTableModel</name>
    <message>
        <location filename="../../micic_planner/gui/models/nationals_model.py" line="25" />
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/models/nationals_model.py" line="26" />
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/models/nationals_model.py" line="27" />
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/models/nationals_model.py" line="28" />
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/models/nationals_model.py" line="29" />
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/models/nationals_model.py" line="30" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/models/nationals_model.py" line="31" />
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/models/nationals_model.py" line="32" />
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/models/nationals_model.py" line="33" />
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/models/nationals_model.py" line="34" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>NationalsView</name>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="44" />
        <source>Nationals</source>
        <translation>Connacionales</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="49" />
        <source>Search by name or passport, accents not needed (Ctrl+F)</source>
        <translation>Buscar por nombre o pasaporte, sin necesidad de acentos (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="55" />
        <source>Any vulnerability or none</source>
        <translation>Con o sin vulnerabilidad</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="56" />
        <source>Any vulnerability</source>
        <translation>Con alguna vulnerabilidad</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="60" />
        <source>Any status</source>
        <translation>Cualquier situación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="64" />
        <source>Any documents</source>
        <translation>Cualquier documento</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="65" />
        <source>Document expired</source>
        <translation>Documento vencido</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="66" />
        <source>Expires within 3 months</source>
        <translation>Vence en menos de 3 meses</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="67" />
        <source>Expires within 6 months</source>
        <translation>Vence en menos de 6 meses</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="68" />
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="317" />
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="73" />
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="96" />
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="97" />
        <source>Add a national (Ctrl+N)</source>
        <translation>Agregar un connacional (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="98" />
        <source>Add to household</source>
        <translation>Agregar al hogar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="99" />
        <source>Add a person to the selected national's household</source>
        <translation>Agregar una persona al hogar del connacional seleccionado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="100" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="101" />
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="337" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="102" />
        <source>Household cards…</source>
        <translation>Tarjetas de hogar…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="103" />
        <source>Print the evacuation cards of the selected nationals' households</source>
        <translation>Imprimir las tarjetas de evacuación de los hogares de los connacionales seleccionados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="121" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="165" />
        <source>All zones</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="168" />
        <source>No zone</source>
        <translation>Sin zona</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="213" />
        <source>(the first %Ln match(es): keep typing to narrow the search)</source>
        <translation><numerusform>(la primera coincidencia: siga escribiendo para afinar la búsqueda)</numerusform><numerusform>(las primeras %Ln coincidencias: siga escribiendo para afinar la búsqueda)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="216" />
        <source>(%Ln match(es) for the search and filters)</source>
        <translation><numerusform>(%Ln coincide con la búsqueda y los filtros)</numerusform><numerusform>(%Ln coinciden con la búsqueda y los filtros)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="318" />
        <source>{name} shares a household with %Ln other person(s). Give them the same address, zone and assembly point, so the household stays together?</source>
        <translation><numerusform>{name} comparte hogar con %Ln persona más. ¿Darle la misma dirección, zona y punto de reunión para que el hogar siga junto?</numerusform><numerusform>{name} comparte hogar con %Ln personas más. ¿Darles la misma dirección, zona y punto de reunión para que el hogar siga junto?</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="222" />
        <source>No national matches. Check the spelling, or press “Clear filters”.</source>
        <translation>Ningún connacional coincide. Revise lo escrito o pulse «Quitar filtros».</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="224" />
        <source>The registry is empty. Press “Add” (Ctrl+N) to register a national, or import a list from File ▸ Import.</source>
        <translation>El registro está vacío. Pulse «Agregar» (Ctrl+N) para registrar a un connacional, o importe una lista desde Archivo ▸ Importar.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="272" />
        <source>Add a national</source>
        <translation>Agregar un connacional</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="275" />
        <source>Could not add the national</source>
        <translation>No se pudo agregar al connacional</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="276" />
        <source>Add {name}</source>
        <translation>Agregar a {name}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="291" />
        <source>Could not create the household</source>
        <translation>No se pudo crear el hogar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="292" />
        <source>New household for {name}</source>
        <translation>Hogar nuevo para {name}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="306" />
        <source>Could not open the record</source>
        <translation>No se pudo abrir el registro</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="310" />
        <source>Edit: {name}</source>
        <translation>Editar: {name}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="323" />
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="324" />
        <source>Could not save the national</source>
        <translation>No se pudo guardar al connacional</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="336" />
        <source>{count} nationals</source>
        <translation>{count} connacionales</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="338" />
        <source>Delete {what} from the registry?

You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar a {what} del registro?

Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="340" />
        <source>Could not delete</source>
        <translation>No se pudo eliminar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/nationals_view.py" line="341" />
        <source>Delete {what}</source>
        <translation>Eliminar a {what}</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="115" />
        <source>New return case</source>
        <translation>Nuevo caso de retorno</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="121" />
        <source>National</source>
        <translation>Connacional</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="122" />
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="123" />
        <source>Funding programme</source>
        <translation>Programa de financiamiento</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="124" />
        <source>Receiving office</source>
        <translation>Oficina receptora</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="125" />
        <source>The national's household joins the case: a household is never split.</source>
        <translation>El grupo familiar de la persona se suma al caso: un grupo familiar nunca se separa.</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="103" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="82" />
        <location filename="../../micic_planner/gui/post_wizard.py" line="148" />
        <source>New post</source>
        <translation>Representación nueva</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="87" />
        <source>e.g. Consulate in Tapachula</source>
        <translation>p. ej. Consulado en Tapachula</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="97" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="98" />
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="105" />
        <source>Training post: fictional people only, not encrypted, no sign-in</source>
        <translation>Representación de capacitación: solo personas ficticias, sin cifrar, sin inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="107" />
        <source>A real post is always encrypted with a passphrase and has an administrator; leave this unticked for a real post.</source>
        <translation>Una representación real siempre se cifra con una frase de contraseña y tiene un administrador; deje esta casilla sin marcar para una representación real.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="119" />
        <source>Name of the post</source>
        <translation>Nombre de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="120" />
        <source>Host country</source>
        <translation>País receptor</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="121" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="122" />
        <source>Nationals of</source>
        <translation>Connacionales de</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="123" />
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="128" />
        <source>Post file</source>
        <translation>Archivo de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="130" />
        <source>Jurisdiction</source>
        <translation>Circunscripción</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="131" />
        <source>Tick the states, departments or provinces the post covers.</source>
        <translation>Marque los estados, departamentos o provincias que cubre la representación.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="155" />
        <source>Usual paper in {country}: {paper}</source>
        <translation>Papel habitual en {country}: {paper}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="162" />
        <source>New post file</source>
        <translation>Archivo de representación nuevo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="163" />
        <source>MICIC post files (*.micic);;All files (*)</source>
        <translation>Archivos de representación MICIC (*.micic);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="172" />
        <source>Give the post a name.</source>
        <translation>Dé un nombre a la representación.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="174" />
        <source>Choose the host country from the list.</source>
        <translation>Elija el país receptor en la lista.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="176" />
        <source>Give the city of the post.</source>
        <translation>Indique la ciudad de la representación.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="178" />
        <source>Choose the nationals' country from the list, or leave it empty.</source>
        <translation>Elija en la lista el país de los connacionales, o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="180" />
        <source>Choose where to keep the post file.</source>
        <translation>Elija dónde guardar el archivo de la representación.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="68" />
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="75" />
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="76" />
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="77" />
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="78" />
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="82" />
        <source>Strength:</source>
        <translation>Fortaleza:</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <location filename="../../micic_planner/gui/next_steps_panel.py" line="27" />
        <source>Next steps: what to fill in next</source>
        <translation>Próximos pasos: qué llenar a continuación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/next_steps_panel.py" line="32" />
        <source>Hide the next steps</source>
        <translation>Ocultar los próximos pasos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/next_steps_panel.py" line="40" />
        <source>Show the next steps</source>
        <translation>Mostrar los próximos pasos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/next_steps_panel.py" line="61" />
        <source>Open the view</source>
        <translation>Abrir la vista</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/next_steps_panel.py" line="61" />
        <source>Do it now</source>
        <translation>Hacerlo ahora</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/next_steps_panel.py" line="69" />
        <source>{done} of {total} done</source>
        <translation>{done} de {total} hechos</translation>
    </message>
</context>
<context>
    <name>OpenCrisisDialog</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="50" />
        <source>Open a crisis</source>
        <translation>Abrir una crisis</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="52" />
        <source>e.g. Hurricane Eta</source>
        <translation>p. ej. Huracán Eta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="62" />
        <source>Start everyone affected from “not yet contacted”</source>
        <translation>Poner a todos los afectados en «aún sin contactar»</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="64" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="65" />
        <source>Hazard</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="66" />
        <source>Alert level</source>
        <translation>Nivel de alerta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/dialogs.py" line="67" />
        <source>Affected zones (none ticked: all)</source>
        <translation>Zonas afectadas (ninguna marcada: todas)</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../../micic_planner/gui/open_file.py" line="17" />
        <source>No PDF viewer</source>
        <translation>No hay visor de PDF</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/open_file.py" line="17" />
        <source>No program on this computer opens PDF files, so the file was not shown. It is saved at:
{path}

Install a PDF viewer (such as SumatraPDF, Okular or Evince), or copy the file to a computer that has one to read and print it.</source>
        <translation>Ningún programa de esta computadora abre archivos PDF, así que el archivo no se mostró. Está guardado en:
{path}

Instale un visor de PDF (como SumatraPDF, Okular o Evince), o copie el archivo a una computadora que tenga uno para leerlo e imprimirlo.</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="43" />
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="43" />
        <source>Queued at</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="43" />
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="43" />
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="44" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="44" />
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="44" />
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="44" />
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="45" />
        <source>Still queued</source>
        <translation>Aún en cola</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="45" />
        <source>No phone</source>
        <translation>Sin teléfono</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="47" />
        <source>Queue the unknown ones again</source>
        <translation>Volver a poner en cola los desconocidos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="48" />
        <source>Messages interrupted while sending may or may not have left; queue them again only once you know they did not arrive.</source>
        <translation>Los mensajes interrumpidos durante el envío pueden haber salido o no; vuelva a ponerlos en cola solo cuando sepa que no llegaron.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="51" />
        <source>Send what is still queued</source>
        <translation>Enviar lo que sigue en cola</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/mail_tabs.py" line="78" />
        <source>Could not queue the messages again</source>
        <translation>No se pudieron volver a poner en cola los mensajes</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="54" />
        <location filename="../../micic_planner/gui/views/overview_view.py" line="244" />
        <source>Edit post details</source>
        <translation>Editar los datos de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="56" />
        <location filename="../../micic_planner/gui/views/overview_view.py" line="133" />
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="77" />
        <source>Nationals registered</source>
        <translation>Connacionales registrados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="78" />
        <source>With a vulnerability</source>
        <translation>Con alguna vulnerabilidad</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="79" />
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="79" />
        <source>No assembly point</source>
        <translation>Sin punto de reunión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="85" />
        <source>Nationals by zone</source>
        <translation>Connacionales por zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="86" />
        <source>Nationals by vulnerability</source>
        <translation>Connacionales por vulnerabilidad</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="90" />
        <source>Assembly points: nationals assigned against capacity (line)</source>
        <translation>Puntos de reunión: connacionales asignados frente a la capacidad (línea)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="92" />
        <source>Gaps in the plan: double-click or press Enter to open the record to fix</source>
        <translation>Carencias del plan: haga doble clic o pulse Intro para abrir el registro que hay que corregir</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="154" />
        <source>This file has no post details yet</source>
        <translation>Este archivo aún no tiene los datos de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="155" />
        <source>Press “Edit post details” to give the post its name, country and city.</source>
        <translation>Pulse «Editar los datos de la representación» para darle nombre, país y ciudad.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="166" />
        <source>no review date set</source>
        <translation>sin fecha de revisión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="168" />
        <source>review overdue since {date}</source>
        <translation>revisión vencida desde el {date}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="171" />
        <source>next review {date}</source>
        <translation>próxima revisión el {date}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="175" />
        <source>jurisdiction: {regions}</source>
        <translation>circunscripción: {regions}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="176" />
        <source>plan version {version}</source>
        <translation>versión del plan {version}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="178" />
        <source>TRAINING POST: fictional data</source>
        <translation>REPRESENTACIÓN DE CAPACITACIÓN: datos ficticios</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="187" />
        <source>No zone</source>
        <translation>Sin zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="189" />
        <source>No nationals yet</source>
        <translation>Aún no hay connacionales</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="191" />
        <source>None recorded</source>
        <translation>Ninguna registrada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="194" />
        <source>No assembly point yet</source>
        <translation>Aún no hay puntos de reunión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="204" />
        <source>No gaps found: the plan is complete.</source>
        <translation>Sin carencias: el plan está completo.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="240" />
        <source>Post details</source>
        <translation>Datos de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/overview_view.py" line="243" />
        <source>Could not save the post details</source>
        <translation>No se pudieron guardar los datos de la representación</translation>
    </message>
</context>
<context>
    <name>PartnerSpec</name>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="19" />
        <source>Partners</source>
        <translation>Socios y contrapartes</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="22" />
        <source>No partners yet. Add the host authorities, IOM, UNHCR, the Red Cross and others you would call in a crisis (Ctrl+N).</source>
        <translation>Aún no hay socios. Agregue a las autoridades del país receptor, la OIM, el ACNUR, la Cruz Roja y demás a quienes llamaría en una crisis (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="26" />
        <location filename="../../micic_planner/gui/views/partners_view.py" line="36" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="27" />
        <location filename="../../micic_planner/gui/views/partners_view.py" line="37" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="28" />
        <location filename="../../micic_planner/gui/views/partners_view.py" line="38" />
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="29" />
        <location filename="../../micic_planner/gui/views/partners_view.py" line="39" />
        <source>24/7 phone</source>
        <translation>Teléfono 24/7</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="30" />
        <location filename="../../micic_planner/gui/views/partners_view.py" line="40" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="31" />
        <location filename="../../micic_planner/gui/views/partners_view.py" line="41" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="32" />
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="33" />
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="42" />
        <source>Radio channel</source>
        <translation>Canal de radio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="43" />
        <source>Services offered</source>
        <translation>Servicios que ofrece</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="44" />
        <source>Agreement</source>
        <translation>Convenio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="45" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="46" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="60" />
        <source>Import vCard…</source>
        <translation>Importar vCard…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="61" />
        <source>Add or update partners from the contact cards of a phone or mail program (.vcf)</source>
        <translation>Agregar o actualizar socios desde las tarjetas de contacto de un teléfono o programa de correo (.vcf)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="91" />
        <source>Could not read the vCard file</source>
        <translation>No se pudo leer el archivo vCard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/views/partners_view.py" line="95" />
        <source>%Ln partner(s) to add</source>
        <translation><numerusform>%Ln socio por añadir</numerusform><numerusform>%Ln socios por añadir</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/views/partners_view.py" line="96" />
        <source>and %Ln to update.</source>
        <translation><numerusform>y %Ln por actualizar.</numerusform><numerusform>y %Ln por actualizar.</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="97" />
        <source>Nothing is written until you press Import.</source>
        <translation>No se escribe nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="98" />
        <source>Nothing in this file would change the partners list.</source>
        <translation>Nada de este archivo cambiaría la lista de socios.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/partners_view.py" line="104" />
        <source>Could not import the vCard file</source>
        <translation>No se pudo importar el archivo vCard</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="25" />
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="25" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="27" />
        <source>Choose the passphrase that will protect {name}. Without it nobody, not even you, can open the file: keep it safe.</source>
        <translation>Elija la frase de contraseña que protegerá {name}. Sin ella nadie, ni siquiera usted, podrá abrir el archivo: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="29" />
        <source>{name} is encrypted. Enter its passphrase.</source>
        <translation>{name} está cifrado. Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="33" />
        <source>The passphrase locks the whole file: it is the key of its encryption, shared by everyone who opens this post, and nobody can recover it. A password, if the post has users, is your own and only signs you in once the file is open.</source>
        <translation>La frase de contraseña cierra el archivo entero: es la llave de su cifrado, la comparten todos los que abren esta representación y nadie puede recuperarla. Una contraseña, si la representación tiene usuarios, es solo suya y únicamente le identifica una vez abierto el archivo.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="47" />
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="56" />
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="57" />
        <source>Strength:</source>
        <translation>Fortaleza:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/dialogs.py" line="79" />
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PictureView</name>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="38" />
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="54" />
        <source>Post and zone</source>
        <translation>Representación y zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="54" />
        <source>Nationals</source>
        <translation>Connacionales</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="55" />
        <source>Accounted for</source>
        <translation>Localizados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="55" />
        <source>Not accounted for</source>
        <translation>Sin localizar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="56" />
        <source>Last exchange</source>
        <translation>Último intercambio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="67" />
        <source>Review conflicts…</source>
        <translation>Revisar conflictos…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="69" />
        <source>Print for the ministry…</source>
        <translation>Imprimir para el ministerio…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="71" />
        <source>Export HXL figures…</source>
        <translation>Exportar cifras HXL…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="73" />
        <source>Export returns by post (HXL)…</source>
        <translation>Exportar retornos por representación (HXL)…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="84" />
        <source>Gaps by post</source>
        <translation>Carencias por representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="86" />
        <source>Returns</source>
        <translation>Retornos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="134" />
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="150" />
        <source>Country picture: {hq}</source>
        <translation>Panorama del país: {hq}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="152" />
        <source>%n post(s)</source>
        <translation><numerusform>%n representación</numerusform><numerusform>%n representaciones</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="153" />
        <source>{posts}, {total} nationals, {accounted} accounted for ({share} %). Conflicting edits waiting for review: {review}.</source>
        <translation>{posts}, {total} connacionales, {accounted} localizados ({share} %). Ediciones en conflicto pendientes de revisión: {review}.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="160" />
        <source>headquarters</source>
        <translation>sede central</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="160" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="161" />
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="161" />
        <source>%n days ago</source>
        <translation><numerusform>hace %n día</numerusform><numerusform>hace %n días</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="163" />
        <source>No zone</source>
        <translation>Sin zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="179" />
        <source>No gaps found.</source>
        <translation>No se encontraron carencias.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="185" />
        <source>Return cases do not travel between posts and headquarters yet: the counts below are headquarters' own cases only.</source>
        <translation>Los casos de retorno aún no viajan entre las representaciones y la sede central: las cifras de abajo son solo los casos propios de la sede.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/picture_view.py" line="191" />
        <source>No return cases.</source>
        <translation>No hay casos de retorno.</translation>
    </message>
</context>
<context>
    <name>PlaceSearch</name>
    <message>
        <location filename="../../micic_planner/gui/place_search.py" line="24" />
        <source>Search a place (GeoNames, offline)</source>
        <translation>Buscar un lugar (GeoNames, sin conexión)</translation>
    </message>
</context>
<context>
    <name>PlaceSpec</name>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="20" />
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="23" />
        <source>No places yet. Add the assembly points where nationals gather, the shelters and the safe havens, with their coordinates and capacity (Ctrl+N).</source>
        <translation>Aún no hay lugares. Agregue los puntos de reunión donde se concentran los connacionales, los albergues y los refugios seguros, con sus coordenadas y capacidad (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="37" />
        <location filename="../../micic_planner/gui/views/places_view.py" line="54" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="38" />
        <location filename="../../micic_planner/gui/views/places_view.py" line="55" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="39" />
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="39" />
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="41" />
        <location filename="../../micic_planner/gui/views/places_view.py" line="59" />
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="42" />
        <location filename="../../micic_planner/gui/views/places_view.py" line="56" />
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="43" />
        <location filename="../../micic_planner/gui/views/places_view.py" line="57" />
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="44" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="46" />
        <location filename="../../micic_planner/gui/views/places_view.py" line="61" />
        <source>Facilities</source>
        <translation>Instalaciones</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="53" />
        <source>— no zone —</source>
        <translation>— sin zona —</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="58" />
        <source>Capacity (people)</source>
        <translation>Capacidad (personas)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="60" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="62" />
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="63" />
        <source>Contact phone</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/places_view.py" line="64" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>PlanSectionsDialog</name>
    <message>
        <location filename="../../micic_planner/gui/plan_sections_dialog.py" line="147" />
        <source>Plan sections</source>
        <translation>Secciones del plan</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/plan_sections_dialog.py" line="158" />
        <source>Save the section</source>
        <translation>Guardar la sección</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/plan_sections_dialog.py" line="161" />
        <source>● filled   ◐ partly filled   ○ blank: printed as a form to complete</source>
        <translation>● completada   ◐ completada en parte   ○ en blanco: se imprime como formulario por completar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/plan_sections_dialog.py" line="174" />
        <source>Your role may read these sections but not change them.</source>
        <translation>Su función permite leer estas secciones, pero no cambiarlas.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/plan_sections_dialog.py" line="216" />
        <source>Could not save the section</source>
        <translation>No se pudo guardar la sección</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/plan_sections_dialog.py" line="221" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="69" />
        <source>Print the contingency plan</source>
        <translation>Imprimir el plan de contingencia</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="71" />
        <source>The plan gathers the post's team, alert levels, wardens, places, routes and partners, with counts of nationals by zone and vulnerability. Names of nationals appear only in the restricted annex.</source>
        <translation>El plan reúne el equipo, los niveles de alerta, los enlaces, los lugares, las rutas y los socios de la representación, con el número de connacionales por zona y vulnerabilidad. Los nombres de los connacionales solo aparecen en el anexo reservado.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="81" />
        <source>The host country's paper</source>
        <translation>El papel del país sede</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="82" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="83" />
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="84" />
        <source>Include the restricted annex with the names of nationals</source>
        <translation>Incluir el anexo reservado con los nombres de los connacionales</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="85" />
        <source>Only for the crisis cell: keep printed copies locked away.</source>
        <translation>Solo para la célula de crisis: guarde las copias impresas bajo llave.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="88" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="94" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="95" />
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="97" />
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="98" />
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="100" />
        <source>Generate the plan</source>
        <translation>Generar el plan</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="103" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="111" />
        <source>Open in the PDF viewer</source>
        <translation>Abrir en el visor de PDF</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="112" />
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="121" />
        <source>Plan sections…</source>
        <translation>Secciones del plan…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="122" />
        <source>Population estimate, scenarios, command, job cards, continuity, communications, borders, resources and more</source>
        <translation>Estimación de la población, escenarios, mando, fichas de funciones, continuidad, comunicaciones, fronteras, recursos y más</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="151" />
        <source>-plan.pdf</source>
        <translation>-plan.pdf</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="170" />
        <source>Save the post first</source>
        <translation>Guarde primero la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="170" />
        <source>This post is not in a file yet.</source>
        <translation>Esta representación aún no está en un archivo.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="179" />
        <location filename="../../micic_planner/gui/views/plan_view.py" line="213" />
        <location filename="../../micic_planner/gui/views/plan_view.py" line="234" />
        <source>Could not print the plan</source>
        <translation>No se pudo imprimir el plan</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="195" />
        <source>Writing the plan…</source>
        <translation>Escribiendo el plan…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="201" />
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="218" />
        <source>The plan was not kept.</source>
        <translation>El plan no se conservó.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="221" />
        <source>The plan is ready: {path} ({pages} pages, {seconds} s).</source>
        <translation>El plan está listo: {path} ({pages} páginas, {seconds} s).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="224" />
        <source>Restricted copy No. {copy}.</source>
        <translation>Copia restringida N.º {copy}.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="231" />
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="239" />
        <source>The plan could not be written; the details are in the error log.</source>
        <translation>No se pudo escribir el plan; los detalles están en el registro de errores.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="266" />
        <source>Could not print</source>
        <translation>No se pudo imprimir</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../micic_planner/gui/plan_printing.py" line="38" />
        <source>No print service (CUPS) was found on this computer.</source>
        <translation>No se encontró un servicio de impresión (CUPS) en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/plan_printing.py" line="40" />
        <source>Open the plan in the PDF viewer and print it from there.</source>
        <translation>Abra el plan en el visor de PDF e imprímalo desde ahí.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/plan_printing.py" line="45" />
        <source>The printer refused the plan: {detail}</source>
        <translation>La impresora rechazó el plan: {detail}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/plan_printing.py" line="47" />
        <source>Check the printer, or print from the PDF viewer.</source>
        <translation>Revise la impresora o imprima desde el visor de PDF.</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../micic_planner/gui/security/open_post.py" line="38" />
        <source>Could not open the post file</source>
        <translation>No se pudo abrir el archivo de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/open_post.py" line="77" />
        <source>This post is not encrypted</source>
        <translation>Esta representación no está cifrada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/open_post.py" line="78" />
        <source>{name} holds a real post but is not encrypted: anyone who gets the file can read it. Encrypt it now with a passphrase?</source>
        <translation>{name} contiene una representación real pero no está cifrado: cualquiera que obtenga el archivo puede leerlo. ¿Cifrarlo ahora con una frase de contraseña?</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/actions.py" line="29" />
        <source>Open a post first.</source>
        <translation>Abra primero una representación.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/actions.py" line="39" />
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/actions.py" line="40" />
        <source>The post now opens with the new passphrase. Backups made before still open with the old one.</source>
        <translation>La representación se abre ahora con la nueva frase de contraseña. Los respaldos anteriores se siguen abriendo con la anterior.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/actions.py" line="50" />
        <source>Encrypted</source>
        <translation>Cifrada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/actions.py" line="50" />
        <source>This post is encrypted.</source>
        <translation>Esta representación está cifrada.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/actions.py" line="82" />
        <source>Backup saved</source>
        <translation>Respaldo guardado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/actions.py" line="83" />
        <source>The backup was checked and saved as {path}</source>
        <translation>El respaldo se verificó y se guardó como {path}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/actions.py" line="92" />
        <source>Choose a backup to restore</source>
        <translation>Elija el respaldo que desea restaurar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/actions.py" line="93" />
        <source>Post files (*.db *.micic)</source>
        <translation>Archivos de representación (*.db *.micic)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/actions.py" line="96" />
        <source>Restore a backup</source>
        <translation>Restaurar un respaldo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/actions.py" line="97" />
        <source>Replace the open post with {name}? The current file is kept aside in the backup folder.</source>
        <translation>¿Reemplazar la representación abierta por {name}? El archivo actual se guarda aparte en la carpeta de respaldos.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/roles.py" line="61" />
        <source>Signed in as {user} ({role})</source>
        <translation>Sesión iniciada: {user} ({role})</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../micic_planner/gui/forms/record_form.py" line="93" />
        <source>This field is required.</source>
        <translation>Este dato es obligatorio.</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="86" />
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="89" />
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="90" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="91" />
        <location filename="../../micic_planner/gui/views/record_panel.py" line="241" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="92" />
        <source>Add a record (Ctrl+N)</source>
        <translation>Agregar un registro (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="93" />
        <source>Edit the selected record (Enter or F2)</source>
        <translation>Editar el registro seleccionado (Intro o F2)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="94" />
        <source>Delete the selected records (Del)</source>
        <translation>Eliminar los registros seleccionados (Supr)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="164" />
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="210" />
        <source>Add: {what}</source>
        <translation>Agregar: {what}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="213" />
        <source>Could not add the record</source>
        <translation>No se pudo agregar el registro</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="215" />
        <source>Add “{name}”</source>
        <translation>Agregar «{name}»</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="225" />
        <source>Edit: {name}</source>
        <translation>Editar: {name}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="228" />
        <source>Could not save the record</source>
        <translation>No se pudo guardar el registro</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="230" />
        <source>Edit “{name}”</source>
        <translation>Editar «{name}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/views/record_panel.py" line="239" />
        <source>Delete %Ln record(s): {names}?

You can undo this with Ctrl+Z.</source>
        <translation><numerusform>¿Eliminar %Ln registro: {names}?

Puede deshacerlo con Ctrl+Z.</numerusform><numerusform>¿Eliminar %Ln registros: {names}?

Puede deshacerlo con Ctrl+Z.</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="243" />
        <source>Could not delete</source>
        <translation>No se pudo eliminar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="245" />
        <source>Delete {names}</source>
        <translation>Eliminar {names}</translation>
    </message>
</context>
<context>
    <name>RecordSpec</name>
    <message>
        <location filename="../../micic_planner/gui/views/record_panel.py" line="47" />
        <source>Nothing here yet. Press “Add” (Ctrl+N) to create the first record.</source>
        <translation>Aún no hay nada aquí. Pulse «Agregar» (Ctrl+N) para crear el primer registro.</translation>
    </message>
</context>
<context>
    <name>RegionList</name>
    <message>
        <location filename="../../micic_planner/gui/country_picker.py" line="74" />
        <source>Filter by name…</source>
        <translation>Filtrar por nombre…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/country_picker.py" line="129" />
        <source>Choose the host country first.</source>
        <translation>Elija primero el país receptor.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/country_picker.py" line="131" />
        <source>{count} of {total} chosen</source>
        <translation>{count} de {total} marcados</translation>
    </message>
</context>
<context>
    <name>ReintegrationDialog</name>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="60" />
        <source>Reintegration of case {number}</source>
        <translation>Reintegración del caso {number}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="73" />
        <source>Plan agreed with the returnee</source>
        <translation>Plan acordado con la persona retornada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="74" />
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="89" />
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="74" />
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="76" />
        <source>Add the goal</source>
        <translation>Agregar la meta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="88" />
        <source>Referrals to services</source>
        <translation>Remisiones a servicios</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="89" />
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="91" />
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="89" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="89" />
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="105" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="94" />
        <source>The returnee consents</source>
        <translation>La persona consiente</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="95" />
        <source>Refer</source>
        <translation>Remitir</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="106" />
        <source>Set the state</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="108" />
        <source>Print letter…</source>
        <translation>Imprimir carta…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="109" />
        <source>The letter to the chosen referral's service, with only the fields the returnee agreed to share</source>
        <translation>La carta al servicio de la remisión elegida, solo con los datos que la persona retornada aceptó compartir</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="125" />
        <source>Follow-up visits</source>
        <translation>Visitas de seguimiento</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="126" />
        <source>Due</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="126" />
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="128" />
        <source>What the visit found</source>
        <translation>Lo que encontró la visita</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="126" />
        <source>Done on</source>
        <translation>Realizada el</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="129" />
        <source>Record the next visit as done</source>
        <translation>Registrar como hecha la próxima visita</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="164" />
        <source>Could not add the goal</source>
        <translation>No se pudo agregar la meta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="171" />
        <source>Could not refer</source>
        <translation>No se pudo remitir</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="180" />
        <source>Could not change the referral</source>
        <translation>No se pudo cambiar la remisión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="192" />
        <source>Print letter</source>
        <translation>Imprimir carta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="195" />
        <source>Could not print</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/reintegration_dialog.py" line="202" />
        <source>Could not record the visit</source>
        <translation>No se pudo registrar la visita</translation>
    </message>
</context>
<context>
    <name>ReturnView</name>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="59" />
        <source>Your role does not show return cases.</source>
        <translation>Su rol no muestra casos de retorno.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="73" />
        <source>Every state</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="77" />
        <source>Every profile</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="96" />
        <source>New case…</source>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="98" />
        <source>Cases from a movement…</source>
        <translation>Casos desde un traslado…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="99" />
        <source>Turn the nationals evacuated or repatriated on a movement into return cases, households kept together</source>
        <translation>Convertir en casos de retorno a las personas evacuadas o repatriadas en un traslado, sin separar los grupos familiares</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="102" />
        <source>Hand over…</source>
        <translation>Traspasar…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="103" />
        <source>Write the chosen case to an encrypted file for the receiving office</source>
        <translation>Escribir el caso elegido en un archivo cifrado para la oficina receptora</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="105" />
        <source>Take in a handover…</source>
        <translation>Recibir un traspaso…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="106" />
        <source>Continue here the cases of a handover file the other office sent</source>
        <translation>Continuar aquí los casos de un archivo de traspaso enviado por la otra oficina</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="108" />
        <source>Print directory…</source>
        <translation>Imprimir directorio…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="109" />
        <source>The referral directory: services at home by municipality, then the programmes that pay for return</source>
        <translation>El directorio para remisiones: servicios en el país de origen por municipio y después los programas que financian el retorno</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="135" />
        <source>Next steps</source>
        <translation>Pasos siguientes</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="138" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="138" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="138" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="138" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="145" />
        <source>Edit case…</source>
        <translation>Editar caso…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="147" />
        <source>Put on a movement…</source>
        <translation>Asignar a un traslado…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="149" />
        <source>Print declaration…</source>
        <translation>Imprimir declaración…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="151" />
        <source>Print case file…</source>
        <translation>Imprimir expediente…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="153" />
        <source>Reintegration…</source>
        <translation>Reintegración…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="154" />
        <source>Plan, referrals and follow-up visits, at the receiving office</source>
        <translation>Plan, remisiones y visitas de seguimiento, en la oficina receptora</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="156" />
        <source>Sustainability…</source>
        <translation>Sostenibilidad…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="157" />
        <source>The Reintegration Sustainability Survey at each follow-up visit, and the scores per programme and municipality</source>
        <translation>La Encuesta de Sostenibilidad de la Reintegración en cada visita de seguimiento, y las puntuaciones por programa y municipio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="160" />
        <source>Travel document…</source>
        <translation>Documento de viaje…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="161" />
        <source>Record the emergency travel document a person travels on</source>
        <translation>Registrar el documento de viaje de emergencia con el que viaja una persona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="175" />
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="202" />
        <source>Every programme</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="222" />
        <source>Cases: {n}</source>
        <translation>Casos: {n}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="246" />
        <source>People: {names}</source>
        <translation>Personas: {names}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="298" />
        <source>Could not take the step</source>
        <translation>No se pudo dar el paso</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="300" />
        <source>Reason, which the person is told</source>
        <translation>Motivo, que se comunica a la persona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="310" />
        <source>Could not save the case</source>
        <translation>No se pudo guardar el caso</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="317" />
        <source>Could not open the case</source>
        <translation>No se pudo abrir el caso</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="336" />
        <source>Cases from a movement</source>
        <translation>Casos desde un traslado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="338" />
        <source>Could not open the cases</source>
        <translation>No se pudieron abrir los casos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="345" />
        <source>Put on a movement</source>
        <translation>Asignar a un traslado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="347" />
        <source>Could not put the case on the movement</source>
        <translation>No se pudo asignar el caso al traslado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/return_view.py" line="353" />
        <source>Could not record the document</source>
        <translation>No se pudo registrar el documento</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="77" />
        <source>Review conflicts</source>
        <translation>Revisar conflictos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="97" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="97" />
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="97" />
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="97" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="99" />
        <source>Each site's value; choose one to keep it, or combine them below.</source>
        <translation>El valor de cada sitio; elija uno para conservarlo, o combínelos abajo.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="101" />
        <source>The value to keep:</source>
        <translation>El valor que se conserva:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="103" />
        <source>The value to keep: choose one above, or combine them here</source>
        <translation>El valor que se conserva: elija uno arriba, o combínelos aquí</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="109" />
        <source>Tick what is true now: the boxes start with every flag either site set.</source>
        <translation>Marque lo que es cierto ahora: las casillas empiezan con todo lo que marcó alguno de los sitios.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="114" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="115" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="116" />
        <source>The record was deleted at one site while another edited it. Settling acknowledges it: the record stays deleted.</source>
        <translation>El registro se eliminó en un sitio mientras otro lo editaba. Al resolver se da por visto: el registro sigue eliminado.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="122" />
        <source>Settle</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="152" />
        <source>Your role may not read the conflicts: they hold restricted fields (vulnerabilities, documents, consent).</source>
        <translation>Su rol no puede leer los conflictos: contienen campos restringidos (vulnerabilidades, documentos, consentimiento).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="159" />
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="252" />
        <source>No flags to look at: no merge over-booked a movement, numbered a document twice or seated a person twice.</source>
        <translation>No hay avisos: ninguna fusión sobrevendió un movimiento, numeró dos veces un documento ni asignó dos plazas a una persona.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="255" />
        <source>What the merge found</source>
        <translation>Lo que encontró la fusión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="255" />
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="255" />
        <source>Concerns</source>
        <translation>Se refiere a</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="256" />
        <source>Handled</source>
        <translation>Atendido</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="257" />
        <source>Show the handled ones too</source>
        <translation>Mostrar también los atendidos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="258" />
        <source>Mark as handled…</source>
        <translation>Marcar como atendido…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="277" />
        <source>{who}, {when}: {note}</source>
        <translation>{who}, {when}: {note}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="283" />
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="90" />
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="149" />
        <source>No conflicts to review.</source>
        <translation>No hay conflictos por revisar.</translation>
    </message>
</context>
<context>
    <name>RouteForm</name>
    <message>
        <location filename="../../micic_planner/gui/forms/route_form.py" line="31" />
        <source>Waypoints between the origin and the destination (latitude, longitude)</source>
        <translation>Puntos de paso entre el origen y el destino (latitud, longitud)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/route_form.py" line="32" />
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/route_form.py" line="32" />
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/route_form.py" line="40" />
        <source>Add waypoint</source>
        <translation>Agregar punto de paso</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/route_form.py" line="41" />
        <source>Remove selected</source>
        <translation>Quitar los seleccionados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/route_form.py" line="42" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/route_form.py" line="96" />
        <source>Waypoint {row} is not a valid latitude and longitude.</source>
        <translation>El punto de paso {row} no tiene una latitud y longitud válidas.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/route_form.py" line="97" />
        <source>Write both as decimal degrees, for example 14.6349 and -90.5069.</source>
        <translation>Escriba ambas en grados decimales, por ejemplo 14.6349 y -90.5069.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/forms/route_form.py" line="118" />
        <source>Length {km} km, about {time} at {speed} km/h.</source>
        <translation>Longitud {km} km, unos {time} a {speed} km/h.</translation>
    </message>
</context>
<context>
    <name>RouteSpec</name>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="21" />
        <source>Routes</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="24" />
        <source>No routes yet. Add places first (assembly points and destinations such as border crossings or airports), then a route between them with its waypoints (Ctrl+N).</source>
        <translation>Aún no hay rutas. Agregue primero los lugares (puntos de reunión y destinos como cruces fronterizos o aeropuertos) y después una ruta entre ellos con sus puntos de paso (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="40" />
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="41" />
        <source>Alternate of {name}</source>
        <translation>Alterna de {name}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="44" />
        <location filename="../../micic_planner/gui/views/routes_view.py" line="63" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="54" />
        <location filename="../../micic_planner/gui/views/routes_view.py" line="64" />
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="51" />
        <location filename="../../micic_planner/gui/views/routes_view.py" line="66" />
        <source>Mode</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="46" />
        <source>Length (km)</source>
        <translation>Longitud (km)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="48" />
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="52" />
        <location filename="../../micic_planner/gui/views/routes_view.py" line="68" />
        <source>Seats per trip</source>
        <translation>Plazas por viaje</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="50" />
        <location filename="../../micic_planner/gui/views/routes_view.py" line="69" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="45" />
        <source>Primary or alternate</source>
        <translation>Principal o alterna</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="55" />
        <location filename="../../micic_planner/gui/views/routes_view.py" line="65" />
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="56" />
        <source>Waypoints</source>
        <translation>Puntos de paso</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="61" />
        <source>— this is a primary route —</source>
        <translation>— es una ruta principal —</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="67" />
        <source>Average speed (km/h)</source>
        <translation>Velocidad media (km/h)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="70" />
        <source>Alternate of</source>
        <translation>Alterna de</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="71" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="81" />
        <source>No places yet</source>
        <translation>Aún no hay lugares</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="82" />
        <source>A route joins two places. Add the assembly point and the destination in the Places view first.</source>
        <translation>Una ruta une dos lugares. Agregue primero el punto de reunión y el destino en la vista Lugares.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="91" />
        <source>The route must end somewhere else.</source>
        <translation>La ruta debe terminar en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/routes_view.py" line="93" />
        <source>A route cannot be its own alternate.</source>
        <translation>Una ruta no puede ser su propia alterna.</translation>
    </message>
</context>
<context>
    <name>SecretEdit</name>
    <message>
        <location filename="../../micic_planner/gui/security/secret_edit.py" line="28" />
        <location filename="../../micic_planner/gui/security/secret_edit.py" line="38" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/secret_edit.py" line="30" />
        <source>Show or hide what is typed (check that nobody is looking)</source>
        <translation>Mostrar u ocultar lo escrito (compruebe que nadie esté mirando)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/secret_edit.py" line="38" />
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <location filename="../../micic_planner/gui/plan_sections_dialog.py" line="65" />
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/plan_sections_dialog.py" line="65" />
        <source>Remove the row</source>
        <translation>Quitar la fila</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/plan_sections_dialog.py" line="119" />
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="196" />
        <source>Self-assessment of return practice</source>
        <translation>Autoevaluación de la práctica de retorno</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="197" />
        <source>Rate this office's practice on each item: in place, partly, or not yet. The print lists the gaps first, each with the document it rests on.</source>
        <translation>Califique la práctica de esta oficina en cada punto: implementado, en parte o aún no. La impresión lista primero las carencias, cada una con el documento en que se basa.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="199" />
        <source>Print with gaps…</source>
        <translation>Imprimir con carencias…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="209" />
        <source>Print self-assessment</source>
        <translation>Imprimir autoevaluación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="212" />
        <source>Could not print</source>
        <translation>No se pudo imprimir</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="43" />
        <source>Any status</source>
        <translation>Cualquier situación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="47" />
        <source>any; or codes such as mam, quc</source>
        <translation>cualquiera; o códigos como mam, quc</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="49" />
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="114" />
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="53" />
        <source>any; or household keys, separated by commas</source>
        <translation>cualquiera; o claves de hogar separadas por comas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="56" />
        <source>any; or the ids of chosen nationals, separated by commas</source>
        <translation>cualquiera; o los números de los connacionales elegidos, separados por comas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="57" />
        <source>Build the list</source>
        <translation>Preparar la lista</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="59" />
        <source>Choose who to message, then build the list to see how many it reaches.</source>
        <translation>Elija a quién enviar y prepare la lista para ver a cuántos llega.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="61" />
        <source>CSV for a bulk-SMS provider…</source>
        <translation>CSV para un proveedor de SMS masivos…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="63" />
        <source>Call script for the warden…</source>
        <translation>Guion de llamada para el enlace…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="64" />
        <source>The list and the message as a call script for the zone's warden (PDF), with the households to visit</source>
        <translation>La lista y el mensaje como guion de llamada para el enlace de la zona (PDF), con los hogares a visitar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="67" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="69" />
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="71" />
        <source>Cancel the batch</source>
        <translation>Cancelar el lote</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="76" />
        <source>%v of %m sent</source>
        <translation>%v de %m enviados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="78" />
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="79" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="80" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="81" />
        <source>Vulnerability</source>
        <translation>Vulnerabilidad</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="82" />
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="83" />
        <source>Movement</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="84" />
        <source>Chosen nationals</source>
        <translation>Connacionales elegidos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="105" />
        <source>Every zone</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="132" />
        <source>Your role may not send message batches.</source>
        <translation>Su rol no puede enviar lotes de mensajes.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="141" />
        <source>Could not build the list</source>
        <translation>No se pudo preparar la lista</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="143" />
        <source>Building the list…</source>
        <translation>Preparando la lista…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="150" />
        <source>%Ln message(s)</source>
        <translation><numerusform>%Ln mensaje</numerusform><numerusform>%Ln mensajes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="151" />
        <source>to %Ln national(s) (one per phone of a household).</source>
        <translation><numerusform>para %Ln connacional (uno por teléfono de un hogar).</numerusform><numerusform>para %Ln connacionales (uno por teléfono de un hogar).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="152" />
        <source>%Ln in households with no phone, for the wardens to visit.</source>
        <translation><numerusform>%Ln en hogares sin teléfono, para que lo visiten los enlaces.</numerusform><numerusform>%Ln en hogares sin teléfono, para que los visiten los enlaces.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="153" />
        <source>%Ln protected, to contact in person.</source>
        <translation><numerusform>%Ln protegido, para contactar en persona.</numerusform><numerusform>%Ln protegidos, para contactar en persona.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="154" />
        <source>%Ln phone(s) asked for no more messages.</source>
        <translation><numerusform>%Ln teléfono pidió no recibir más mensajes.</numerusform><numerusform>%Ln teléfonos pidieron no recibir más mensajes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="168" />
        <source>%Ln message(s) written for the provider;</source>
        <translation><numerusform>%Ln mensaje escrito para el proveedor;</numerusform><numerusform>%Ln mensajes escritos para el proveedor;</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="169" />
        <source>%Ln left out (no consent to share).</source>
        <translation><numerusform>%Ln excluido (sin consentimiento para compartir).</numerusform><numerusform>%Ln excluidos (sin consentimiento para compartir).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="250" />
        <source>%Ln sent,</source>
        <translation><numerusform>%Ln enviado,</numerusform><numerusform>%Ln enviados,</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="250" />
        <source>%Ln failed;</source>
        <translation><numerusform>%Ln fallido;</numerusform><numerusform>%Ln fallidos;</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="251" />
        <source>batch {state}.</source>
        <translation>lote {state}.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="161" />
        <source>CSV for a bulk-SMS provider</source>
        <translation>CSV para un proveedor de SMS masivos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="165" />
        <source>Could not write the list</source>
        <translation>No se pudo escribir la lista</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="181" />
        <source>Could not print the call script</source>
        <translation>No se pudo imprimir el guion de llamada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="200" />
        <source>Save the call script</source>
        <translation>Guardar el guion de llamada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="208" />
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="239" />
        <source>Could not send</source>
        <translation>No se pudo enviar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/send_tab.py" line="212" />
        <source>Batch {id} queued; see it in the outbox.</source>
        <translation>Lote {id} en cola; véalo en la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../micic_planner/gui/settings_dialog.py" line="12" />
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/settings_dialog.py" line="17" />
        <source>The new language applies the next time you start the program. Dates and numbers follow the language too.</source>
        <translation>El nuevo idioma se aplica la próxima vez que abra el programa. Las fechas y los números también siguen el idioma.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/settings_dialog.py" line="21" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>StatusTile</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/status_tiles.py" line="45" />
        <source>Show the people with this status</source>
        <translation>Ver las personas con este estado</translation>
    </message>
</context>
<context>
    <name>SustainabilityDialog</name>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="43" />
        <source>Sustainability survey: {error}</source>
        <translation>Encuesta de sostenibilidad: {error}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="49" />
        <source>Sustainability survey: {n} of {all} visits answered; {score}</source>
        <translation>Encuesta de sostenibilidad: {n} de {all} visitas respondidas; {score}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="95" />
        <source>Sustainability of case {number}</source>
        <translation>Sostenibilidad del caso {number}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="97" />
        <source>Scores over the follow-ups</source>
        <translation>Puntuaciones en los seguimientos</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="98" />
        <source>Per programme and municipality</source>
        <translation>Por programa y municipio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="99" />
        <source>The survey and its sources</source>
        <translation>La encuesta y sus fuentes</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="108" />
        <source>Due</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="108" />
        <source>Done on</source>
        <translation>Realizada el</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="108" />
        <source>Answers given</source>
        <translation>Respuestas dadas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="108" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="110" />
        <source>Answers at the chosen visit</source>
        <translation>Respuestas en la visita elegida</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="122" />
        <source>Record the answers</source>
        <translation>Registrar las respuestas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="126" />
        <source>No indicator of the survey is confirmed yet, so no answer can be recorded. A trainer completes plans/reintegration_survey.json from the Reintegration Handbook, Annex 4, each value with its source; the visits then ask it here.</source>
        <translation>Aún no hay ningún indicador de la encuesta confirmado, así que no se puede registrar ninguna respuesta. Un capacitador completa plans/reintegration_survey.json a partir del Manual de Reintegración, anexo 4, cada valor con su fuente; después las visitas la preguntan aquí.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="141" />
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="141" />
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="141" />
        <source>Returned cases</source>
        <translation>Casos retornados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="142" />
        <source>Visits done</source>
        <translation>Visitas realizadas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="142" />
        <source>Visits with survey</source>
        <translation>Visitas con encuesta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="142" />
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="145" />
        <source>Returned cases, counted by the programme that paid and the municipality they returned to. No person is named.</source>
        <translation>Casos retornados, contados por el programa que pagó y el municipio al que volvieron. No se nombra a ninguna persona.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="158" />
        <source>What the sources confirm about {instrument}. Anything else is marked “unconfirmed” in plans/reintegration_survey.json and is never guessed.</source>
        <translation>Lo que confirman las fuentes sobre la {instrument}. Todo lo demás figura como «unconfirmed» (sin confirmar) en plans/reintegration_survey.json y nunca se adivina.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="179" />
        <source>{n} of {all}</source>
        <translation>{n} de {all}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="185" />
        <source>not computed</source>
        <translation>no calculada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="206" />
        <source>Could not record the answers</source>
        <translation>No se pudieron registrar las respuestas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/sustainability_dialog.py" line="213" />
        <source>Could not open the survey</source>
        <translation>No se pudo abrir la encuesta</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="24" />
        <location filename="../../micic_planner/gui/sync/actions.py" line="61" />
        <source>Export for headquarters</source>
        <translation>Exportar para la sede central</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="24" />
        <location filename="../../micic_planner/gui/sync/actions.py" line="78" />
        <location filename="../../micic_planner/gui/sync/actions.py" line="84" />
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="25" />
        <source>Change bundles (*.micicsync);;All files (*)</source>
        <translation>Paquetes de cambios (*.micicsync);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="49" />
        <source>Open a post first.</source>
        <translation>Abra primero una representación.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="57" />
        <source>Headquarters is not registered in this post.</source>
        <translation>La sede central no está registrada en esta representación.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="57" />
        <source>Register headquarters' key file first (micic-planner sync register).</source>
        <translation>Registre primero el archivo de claves de la sede central (micic-planner sync register).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="65" />
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="67" />
        <source>The export was cancelled; no bundle was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún paquete.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="75" />
        <source>Importing the bundle…</source>
        <translation>Importando el paquete…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="78" />
        <source>The import was cancelled; nothing was changed. The same bundle can be imported again later.</source>
        <translation>Se canceló la importación; no se cambió nada. El mismo paquete puede importarse de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="101" />
        <location filename="../../micic_planner/gui/sync/actions.py" line="118" />
        <source>Export for a post</source>
        <translation>Exportar para una representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="102" />
        <source>Post:</source>
        <translation>Representación:</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="111" />
        <source>This file is not headquarters, or no post is registered in it.</source>
        <translation>Este archivo no es la sede central, o no tiene ninguna representación registrada.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/actions.py" line="112" />
        <source>A post exports with Sync ▸ Export for headquarters…</source>
        <translation>Una representación exporta con Sincronización ▸ Exportar para la sede central…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/last_exchange.py" line="18" />
        <source>No exchange with headquarters yet: Sync ▸ Export for headquarters…</source>
        <translation>Aún no hay intercambio con la sede central: Sincronización ▸ Exportar para la sede central…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/last_exchange.py" line="23" />
        <source>Last exchange with headquarters: {at}, today.</source>
        <translation>Último intercambio con la sede central: {at}, hoy.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/last_exchange.py" line="24" />
        <source>Last exchange with headquarters: {at}, {n} days ago.</source>
        <translation>Último intercambio con la sede central: {at}, hace {n} días.</translation>
    </message>
</context>
<context>
    <name>TeamSpec</name>
    <message>
        <location filename="../../micic_planner/gui/views/team_view.py" line="17" />
        <source>Crisis team</source>
        <translation>Equipo de crisis</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/team_view.py" line="20" />
        <source>No crisis team yet. Add each role (head of post, consular officer, communications...) with the person who holds it and an alternate (Ctrl+N).</source>
        <translation>Aún no hay equipo de crisis. Agregue cada función (titular, oficial consular, comunicación...) con la persona que la ocupa y un suplente (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/team_view.py" line="24" />
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/team_view.py" line="25" />
        <location filename="../../micic_planner/gui/views/team_view.py" line="33" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/team_view.py" line="26" />
        <location filename="../../micic_planner/gui/views/team_view.py" line="34" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/team_view.py" line="27" />
        <location filename="../../micic_planner/gui/views/team_view.py" line="35" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/team_view.py" line="28" />
        <location filename="../../micic_planner/gui/views/team_view.py" line="36" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/team_view.py" line="29" />
        <location filename="../../micic_planner/gui/views/team_view.py" line="37" />
        <source>Alternate</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/team_view.py" line="29" />
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/team_view.py" line="30" />
        <location filename="../../micic_planner/gui/views/team_view.py" line="38" />
        <source>Alternate's phone</source>
        <translation>Teléfono del suplente</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/team_view.py" line="39" />
        <source>Order in the list</source>
        <translation>Orden en la lista</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="38" />
        <source>All hazards</source>
        <translation>Todas las amenazas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="43" />
        <source>code, e.g. mam</source>
        <translation>código, p. ej. mam</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="45" />
        <source>Add language</source>
        <translation>Añadir idioma</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="48" />
        <source>No text in this language yet. Write it, or leave it empty: nationals who speak it get the Spanish text.</source>
        <translation>Aún no hay texto en este idioma. Escríbalo, o déjelo vacío: quienes lo hablan reciben el texto en español.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="53" />
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="59" />
        <source>Save text</source>
        <translation>Guardar el texto</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="62" />
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="63" />
        <source>Hazard</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="68" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="72" />
        <source>Placeholder</source>
        <translation>Campo variable</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="121" />
        <source>{segments} SMS for the longest text once filled ({chars} characters).</source>
        <translation>{segments} SMS para el texto más largo una vez rellenado ({chars} caracteres).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="124" />
        <source>Letters outside the GSM alphabet (á, í, ó, ú…) leave 70 characters per SMS.</source>
        <translation>Las letras fuera del alfabeto GSM (á, í, ó, ú…) dejan 70 caracteres por SMS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="126" />
        <source>%Ln household(s) of the list without {placeholder}: their text says nothing there.</source>
        <translation><numerusform>%Ln hogar de la lista sin {placeholder}: su texto no dice nada ahí.</numerusform><numerusform>%Ln hogares de la lista sin {placeholder}: su texto no dice nada ahí.</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="129" />
        <source>Longest: {text}</source>
        <translation>El más largo: {text}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/messages/templates_tab.py" line="143" />
        <source>Could not save the text</source>
        <translation>No se pudo guardar el texto</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="19" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="20" />
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="21" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="22" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="23" />
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="30" />
        <source>After-action report…</source>
        <translation>Informe posterior a la acción…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="32" />
        <source>Lessons learned…</source>
        <translation>Lecciones aprendidas…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="33" />
        <source>What worked, what did not and what the plan must change; printed in the after-action report.</source>
        <translation>Qué funcionó, qué no y qué debe cambiar en el plan; se imprime en el informe posterior a la acción.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="37" />
        <source>Every action of the crisis, latest first</source>
        <translation>Cada acción de la crisis, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="56" />
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="57" />
        <source>Lessons learned from {title} (a blank line starts a new paragraph):</source>
        <translation>Lecciones aprendidas de {title} (una línea en blanco empieza un párrafo nuevo):</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="61" />
        <source>Lessons not recorded</source>
        <translation>Lecciones no registradas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="79" />
        <source>Save the after-action report</source>
        <translation>Guardar el informe posterior a la acción</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/crisis/timeline_panel.py" line="78" />
        <source>after-action-{id}.pdf</source>
        <translation>informe-posterior-{id}.pdf</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../micic_planner/gui/sync/transfer_dialog.py" line="21" />
        <source>Hand a national over to another post</source>
        <translation>Traspasar un connacional a otra representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/transfer_dialog.py" line="26" />
        <source>For example: moved to the consular district of the north</source>
        <translation>Por ejemplo: se mudó a la circunscripción consular del norte</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/transfer_dialog.py" line="27" />
        <source>The post chosen receives this person's records with its next bundle and edits them from then on; {post} gets no more updates of them.</source>
        <translation>La representación elegida recibe los registros de esta persona con su próximo paquete y los edita desde entonces; {post} ya no recibe actualizaciones de ella.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/transfer_dialog.py" line="31" />
        <source>National</source>
        <translation>Connacional</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/transfer_dialog.py" line="32" />
        <source>Held by</source>
        <translation>Lo tiene</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/transfer_dialog.py" line="33" />
        <source>Hand over to</source>
        <translation>Traspasar a</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/transfer_dialog.py" line="34" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="115" />
        <source>Users of this post</source>
        <translation>Usuarios de esta representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="117" />
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="122" />
        <source>Set role</source>
        <translation>Asignar rol</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="123" />
        <source>Close or reopen account</source>
        <translation>Cerrar o reabrir la cuenta</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="124" />
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="129" />
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="129" />
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="129" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="129" />
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="130" />
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="131" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="132" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="165" />
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/security/tables.py" line="165" />
        <source>New password for {name}:</source>
        <translation>Nueva contraseña para {name}:</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="197" />
        <source>Preview and check</source>
        <translation>Vista previa y revisión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="202" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="202" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="202" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="203" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="203" />
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="211" />
        <source>Skip the rows with errors</source>
        <translation>Omitir las filas con errores</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="213" />
        <source>Check again</source>
        <translation>Revisar de nuevo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="215" />
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/import_pages.py" line="222" />
        <source>First rows as they will be read:</source>
        <translation>Primeras filas tal como se leerán:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/import_pages.py" line="259" />
        <source>%Ln row(s) read:</source>
        <translation><numerusform>%Ln fila leída:</numerusform><numerusform>%Ln filas leídas:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/import_pages.py" line="260" />
        <source>%Ln can be imported,</source>
        <translation><numerusform>%Ln se puede importar,</numerusform><numerusform>%Ln se pueden importar,</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/import_pages.py" line="261" />
        <source>%Ln with errors.</source>
        <translation><numerusform>%Ln con errores.</numerusform><numerusform>%Ln con errores.</numerusform></translation>
    </message>
</context>
<context>
    <name>VcardFileChooser</name>
    <message>
        <location filename="../../micic_planner/gui/partner_cards_dialog.py" line="38" />
        <source>Import partners from a vCard file</source>
        <translation>Importar socios desde un archivo vCard</translation>
    </message>
</context>
<context>
    <name>VcardReport</name>
    <message>
        <location filename="../../micic_planner/gui/partner_cards_dialog.py" line="16" />
        <source>Import vCard</source>
        <translation>Importar vCard</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/partner_cards_dialog.py" line="18" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="38" />
        <source>The post at a glance: figures and the gaps in the plan</source>
        <translation>La representación de un vistazo: cifras y carencias del plan</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="41" />
        <source>The registry of nationals: search, add, edit, households</source>
        <translation>El registro de connacionales: buscar, añadir, editar, hogares</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="44" />
        <source>The zones of the jurisdiction and the wardens who relay messages in each</source>
        <translation>Las zonas de la circunscripción y los enlaces que transmiten los mensajes en cada una</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="47" />
        <source>Assembly points, shelters and safe havens</source>
        <translation>Puntos de reunión, albergues y lugares seguros</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="49" />
        <source>Evacuation routes, their length and status</source>
        <translation>Rutas de evacuación, su longitud y su estado</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="52" />
        <source>Host authorities, agencies, missions and organisations that help</source>
        <translation>Autoridades del país receptor, agencias, misiones y organizaciones que ayudan</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="55" />
        <source>Who does what in a crisis, and their alternates</source>
        <translation>Quién hace qué en una crisis, y sus suplentes</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="58" />
        <source>The four alert levels: their triggers and the actions at each</source>
        <translation>Los cuatro niveles de alerta: sus detonantes y las acciones de cada uno</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="60" />
        <source>Zones, places, routes and nationals on the map</source>
        <translation>Zonas, lugares, rutas y connacionales en el mapa</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="62" />
        <source>Print the contingency plan</source>
        <translation>Imprimir el plan de contingencia</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="64" />
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="65" />
        <source>The crisis cell: who is safe, movements, aid and the log</source>
        <translation>La célula de crisis: quién está a salvo, traslados, asistencia y cronología</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="67" />
        <source>Return</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="68" />
        <source>Assisted voluntary return: cases, safeguards, travel and handover home</source>
        <translation>Retorno voluntario asistido: casos, salvaguardas, viaje y traspaso al país</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="70" />
        <source>A training exercise on a fictional post, with timed injects</source>
        <translation>Un ejercicio de capacitación sobre una representación ficticia, con inyecciones programadas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="73" />
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="74" />
        <source>SMS to nationals through the modem, and their replies as statuses</source>
        <translation>SMS a los connacionales por el módem, y sus respuestas como estados</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="76" />
        <source>Hotline</source>
        <translation>Línea de atención</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="77" />
        <source>Calls from families and partners asking about someone, and call-backs</source>
        <translation>Llamadas de familias y socios que preguntan por alguien, y devoluciones de llamada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="80" />
        <source>Country picture</source>
        <translation>Panorama del país</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/view_registry.py" line="81" />
        <source>Headquarters: every post's nationals, who is accounted for, gaps and conflicts</source>
        <translation>Sede central: los connacionales de cada representación, quién está localizado, carencias y conflictos</translation>
    </message>
<message><source>Overview</source><translation>Resumen</translation></message><message><source>Nationals</source><translation>Connacionales</translation></message><message><source>Zones and wardens</source><translation>Zonas y enlaces</translation></message><message><source>Places</source><translation>Lugares</translation></message><message><source>Routes</source><translation>Rutas</translation></message><message><source>Partners</source><translation>Socios y contrapartes</translation></message><message><source>Crisis team</source><translation>Equipo de crisis</translation></message><message><source>Alert levels</source><translation>Niveles de alerta</translation></message><message><source>Map</source><translation>Mapa</translation></message><message><source>Plan</source><translation>Plan</translation></message><message><source>Exercise</source><translation>Ejercicio</translation></message></context>
<context>
    <name>WardenSpec</name>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="66" />
        <source>Wardens</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="69" />
        <source>No wardens yet. A warden relays the post's messages in a zone; give each zone one warden and one alternate (Ctrl+N).</source>
        <translation>Aún no hay enlaces. Un enlace transmite los mensajes de la representación en una zona; dé a cada zona un enlace y un suplente (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="81" />
        <location filename="../../micic_planner/gui/views/zones_view.py" line="91" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="82" />
        <location filename="../../micic_planner/gui/views/zones_view.py" line="92" />
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="83" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="83" />
        <source>Alternate</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="83" />
        <source>Warden</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="84" />
        <location filename="../../micic_planner/gui/views/zones_view.py" line="94" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="85" />
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="86" />
        <location filename="../../micic_planner/gui/views/zones_view.py" line="95" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="87" />
        <location filename="../../micic_planner/gui/views/zones_view.py" line="97" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="90" />
        <source>— no zone —</source>
        <translation>— sin zona —</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="93" />
        <source>Alternate warden</source>
        <translation>Enlace suplente</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="96" />
        <source>Radio channel</source>
        <translation>Canal de radio</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../micic_planner/gui/welcome.py" line="19" />
        <source>MICIC Planner</source>
        <translation>Planificador MICIC</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/welcome.py" line="21" />
        <source>Plan for a crisis affecting your nationals abroad, and respond when it comes. Everything stays on this computer and works without a network.</source>
        <translation>Planifique para una crisis que afecte a sus connacionales en el exterior y responda cuando llegue. Todo se queda en esta computadora y funciona sin red.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/welcome.py" line="27" />
        <source>Open a post file…</source>
        <translation>Abrir un archivo de representación…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/welcome.py" line="27" />
        <source>A file your post already keeps (Ctrl+O)</source>
        <translation>Un archivo que su representación ya tiene (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/welcome.py" line="28" />
        <source>Create a new post…</source>
        <translation>Crear una representación nueva…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/welcome.py" line="28" />
        <source>Name, host country, city and jurisdiction</source>
        <translation>Nombre, país receptor, ciudad y circunscripción</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/welcome.py" line="30" />
        <source>Open the demo post</source>
        <translation>Abrir la representación de demostración</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/welcome.py" line="30" />
        <source>A fictional post with 2,000 nationals, to try things out</source>
        <translation>Una representación ficticia con 2000 connacionales, para hacer pruebas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/welcome.py" line="42" />
        <source>Recent post files (double-click to open):</source>
        <translation>Archivos de representación recientes (doble clic para abrir):</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../micic_planner/gui/worker.py" line="69" />
        <source>Writing to the file…</source>
        <translation>Escribiendo en el archivo…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/worker.py" line="82" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ZoneDraw</name>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="159" />
        <source>Put nationals into zones</source>
        <translation>Ubicar a los connacionales en zonas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="205" />
        <source>Draw zone “{name}”</source>
        <translation>Dibujar la zona «{name}»</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="211" />
        <source>Redraw zone “{name}”</source>
        <translation>Redibujar la zona «{name}»</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="214" />
        <source>Could not save the zone</source>
        <translation>No se pudo guardar la zona</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="217" />
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="217" />
        <source>Put the nationals into zones by their coordinates now?

Those inside no zone keep the zone they have. You can undo this with Ctrl+Z.</source>
        <translation>¿Ubicar ahora a los connacionales en zonas según sus coordenadas?

Quienes no queden dentro de ninguna zona conservan la que tienen. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="224" />
        <source>Could not put the nationals into zones</source>
        <translation>No se pudo ubicar a los connacionales en zonas</translation>
    </message>
</context>
<context>
    <name>ZoneNameDialog</name>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="116" />
        <source>Save the drawn zone</source>
        <translation>Guardar la zona dibujada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="118" />
        <source>A new zone</source>
        <translation>Una zona nueva</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="120" />
        <source>Replace the outline of “{name}”</source>
        <translation>Reemplazar el contorno de «{name}»</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="122" />
        <source>e.g. Zone 3 – Puerto Madero</source>
        <translation>p. ej., Zona 3 – Puerto Madero</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="128" />
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="129" />
        <source>Name of the new zone</source>
        <translation>Nombre de la zona nueva</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/zone_draw.py" line="140" />
        <source>Give the new zone a name, or choose a zone to replace.</source>
        <translation>Dé un nombre a la zona nueva o elija la zona que desea reemplazar.</translation>
    </message>
</context>
<context>
    <name>ZoneSpec</name>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="26" />
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="29" />
        <source>No zones yet. Divide the jurisdiction into zones, each with a warden (Ctrl+N).</source>
        <translation>Aún no hay zonas. Divida la circunscripción en zonas, cada una con un enlace (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="41" />
        <location filename="../../micic_planner/gui/views/zones_view.py" line="51" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="42" />
        <location filename="../../micic_planner/gui/views/zones_view.py" line="52" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="43" />
        <source>Nationals</source>
        <translation>Connacionales</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="45" />
        <source>Wardens</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="45" />
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="46" />
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="47" />
        <source>Counts from other organisations</source>
        <translation>Recuentos de otras organizaciones</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="48" />
        <location filename="../../micic_planner/gui/views/zones_view.py" line="54" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="53" />
        <source>Towns and districts</source>
        <translation>Localidades y colonias</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="53" />
        <source>comma-separated</source>
        <translation>separadas por comas</translation>
    </message>
</context>
<context>
    <name>ZonesView</name>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="117" />
        <source>Import HXL figures…</source>
        <translation>Importar cifras HXL…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="118" />
        <source>Keep another organisation's counts per area (population, affected…) on the zones they name</source>
        <translation>Guardar los recuentos por área de otra organización (población, afectados…) en las zonas que nombran</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="128" />
        <source>Household cards…</source>
        <translation>Tarjetas de hogar…</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="129" />
        <source>Print the evacuation card of every household of the selected zone</source>
        <translation>Imprimir la tarjeta de evacuación de cada hogar de la zona seleccionada</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="161" />
        <source>Could not read the HXL file</source>
        <translation>No se pudo leer el archivo HXL</translation>
    </message>
    <message numerus="yes">
        <location filename="../../micic_planner/gui/views/zones_view.py" line="166" />
        <source>Counts for %Ln zone(s). Nothing is kept until you press Import.</source>
        <translation><numerusform>Cifras para %Ln zona. No se guarda nada hasta que pulse Importar.</numerusform><numerusform>Cifras para %Ln zonas. No se guarda nada hasta que pulse Importar.</numerusform></translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="168" />
        <source>No row of this file names a zone of the post.</source>
        <translation>Ninguna fila de este archivo nombra una zona del puesto.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/zones_view.py" line="174" />
        <source>Could not keep the counts</source>
        <translation>No se pudieron guardar los recuentos</translation>
    </message>
</context>
<context>
    <name>_MarksDialog</name>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="81" />
        <source>Checklist item</source>
        <translation>Punto de la lista</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="81" />
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="81" />
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="105" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="82" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="82" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="101" />
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="106" />
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="160" />
        <source>Source: {citation}</source>
        <translation>Fuente: {citation}</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/checklist_dialog.py" line="172" />
        <source>Could not record the mark</source>
        <translation>No se pudo registrar la marca</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="106" />
        <source>Not a date: {what}</source>
        <translation>No es una fecha: {what}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="314" />
        <source>Choose offline map tiles</source>
        <translation>Elegir teselas de mapa sin conexión</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/map_view.py" line="315" />
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>Archivos MBTiles (*.mbtiles);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/post_wizard.py" line="213" />
        <source>Post details</source>
        <translation>Datos de la representación</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="36" />
        <source>Save the plan as</source>
        <translation>Guardar el plan como</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/views/plan_view.py" line="37" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="174" />
        <source>Handover passphrase</source>
        <translation>Frase de paso del traspaso</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="175" />
        <source>Passphrase agreed with the other office</source>
        <translation>Frase de paso acordada con la otra oficina</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="180" />
        <source>The same passphrase again</source>
        <translation>La misma frase de paso otra vez</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="185" />
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de paso no coinciden.</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="194" />
        <source>Emergency travel document</source>
        <translation>Documento de viaje de emergencia</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="196" />
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/dialogs.py" line="199" />
        <source>Number of the document issued</source>
        <translation>Número del documento expedido</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="44" />
        <source>Mark as handled</source>
        <translation>Marcar como atendido</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/sync/review_dialog.py" line="45" />
        <source>What was done about it (kept with the flag):</source>
        <translation>Qué se hizo (se guarda con el aviso):</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../micic_planner/gui/returns/case_actions.py" line="16" />
        <source>Print declaration</source>
        <translation>Imprimir declaración</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_actions.py" line="19" />
        <location filename="../../micic_planner/gui/returns/case_actions.py" line="33" />
        <location filename="../../micic_planner/gui/returns/case_actions.py" line="79" />
        <source>Could not print</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_actions.py" line="30" />
        <source>Print case file</source>
        <translation>Imprimir expediente</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_actions.py" line="45" />
        <source>Hand over</source>
        <translation>Traspasar</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_actions.py" line="48" />
        <source>Could not hand the case over</source>
        <translation>No se pudo traspasar el caso</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_actions.py" line="60" />
        <source>Take in a handover</source>
        <translation>Recibir un traspaso</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_actions.py" line="63" />
        <source>Could not take the handover in</source>
        <translation>No se pudo recibir el traspaso</translation>
    </message>
    <message>
        <location filename="../../micic_planner/gui/returns/case_actions.py" line="76" />
        <source>Print directory</source>
        <translation>Imprimir el directorio</translation>
    </message>
</context>
</TS>