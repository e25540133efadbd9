"""Demo content of the knowledge base (English): vocabularies, countries, updates, images.

The guides live in ``knowledge_guides`` and are re-exported here as ``GUIDES``.
Bodies are lists of (block type, raw value) pairs; an image block names a key of
``IMAGES``, which the loader turns into a generated image. Facts about the network
come from the project's source documents; every sentence is written for this site.
Key figures are rounded and marked as estimates where they are not exact counts.
"""

from practices.demo.knowledge_guides import GUIDES

THEMES: list[dict] = [
    {
        "slug": "rapid-re-housing",
        "name": "Rapid re-housing",
        "description": "Moving people quickly from shelters into ordinary homes, with the "
        "support they need to keep them.",
    },
    {
        "slug": "housing-first",
        "name": "Housing First",
        "description": "A permanent home first, with open-ended support that does not depend "
        "on treatment or sobriety.",
    },
    {
        "slug": "outreach",
        "name": "Outreach",
        "description": "Meeting people where they sleep and spend their days, in their own "
        "language, and building trust over time.",
    },
    {
        "slug": "access-to-health-care",
        "name": "Access to health care",
        "description": "Getting people treated now and restoring their health cover, in the "
        "host country or the country of origin.",
    },
    {
        "slug": "employment-and-training",
        "name": "Employment and training",
        "description": "Pathways back into decent work: documents, skills, certificates and "
        "employers who recruit fairly.",
    },
    {
        "slug": "legal-and-rights-advice",
        "name": "Legal and rights advice",
        "description": "Advice on residence, social rights, unpaid wages and documents, and "
        "help to challenge wrong refusals.",
    },
    {
        "slug": "ethical-reconnection",
        "name": "Reconnection and return support",
        "description": "Voluntary, informed return to the country of origin or to family, "
        "with a checked plan on arrival and no link to enforcement.",
    },
    {
        "slug": "family-support",
        "name": "Family support",
        "description": "Keeping families together and children in school, health care and "
        "safety while the family finds and keeps a home.",
    },
    {
        "slug": "cross-border-case-coordination",
        "name": "Cross-border case coordination",
        "description": "Agencies in different member states handing over and following cases "
        "with the person's consent, so that support does not break off.",
    },
]

TARGET_GROUPS: list[dict] = [
    {
        "slug": "families-with-children",
        "name": "Families with children",
        "description": "Parents and children without a home of their own, including "
        "single-parent families.",
    },
    {
        "slug": "young-people",
        "name": "Young people",
        "description": "Young adults, usually aged 18 to 25, who moved for work or study and "
        "lost their footing.",
    },
    {
        "slug": "women",
        "name": "Women",
        "description": "Women who are homeless, often hidden from view and at risk of "
        "violence and exploitation.",
    },
    {
        "slug": "mental-health-needs",
        "name": "People with mental health needs",
        "description": "People living with mental illness, trauma or addiction who need care "
        "that comes to them.",
    },
    {
        "slug": "roma-communities",
        "name": "Roma communities",
        "description": "Roma families and individuals, who face discrimination in housing, "
        "work and services in many countries.",
    },
    {
        "slug": "recently-arrived-workers",
        "name": "Recently arrived workers",
        "description": "People who came to work, often through agencies, and lost their job "
        "and accommodation together.",
    },
    {
        "slug": "people-sleeping-rough",
        "name": "People sleeping rough",
        "description": "People who sleep in the street, in parks, stations or other places "
        "not meant for living.",
    },
]

IMAGES: dict[str, dict] = {
    "family-home": {
        "title": "Demo illustration: houses with lit windows",
        "alt": "Illustration of a row of small houses with lit windows on a warm background",
        "palette": ((233, 128, 84), (112, 58, 118)),
        "motif": "houses",
    },
    "housing-first": {
        "title": "Demo illustration: homes on a green hill",
        "alt": "Illustration of simple houses on a green hill",
        "palette": ((74, 156, 112), (28, 72, 92)),
        "motif": "houses",
    },
    "street-outreach": {
        "title": "Demo illustration: a path to a doorway",
        "alt": "Illustration of stepping stones winding towards a lit doorway",
        "palette": ((44, 96, 150), (18, 36, 78)),
        "motif": "path",
    },
    "work-and-training": {
        "title": "Demo illustration: a path towards work",
        "alt": "Illustration of a winding path of stones on an amber background",
        "palette": ((226, 166, 62), (150, 72, 42)),
        "motif": "path",
    },
    "health-care": {
        "title": "Demo illustration: circles of care",
        "alt": "Illustration of overlapping soft circles joined by lines",
        "palette": ((204, 76, 96), (92, 42, 112)),
        "motif": "circles",
    },
    "service-network": {
        "title": "Demo illustration: a network of services",
        "alt": "Illustration of connected circles on a teal background",
        "palette": ((34, 134, 124), (22, 60, 92)),
        "motif": "circles",
    },
    "europe-map": {
        "title": "Demo illustration: places across Europe",
        "alt": "Abstract map of points across Europe joined by arcs",
        "palette": ((54, 74, 156), (20, 30, 72)),
        "motif": "map",
    },
    "policy-map": {
        "title": "Demo illustration: a map of cooperation",
        "alt": "Abstract map of highlighted places on a violet background",
        "palette": ((122, 92, 172), (48, 38, 98)),
        "motif": "map",
    },
}

