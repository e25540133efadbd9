"""Demo updates of the knowledge base (English), as plain data."""

UPDATES: list[dict] = [
    {
        "slug": "network-opens-its-knowledge-base",
        "title": "The network opens its knowledge base",
        "date": "2025-03-10",
        "kind": "news",
        "authors": "Eva Marková, Tom Evans",
        "summary": "Agencies from across Europe now share their practice, country profiles "
        "and updates on one public site, with a secure area for members.",
        "themes": ["cross-border-case-coordination"],
        "hero_image": "europe-map",
        "body": [
            (
                "paragraph",
                "<p>The network brings together homeless-service agencies that support EU "
                "citizens who moved to another member state and became homeless there. It "
                "started as a two-year project supported by the European Commission and "
                "carried out with FEANTSA, the European federation of organisations working "
                "with homeless people, with a housing association in Wales coordinating the "
                "delivery.</p>",
            ),
            (
                "statistic",
                {
                    "figure": "12",
                    "label": "member states where homeless services reported a growing share "
                    "of migrants among their users",
                    "source": "FEANTSA monitoring report “On the Way Home?”",
                    "year": 2012,
                },
            ),
            ("heading", {"text": "What the site offers", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Best-practice guides that explain how agencies solved a problem.</li>"
                "<li>Country profiles comparing national strategies.</li>"
                "<li>News, policy briefs and statements.</li>"
                "<li>For members, a secure area to coordinate casework when people move "
                "between countries, with their consent.</li></ul>",
            ),
            (
                "quote",
                {
                    "text": "No single agency can follow a person across borders. Together we "
                    "can make sure they do not have to start from nothing each time.",
                    "attribution": "Network coordinator",
                },
            ),
        ],
    },
    {
        "slug": "shelter-access-should-not-depend-on-nationality",
        "title": "Emergency shelter should not depend on nationality",
        "date": "2025-06-24",
        "kind": "policy-brief",
        "authors": "Sophie Laurent, Piotr Zieliński",
        "summary": "A policy brief on why restricting emergency shelter for mobile EU citizens "
        "costs more than it saves, and what cities can do instead.",
        "themes": ["legal-and-rights-advice", "outreach"],
        "hero_image": "policy-map",
        "body": [
            (
                "paragraph",
                "<p>Some cities limit access to emergency shelter for EU citizens who cannot "
                "show a local entitlement. Member agencies report that this pushes people into "
                "rough sleeping, where their health declines quickly and emergency services "
                "pick up the cost.</p>",
            ),
            ("heading", {"text": "Our recommendations", "level": "h2"}),
            (
                "paragraph",
                "<ol><li>Open emergency shelter to everyone at risk on the street.</li>"
                "<li>Pair shelter with rights advice, so entitlements are clarified fast.</li>"
                "<li>Fund housing pathways for those who have rights but cannot prove them "
                "yet.</li></ol>",
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": "<p>This brief summarises the experience of member agencies; it "
                    "is not legal advice on any country's rules.</p>",
                },
            ),
        ],
    },
    {
        "slug": "statement-on-voluntary-return",
        "title": "Statement: return support must always be voluntary",
        "date": "2025-09-02",
        "kind": "statement",
        "authors": "Network steering group",
        "summary": "The network sets out the conditions under which its members offer return "
        "support, and rejects any link between help and enforcement.",
        "themes": ["ethical-reconnection"],
        "body": [
            (
                "paragraph",
                "<p>Return to the country of origin can be a good outcome when a person "
                "chooses it freely and arrives to a prepared plan. It must never be the price "
                "of a bed or a meal, and it must never serve to remove people.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Members do not share information about the people they "
                    "support with immigration enforcement.</p>",
                },
            ),
            ("heading", {"text": "Our conditions", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Informed, written consent that can be withdrawn.</li>"
                "<li>A plan confirmed by a partner agency at the destination.</li>"
                "<li>Follow-up after arrival.</li></ul>",
            ),
        ],
    },
    {
        "slug": "peer-visit-rapid-re-housing-families",
        "title": "Peer visit: what rapid re-housing teaches about keeping a home",
        "date": "2025-11-18",
        "kind": "news",
        "authors": "Anna Kowalczyk",
        "summary": "Members from six countries visited a Czech rapid re-housing programme "
        "for families and came back with lessons on caseloads and rent debt.",
        "themes": ["rapid-re-housing", "family-support"],
        "hero_image": "family-home",
        "body": [
            (
                "paragraph",
                "<p>Caseworkers from six member agencies spent two days with a team that moves "
                "homeless families directly into rental flats. They met families, landlords "
                "and the school liaison worker.</p>",
            ),
            (
                "statistic",
                {
                    "figure": "8–10",
                    "label": "families per support worker, the caseload the host team recommends",
                    "source": "Host team's internal review",
                    "year": 2024,
                },
            ),
            (
                "paragraph",
                "<p>Visitors were most struck by the early warning on rent debt and by the "
                "care taken to furnish each flat. The full practice is described in the "
                "guide on rapid re-housing of homeless families.</p>",
            ),
        ],
    },
    {
        "slug": "winter-provision-lessons-2025-26",
        "title": "Winter provision 2025–26: lessons from member cities",
        "date": "2026-04-20",
        "kind": "policy-brief",
        "authors": "Lukas Gruber, Claire Dufresne",
        "summary": "Winter programmes protected many lives this year. Cities that started "
        "housing work early also moved people on when the season ended.",
        "themes": ["rapid-re-housing", "outreach"],
        "body": [
            (
                "paragraph",
                "<p>Member agencies in nine cities compared their winter programmes. Where "
                "housing caseworkers worked in the shelter from November, more guests left "
                "for a home in spring.</p>",
            ),
            ("heading", {"text": "What worked", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Daytime opening for appointments.</li>"
                "<li>Rent guarantee funds to open private rented housing.</li>"
                "<li>Early contact with agencies in origin countries for planned returns.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "text": "Winter is the one time we see everyone. It is too valuable to "
                    "spend only on keeping people warm.",
                    "attribution": "Shelter coordinator in a member city",
                },
            ),
        ],
    },
    {
        "slug": "data-protection-in-cross-border-handover",
        "title": "New guidance on data protection in cross-border handover",
        "date": "2026-06-30",
        "kind": "news",
        "authors": "Mette Kjær, Daniel Okafor",
        "summary": "Members agreed common rules for sharing case information between "
        "countries: consent, minimum data, logged access and deletion after handover.",
        "themes": ["cross-border-case-coordination", "legal-and-rights-advice"],
        "hero_image": "service-network",
        "body": [
            (
                "paragraph",
                "<p>After a year of piloting handover between agencies in three countries, "
                "members adopted shared guidance for the secure register.</p>",
            ),
            ("heading", {"text": "The four rules", "level": "h2"}),
            (
                "paragraph",
                "<ol><li>Explicit consent of the person, which can be withdrawn.</li>"
                "<li>Only the data needed for the next step.</li>"
                "<li>Every access logged and audited.</li>"
                "<li>Handover notes deleted once the case is taken up.</li></ol>",
            ),
        ],
    },
    {
        "slug": "what-an-eu-platform-can-do-for-mobile-citizens",
        "title": "What European cooperation on homelessness can do for mobile citizens",
        "date": "2026-09-15",
        "kind": "policy-brief",
        "authors": "Sophie Laurent",
        "summary": "Since 2021 member states have worked together on ending homelessness by "
        "2030. This brief proposes how that work could address people who move.",
        "themes": ["cross-border-case-coordination", "housing-first"],
        "body": [
            (
                "paragraph",
                "<p>In 2021 EU member states and institutions signed a joint declaration "
                "setting the goal of ending homelessness by 2030 and set up a European "
                "platform to pursue it. Mobile EU citizens are mentioned, but concrete "
                "measures for them remain rare.</p>",
            ),
            (
                "statistic",
                {
                    "figure": "2030",
                    "label": "the year by which signatories aim to end homelessness",
                    "source": "Joint declaration on combating homelessness",
                    "year": 2021,
                },
            ),
            ("heading", {"text": "Proposals", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Count mobile EU citizens consistently in national homelessness "
                "data.</li><li>Fund cross-border handover and ethical return support.</li>"
                "<li>Open Housing First programmes to people without local registration.</li>"
                "</ul>",
            ),
        ],
    },
]
