"""Demo guide (English source text, as data):
Assertive outreach for people with severe mental illness.
"""

GUIDE = {
    "slug": "assertive-outreach-for-people-with-mental-illness",
    "title": "Assertive outreach for people with severe mental illness",
    "summary": "A multidisciplinary team with a psychiatrist, nurses and social workers brings "
    "treatment to homeless EU citizens with psychosis or severe depression on the "
    "street and in shelters, and stays with them into housing.",
    "themes": ["outreach", "access-to-health-care", "housing-first"],
    "target_groups": ["mental-health-needs", "people-sleeping-rough"],
    "countries": ["SE", "DK"],
    "organisation_name": "Öresund Outreach Partnership",
    "organisation_country": "SE",
    "organisation_website": "https://example.org/oresund-outreach",
    "evidence_level": "evidence-based",
    "year_started": 2012,
    "last_reviewed": "2026-03-30",
    "contact_name": "Karin Lindqvist",
    "contact_email": "karin.lindqvist@example.org",
    "hero_image": "street-outreach",
    "related": ["housing-first-for-people-with-complex-needs", "multilingual-street-outreach"],
    "body": [
        (
            "paragraph",
            "<p>People with severe mental illness who are homeless in a country not their own "
            "are among the hardest to help. They may not recognise that they are ill, they may "
            "not speak the language, and psychiatric services often expect them to come to an "
            "appointment with a referral and proof of insurance. Assertive community treatment "
            "reverses this: the team goes to the person, as often as needed, for as long as "
            "needed.</p>",
        ),
        (
            "at_a_glance",
            {
                "heading": "At a glance",
                "facts": [
                    {"label": "Team", "value": "Psychiatrist, 4 nurses, 3 social workers"},
                    {"label": "Caseload", "value": "About 10 people per team member"},
                    {"label": "Availability", "value": "Seven days a week"},
                    {"label": "Evidence", "value": "Model tested in many controlled trials"},
                ],
            },
        ),
        ("heading", {"text": "How the team works", "level": "h2"}),
        (
            "paragraph",
            "<p>The team shares its caseload: every member knows every client, so that someone "
            "familiar is always available. Contacts happen where the person is, on a bench, in "
            "a shelter or later in their flat. Medication is offered and explained, never "
            "forced outside the legal procedures for emergencies. The social workers handle "
            "income, health cover and housing at the same time as treatment, because untreated "
            "poverty undoes treated illness.</p><p>Since the partnership now spans two cities "
            "on either side of a border, it also agreed how to continue care when a client "
            "crosses it: a named contact in each team, a short shared summary and a joint "
            "visit where possible.</p>",
        ),
        (
            "statistic",
            {
                "figure": "about 50%",
                "label": "fewer days in psychiatric hospital in the year after joining, compared "
                "with the year before",
                "source": "Partnership outcome review (estimate)",
                "year": 2023,
            },
        ),
        (
            "video_link",
            {
                "url": "https://example.org/videos/assertive-outreach-explained",
                "title": "Assertive outreach explained in four minutes",
                "description": "The team’s psychiatrist and a former client describe what changed "
                "when treatment came to him.",
                "duration": "4:30",
            },
        ),
        ("heading", {"text": "Adapting the model for mobile citizens", "level": "h2"}),
        (
            "paragraph",
            "<ul><li>Interpreters are booked by phone for every first contact; later the team "
            "tries to assign a member who speaks the language.</li><li>The psychiatrist writes "
            "a short summary in English that can travel with the person if they move or return "
            "home.</li><li>Housing is offered on Housing First terms once the person wants it, "
            "without waiting for them to be stable.</li></ul>",
        ),
        (
            "quote",
            {
                "text": "They came every day for two weeks before I let them sit down. Nobody had "
                "ever come back that many times.",
                "attribution": "Client, now a tenant in the partnership’s housing",
            },
        ),
        (
            "paragraph",
            "<p>The model is expensive per person, and the partnership is clear that it is "
            "meant for the small group with the most severe needs. Others are referred to "
            "ordinary outreach and community mental health services, with the team’s advice "
            "where helpful.</p>",
        ),
        (
            "key_recommendations",
            {
                "heading": "Key recommendations",
                "items": [
                    "Take psychiatric care to people on the street; do not wait for referrals.",
                    "Share the caseload so that a familiar face is always available.",
                    "Deal with income, health cover and housing alongside treatment.",
                    "Agree how care continues when a client crosses a border.",
                    "Offer housing without requiring stability first.",
                ],
            },
        ),
    ],
}