COUNTRIES: list[dict] = [
    {
        "code": "BE",
        "slug": "belgium",
        "title": "Belgium",
        "summary": "A federal country where regions lead on homelessness. Brussels, with its "
        "many EU institutions and workers, sees a large share of mobile EU citizens in "
        "its services.",
        "hero_image": "service-network",
        "strategy_summary": "<p>Homelessness policy is shared between the federal state, the "
        "regions and the municipalities. The regions fund most shelters and Housing First "
        "programmes, while municipal social welfare centres decide on individual support. "
        "For mobile EU citizens, access to that support depends heavily on whether they "
        "can prove a right of residence.</p>",
        "key_figures": [
            {
                "figure": "about 7,100",
                "label": "people counted homeless or in insecure housing in the Brussels "
                "region on one night",
                "source": "Regional point-in-time count (estimate)",
                "year": 2022,
            },
        ],
        "policy_framework": "<h2>Who does what</h2><p>Regions fund emergency shelter, day "
        "centres and housing programmes; municipal social welfare centres grant income "
        "support and a reference address. Federal rules decide on residence rights.</p>"
        "<h2>Mobile EU citizens</h2><p>Low-threshold services are generally open to "
        "everyone. Longer-term support often is not, and practice varies between "
        "municipalities, which makes rights advice essential.</p>",
        "links": [
            {"url": "https://example.org/briefings/belgium", "label": "Network briefing: Belgium"},
            {"url": "https://www.feantsa.org/", "label": "FEANTSA"},
        ],
    },
    {
        "code": "CZ",
        "slug": "czechia",
        "title": "Czechia",
        "summary": "Both a country of origin and a host country. Municipal rapid re-housing "
        "pilots for families have shown that direct access to ordinary flats works.",
        "hero_image": "family-home",
        "strategy_summary": "<p>A national strategy on homelessness sets the frame, while "
        "municipalities own much of the social and rental housing. Rapid re-housing and "
        "Housing First pilots for families and individuals have been tested in several "
        "cities since the mid-2010s.</p>",
        "key_figures": [
            {
                "figure": "about 24,000",
                "label": "people without a home, sleeping rough or in shelters",
                "source": "National homelessness count (estimate)",
                "year": 2019,
            },
        ],
        "policy_framework": "<h2>Housing</h2><p>Municipal housing stock and housing "
        "benefits are the main tools; direct payment of housing benefit to landlords helps "
        "prevent arrears.</p><h2>Services</h2><p>Shelters, hostels and outreach are "
        "registered social services financed by regions and the state.</p>",
        "links": [
            {"url": "https://example.org/briefings/czechia", "label": "Network briefing: Czechia"},
        ],
    },
    {
        "code": "DE",
        "slug": "germany",
        "title": "Germany",
        "summary": "Municipalities must accommodate people who would otherwise sleep rough, "
        "but mobile EU citizens are often limited to emergency shelter.",
        "strategy_summary": "<p>A national action plan aims to overcome homelessness by 2030. "
        "Police and public-order law obliges municipalities to provide emergency "
        "accommodation; social support depends on the person's entitlement to benefits, "
        "which for some EU citizens is restricted.</p>",
        "key_figures": [
            {
                "figure": "about 440,000",
                "label": "people in emergency or temporary accommodation on one day, "
                "refugees included",
                "source": "Federal accommodation statistics (estimate)",
                "year": 2024,
            },
        ],
        "policy_framework": "<h2>National action plan</h2><p>Adopted in 2024, it brings "
        "together federal, state and municipal measures on prevention and housing.</p>"
        "<h2>Access for EU citizens</h2><p>Entitlements vary with worker status and length "
        "of residence; counselling services play a key role in clarifying them.</p>",
        "links": [
            {"url": "https://example.org/briefings/germany", "label": "Network briefing: Germany"},
            {"url": "https://ec.europa.eu/social/", "label": "European Commission: social affairs"},
        ],
    },
    {
        "code": "NL",
        "slug": "netherlands",
        "title": "Netherlands",
        "summary": "Cities with large logistics and agricultural labour markets see many "
        "recently arrived workers who lose job and housing together.",
        "hero_image": "work-and-training",
        "strategy_summary": "<p>Central cities organise shelter and support for their "
        "regions. A national approach shifts the focus from shelter to housing with support. "
        "Work-related housing provided by employers or agencies links the loss of a job to "
        "the loss of a home.</p>",
        "key_figures": [
            {
                "figure": "about 30,000",
                "label": "homeless people aged 18 to 65",
                "source": "National homelessness count (estimate)",
                "year": 2024,
            },
        ],
        "policy_framework": "<h2>Shelter and housing</h2><p>Municipalities are responsible "
        "for social support; central cities coordinate shelter for their region.</p>"
        "<h2>Labour migration</h2><p>Separating employment and housing contracts is a "
        "recurring recommendation to protect mobile workers.</p>",
        "links": [
            {
                "url": "https://example.org/briefings/netherlands",
                "label": "Network briefing: Netherlands",
            },
        ],
    },
    {
        "code": "IE",
        "slug": "ireland",
        "title": "Ireland",
        "summary": "A severe housing shortage keeps record numbers in emergency "
        "accommodation; residence tests shape what EU citizens can claim.",
        "strategy_summary": "<p>The national housing plan includes Housing First targets "
        "and prevention measures. Local authorities provide emergency accommodation; access "
        "to social welfare depends on meeting the habitual residence condition.</p>",
        "key_figures": [
            {
                "figure": "over 15,000",
                "label": "people, children included, in state-funded emergency accommodation "
                "in one month",
                "source": "Monthly emergency accommodation report (estimate)",
                "year": 2024,
            },
        ],
        "policy_framework": "<h2>Emergency accommodation</h2><p>Funded through local "
        "authorities and largely provided by charities and private operators.</p>"
        "<h2>Rights of EU citizens</h2><p>Retained worker status and the habitual residence "
        "condition are frequent questions in advice work.</p>",
        "links": [
            {"url": "https://example.org/briefings/ireland", "label": "Network briefing: Ireland"},
        ],
    },
    {
        "code": "FI",
        "slug": "finland",
        "title": "Finland",
        "summary": "The country best known for Housing First, where long-term homelessness "
        "has fallen steadily; the remaining gaps include people without local registration.",
        "hero_image": "housing-first",
        "strategy_summary": "<p>Successive national programmes since 2008 have replaced "
        "most shelters with permanent supported housing on Housing First principles. "
        "Cooperation between the state, municipalities and non-profit housing providers is "
        "the foundation of the approach.</p>",
        "key_figures": [
            {
                "figure": "about 3,400",
                "label": "people living alone counted as homeless",
                "source": "National homelessness count (estimate)",
                "year": 2023,
            },
        ],
        "policy_framework": "<h2>Housing First</h2><p>Permanent homes with support, "
        "financed through national housing funds and municipal services.</p>"
        "<h2>Mobile EU citizens</h2><p>People without a municipality of residence can find "
        "it hard to enter housing programmes; non-profit providers fill part of the gap.</p>",
        "links": [
            {"url": "https://example.org/briefings/finland", "label": "Network briefing: Finland"},
            {"url": "https://www.feantsa.org/", "label": "FEANTSA"},
        ],
    },
    {
        "code": "RO",
        "slug": "romania",
        "title": "Romania",
        "summary": "Mainly a country of origin: agencies here receive people who return and "
        "work with families who move back and forth.",
        "hero_image": "europe-map",
        "strategy_summary": "<p>Homelessness services are organised by local authorities and "
        "non-governmental organisations, with large differences between cities. Cooperation "
        "with agencies in host countries is growing, especially on return support and on "
        "health care for Roma families.</p>",
        "key_figures": [],
        "policy_framework": "<h2>Local services</h2><p>Municipal social assistance "
        "directorates run shelters and social canteens; NGOs provide much of the outreach "
        "and day-centre work.</p><h2>Returns</h2><p>Receiving agencies ask for advance "
        "notice and honest information, so that people arrive to a prepared plan.</p>",
        "links": [
            {"url": "https://example.org/briefings/romania", "label": "Network briefing: Romania"},
        ],
    },
]

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

__all__ = ["COUNTRIES", "GUIDES", "IMAGES", "TARGET_GROUPS", "THEMES", "UPDATES"]
