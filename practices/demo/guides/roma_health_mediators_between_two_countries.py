"""Demo guide (English source text, as data):
Roma health mediators working between two countries.
"""

GUIDE = {
    "slug": "roma-health-mediators-between-two-countries",
    "title": "Roma health mediators working between two countries",
    "summary": "Mediators from Roma communities accompany families living in informal "
    "settlements to doctors, vaccinations and schools in the host city, and keep in "
    "touch with services in the towns the families come from.",
    "themes": ["access-to-health-care", "family-support", "cross-border-case-coordination"],
    "target_groups": ["roma-communities", "families-with-children", "women"],
    "countries": ["RO", "IT"],
    "organisation_name": "Punte Mediation Network",
    "organisation_country": "RO",
    "organisation_website": "https://example.org/punte-mediation",
    "evidence_level": "emerging",
    "year_started": 2021,
    "last_reviewed": "2024-11-25",
    "contact_name": "Ioana Stoica",
    "contact_email": "ioana.stoica@example.org",
    "hero_image": "service-network",
    "related": ["rapid-re-housing-of-homeless-families", "health-care-without-insurance"],
    "body": [
        (
            "paragraph",
            "<p>Roma families who move between towns in Romania and cities in Italy often live "
            "in informal settlements or occupied buildings. Many children have missed "
            "vaccinations, pregnant women arrive late for antenatal care, and families rarely "
            "stay long enough in one place for services to get to know them. Distrust built "
            "over generations keeps them away from official services on both sides of the "
            "border.</p>",
        ),
        (
            "at_a_glance",
            {
                "heading": "At a glance",
                "facts": [
                    {"label": "Mediators", "value": "7, all from Roma communities"},
                    {"label": "Where", "value": "Two Italian cities, four Romanian towns"},
                    {"label": "Focus", "value": "Child health, maternity, school enrolment"},
                    {"label": "Stage", "value": "Pilot; first evaluation planned for 2026"},
                ],
            },
        ),
        ("heading", {"text": "Mediators, not messengers", "level": "h2"}),
        (
            "paragraph",
            "<p>Mediators are trained in basic health promotion, in the rights of EU citizens "
            "and in how local services work. They speak Romani and Romanian and enough Italian "
            "to accompany families to appointments. Their job is not only to translate but to "
            "explain each side to the other: why a clinic asks for a document, why a family "
            "missed an appointment, what a doctor’s advice means in practice.</p><p>Because "
            "families move back and forth, each mediator is paired with a colleague in the "
            "home town. With the family’s consent, they pass on vaccination records and "
            "appointments, so that care continues wherever the family is.</p>",
        ),
        ("heading", {"text": "Typical tasks", "level": "h3"}),
        (
            "paragraph",
            "<ul><li>Registering children with a paediatrician and catching up on "
            "vaccinations.</li><li>Accompanying pregnant women to antenatal "
            "check-ups.</li><li>Enrolling children in school and talking with teachers when "
            "attendance drops.</li><li>Being present when social services visit, so that "
            "families understand what is asked of them.</li></ul>",
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": "<p>Mediators must be paid and employed on proper contracts. Projects "
                "that rely on unpaid community volunteers lose them quickly and undermine "
                "the trust they were meant to build.</p>",
            },
        ),
        ("heading", {"text": "Early signs", "level": "h2"}),
        (
            "paragraph",
            "<p>The pilot keeps simple records: children registered with a doctor, "
            "vaccinations caught up, school enrolments. All have risen since mediators began "
            "work, but there is no comparison group yet and the numbers are small. A joint "
            "evaluation by the partners in both countries is planned.</p>",
        ),
        (
            "quote",
            {
                "text": "The doctor and the mother both wanted the same thing for the child. They "
                "just could not hear each other. My work is to make them hear each other.",
                "attribution": "Health mediator, Punte Mediation Network",
            },
        ),
        ("heading", {"text": "Training and support for mediators", "level": "h2"}),
        (
            "paragraph",
            "<p>New mediators follow a six-week course that covers health promotion, "
            "children’s rights, the basics of social security coordination between member "
            "states and how to keep professional boundaries with people they may know "
            "personally. They then work alongside an experienced mediator for three months. "
            "Mediators meet every month across the two countries, online, to discuss difficult "
            "situations, and each has access to a supervisor. The partners found that this "
            "regular support is what keeps mediators in the job.</p>",
        ),
        (
            "key_recommendations",
            {
                "heading": "Key recommendations",
                "items": [
                    "Recruit mediators from the communities they serve and pay them properly.",
                    "Pair mediators in the host city with colleagues in the home towns.",
                    "Share health records across the border only with the family’s consent.",
                    "Start with child health and school: families see the benefit quickly.",
                ],
            },
        ),
    ],
}
