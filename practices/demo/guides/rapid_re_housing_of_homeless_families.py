"""Demo guide (English source text, as data):
Rapid re-housing of homeless families: helping them keep the new home.
"""

GUIDE = {
    "slug": "rapid-re-housing-of-homeless-families",
    "title": "Rapid re-housing of homeless families: helping them keep the new home",
    "summary": "How a small team moves homeless families, many of them Roma, straight into "
    "ordinary flats and then helps them stay: a worker the family chooses, links to "
    "local services, a furnished home, fast answers to complaints and early warning "
    "on rent debt.",
    "themes": ["rapid-re-housing", "family-support"],
    "target_groups": ["families-with-children", "roma-communities"],
    "countries": ["CZ"],
    "organisation_name": "Moravian Family Housing Service",
    "organisation_country": "CZ",
    "organisation_website": "https://example.org/moravian-family-housing",
    "evidence_level": "evaluated",
    "year_started": 2016,
    "last_reviewed": "2025-09-15",
    "contact_name": "Tereza Holubová",
    "contact_email": "tereza.holubova@example.org",
    "hero_image": "family-home",
    "related": [
        "housing-first-for-people-with-complex-needs",
        "roma-health-mediators-between-two-countries",
        "from-winter-shelter-to-a-tenancy",
    ],
    "body": [
        (
            "paragraph",
            "<p>Getting a family the keys to a flat is the start of the work, not the end. "
            "This programme houses families who were living in shelters, overcrowded rooms or "
            "hostels directly in standard rental flats, without asking them to prove "
            "themselves first in transitional housing. Its real aim is that the family can "
            "stay in that flat for as long as they wish. Many of the families are Roma "
            "households who have met discrimination on the private rental market for "
            "years.</p>",
        ),
        (
            "at_a_glance",
            {
                "heading": "At a glance",
                "facts": [
                    {"label": "Who", "value": "Homeless families with children"},
                    {"label": "Housing", "value": "Ordinary rental flats, moved into at once"},
                    {"label": "Support", "value": "One worker, chosen with the family, weekly"},
                    {"label": "Caseload", "value": "8–10 families per worker recommended"},
                    {"label": "Started", "value": "2016, as a city pilot"},
                ],
            },
        ),
        ("heading", {"text": "A worker the family trusts", "level": "h2"}),
        (
            "paragraph",
            "<p>Everything rests on the relationship between the family and their support "
            "worker. When there is trust, the worker hears about problems early, while they "
            "are still small and cheap to solve. The team therefore offers each family one "
            "worker whom they meet regularly, normally once a week, and who treats the parents "
            "as equals rather than as clients to be managed.</p><p>Families take part in "
            "choosing that worker. The team draws loosely on a method from a Dutch "
            "supported-housing provider that describes six basic styles of approaching people. "
            "Families watch short video clips in which staff act out the different styles and "
            "say which one suits them. The team then weighs that choice against what it knows "
            "of the family’s situation before the match is made. Where it helps, a peer worker "
            "with lived experience joins the team.</p>",
        ),
        (
            "callout",
            {
                "kind": "note",
                "text": "<p>Sometimes a relationship breaks down beyond repair, for example "
                "during a serious family crisis involving domestic violence. The team "
                "then hands the family over to another suitable worker. What matters most "
                "is that contact is never lost. If a family refuses everyone in the team, "
                "another service should be ready to step in, because families left "
                "without support they value are at high risk of losing the flat.</p>",
            },
        ),
        ("heading", {"text": "Connecting with services nearby", "level": "h2"}),
        (
            "paragraph",
            "<p>Most families already know how to find their way, or keep the services they "
            "used before the move. Where they need help, the team concentrates on a few "
            "connections:</p><ul><li>places at a school or kindergarten close to the new flat, "
            "handled by a worker who specialises in education;</li><li>a family doctor and, "
            "when needed, specialists;</li><li>a first meeting with the child protection "
            "worker responsible for the new address, where child protection is "
            "involved;</li><li>sensible places to shop on a tight budget.</li></ul><p>When the "
            "risks look high, a case conference with the family and the services involved "
            "helps to name them and agree who does what.</p>",
        ),
        ("heading", {"text": "Making the flat a home", "level": "h2"}),
        (
            "paragraph",
            "<p>Experience shows that furnishing the flat decides a great deal. Most families "
            "have their own plans and need little help, but some cannot turn empty rooms into "
            "a home, and the first weeks are then lost. The worker can offer furniture from a "
            "furniture bank, chosen by the family and delivered to the door; furniture from "
            "private donors, who know the programme from its public communication; and help to "
            "claim the social benefit for household equipment.</p>",
        ),
        (
            "image",
            {
                "image": "family-home",
                "alt_text": "Illustration of a row of small houses with lit windows",
                "caption": "A flat becomes a home when the family can furnish it their way.",
            },
        ),
        ("heading", {"text": "Neighbours and rent: act early", "level": "h2"}),
        (
            "paragraph",
            "<p>Trouble with neighbours usually starts months after the move. The team keeps "
            "in touch with the landlord, the police and others who hear of complaints, and "
            "follows one rule: an immediate warning and a rapid response. The worker first "
            "finds out what happened from everyone involved, then sits down with the family. "
            "The plan to put things right is the family’s own, because plans made over their "
            "heads do not work. It is then agreed with the other parties, reviewed at the "
            "weekly team meeting and reported back to the landlord.</p><p>Rent arrears are the "
            "other common way tenancies fail. An early-warning arrangement with the landlord’s "
            "payment records tells all partners each month, shortly after the due date, when a "
            "debt appears. The worker then talks it through with the family and the plan is "
            "reviewed at least monthly. The landlord switches at once to direct payment of "
            "housing benefit so that the debt cannot keep growing, and a repayment plan "
            "follows.</p>",
        ),
        (
            "statistic",
            {
                "figure": "8–10",
                "label": "families per support worker, the caseload the team now recommends",
                "source": "Moravian Family Housing Service, internal review",
                "year": 2024,
            },
        ),
        (
            "table",
            {
                "caption": "Caseload per support worker",
                "columns": [
                    {"type": "text", "heading": "Situation"},
                    {"type": "number", "heading": "Families per worker"},
                ],
                "rows": [
                    {"values": ["Caseload during the review", 12]},
                    {"values": ["Recommended upper limit", 10]},
                    {"values": ["Recommended lower limit", 8]},
                ],
            },
        ),
        (
            "quote",
            {
                "text": "Twelve families each sounded manageable until two of them hit a crisis "
                "in the same week. With ten or fewer, nobody else gets forgotten.",
                "attribution": "Support worker, Moravian Family Housing Service",
            },
        ),
        (
            "key_recommendations",
            {
                "heading": "Key recommendations",
                "items": [
                    "Let the family help choose their support worker and meet every week.",
                    "Change the worker after a serious crisis rather than lose contact.",
                    "Have a specialist worker arrange school and kindergarten places.",
                    "Treat furnishing the flat as part of the support, not an extra.",
                    "Respond to every neighbour complaint at once, with the family’s plan.",
                    "Set up early warning on rent debt and direct payment of housing benefit.",
                    "Keep caseloads to 8–10 families per worker; 12 proved too many.",
                ],
            },
        ),
    ],
}
