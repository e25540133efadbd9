"""Demo country profiles of the knowledge base (English), as plain data."""

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
