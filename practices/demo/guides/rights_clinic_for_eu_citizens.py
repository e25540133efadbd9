"""Demo guide (English source text, as data):
A rights clinic for homeless EU citizens.
"""

GUIDE = {
    "slug": "rights-clinic-for-eu-citizens",
    "title": "A rights clinic for homeless EU citizens",
    "summary": "Weekly drop-in sessions where volunteer lawyers and trained caseworkers check "
    "residence status, benefit entitlements and unpaid wages, and take on the cases "
    "that can change someone’s situation.",
    "themes": ["legal-and-rights-advice"],
    "target_groups": ["recently-arrived-workers", "young-people", "women"],
    "countries": ["IE"],
    "organisation_name": "Liffey Rights Centre",
    "organisation_country": "IE",
    "organisation_website": "https://example.org/liffey-rights",
    "evidence_level": "evaluated",
    "year_started": 2017,
    "last_reviewed": "2025-03-18",
    "contact_name": "Siobhán Keane",
    "contact_email": "siobhan.keane@example.org",
    "related": ["health-care-without-insurance", "work-pathways-for-recently-arrived-workers"],
    "body": [
        (
            "paragraph",
            "<p>Whether a homeless EU citizen can get a bed, a benefit or a tenancy often "
            "turns on a legal question: are they a worker, a jobseeker, a self-employed "
            "person, a family member, or economically inactive? Have they kept worker status "
            "after losing their job? Do they meet the habitual residence test for social "
            "welfare? Frontline staff rarely have time to answer these questions, and wrong "
            "answers are common on both sides of the desk.</p>",
        ),
        (
            "at_a_glance",
            {
                "heading": "At a glance",
                "facts": [
                    {"label": "Format", "value": "Weekly drop-in plus casework"},
                    {"label": "Advisers", "value": "Volunteer solicitors, two caseworkers"},
                    {"label": "Cases", "value": "About 450 people advised a year"},
                    {"label": "Evaluation", "value": "University-led evaluation, 2023"},
                ],
            },
        ),
        ("heading", {"text": "How the clinic runs", "level": "h2"}),
        (
            "paragraph",
            "<p>The clinic sits inside a busy day centre, so nobody has to travel to a law "
            "office. A caseworker sees each person first, collects their work history and "
            "documents, and checks which questions are legal ones. Simple matters, such as a "
            "missing document or a wrongly refused application, are dealt with on the spot. "
            "Complex ones go to a volunteer solicitor the same week.</p><p>The clinic also "
            "trains staff of shelters and day centres twice a year. Better first answers at "
            "the front door prevent many refusals from being made at all.</p>",
        ),
        ("heading", {"text": "What people come with", "level": "h3"}),
        (
            "paragraph",
            "<ul><li>Refusals of social welfare or housing support based on residence rules, "
            "many of which are overturned on review.</li><li>Unpaid wages and unlawful "
            "deductions, often for accommodation provided by an employer.</li><li>Lost "
            "identity documents and the cost of replacing them.</li><li>Family questions: "
            "children’s schooling, child benefit, separation.</li></ul>",
        ),
        (
            "statistic",
            {
                "figure": "7 in 10",
                "label": "reviewed refusals of support that were changed in the person’s favour",
                "source": "University-led evaluation of the clinic",
                "year": 2023,
            },
        ),
        (
            "quote",
            {
                "text": "I was told three times that I had no rights here. The fourth person "
                "looked at my payslips and said I was still a worker. Two weeks later I "
                "had a room.",
                "attribution": "Clinic client, originally from Lithuania",
            },
        ),
        ("heading", {"text": "Lessons for others", "level": "h2"}),
        (
            "paragraph",
            "<p>The evaluation found that the clinic’s value comes as much from speed as from "
            "legal skill: a same-week answer stops people drifting back to the street while "
            "they wait. It also showed that payslips, contracts and bank statements are the "
            "most important evidence, so the day centre now helps people keep copies safely "
            "from their first visit.</p><p>Volunteer solicitors stay longer when they are "
            "supported: the clinic gives them short briefings on the rules that come up most, "
            "a caseworker to prepare files and a clear limit on the number of cases each takes "
            "on.</p>",
        ),
        (
            "key_recommendations",
            {
                "heading": "Key recommendations",
                "items": [
                    "Bring legal advice to where homeless people already go.",
                    "Let a caseworker sort legal from practical questions first.",
                    "Help people keep copies of payslips and contracts from day one.",
                    "Train frontline staff so fewer wrong refusals are made.",
                    "Use review and appeal: many refusals do not survive them.",
                ],
            },
        ),
    ],
}
