"""Demo event: Open morning: health care for people without insurance"""

EVENT: dict = {
    "slug": "open-morning-health-care-lille",
    "title": "Open morning: health care for people without insurance",
    "summary": "A morning at a mobile health team's base in Lille on treating people "
    "who have no health cover and on restoring their cover, in France or in their "
    "country of origin. No registration was needed.",
    "hero_image": "health-care",
    "days_from_today": 19,
    "starts": "09:00",
    "ends": "13:00",
    "duration_days": 1,
    "time_zone": "Europe/Paris",
    "event_format": "in-person",
    "status": "cancelled",
    "status_note": "Cancelled: the host centre's rooms are needed for an emergency "
    "health clinic that week. The open morning will be offered again later in the year "
    "and announced on this page.",
    "venue_name": "Atelier Santé Mobile, base of the mobile team",
    "venue_address": "12 rue des Passeurs, 59000 Lille",
    "venue_city": "Lille",
    "country": "FR",
    "online_joining_details": "",
    "organiser": "Atelier Santé Mobile",
    "organiser_website": "https://example.org/atelier-sante-mobile",
    "audience": "Nurses, doctors, social workers and outreach staff who meet people "
    "without health cover.",
    "languages": ["fr", "en"],
    "interpretation": [],
    "registration_mode": "none",
    "registration_url": "",
    "capacity": None,
    "agenda": [
        (
            "session",
            {
                "starts": "09:00",
                "ends": "10:00",
                "title": "A round with the mobile nurse",
                "speakers": "Claire Dufresne",
                "description": "How the team finds people who need care and what it "
                "can treat on the spot.",
            },
        ),
        (
            "session",
            {
                "starts": "10:15",
                "ends": "11:30",
                "title": "Restoring health cover across borders",
                "speakers": "Bogdan Ilie",
                "description": "European health insurance cards, forms from the "
                "country of origin and the local schemes for people with no cover.",
            },
        ),
        (
            "session",
            {
                "starts": "11:45",
                "ends": "13:00",
                "title": "Discussion with the team",
                "speakers": "",
                "description": "",
            },
        ),
    ],
    "speakers": [
        {
            "name": "Claire Dufresne",
            "role": "Coordinating nurse, Atelier Santé Mobile",
            "biography": "Runs the mobile team's daily rounds and its links with hospitals.",
        },
        {
            "name": "Bogdan Ilie",
            "role": "Health mediator",
            "biography": "Helps patients restore health cover with insurers in their "
            "country of origin.",
        },
    ],
    "themes": ["access-to-health-care"],
    "related_guides": [
        "health-care-without-insurance",
        "roma-health-mediators-between-two-countries",
    ],
    "materials": [],
}
