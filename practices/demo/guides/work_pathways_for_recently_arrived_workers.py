"""Demo guide (English source text, as data):
Back to decent work: a pathway for recently arrived workers.
"""

GUIDE = {
    "slug": "work-pathways-for-recently-arrived-workers",
    "title": "Back to decent work: a pathway for recently arrived workers",
    "summary": "A day centre turns its job desk into a six-week pathway: skills checks, "
    "certificates recognised, safety training and direct contact with employers who "
    "sign a fair-recruitment pledge, with a bed held while people start work.",
    "themes": ["employment-and-training"],
    "target_groups": ["recently-arrived-workers", "young-people"],
    "countries": ["NL", "BE"],
    "organisation_name": "Harbour Works Foundation",
    "organisation_country": "NL",
    "organisation_website": "https://example.org/harbour-works",
    "evidence_level": "promising",
    "year_started": 2020,
    "last_reviewed": "2026-01-12",
    "contact_name": "Joost van Dijk",
    "contact_email": "joost.vandijk@example.org",
    "hero_image": "work-and-training",
    "related": ["youth-hostel-with-training", "rights-clinic-for-eu-citizens"],
    "body": [
        (
            "paragraph",
            "<p>Many EU citizens who become homeless in port and logistics cities came to work "
            "and still want to. What stands between them and a job is rarely willingness. It "
            "is a missing address, a lost phone, no bank account, certificates that nobody "
            "recognises, and a recruitment market where the worst agencies tie housing to the "
            "job, so that losing one means losing both.</p>",
        ),
        (
            "at_a_glance",
            {
                "heading": "At a glance",
                "facts": [
                    {"label": "Length", "value": "Six weeks, two to three days a week"},
                    {"label": "Group size", "value": "10–12 participants"},
                    {"label": "Partners", "value": "14 employers with a fair-recruitment pledge"},
                    {"label": "Housing", "value": "Shelter bed kept for 8 weeks after hire"},
                ],
            },
        ),
        ("heading", {"text": "The six weeks", "level": "h2"}),
        (
            "paragraph",
            "<ol><li><b>Week 1, the basics:</b> a postal address at the centre, a phone, a "
            "bank account and the registration needed to work legally.</li><li><b>Week 2, "
            "skills:</b> a practical check of what people can do, and translation of diplomas "
            "and driving licences.</li><li><b>Weeks 3–4, training:</b> forklift, warehouse "
            "safety and food hygiene certificates, plus workplace language "
            "classes.</li><li><b>Weeks 5–6, matching:</b> interviews with partner employers, "
            "with a coach present if the participant wants.</li></ol>",
        ),
        (
            "paragraph",
            "<p>The key feature is that employers recruit directly or through agencies that "
            "have signed the pledge: no fees charged to workers, written contracts in a "
            "language the worker understands, and housing, if offered, under a separate rental "
            "contract so that it does not disappear with the job.</p>",
        ),
        (
            "table",
            {
                "caption": "Participants and outcomes, first three cohort years",
                "columns": [
                    {"type": "text", "heading": "Year"},
                    {"type": "number", "heading": "Started"},
                    {"type": "number", "heading": "In work after 3 months"},
                ],
                "rows": [
                    {"values": ["2021", 64, 29]},
                    {"values": ["2022", 81, 41]},
                    {"values": ["2023", 88, 47]},
                ],
            },
        ),
        ("heading", {"text": "Keeping the bed while people start", "level": "h2"}),
        (
            "paragraph",
            "<p>The first pay usually arrives after four weeks, and a deposit for a room is "
            "impossible before then. The shelter therefore keeps a bed for eight weeks after "
            "someone starts work, and the foundation lends the first deposit, repaid in small "
            "instalments. Without this, several of the first participants lost their new job "
            "within a fortnight because they could not sleep.</p>",
        ),
        (
            "callout",
            {
                "kind": "note",
                "text": "<p>Outcomes are monitored by the foundation itself and have not yet been "
                "independently evaluated. Figures are for people who completed at least "
                "four weeks.</p>",
            },
        ),
        ("heading", {"text": "Working with employers", "level": "h2"}),
        (
            "paragraph",
            "<p>Employers join because they struggle to find reliable staff and because the "
            "foundation does the preparation they would otherwise pay an agency for. In "
            "return, they sign the pledge and agree to one review meeting a year. Two "
            "employers left the scheme after workers reported unpaid overtime; the foundation "
            "now checks the first payslips of every participant with them. Employers also "
            "offer short work trials, paid from the first hour, so that both sides can see "
            "whether the job fits before a contract is signed.</p>",
        ),
        (
            "key_recommendations",
            {
                "heading": "Key recommendations",
                "items": [
                    "Solve address, phone and bank account before any training.",
                    "Work only with employers who keep housing separate from the job.",
                    "Choose certificates that local employers actually ask for.",
                    "Hold a bed and lend a deposit until the first wages arrive.",
                ],
            },
        ),
    ],
}
