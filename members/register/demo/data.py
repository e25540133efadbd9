"""The fixed words of the demo register: each agency's caseload, places, languages, texts.

Towns are real (they are not personal data); people are not. Every text here is
neutral and made up for the demo.
"""

from dataclasses import dataclass

from members.register.vocabulary import MovementKind


@dataclass(frozen=True)
class CaseloadPlan:
    """What one agency's caseload looks like.

    ``kind`` is ``"arrivals"`` for an agency that meets people who came to its country,
    ``"returns"`` for one that supports its own citizens coming back from abroad.
    ``origins`` weighs citizenships; ``vias`` are countries some passed through first;
    ``onward`` the countries some move on to (for ``"returns"``: where people had gone).
    """

    agency: str
    country: str
    city: str
    kind: str
    size: int
    origins: dict[str, int]
    vias: tuple[str, ...] = ()
    onward: tuple[str, ...] = ()


# One plan per active demo agency (members.agencies.demo); the former member keeps no
# records. The Brussels agency, where the demo caseworker works, has the most people.
PLANS = [
    CaseloadPlan(
        "Carrefour Accueil Bruxelles", "BE", "Brussels", "arrivals", 28,
        {"RO": 9, "PL": 4, "BG": 4, "SK": 2, "HU": 1, "PT": 1, "ES": 1, "IT": 1, "GR": 1, "LT": 1},
        vias=("DE", "FR", "NL", "IT"), onward=("NL", "FR", "DE", "LU"),
    ),
    CaseloadPlan(
        "Vrije Haven Antwerpen", "BE", "Antwerp", "arrivals", 20,
        {"PL": 5, "RO": 5, "BG": 3, "SK": 2, "LV": 1, "LT": 1, "CZ": 1},
        vias=("NL", "DE"), onward=("NL", "DE", "FR"),
    ),
    CaseloadPlan(
        "Fundația Punte Acasă", "RO", "Cluj-Napoca", "returns", 20, {"RO": 1},
        onward=("BE", "DE", "ES", "IT", "FR", "AT", "GB", "NL"),
    ),
    CaseloadPlan(
        "Fundacja Nowy Próg", "PL", "Warsaw", "returns", 20, {"PL": 1},
        onward=("DE", "NL", "IE", "GB", "BE", "NO", "SE"),
    ),
    CaseloadPlan(
        "Anlaufstelle Brückenschlag e.V.", "DE", "Berlin", "arrivals", 20,
        {"PL": 5, "BG": 4, "RO": 4, "HU": 3, "LV": 1, "LT": 1, "CZ": 1, "SK": 1, "HR": 1},
        vias=("AT", "CZ", "NL"), onward=("NL", "DK", "AT", "SE"),
    ),
    CaseloadPlan(
        "Harbour Lane Housing Support", "IE", "Dublin", "arrivals", 20,
        {"LT": 5, "LV": 4, "PL": 5, "RO": 3, "SK": 1, "PT": 1},
        vias=("GB",), onward=("GB", "DK"),
    ),
    CaseloadPlan(
        "Stichting Dwarsstraat Opvang", "NL", "Rotterdam", "arrivals", 20,
        {"BG": 6, "PL": 6, "RO": 4, "HU": 1, "SK": 1, "LV": 1},
        vias=("DE", "BE"), onward=("BE", "DE", "DK"),
    ),
    CaseloadPlan(
        "Association Le Relais des Quais", "FR", "Marseille", "arrivals", 20,
        {"PT": 5, "ES": 5, "IT": 4, "RO": 3, "BG": 1, "GR": 1},
        vias=("ES", "IT"), onward=("ES", "IT", "BE"),
    ),
]  # fmt: skip

# Faker's locale for the names of each citizenship.
LOCALE = {
    "RO": "ro_RO", "PL": "pl_PL", "BG": "bg_BG", "HU": "hu_HU", "SK": "sk_SK",
    "PT": "pt_PT", "ES": "es_ES", "IT": "it_IT", "LT": "lt_LT", "LV": "lv_LV",
    "GR": "el_GR", "CZ": "cs_CZ", "HR": "hr_HR",
}  # fmt: skip
# The first language of each citizenship (codes of network_site.core.spoken_languages).
LANGUAGE = {
    "RO": "ro", "PL": "pl", "BG": "bg", "HU": "hu", "SK": "sk", "PT": "pt", "ES": "es",
    "IT": "it", "LT": "lt", "LV": "lv", "GR": "el", "CZ": "cs", "HR": "hr",
}  # fmt: skip
# Spaniards and Portuguese carry two family names.
TWO_FAMILY_NAMES = {"ES", "PT"}
# Given names (male, female) where Faker's lists mix up the sexes.
GIVEN_NAMES = {
    "LT": (
        ("Tomas", "Mindaugas", "Darius", "Saulius", "Vytautas", "Andrius", "Rimantas", "Linas"),
        ("Rasa", "Jurgita", "Inga", "Giedrė", "Rūta", "Asta", "Laima", "Dalia", "Kristina"),
    ),
}

