"""Demo event: Working meeting: planning safe returns with services in Romania"""

EVENT: dict = {
    "slug": "reconnection-working-meeting-bucharest",
    "title": "Working meeting: planning safe returns with services in Romania",
    "summary": "Two days in Bucharest for caseworkers who support people considering "
    "a return home: meeting the services that receive them, checking plans on arrival "
    "and keeping every return voluntary and informed.",
    "hero_image": "service-network",
    "days_from_today": 26,
    "starts": "09:30",
    "ends": "16:00",
    "duration_days": 2,
    "time_zone": "Europe/Bucharest",
    "registration_deadline_days_before": 2,
    "event_format": "in-person",
    "status": "scheduled",
    "status_note": "",
    "venue_name": "Punte Mediation Network, training room",
    "venue_address": "Strada Podului 18, Sector 3, 030167 Bucharest",
    "venue_city": "Bucharest",
    "country": "RO",
    "online_joining_details": "",
    "organiser": "Punte Mediation Network with Thames Crossings Trust",
    "organiser_website": "https://example.org/punte-mediation",
    "audience": "Caseworkers of partner agencies who support reconnection, and "
    "Romanian social services, mediators and shelters that receive people who return.",
    "languages": ["ro", "en"],
    "interpretation": ["en", "ro"],
    "registration_mode": "on-site",
    "registration_url": "",
    "capacity": 3,
    "agenda": [
        ("day", {"day": 1, "title": "Meeting the services at home"}),
        (
            "session",
            {
                "starts": "09:30",
                "ends": "10:30",
                "title": "What makes a return ethical",
                "speakers": "Daniel Okafor",
                "description": "Informed choice, no link to enforcement, and a plan "
                "checked with the services on arrival before anyone travels.",
            },
        ),
        (
            "session",
            {
                "starts": "10:45",
                "ends": "12:30",
                "title": "Visit: a Bucharest day centre and shelter",
                "speakers": "Ioana Stoica",
                "description": "What a returning person finds on arrival, and how the "
                "centre learns that someone is coming.",
            },
        ),
        (
            "session",
            {
                "starts": "14:00",
                "ends": "16:00",
                "title": "Health care and identity documents after return",
                "speakers": "Ioana Stoica, Radu Georgescu",
                "description": "Re-registering with a family doctor, restoring health "
                "cover and replacing documents.",
            },
        ),
        ("day", {"day": 2, "title": "Working together on cases"}),
        (
            "session",
            {
                "starts": "09:30",
                "ends": "11:30",
                "title": "Case work in pairs",
                "speakers": "All participants",
                "description": "Pairs of a sending and a receiving caseworker plan an "
                "anonymised return from first conversation to the follow-up call.",
            },
        ),
        (
            "session",
            {
                "starts": "11:45",
                "ends": "13:00",
                "title": "Handing over a case with consent",
                "speakers": "Daniel Okafor, Radu Georgescu",
                "description": "Which information travels, with whose agreement and "
                "through which secure channel.",
            },
        ),
        (
            "session",
            {
                "starts": "14:00",
                "ends": "16:00",
                "title": "Agreeing a shared follow-up routine",
                "speakers": "",
                "description": "A common checklist for the weeks after a return, to be "
                "tested by the partners over the next months.",
            },
        ),
    ],
    "speakers": [
        {
            "name": "Ioana Stoica",
            "role": "Coordinator, Punte Mediation Network",
            "biography": "Works with health and community mediators who support "
            "families moving between two countries.",
        },
        {
            "name": "Daniel Okafor",
            "role": "Reconnection lead, Thames Crossings Trust",
            "biography": "Supports people who decide to return home, from the first "
            "conversation to the follow-up after arrival.",
        },
        {
            "name": "Radu Georgescu",
            "role": "Social worker, district social assistance service, Bucharest",
            "biography": "Receives people who return and links them with local "
            "housing and health services.",
        },
    ],
    "themes": ["ethical-reconnection", "cross-border-case-coordination"],
    "related_guides": [
        "ethical-reconnection-support",
        "secure-cross-border-case-handover",
    ],
    "materials": [],
}
