"""Demo guide (English source text, as data):
Reconnection that people choose: an ethical approach to return support.
"""

GUIDE = {
    "slug": "ethical-reconnection-support",
    "title": "Reconnection that people choose: an ethical approach to return support",
    "summary": "Return support is offered only as one option among others, with informed "
    "consent, a checked plan on arrival and no link to enforcement. What a London "
    "charity and partners in Poland and Romania agreed as their standard.",
    "themes": ["ethical-reconnection", "cross-border-case-coordination"],
    "target_groups": ["recently-arrived-workers", "mental-health-needs"],
    "countries": ["GB", "PL", "RO"],
    "organisation_name": "Thames Crossings Trust",
    "organisation_country": "GB",
    "organisation_website": "https://example.org/thames-crossings",
    "evidence_level": "evaluated",
    "year_started": 2013,
    "last_reviewed": "2025-07-01",
    "contact_name": "Daniel Okafor",
    "contact_email": "daniel.okafor@example.org",
    "related": ["secure-cross-border-case-handover", "multilingual-street-outreach"],
    "body": [
        (
            "paragraph",
            "<p>Helping someone return to their country of origin can be the right outcome: a "
            "person may have family, a home or treatment waiting there. It can also be a way "
            "of moving a problem across a border. The difference lies in how it is done. This "
            "guide describes the standard a London charity and its partner agencies in Poland "
            "and Romania work to, after years of learning what goes wrong.</p>",
        ),
        (
            "at_a_glance",
            {
                "heading": "At a glance",
                "facts": [
                    {"label": "Offer", "value": "Return support as one option among several"},
                    {"label": "Consent", "value": "Informed, written, can be withdrawn"},
                    {"label": "Arrival", "value": "Plan confirmed with a partner agency"},
                    {"label": "Follow-up", "value": "Contact after 1 week and 3 months"},
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": "<p>Reconnection must never be a condition of getting a bed, food or "
                "advice, and the team must never share information with immigration "
                "enforcement. Where return support is tied to enforcement, people stop "
                "using services altogether.</p>",
            },
        ),
        ("heading", {"text": "The standard", "level": "h2"}),
        (
            "paragraph",
            "<ol><li><b>Options first.</b> The caseworker explains every realistic option in "
            "the person’s language: staying with support, work, moving to another city, or "
            "returning.</li><li><b>Informed consent.</b> The person decides, signs a consent "
            "form they understand and can change their mind at any point before "
            "departure.</li><li><b>A real plan on arrival.</b> Before travel, a partner agency "
            "in the destination confirms accommodation and a first appointment. A ticket alone "
            "is not a plan.</li><li><b>Health needs covered.</b> Medication for the journey "
            "and a referral to a doctor or treatment service at the other "
            "end.</li><li><b>Follow-up.</b> The partner agency contacts the person after a "
            "week and after three months, and reports back.</li></ol>",
        ),
        ("heading", {"text": "Working with partner agencies", "level": "h2"}),
        (
            "paragraph",
            "<p>The trust has written agreements with agencies in several Polish and Romanian "
            "cities. They share a referral form, agree what information is passed on with "
            "consent, and meet online each month to discuss cases and problems. Partner "
            "agencies say that the most useful thing is honest information in advance: about "
            "addiction, debts and family conflict, so that they can prepare rather than be "
            "surprised.</p>",
        ),
        (
            "statistic",
            {
                "figure": "71%",
                "label": "of people who returned with a confirmed plan were still housed after "
                "three months",
                "source": "Evaluation commissioned by the trust",
                "year": 2021,
            },
        ),
        (
            "paragraph",
            "<p>The evaluation compared this with earlier years, when tickets were bought at "
            "short notice without a confirmed plan: then, more than half of the people could "
            "not be reached after three months, and some were known to be homeless again, in "
            "the origin country or back in London.</p>",
        ),
        (
            "quote",
            {
                "text": "The question is not whether people go home. It is whether they arrive "
                "somewhere safe, and whether going was really their choice.",
                "attribution": "Caseworker, Thames Crossings Trust",
            },
        ),
        (
            "key_recommendations",
            {
                "heading": "Key recommendations",
                "items": [
                    "Offer return as one option among several, never as a condition.",
                    "Obtain informed, written consent that can be withdrawn.",
                    "Do not travel without a plan confirmed by a partner at the destination.",
                    "Keep return support completely separate from enforcement.",
                    "Follow up after one week and three months and learn from the results.",
                ],
            },
        ),
    ],
}
