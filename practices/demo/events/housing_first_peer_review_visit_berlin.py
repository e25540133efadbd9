"""Demo event: Peer-review visit: Housing First when benefit entitlement is uncertain"""

EVENT: dict = {
    "slug": "housing-first-peer-review-visit-berlin",
    "title": "Peer-review visit: Housing First when benefit entitlement is uncertain",
    "summary": "A small study visit to a Berlin Housing First team that houses EU mobile "
    "citizens while their right to benefits is still being settled. Two practitioners "
    "from partner agencies join the team for a day; later applicants join a waiting list.",
    "hero_image": "housing-first",
    "days_from_today": 12,
    "starts": "10:00",
    "ends": "16:00",
    "duration_days": 1,
    "time_zone": "Europe/Berlin",
    "event_format": "in-person",
    "status": "scheduled",
    "status_note": "",
    "venue_name": "Spree Housing First Cooperative, team office",
    "venue_address": "Lindenhofstraße 7, 13347 Berlin",
    "venue_city": "Berlin",
    "country": "DE",
    "online_joining_details": "",
    "organiser": "Spree Housing First Cooperative",
    "organiser_website": "https://example.org/spree-housing-first",
    "audience": "Practitioners of partner agencies who run or plan Housing First "
    "services; places are limited to two so the visit can follow the team's real work.",
    "languages": ["de", "en"],
    "interpretation": [],
    "registration_mode": "on-site",
    "registration_url": "",
    "capacity": 2,
    "agenda": [
        (
            "session",
            {
                "starts": "10:00",
                "ends": "11:00",
                "title": "How the team works",
                "speakers": "Jana Hoffmann",
                "description": "Caseloads, the team's weekly meeting and how tenants "
                "choose the support they want.",
            },
        ),
        (
            "session",
            {
                "starts": "11:00",
                "ends": "13:00",
                "title": "Home visits with a support worker",
                "speakers": "Jana Hoffmann, Mehmet Demir",
                "description": "With the tenants' agreement, visitors join two home "
                "visits and see how rent and benefits are checked together.",
            },
        ),
        (
            "session",
            {
                "starts": "14:00",
                "ends": "15:00",
                "title": "Paying the rent while the right to benefits is settled",
                "speakers": "Mehmet Demir",
                "description": "The bridging fund, direct payment of rent and the early "
                "warning the team agreed with landlords.",
            },
        ),
        (
            "session",
            {
                "starts": "15:00",
                "ends": "16:00",
                "title": "Peer review: what the visitors would do differently",
                "speakers": "Visitors and team",
                "description": "An open discussion; the notes are shared with the "
                "network afterwards.",
            },
        ),
    ],
    "speakers": [
        {
            "name": "Jana Hoffmann",
            "role": "Team leader, Spree Housing First Cooperative",
            "biography": "Has led the Housing First team since it opened and "
            "advises the city on its homelessness strategy.",
        },
        {
            "name": "Mehmet Demir",
            "role": "Support worker and benefits specialist",
            "biography": "Helps tenants through benefit applications and negotiates "
            "with landlords when rent is late.",
        },
    ],
    "themes": ["housing-first", "legal-and-rights-advice"],
    "related_guides": [
        "housing-first-for-people-with-complex-needs",
        "from-winter-shelter-to-a-tenancy",
    ],
    "materials": [],
}
