"""Demo event: Webinar: outreach in people's own language"""

EVENT: dict = {
    "slug": "outreach-in-peoples-own-language-webinar",
    "title": "Webinar: outreach in people's own language",
    "summary": "An online morning for street teams on reaching people who sleep rough "
    "and speak little of the local language: peer workers, interpreters on call, "
    "translated information and building trust over weeks, not days.",
    "hero_image": "street-outreach",
    "days_from_today": 8,
    "starts": "10:00",
    "ends": "12:30",
    "duration_days": 1,
    "time_zone": "Europe/Warsaw",
    "event_format": "online",
    "status": "scheduled",
    "status_note": "",
    "venue_name": "",
    "venue_address": "",
    "venue_city": "",
    "country": "PL",
    "online_joining_details": "Join in your browser at "
    "https://meet.example.org/outreach-own-language\n"
    "Meeting code: 614 209 387\n"
    "Passcode: street-teams\n"
    "The room opens 15 minutes early for a sound check. Choose your interpretation "
    "channel with the language button at the bottom of the screen.",
    "organiser": "Vistula Street Outreach Team",
    "organiser_website": "https://example.org/vistula-outreach",
    "audience": "Outreach workers, peer workers and team leaders of street teams, and "
    "volunteers of night services.",
    "languages": ["en"],
    "interpretation": ["pl", "ro", "bg"],
    "registration_mode": "on-site",
    "registration_url": "",
    "capacity": None,
    "agenda": [
        (
            "session",
            {
                "starts": "10:00",
                "ends": "10:15",
                "title": "Welcome and how the webinar works",
                "speakers": "Paweł Kowalczyk",
                "description": "Interpretation channels, questions in the chat and a "
                "short poll on the languages your team meets most.",
            },
        ),
        (
            "session",
            {
                "starts": "10:15",
                "ends": "11:00",
                "title": "Peer workers on the street team",
                "speakers": "Paweł Kowalczyk, Ilinca Radu",
                "description": "Recruiting, training and supporting peer workers who "
                "share a language and an experience with the people the team meets.",
            },
        ),
        (
            "session",
            {
                "starts": "11:10",
                "ends": "11:50",
                "title": "Interpreters on call and translated information",
                "speakers": "Marek Nowicki",
                "description": "Telephone interpreting during night rounds, and "
                "leaflets people can actually use, tested with them before printing.",
            },
        ),
        (
            "session",
            {
                "starts": "11:50",
                "ends": "12:30",
                "title": "Your questions",
                "speakers": "All speakers",
                "description": "",
            },
        ),
    ],
    "speakers": [
        {
            "name": "Paweł Kowalczyk",
            "role": "Coordinator, Vistula Street Outreach Team, Warsaw",
            "biography": "Leads night rounds in the city centre and trains new outreach staff.",
        },
        {
            "name": "Ilinca Radu",
            "role": "Peer worker",
            "biography": "Slept rough for a year in another member state and now "
            "works on a street team in her first language.",
        },
        {
            "name": "Marek Nowicki",
            "role": "Outreach manager, Canal Outreach Collective, Brussels",
            "biography": "Built a multilingual street team that works in seven languages.",
        },
    ],
    "themes": ["outreach"],
    "related_guides": [
        "multilingual-street-outreach",
        "assertive-outreach-for-people-with-mental-illness",
    ],
    "materials": [],
}
