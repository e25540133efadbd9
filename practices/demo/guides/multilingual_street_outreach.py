"""Demo guide (English source text, as data):
Multilingual street outreach in a capital city.
"""

GUIDE = {
    "slug": "multilingual-street-outreach",
    "title": "Multilingual street outreach in a capital city",
    "summary": "Outreach workers who speak the languages of Central and Eastern Europe meet "
    "people sleeping rough at night and early morning, build trust over weeks and "
    "guide them to health care, rights advice and a place to stay.",
    "themes": ["outreach", "access-to-health-care"],
    "target_groups": ["recently-arrived-workers", "people-sleeping-rough"],
    "countries": ["BE", "NL"],
    "organisation_name": "Canal Outreach Collective",
    "organisation_country": "BE",
    "organisation_website": "https://example.org/canal-outreach",
    "evidence_level": "promising",
    "year_started": 2019,
    "last_reviewed": "2025-11-03",
    "contact_name": "Marek Nowicki",
    "contact_email": "marek.nowicki@example.org",
    "hero_image": "street-outreach",
    "related": ["rights-clinic-for-eu-citizens", "health-care-without-insurance"],
    "body": [
        (
            "paragraph",
            "<p>In the city centre and around the main railway stations, many people who sleep "
            "rough are citizens of other member states. Some came for seasonal or agency work "
            "that ended; others arrived with a promise of a job that never existed. Few of "
            "them use day centres, because they do not speak the language, fear being reported "
            "to the authorities or simply do not know the services exist.</p>",
        ),
        (
            "at_a_glance",
            {
                "heading": "At a glance",
                "facts": [
                    {"label": "Team", "value": "6 outreach workers, 2 of them peer workers"},
                    {"label": "Languages", "value": "Polish, Romanian, Bulgarian, Hungarian"},
                    {"label": "Hours", "value": "Evenings and from 5 a.m., six days a week"},
                    {"label": "Contacts", "value": "About 900 different people a year"},
                ],
            },
        ),
        ("heading", {"text": "Meeting people where they are", "level": "h2"}),
        (
            "paragraph",
            "<p>Workers go out in pairs on fixed rounds, so that people know when and where to "
            "find them. The first conversations are about immediate needs: a blanket, a hot "
            "drink, a sore foot. Questions about papers and plans come later, once people are "
            "sure the team is not linked to the police or the immigration office. The team "
            "says this plainly at the first meeting, and keeps its word: it shares information "
            "only with the person’s consent.</p><p>Speaking someone’s language changes the "
            "conversation. People explain their situation in detail, often for the first time "
            "since they arrived, and the worker can judge quickly which rights they may "
            "have.</p>",
        ),
        ("heading", {"text": "From the street to a service", "level": "h2"}),
        (
            "paragraph",
            "<p>Each contact ends with one concrete next step that the person has agreed to. "
            "The most frequent are:</p><ol><li>an accompanied visit to a free medical "
            "consultation;</li><li>an appointment with a rights adviser to check residence "
            "status and unpaid wages;</li><li>a bed in a low-threshold shelter that does not "
            "ask for papers;</li><li>help to replace a lost identity card through the person’s "
            "consulate.</li></ol>",
        ),
        (
            "video_link",
            {
                "url": "https://example.org/videos/canal-outreach-night-round",
                "title": "A night round with the outreach team",
                "description": "Workers explain how they approach someone for the first time and "
                "why they come back to the same place every week.",
                "duration": "6:40",
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": "<p>Do not let outreach become a channel for enforcement. When people "
                "suspect that contact with the team leads to removal, they move to places "
                "where nobody can reach them, and their health suffers.</p>",
            },
        ),
        ("heading", {"text": "Results so far", "level": "h2"}),
        (
            "paragraph",
            "<p>The team records each contact and each agreed step. Over three years, about a "
            "third of the people met more than three times moved into some form of "
            "accommodation, and most of the others were linked to medical care. The data have "
            "not been independently evaluated, but the pattern has been stable from year to "
            "year, and a partner team in a Dutch city now works the same way.</p>",
        ),
        (
            "key_recommendations",
            {
                "heading": "Key recommendations",
                "items": [
                    "Recruit workers who speak the languages of the people you meet.",
                    "Keep fixed rounds and times so that people can find you.",
                    "State your independence from enforcement and keep to it.",
                    "Agree one concrete next step at every contact.",
                    "Include peer workers who have been homeless in another country.",
                ],
            },
        ),
    ],
}
