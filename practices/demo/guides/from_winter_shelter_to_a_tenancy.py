"""Demo guide (English source text, as data):
From winter shelter to a tenancy.
"""

GUIDE = {
    "slug": "from-winter-shelter-to-a-tenancy",
    "title": "From winter shelter to a tenancy",
    "summary": "Instead of closing in spring and sending everyone back to the street, a winter "
    "shelter assigns a housing caseworker to each guest from the first week and works "
    "with landlords so that people leave for a home.",
    "themes": ["rapid-re-housing", "outreach", "housing-first"],
    "target_groups": ["people-sleeping-rough", "recently-arrived-workers"],
    "countries": ["AT", "HU", "SK"],
    "organisation_name": "Danube Night Shelter Association",
    "organisation_country": "AT",
    "organisation_website": "https://example.org/danube-night-shelter",
    "evidence_level": "promising",
    "year_started": 2019,
    "last_reviewed": "2025-04-14",
    "contact_name": "Lukas Gruber",
    "contact_email": "lukas.gruber@example.org",
    "related": [
        "rapid-re-housing-of-homeless-families",
        "housing-first-for-people-with-complex-needs",
    ],
    "body": [
        (
            "paragraph",
            "<p>Winter programmes save lives, but they often end the way they began: with "
            "people on the street. In many cities, mobile EU citizens are admitted to "
            "emergency shelter only in the cold months and have no access to longer-term "
            "housing help. This association set out to use the winter months as time for "
            "housing work rather than only for survival.</p>",
        ),
        (
            "at_a_glance",
            {
                "heading": "At a glance",
                "facts": [
                    {"label": "Season", "value": "November to April"},
                    {"label": "Beds", "value": "120 a night, about 40% EU citizens"},
                    {"label": "Caseworkers", "value": "5 housing caseworkers in season"},
                    {"label": "Partners", "value": "Social landlords and a rent guarantee fund"},
                ],
            },
        ),
        ("heading", {"text": "Housing work from the first week", "level": "h2"}),
        (
            "paragraph",
            "<p>Every guest who stays more than three nights is offered a conversation with a "
            "housing caseworker. Together they look at income, work prospects, rights and what "
            "kind of home is realistic: a room in a shared flat, a small flat, a place in a "
            "supported house, or a return to family. The caseworker starts the applications "
            "immediately, because many take months.</p><p>A rent guarantee fund, backed by a "
            "foundation, covers deposits and the first months’ rent for guests with a job "
            "offer or starting income, which persuades private landlords to take them.</p>",
        ),
        (
            "statistic",
            {
                "figure": "1 in 4",
                "label": "winter shelter guests who left for housing by the end of the season",
                "source": "Association season report (estimate)",
                "year": 2025,
            },
        ),
        ("heading", {"text": "Working with neighbouring countries", "level": "h2"}),
        (
            "paragraph",
            "<p>Many guests come from Hungary and Slovakia, a few hours away. For those who "
            "want to go back, the association works with partner agencies across the border to "
            "find housing or a place in a programme before the season ends, following the "
            "network’s standard for ethical reconnection.</p>",
        ),
        (
            "callout",
            {
                "kind": "note",
                "text": "<p>Guests are never asked to choose between a bed and a housing "
                "conversation. The offer is repeated, not imposed.</p>",
            },
        ),
        (
            "quote",
            {
                "text": "We used to count how many people we got through the winter. Now we count "
                "how many we got out of the shelter.",
                "attribution": "Shelter coordinator, Danube Night Shelter Association",
            },
        ),
        ("heading", {"text": "What changed in the shelter", "level": "h2"}),
        (
            "paragraph",
            "<p>Adding housing work changed the daily routine. The shelter now stays open in "
            "the morning for appointments, so that guests do not have to leave at seven and "
            "lose the day. Caseworkers have a quiet room, and interpreters can be booked for "
            "set hours each week. Guests who find work are allowed to come in late after "
            "evening shifts. The team also learned that people who were refused everything in "
            "earlier years often did have rights: a past job or a family member in the city "
            "can change what they are entitled to, and the rights check is now the first thing "
            "the caseworker does.</p>",
        ),
        (
            "key_recommendations",
            {
                "heading": "Key recommendations",
                "items": [
                    "Start housing casework in the first week, not at the end of winter.",
                    "Use a rent guarantee fund to open private rented housing.",
                    "Plan returns with agencies across the border, months ahead.",
                    "Measure moves to housing, not only nights of shelter provided.",
                ],
            },
        ),
    ],
}
