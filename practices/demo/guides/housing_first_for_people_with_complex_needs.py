"""Demo guide (English source text, as data):
Housing First for mobile EU citizens with complex needs.
"""

GUIDE = {
    "slug": "housing-first-for-people-with-complex-needs",
    "title": "Housing First for mobile EU citizens with complex needs",
    "summary": "A Housing First team offers scattered flats and open-ended support to EU "
    "citizens who have slept rough for years, including people with mental illness "
    "and addiction, and works around gaps in their social rights.",
    "themes": ["housing-first", "access-to-health-care"],
    "target_groups": ["mental-health-needs", "people-sleeping-rough"],
    "countries": ["FI", "SE"],
    "organisation_name": "Northern Harbour Housing Foundation",
    "organisation_country": "FI",
    "organisation_website": "https://example.org/northern-harbour",
    "evidence_level": "evidence-based",
    "year_started": 2015,
    "last_reviewed": "2025-05-20",
    "contact_name": "Aino Lehtonen",
    "contact_email": "aino.lehtonen@example.org",
    "hero_image": "housing-first",
    "related": [
        "assertive-outreach-for-people-with-mental-illness",
        "rapid-re-housing-of-homeless-families",
    ],
    "body": [
        (
            "paragraph",
            "<p>Housing First turns the usual staircase upside down: people get a permanent "
            "home of their own first, with support that follows them, instead of earning "
            "housing by completing treatment or living in shelters. The approach is well "
            "researched, including randomised trials in several countries, and has become the "
            "backbone of national strategy in Finland. This guide describes how one foundation "
            "opened it to EU citizens from other member states, a group that often falls "
            "outside the rules of local housing allocation.</p>",
        ),
        (
            "at_a_glance",
            {
                "heading": "At a glance",
                "facts": [
                    {"label": "Who", "value": "EU citizens long-term homeless, complex needs"},
                    {"label": "Housing", "value": "Scattered flats rented from the market"},
                    {"label": "Support", "value": "Open-ended, flexible, ratio 1:7"},
                    {"label": "Conditions", "value": "None on treatment or sobriety"},
                    {"label": "Cities", "value": "Helsinki region, Stockholm (partner team)"},
                ],
            },
        ),
        ("heading", {"text": "Why mobile citizens were missing out", "level": "h2"}),
        (
            "paragraph",
            "<p>The city’s Housing First programme was designed for residents. People who had "
            "come from other member states to work, and lost their job and home, often could "
            "not prove a right of residence or a local registration and so were never "
            "referred. They stayed in night shelters for years, and their health declined. "
            "Outreach workers kept meeting the same faces.</p><p>The foundation set aside a "
            "share of its flats for people who could not be housed through the municipal route "
            "and raised separate funding for their support. Rent is paid by the tenant where "
            "they have income, with a foundation guarantee while entitlements are "
            "clarified.</p>",
        ),
        ("heading", {"text": "How the support works", "level": "h2"}),
        (
            "paragraph",
            "<ul><li><b>Choice and control:</b> tenants decide how often they see the team and "
            "what they want help with.</li><li><b>Separation of housing and treatment:</b> "
            "refusing treatment never puts the tenancy at risk; ordinary tenancy rules "
            "apply.</li><li><b>Harm reduction:</b> staff work with people where they are on "
            "alcohol and drug use.</li><li><b>Rights work alongside housing:</b> a legal "
            "adviser helps each tenant establish residence status, health cover and any "
            "benefits.</li><li><b>Language:</b> support is given in the tenant’s language "
            "where the team can, and through interpreters where it cannot.</li></ul>",
        ),
        (
            "statistic",
            {
                "figure": "4 in 5",
                "label": "tenants still housed twelve months after moving in",
                "source": "Northern Harbour Housing Foundation tenancy records (estimate)",
                "year": 2024,
            },
        ),
        (
            "paragraph",
            "<p>This figure is in line with results reported by Housing First programmes "
            "elsewhere in Europe. Tenants who left usually moved in with family, took up work "
            "in another city or returned to their country of origin with support; few "
            "evictions were for rent arrears.</p>",
        ),
        (
            "quote",
            {
                "text": "For eight years I slept in shelters where I had to leave at seven. The "
                "first month in the flat, I mostly slept. Then I started to think about "
                "what comes next.",
                "attribution": "Tenant, originally from Estonia",
            },
        ),
        ("heading", {"text": "What it takes", "level": "h2"}),
        (
            "paragraph",
            "<p>The hardest part was not finding flats but funding support for people the "
            "municipality does not count as its residents. The foundation combines charitable "
            "grants with a time-limited city contribution and makes the case that housing "
            "people is cheaper than years of emergency services. Landlords were reassured by a "
            "named contact who answers quickly when something goes wrong.</p>",
        ),
        (
            "key_recommendations",
            {
                "heading": "Key recommendations",
                "items": [
                    "Reserve some Housing First places for people without local registration.",
                    "Keep housing and treatment separate; never make one depend on the other.",
                    "Add legal advice on residence and health cover to the support team.",
                    "Offer landlords one contact person who answers within a day.",
                    "Measure tenancy sustainment from the start to make the case for funding.",
                ],
            },
        ),
    ],
}
