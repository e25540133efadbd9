"""Demo event: Cross-border case management forum: sharing information safely"""

EVENT: dict = {
    "slug": "cross-border-case-management-forum-rotterdam",
    "title": "Cross-border case management forum: sharing information safely",
    "summary": "Two days in Rotterdam and online on managing cases with agencies in "
    "other member states: consent, what to share, secure tools and first experience of "
    "following people's movement between countries.",
    "hero_image": "family-home",
    "days_from_today": 40,
    "starts": "09:30",
    "ends": "16:30",
    "duration_days": 2,
    "time_zone": "Europe/Amsterdam",
    "event_format": "hybrid",
    "status": "scheduled",
    "status_note": "",
    "venue_name": "Havenloods conference centre",
    "venue_address": "Kadeplein 4, 3011 AB Rotterdam",
    "venue_city": "Rotterdam",
    "country": "NL",
    "online_joining_details": "Online participants receive the streaming link from "
    "the organiser after registering on the organiser's website.",
    "organiser": "Harbour Works Foundation with Baltic Bridge Caseworkers’ Association",
    "organiser_website": "https://example.org/harbour-works",
    "audience": "Caseworkers, team leaders and data-protection officers of agencies "
    "that support people who move between member states.",
    "languages": ["en", "nl"],
    "interpretation": ["fr", "pl"],
    "registration_mode": "external",
    "registration_url": "https://example.org/harbour-works/register/case-management-forum",
    "capacity": None,
    "agenda": [
        ("day", {"day": 1, "title": "Consent and data protection"}),
        (
            "session",
            {
                "starts": "09:30",
                "ends": "10:30",
                "title": "Why cases break off at the border",
                "speakers": "Joost van Dijk",
                "description": "Examples of support that stopped when a person moved, "
                "and what would have kept it going.",
            },
        ),
        (
            "session",
            {
                "starts": "10:45",
                "ends": "12:30",
                "title": "Consent people understand",
                "speakers": "Mette Kjær",
                "description": "Explaining in the person's language what is shared, "
                "with whom and for how long, and how to withdraw consent.",
            },
        ),
        (
            "session",
            {
                "starts": "14:00",
                "ends": "16:30",
                "title": "Data protection in practice",
                "speakers": "Femke de Boer",
                "description": "The minimum information to share, secure channels, "
                "keeping records accurate and deleting them on time.",
            },
        ),
        ("day", {"day": 2, "title": "Tools and trends"}),
        (
            "session",
            {
                "starts": "09:30",
                "ends": "11:00",
                "title": "A secure space for partner agencies",
                "speakers": "Femke de Boer, Mette Kjær",
                "description": "A demonstration of the network's protected area for "
                "multi-agency case management, and a discussion of its rules.",
            },
        ),
        (
            "session",
            {
                "starts": "11:15",
                "ends": "12:45",
                "title": "What the movement data tell us",
                "speakers": "Andreea Vlad",
                "description": "First trends of movement between member states and "
                "what they mean for local and national policy.",
            },
        ),
        (
            "session",
            {
                "starts": "14:00",
                "ends": "16:30",
                "title": "Agreements between partner agencies",
                "speakers": "",
                "description": "Drafting the cooperation agreement that partners sign "
                "before they exchange case information.",
            },
        ),
    ],
    "speakers": [
        {
            "name": "Joost van Dijk",
            "role": "Coordinator, Harbour Works Foundation, Rotterdam",
            "biography": "Works with people who came to the port city for work and lost it.",
        },
        {
            "name": "Mette Kjær",
            "role": "Caseworker, Baltic Bridge Caseworkers’ Association",
            "biography": "Built a consent-based handover routine with agencies in "
            "three other countries.",
        },
        {
            "name": "Femke de Boer",
            "role": "Data-protection officer of a social-service provider",
            "biography": "Advises care and support services on sharing personal "
            "data lawfully and securely.",
        },
        {
            "name": "Andreea Vlad",
            "role": "Researcher in social policy",
            "biography": "Studies how people move between member states in search of "
            "work and what happens when that work ends.",
        },
    ],
    "themes": ["cross-border-case-coordination", "family-support"],
    "related_guides": [
        "secure-cross-border-case-handover",
        "rapid-re-housing-of-homeless-families",
    ],
    "materials": [],
}
