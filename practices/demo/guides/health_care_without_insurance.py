"""Demo guide (English source text, as data):
Opening health care to mobile EU citizens without cover.
"""

GUIDE = {
    "slug": "health-care-without-insurance",
    "title": "Opening health care to mobile EU citizens without cover",
    "summary": "A mobile clinic and a cover-checking service help homeless EU citizens who have "
    "no health insurance in the host country to get treatment now and have their "
    "entitlements restored for later.",
    "themes": ["access-to-health-care", "legal-and-rights-advice"],
    "target_groups": ["recently-arrived-workers", "women"],
    "countries": ["FR", "BE"],
    "organisation_name": "Atelier Santé Mobile",
    "organisation_country": "FR",
    "organisation_website": "https://example.org/atelier-sante-mobile",
    "evidence_level": "evaluated",
    "year_started": 2014,
    "last_reviewed": "2024-12-02",
    "contact_name": "Claire Dufresne",
    "contact_email": "claire.dufresne@example.org",
    "hero_image": "health-care",
    "related": ["multilingual-street-outreach", "roma-health-mediators-between-two-countries"],
    "body": [
        (
            "paragraph",
            "<p>EU citizens who move to another member state are covered by the health system "
            "of the country where they work or, in many cases, by their home country while "
            "their stay is temporary. In practice, people who lose their job and home often "
            "end up covered nowhere: they no longer contribute, cannot prove where they live "
            "and have lost their European Health Insurance Card. Untreated conditions then "
            "turn into emergencies.</p>",
        ),
        (
            "at_a_glance",
            {
                "heading": "At a glance",
                "facts": [
                    {"label": "Service", "value": "Mobile clinic plus cover-checking desk"},
                    {"label": "Staff", "value": "Nurse, GP sessions, two rights advisers"},
                    {"label": "Where", "value": "Shelters, day centres and two squats"},
                    {"label": "Evaluated", "value": "External evaluation, 2022"},
                ],
            },
        ),
        ("heading", {"text": "Treat first, sort out cover second", "level": "h2"}),
        (
            "paragraph",
            "<p>The mobile clinic visits the places where people already are, on set days. A "
            "nurse and a general practitioner see anyone who comes, without asking for papers. "
            "Prescriptions are dispensed through a partner pharmacy that invoices the project "
            "when there is no cover.</p><p>At the same visit, a rights adviser opens a file on "
            "the person’s entitlements. The adviser checks whether they are still insured "
            "through a past job, whether their home country can issue a card or certificate, "
            "or whether they can join the host country’s basic scheme for residents on low "
            "income. Contact with social security institutions in the country of origin is "
            "often the slowest step, and the project keeps a list of named contacts "
            "there.</p>",
        ),
        (
            "statistic",
            {
                "figure": "62%",
                "label": "of patients without cover had an entitlement restored within six months",
                "source": "External evaluation of the project (sample of 310 patients)",
                "year": 2022,
            },
        ),
        ("heading", {"text": "Women’s health", "level": "h3"}),
        (
            "paragraph",
            "<p>Women attended far less than men until the clinic added a women-only session "
            "with a female doctor and a midwife once a month. Attendance by women tripled. "
            "Pregnant women are fast-tracked, because maternity care is an entitlement in "
            "almost every situation and delays are dangerous.</p>",
        ),
        (
            "quote",
            {
                "text": "Most people we see are entitled to something. The problem is not the "
                "law; it is that nobody has had the time to work out which door to knock "
                "on.",
                "attribution": "Rights adviser, Atelier Santé Mobile",
            },
        ),
        ("heading", {"text": "Costs and funding", "level": "h2"}),
        (
            "paragraph",
            "<p>The evaluation compared the cost of the clinic and the advice desk with the "
            "emergency admissions it was likely to have prevented. It concluded that the "
            "project pays for itself if it avoids a small number of hospital stays a year, and "
            "recommended that health insurers and the regional health agency share the cost "
            "with the city. Since then, the regional agency funds the nurse post and the city "
            "funds the rights advisers, while charitable grants cover medicines for people who "
            "have no cover at all. A neighbouring Belgian city has adopted the same model with "
            "its own public health service.</p>",
        ),
        (
            "key_recommendations",
            {
                "heading": "Key recommendations",
                "items": [
                    "Treat people at once and settle the question of cover afterwards.",
                    "Pair every clinic session with a rights adviser.",
                    "Build named contacts with social security bodies in origin countries.",
                    "Offer women-only sessions to reach women who avoid mixed services.",
                    "Track restored entitlements: they show the savings to funders.",
                ],
            },
        ),
    ],
}
