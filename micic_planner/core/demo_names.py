"""Name, address and status pools for the demo's fictional Guatemalan nationals.

Spanish and Mayan given names and surnames as they are common in western Guatemala; every
combination is drawn at random, so the people are fictional.
"""

FEMALE = (
    "María", "Ana", "Rosa", "Juana", "Catarina", "Manuela", "Lucía", "Elena", "Marta", "Sandra", "Gladys",
    "Mirna", "Ingrid", "Karla", "Yesenia", "Lesbia", "Brenda", "Heidy", "Wendy", "Sofía", "Valeria", "Fernanda",
    "Andrea", "Josefina", "Dominga", "Micaela", "Petrona", "Tomasa", "Candelaria", "Olga", "Ixchel", "Nikté",
    "Ixmucané", "Guadalupe", "Floridalma", "Aracely", "Griselda", "Rosalía", "Isabel", "Esperanza",
)
MALE = (
    "José", "Juan", "Pedro", "Francisco", "Diego", "Tomás", "Gaspar", "Baltazar", "Mateo", "Sebastián",
    "Domingo", "Miguel", "Carlos", "Luis", "Jorge", "Edgar", "Byron", "Wilson", "Otto", "Marvin", "Érick",
    "Selvin", "Mynor", "Elmer", "Rigoberto", "Santos", "Andrés", "Julio", "César", "Fernando", "Ángel",
    "Esteban", "Nicolás", "Felipe", "Lorenzo", "Tecún", "Kemish", "Balam", "Hugo", "Rolando",
)
SURNAMES = (
    "López", "Pérez", "García", "Hernández", "Ramírez", "Méndez", "Gómez", "Morales", "Cifuentes", "Orozco",
    "Fuentes", "Barrios", "Ordóñez", "Velásquez", "Chávez", "Núñez", "Rodríguez", "González", "Martínez",
    "Sánchez", "Díaz", "Castillo", "Reyes", "Juárez", "Escobar", "Mazariegos", "Villatoro", "Calderón",
    "Bámaca", "Ixcoy", "Tzul", "Batz", "Cux", "Sic", "Tzoc", "Xicará", "Tuy", "Chamalé", "Ajú", "Coyoy",
    "Quemé", "Yax", "Pú", "Ixtabalán", "Chun", "Caal", "Choc", "Cac", "Tiul", "Maquín", "Chiquín", "Tum",
    "Chay", "Xuc", "Poncio", "Tojín", "Sután", "Canil", "Boj", "Ixcot",
)
FEMALE_RELATIONS = ("madre", "hermana", "esposa", "tía", "abuela", "hija", "prima")
MALE_RELATIONS = ("padre", "hermano", "esposo", "tío", "abuelo", "hijo", "primo")

# Streets of the towns' grids (Tapachula numbers its avenues north-south and its streets east-west).
STREETS = (
    "{n}a. Av. Norte", "{n}a. Av. Sur", "{n}a. Calle Oriente", "{n}a. Calle Poniente", "Calle Central",
    "Av. Central", "Callejón {n}", "Prolongación {n}a. Norte",
)
NEIGHBOURHOODS = (
    "Col. Centro", "Barrio San Sebastián", "Col. Los Naranjos", "Col. 5 de Febrero", "Col. Las Palmas",
    "Barrio El Cerrito", "Col. Solidaridad", "Col. San Antonio", "Barrio Nuevo", "Col. Las Flores",
    "Col. Bienestar Social", "Ejido Las Brisas",
)
FARMS = ("Finca Santa Anita", "Finca La Esperanza", "Finca El Paraíso", "Finca San Rafael", "Finca Las Nubes",
         "Finca Buenos Aires", "Finca La Soledad", "Finca Monte Cristo")

# Languages besides Spanish (ISO 639-3 for the Mayan languages): Mam, K'iche', Q'anjob'al, Kaqchikel, Q'eqchi'.
LANGUAGES = (("es", 66), ("es,mam", 16), ("es,quc", 6), ("es,kjb", 5), ("es,cak", 3), ("es,kek", 2),
             ("mam,es", 2))
MIGRATION_STATUS = (("", 40), ("Residente temporal", 14), ("Residente permanente", 8),
                    ("Tarjeta de Visitante Trabajador Fronterizo", 16), ("Solicitante de refugio (COMAR)", 9),
                    ("Tarjeta de Visitante Regional", 6), ("Situación migratoria irregular", 7))
# Household sizes 1..7 and their shares: many single workers, then couples and families.
HOUSEHOLD_SIZES = ((1, 46), (2, 18), (3, 13), (4, 11), (5, 7), (6, 3), (7, 2))
PASSPORT_LETTERS = "ABCEFGHJ"
DETENTION_NOTE = "Detenido/a en la Estación Migratoria Siglo XXI, Tapachula."
TRAFFICKING_NOTE = "Caso de trata referido a la OIM; datos restringidos."
