"""Demo guide (English source text, as data):
Secure, consent-based handover of cases between countries.
"""

GUIDE = {
    "slug": "secure-cross-border-case-handover",
    "title": "Secure, consent-based handover of cases between countries",
    "summary": "When a person supported in one member state moves to another, caseworkers hand "
    "the case over through an agreed, consent-based procedure and a secure register, "
    "so that support does not start again from nothing.",
    "themes": ["cross-border-case-coordination", "ethical-reconnection", "legal-and-rights-advice"],
    "target_groups": ["recently-arrived-workers"],
    "countries": ["DK", "PL", "DE"],
    "organisation_name": "Baltic Bridge Caseworkers’ Association",
    "organisation_country": "DK",
    "organisation_website": "https://example.org/baltic-bridge",
    "evidence_level": "emerging",
    "year_started": 2024,
    "last_reviewed": "2026-06-15",
    "contact_name": "Mette Kjær",
    "contact_email": "mette.kjaer@example.org",
    "hero_image": "europe-map",
    "related": ["ethical-reconnection-support", "roma-health-mediators-between-two-countries"],
    "body": [
        (
            "paragraph",
            "<p>Mobile citizens move on: for a new job, to family, or back home. Each move "
            "usually means that the support built up in one city is lost. The next agency "
            "starts again, asks the same questions and repeats assessments, while the person "
            "waits. Agencies in Denmark, Poland and Germany tested a simple way to hand a case "
            "over, with the person’s agreement, through the network’s secure register.</p>",
        ),
        (
            "at_a_glance",
            {
                "heading": "At a glance",
                "facts": [
                    {"label": "Partners", "value": "Nine agencies in three countries"},
                    {"label": "Tool", "value": "The network’s secure, audited register"},
                    {"label": "Basis", "value": "Explicit consent of the person"},
                    {"label": "Stage", "value": "Pilot started in 2024"},
                ],
            },
        ),
        (
            "image",
            {
                "image": "europe-map",
                "alt_text": "Abstract map of points across Europe joined by arcs",
                "caption": "Handover follows the person, not the other way round.",
            },
        ),
        ("heading", {"text": "The procedure", "level": "h2"}),
        (
            "paragraph",
            "<ol><li>The caseworker explains what a handover means, what would be shared and "
            "with whom, in the person’s language.</li><li>The person agrees, or not, and can "
            "choose which parts of their file are passed on.</li><li>The caseworker writes a "
            "short handover note: current needs, risks, documents held, rights already "
            "established and open applications.</li><li>The receiving agency confirms it can "
            "take the case and names a caseworker, before the person travels.</li><li>Both "
            "caseworkers speak by phone once, and the file is closed at the sending end after "
            "the first meeting at the receiving end.</li></ol>",
        ),
        ("heading", {"text": "Data protection from the start", "level": "h2"}),
        (
            "paragraph",
            "<p>Information about homelessness, health and migration is sensitive. The pilot "
            "shares only what is needed for the next step, keeps it in a register that logs "
            "every access, and deletes handover notes once the case is taken up. People can "
            "see what was shared about them and withdraw consent at any time. Nothing is ever "
            "passed to immigration or police authorities.</p>",
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": "<p>A register of people’s movements could easily be misused for control. "
                "Agencies must agree in writing that it serves only the continuity of "
                "support, and the network audits that this is so.</p>",
            },
        ),
        ("heading", {"text": "First experience", "level": "h2"}),
        (
            "paragraph",
            "<p>In its first year the pilot handed over a few dozen cases. Receiving agencies "
            "said that the short note saved them several meetings, and that knowing which "
            "rights were already established helped most. Most people asked agreed to a "
            "handover; those who refused mostly wanted a fresh start without their history, a "
            "choice the pilot respects.</p><p>The partners plan to add agencies in two more "
            "countries and to test whether handover also helps people who return to their "
            "country of origin, together with the network’s standard for ethical "
            "reconnection.</p>",
        ),
        (
            "key_recommendations",
            {
                "heading": "Key recommendations",
                "items": [
                    "Hand over only with explicit, informed consent the person can withdraw.",
                    "Share the minimum: needs, risks, documents and rights established.",
                    "Confirm a named receiving caseworker before the person travels.",
                    "Log every access and delete handover notes once the case is taken up.",
                    "Never share handover information with enforcement authorities.",
                ],
            },
        ),
    ],
}
