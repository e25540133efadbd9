"""Demo guide (English source text, as data):
Safe accommodation and outreach for homeless women from other member states.
"""

GUIDE = {
    "slug": "safe-accommodation-for-homeless-women",
    "title": "Safe accommodation and outreach for homeless women from other member states",
    "summary": "A women-only night service with rooms for mothers and children, outreach by "
    "female workers, and advice on violence, residence and child benefits for women "
    "who are often hidden from street counts.",
    "themes": ["outreach", "family-support", "legal-and-rights-advice"],
    "target_groups": ["women", "families-with-children"],
    "countries": ["ES", "PT"],
    "organisation_name": "Casa Puente Association",
    "organisation_country": "ES",
    "organisation_website": "https://example.org/casa-puente",
    "evidence_level": "emerging",
    "year_started": 2022,
    "last_reviewed": "2026-02-10",
    "contact_name": "Lucía Ferrer",
    "contact_email": "lucia.ferrer@example.org",
    "related": ["rights-clinic-for-eu-citizens", "rapid-re-housing-of-homeless-families"],
    "body": [
        (
            "paragraph",
            "<p>Women are under-counted among homeless EU citizens. They rarely sleep in the "
            "open; instead they stay with acquaintances, in overcrowded rooms rented by the "
            "bed, or with a partner they would leave if they could. Mixed shelters feel unsafe "
            "to many of them, and mothers fear that asking for help will put their children at "
            "risk of being taken into care.</p>",
        ),
        (
            "at_a_glance",
            {
                "heading": "At a glance",
                "facts": [
                    {"label": "Places", "value": "18 beds, 5 family rooms"},
                    {"label": "Staff", "value": "Women only, four languages"},
                    {"label": "Stay", "value": "Up to six months, with a housing plan"},
                    {"label": "Stage", "value": "Pilot since 2022, monitoring in place"},
                ],
            },
        ),
        ("heading", {"text": "What makes it safe", "level": "h2"}),
        (
            "paragraph",
            "<p>The house is staffed only by women, its address is not published and residents "
            "have a key to a lockable room. Family rooms let mothers stay with their children, "
            "and a partner kindergarten keeps places for them. House rules are few and are "
            "explained in the resident’s language on arrival.</p><p>Female outreach workers "
            "visit places where women are known to stay, including launderettes, churches and "
            "the waiting rooms of hospitals. They carry small cards with the service’s phone "
            "number, which are easy to hide.</p>",
        ),
        ("heading", {"text": "Advice that women ask for", "level": "h2"}),
        (
            "paragraph",
            "<ul><li>Protection from violence, and help to report it if and when the woman "
            "decides to.</li><li>Residence rights that do not depend on a partner, which EU "
            "law protects in some situations after separation.</li><li>Child benefit and "
            "school enrolment.</li><li>Work and training that fit around childcare.</li></ul>",
        ),
        (
            "callout",
            {
                "kind": "note",
                "text": "<p>The service works with child protection services openly and early. "
                "Explaining to mothers what child protection will and will not do has "
                "reduced fear more than any leaflet.</p>",
            },
        ),
        ("heading", {"text": "Early results", "level": "h2"}),
        (
            "paragraph",
            "<p>The pilot is young and its results have not been evaluated. In its first two "
            "years, most women who stayed longer than a month left for a rented room or flat, "
            "and only a few returned to a violent partner. The service is now testing whether "
            "the same model works in a smaller city in Portugal, with a partner that runs a "
            "women’s day centre.</p>",
        ),
        (
            "quote",
            {
                "text": "In the mixed shelter I slept with my shoes on. Here I slept the whole "
                "night the first time, and in the morning someone asked me in my own "
                "language what I needed.",
                "attribution": "Resident, originally from Bulgaria",
            },
        ),
        (
            "paragraph",
            "<p>The service is funded by the city’s equality department and a private "
            "foundation for two more years. Its staff record, with each woman’s agreement, "
            "where she goes after leaving and whether she still has a home six months later, "
            "so that an evaluation can follow.</p>",
        ),
        (
            "key_recommendations",
            {
                "heading": "Key recommendations",
                "items": [
                    "Offer women-only accommodation with lockable rooms and family rooms.",
                    "Reach hidden homelessness through places women already use.",
                    "Explain child protection openly to reduce mothers’ fear.",
                    "Give advice on residence rights that do not depend on a partner.",
                ],
            },
        ),
    ],
}