CITIES = {
    "AT": ("Vienna", "Graz", "Linz", "Salzburg"),
    "BE": ("Brussels", "Antwerp", "Ghent", "Liège", "Charleroi"),
    "BG": ("Sofia", "Plovdiv", "Varna", "Burgas", "Sliven", "Pleven", "Shumen"),
    "CZ": ("Prague", "Ostrava", "Brno", "Ústí nad Labem"),
    "DE": ("Berlin", "Hamburg", "Munich", "Cologne", "Frankfurt", "Dortmund"),
    "DK": ("Copenhagen", "Aarhus", "Odense"),
    "ES": ("Madrid", "Barcelona", "Seville", "Valencia", "Zaragoza", "Málaga"),
    "FR": ("Paris", "Marseille", "Lyon", "Lille", "Nice", "Toulouse"),
    "GB": ("London", "Manchester", "Birmingham", "Leeds", "Peterborough"),
    "GR": ("Athens", "Thessaloniki", "Patras", "Larissa"),
    "HR": ("Zagreb", "Split", "Osijek"),
    "HU": ("Budapest", "Miskolc", "Debrecen", "Nyíregyháza", "Pécs"),
    "IE": ("Dublin", "Cork", "Limerick", "Galway"),
    "IT": ("Naples", "Rome", "Turin", "Palermo", "Bari", "Genoa"),
    "LT": ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys"),
    "LU": ("Luxembourg", "Esch-sur-Alzette"),
    "LV": ("Riga", "Daugavpils", "Liepāja", "Jelgava"),
    "NL": ("Rotterdam", "Amsterdam", "The Hague", "Utrecht", "Eindhoven"),
    "NO": ("Oslo", "Bergen"),
    "PL": ("Warsaw", "Kraków", "Łódź", "Wrocław", "Lublin", "Białystok", "Rzeszów", "Radom"),
    "PT": ("Lisbon", "Porto", "Setúbal", "Braga", "Faro"),
    "RO": ("Bucharest", "Cluj-Napoca", "Iași", "Constanța", "Craiova", "Bacău", "Suceava"),
    "SE": ("Stockholm", "Malmö", "Gothenburg"),
    "SK": ("Košice", "Prešov", "Bratislava", "Michalovce"),
}

# Where the agency's street team or staff can usually find someone (contact details).
WHEREABOUTS = {
    "Brussels": (
        "Mornings at the day centre near the Gare du Midi",
        "Through the street team's Thursday round in Anderlecht",
        "Messages left at the day centre's reception",
    ),
    "Antwerp": ("Night shelter, most evenings", "At the clinic's Tuesday consultation"),
    "Cluj-Napoca": ("Through a cousin in Florești", "At the agency's office on Mondays"),
    "Warsaw": ("At the hostel, after the morning workshop", "Through the hostel's office"),
    "Berlin": ("Drop-in on Wednesdays", "Messages left with the advice desk"),
    "Dublin": ("Through the outreach worker", "Day service on the quays, afternoons"),
    "Rotterdam": ("Near the port; the outreach team knows where", "Winter shelter, evenings"),
    "Marseille": ("Mail address at the day centre", "Lunch at the day centre most days"),
}

# Short neutral notes some movements carry, by kind of movement.
MOVEMENT_NOTES = {
    MovementKind.ARRIVED: (
        "Travelled by coach; arrived with a small bag and no contacts here.",
        "Came for a job offer that turned out not to exist.",
        "Met by the street team at the station on the first night.",
    ),
    MovementKind.SUPPORT_STARTED: (
        "First appointment at the advice desk; interpreter arranged.",
        "Referred by the night shelter.",
    ),
    MovementKind.RETURNED: (
        "Return ticket paid by the reconnection fund; a partner agency met them on arrival.",
        "Went back to stay with a sister.",
    ),
    MovementKind.MOVED_ON: ("Left for seasonal work; said they would phone.",),
    MovementKind.CONTACT_RESUMED: ("Came back to the day centre after some months away.",),
}

# Case notes, in a little Markdown as caseworkers write them.
NOTES = (
    "Met at the **day centre**. Wants help with:\n\n- a replacement identity card\n"
    "- registering with a doctor",
    "Phoned the consulate about an emergency travel document. Appointment booked; "
    "we will go together.",
    "Housing First interview went well. On the *waiting list*, about three months.",
    "Asked about work. Signed up for the job-readiness workshop on Tuesdays.",
    "Benefits claim sent. Reply expected within **six weeks**.",
    "No show at the appointment. The street team will look out for them this week.",
    "Talked through the options: staying, returning home with support, or moving on. "
    "Wants time to think.",
    "Lost their phone; new number to be added when they have one.",
)

# Sensitive sections: (health, community, other).
SENSITIVE = (
    ("Diabetes, needs insulin daily.", "", ""),
    ("Asthma; carries an inhaler.", "", ""),
    ("Walks with crutches after a knee operation.", "", ""),
    ("", "Asked to be put in touch with a Roma community mediator.", ""),
    ("Takes medication for high blood pressure.", "", "Prefers a woman caseworker."),
)

# A caseworker for each agency without a demo login that keeps records: an account
# that cannot sign in (no password, no verified address), so that the agency's people
# are recorded by one of its own staff, as the register requires.
RECORDS_STAFF = {
    "Vrije Haven Antwerpen": ("Joris", "Claes"),
    "Fundacja Nowy Próg": ("Agnieszka", "Wróbel"),
    "Anlaufstelle Brückenschlag e.V.": ("Jonas", "Albrecht"),
    "Harbour Lane Housing Support": ("Siobhán", "Byrne"),
    "Stichting Dwarsstraat Opvang": ("Sanne", "de Vries"),
    "Association Le Relais des Quais": ("Nadia", "Benali"),
}
