"""Demo event: Rights advice at the front door: residence, worker status and social assistance"""

EVENT: dict = {
    "slug": "rights-advice-at-the-front-door-dublin",
    "title": "Rights advice at the front door: residence, worker status and social assistance",
    "summary": "A practical day in Dublin for shelter and outreach staff on the legal "
    "questions that decide whether an EU citizen can get a bed, a benefit or a tenancy, "
    "and on when to refer a case to a specialist adviser.",
    "hero_image": "policy-map",
    "days_from_today": -10,
    "starts": "10:00",
    "ends": "16:00",
    "duration_days": 1,
    "time_zone": "Europe/Dublin",
    "event_format": "in-person",
    "status": "scheduled",
    "status_note": "",
    "venue_name": "Quayside Community Hall",
    "venue_address": "14 Ferryman's Quay, Dublin 1",
    "venue_city": "Dublin",
    "country": "IE",
    "online_joining_details": "",
    "organiser": "Liffey Rights Centre",
    "organiser_website": "https://example.org/liffey-rights",
    "audience": "Shelter, day-centre and outreach staff with no legal training, and "
    "volunteers who help people with forms and appointments.",
    "languages": ["en"],
    "interpretation": ["pl", "ro"],
    "registration_mode": "on-site",
    "registration_url": "",
    "capacity": 80,
    "agenda": [
        (
            "session",
            {
                "starts": "10:00",
                "ends": "11:00",
                "title": "Worker, jobseeker or inactive? Why status matters",
                "speakers": "Siobhán Keane",
                "description": "The residence rights of EU citizens in plain words, and "
                "how a person keeps worker status after losing a job.",
            },
        ),
        (
            "session",
            {
                "starts": "11:15",
                "ends": "12:30",
                "title": "Case clinic: three real situations, anonymised",
                "speakers": "Siobhán Keane, Ciarán Walsh",
                "description": "Participants decide what to ask, what to check and "
                "whom to call, then compare with what happened.",
            },
        ),
        (
            "session",
            {
                "starts": "13:30",
                "ends": "14:45",
                "title": "Challenging a wrong refusal",
                "speakers": "Ciarán Walsh",
                "description": "Reviews and appeals of social welfare decisions, and "
                "the evidence that helps: payslips, contracts, job applications.",
            },
        ),
        (
            "session",
            {
                "starts": "15:00",
                "ends": "16:00",
                "title": "Unpaid wages and lost documents",
                "speakers": "Agnieszka Nowak",
                "description": "Quick routes to recover wages owed and to replace "
                "identity documents through consulates.",
            },
        ),
    ],
    "speakers": [
        {
            "name": "Siobhán Keane",
            "role": "Managing solicitor, Liffey Rights Centre",
            "biography": "Runs the centre's weekly drop-in advice sessions with "
            "volunteer lawyers and caseworkers.",
        },
        {
            "name": "Ciarán Walsh",
            "role": "Welfare rights caseworker, Liffey Rights Centre",
            "biography": "Takes on review and appeal cases referred by shelters and "
            "outreach teams.",
        },
        {
            "name": "Agnieszka Nowak",
            "role": "Community worker for Polish-speaking residents",
            "biography": "Helps workers recover unpaid wages and deal with employers "
            "and consulates.",
        },
    ],
    "themes": ["legal-and-rights-advice"],
    "related_guides": ["rights-clinic-for-eu-citizens", "health-care-without-insurance"],
    "materials": [
        {
            "type": "document",
            "key": "front-door-rights-check",
            "title": "Front-door rights check: five questions for shelter staff",
            "kind": "toolkit",
            "language": "en",
            "paragraphs": [
                "This check helps staff without legal training spot when a person may "
                "have rights they are not using. It does not replace advice.",
                "1. When did the person last work in this country, and for how long? "
                "2. Did they register as a jobseeker after the job ended? 3. Do they "
                "have payslips, a contract or tax records?",
                "4. Is a family member working or studying here? 5. Has anyone refused "
                "them a benefit or a service in writing?",
                "If the answer to any question is yes, or unclear, refer the person to a "
                "rights adviser the same week, with their consent, and keep copies of "
                "any documents they bring.",
            ],
        },
        {
            "type": "document",
            "key": "front-door-worker-status-slides",
            "title": "When does an EU citizen keep worker status?",
            "kind": "slides",
            "language": "en",
            "paragraphs": [
                "Worker status can continue after a job ends, for example when the "
                "person is registered as a jobseeker, is temporarily unable to work "
                "through illness, or starts vocational training.",
                "The length of the earlier employment matters: the rules are more "
                "generous after a year of work than after a few months.",
                "Decisions are often wrong because of missing evidence. Ask early for "
                "payslips, contracts and proof of job search.",
                "These slides summarise the general rules for a training day; each case "
                "needs to be checked by an adviser.",
            ],
        },
        {
            "type": "link",
            "title": "Recording: case clinic on worker status",
            "kind": "recording",
            "language": "en",
            "url": "https://example.org/recordings/rights-advice-case-clinic",
        },
    ],
}
