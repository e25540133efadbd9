"""Demo event: Launch conference: a shared picture of homelessness among EU mobile citizens"""

EVENT: dict = {
    "slug": "network-launch-conference-brussels",
    "title": "Launch conference: a shared picture of homelessness among EU mobile citizens",
    "summary": "Two days in Brussels to start the network's work: agencies from across "
    "the EU compare what they see, agree how to describe movement between member states "
    "and plan the local events that will spread good practice.",
    "hero_image": "europe-map",
    "days_from_today": -58,
    "starts": "09:30",
    "ends": "16:30",
    "duration_days": 2,
    "time_zone": "Europe/Brussels",
    "event_format": "in-person",
    "status": "scheduled",
    "status_note": "",
    "venue_name": "Salle des Tisserands",
    "venue_address": "Rue de la Solidarité 14, 1000 Brussels",
    "venue_city": "Brussels",
    "country": "BE",
    "online_joining_details": "",
    "organiser": "Network coordination team with Canal Outreach Collective",
    "organiser_website": "https://example.org/canal-outreach",
    "audience": "Managers and frontline staff of member agencies, city officials, and "
    "people working on homelessness policy at national and European level.",
    "languages": ["en", "fr"],
    "interpretation": ["de", "pl", "ro"],
    "registration_mode": "on-site",
    "registration_url": "",
    "capacity": 120,
    "agenda": [
        ("day", {"day": 1, "title": "What we see"}),
        (
            "session",
            {
                "starts": "09:30",
                "ends": "10:15",
                "title": "Welcome: why a network on homeless EU mobile citizens",
                "speakers": "Hélène Marchetti",
                "description": "The aims of the two-year programme, who takes part and "
                "what the partners expect to have in hand at its end.",
            },
        ),
        (
            "session",
            {
                "starts": "10:15",
                "ends": "12:00",
                "title": "Round of national reports",
                "speakers": "Partner agencies from eight member states",
                "description": "Each partner presents in ten minutes how its country "
                "responds to homelessness among citizens of other member states, and "
                "where people fall through the gaps.",
            },
        ),
        (
            "session",
            {
                "starts": "13:30",
                "ends": "15:00",
                "title": "Describing movement between member states",
                "speakers": "Andreea Vlad",
                "description": "Which journeys partners observe, what they record today "
                "and a first proposal for counting in the same way everywhere.",
            },
        ),
        (
            "session",
            {
                "starts": "15:15",
                "ends": "16:30",
                "title": "Parallel workshops: outreach, rights advice, housing",
                "speakers": "",
                "description": "Small groups collect the practices each partner would "
                "recommend to others and the questions they want answered.",
            },
        ),
        ("day", {"day": 2, "title": "From practice to policy"}),
        (
            "session",
            {
                "starts": "09:30",
                "ends": "11:00",
                "title": "Following a case across a border, safely",
                "speakers": "Mette Kjær, Pieter Claes",
                "description": "How agencies in two countries can hand over and follow a "
                "case with the person's consent, and what a secure shared record needs.",
            },
        ),
        (
            "session",
            {
                "starts": "11:15",
                "ends": "12:45",
                "title": "Panel: what cities, ministries and the EU can change",
                "speakers": "Tomasz Zieliński, Hélène Marchetti",
                "description": "A local, a national and a European view on the same "
                "problems, with questions from the floor.",
            },
        ),
        (
            "session",
            {
                "starts": "14:00",
                "ends": "16:00",
                "title": "Planning the local dissemination events",
                "speakers": "",
                "description": "Partners choose the topics, hosts and audiences of the "
                "events they will hold in their own countries.",
            },
        ),
        (
            "session",
            {
                "starts": "16:00",
                "ends": "16:30",
                "title": "Closing and next steps",
                "speakers": "Hélène Marchetti",
                "description": "",
            },
        ),
    ],
    "speakers": [
        {
            "name": "Hélène Marchetti",
            "role": "Network coordinator",
            "biography": "Has run housing and support services for twenty years and "
            "now coordinates the exchange between partner agencies.",
        },
        {
            "name": "Pieter Claes",
            "role": "Team leader, Canal Outreach Collective, Brussels",
            "biography": "Leads a multilingual street team that works around the "
            "city's railway stations.",
        },
        {
            "name": "Andreea Vlad",
            "role": "Researcher in social policy",
            "biography": "Studies how people move between member states in search of "
            "work and what happens when that work ends.",
        },
        {
            "name": "Mette Kjær",
            "role": "Caseworker, Baltic Bridge Caseworkers’ Association",
            "biography": "Built a consent-based handover routine with agencies in "
            "three other countries.",
        },
        {
            "name": "Tomasz Zieliński",
            "role": "Policy officer for homelessness, national ministry (speaking in a "
            "personal capacity)",
            "biography": "Works on the national homelessness strategy and its "
            "cooperation with cities.",
        },
    ],
    "themes": ["cross-border-case-coordination", "outreach", "legal-and-rights-advice"],
    "related_guides": ["secure-cross-border-case-handover", "multilingual-street-outreach"],
    "materials": [
        {
            "type": "document",
            "key": "launch-conference-slides",
            "title": "Network launch: aims, partners and the two-year work plan",
            "kind": "slides",
            "language": "en",
            "paragraphs": [
                "Why a network: more and more people who sleep rough or stay in shelters "
                "are citizens of another member state. Services often do not know what "
                "they are entitled to, and support breaks off when people move.",
                "What the partners do in two years: each agency reports on the strategy "
                "of its country; together they compare approaches, collect good practice "
                "and build a common picture of movement between member states.",
                "How practice is shared: a public website with guides, country profiles "
                "and policy updates, and local events hosted by partners in their own "
                "countries.",
                "What comes next: a secure area where agencies can follow, with consent, "
                "the movement of the people they support and manage cases together "
                "across borders.",
            ],
        },
        {
            "type": "document",
            "key": "launch-conference-report-fr",
            "title": "Rapport de synthèse de la conférence de lancement",
            "kind": "report",
            "language": "fr",
            "paragraphs": [
                "Demo placeholder: the original of this report is in French; its content "
                "is summarised here in English.",
                "Partners from eight member states described very different national "
                "responses. In some countries, shelters accept anyone for the night; in "
                "others, citizens of other member states are turned away unless they can "
                "show a right to social assistance.",
                "All partners agreed that rights advice early on changes outcomes. Many "
                "people have kept worker status or hold a right of residence without "
                "knowing it, and a single check can open the way to housing.",
                "The workshops asked the network to agree a short, shared set of facts "
                "to record about each person supported, so that figures from different "
                "countries can be compared.",
            ],
        },
        {
            "type": "link",
            "title": "Recording of the opening session",
            "kind": "recording",
            "language": "en",
            "url": "https://example.org/recordings/network-launch-opening-session",
        },
    ],
}
