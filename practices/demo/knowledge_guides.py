"""Demo best-practice guides of the knowledge base (English), as plain data.

Each guide is a dict of page fields; ``body`` is a list of (block type, raw value)
pairs in the shapes Wagtail's StreamField accepts, except that an image block names
a key of ``knowledge.IMAGES`` that the loader replaces with the generated image.
The agencies are fictional; facts about practice come from the project's source
documents and general knowledge of the field, in words written for this site.
"""

GUIDES: list[dict] = [
    {
        "slug": "rapid-re-housing-of-homeless-families",
        "title": "Rapid re-housing of homeless families: helping them keep the new home",
        "summary": (
            "How a small team moves homeless families, many of them Roma, straight into "
            "ordinary flats and then helps them stay: a worker the family chooses, links to "
            "local services, a furnished home, fast answers to complaints and early warning "
            "on rent debt."
        ),
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
                "This programme houses families who were living in shelters, overcrowded "
                "rooms or hostels directly in standard rental flats, without asking them to "
                "prove themselves first in transitional housing. Its real aim is that the "
                "family can stay in that flat for as long as they wish. Many of the families "
                "are Roma households who have met discrimination on the private rental "
                "market for years.</p>",
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
                "worker. When there is trust, the worker hears about problems early, while "
                "they are still small and cheap to solve. The team therefore offers each "
                "family one worker whom they meet regularly, normally once a week, and who "
                "treats the parents as equals rather than as clients to be managed.</p>"
                "<p>Families take part in choosing that worker. The team draws loosely on a "
                "method from a Dutch supported-housing provider that describes six basic "
                "styles of approaching people. Families watch short video clips in which "
                "staff act out the different styles and say which one suits them. The team "
                "then weighs that choice against what it knows of the family’s situation "
                "before the match is made. Where it helps, a peer worker with lived "
                "experience joins the team.</p>",
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": "<p>Sometimes a relationship breaks down beyond repair, for example "
                    "during a serious family crisis involving domestic violence. The team then "
                    "hands the family over to another suitable worker. What matters most is "
                    "that contact is never lost. If a family refuses everyone in the team, "
                    "another service should be ready to step in, because families left without "
                    "support they value are at high risk of losing the flat.</p>",
                },
            ),
            ("heading", {"text": "Connecting with services nearby", "level": "h2"}),
            (
                "paragraph",
                "<p>Most families already know how to find their way, or keep the services "
                "they used before the move. Where they need help, the team concentrates on "
                "a few connections:</p>"
                "<ul><li>places at a school or kindergarten close to the new flat, handled by "
                "a worker who specialises in education;</li>"
                "<li>a family doctor and, when needed, specialists;</li>"
                "<li>a first meeting with the child protection worker responsible for the new "
                "address, where child protection is involved;</li>"
                "<li>sensible places to shop on a tight budget.</li></ul>"
                "<p>When the risks look high, a case conference with the family and the "
                "services involved helps to name them and agree who does what.</p>",
            ),
            ("heading", {"text": "Making the flat a home", "level": "h2"}),
            (
                "paragraph",
                "<p>Experience shows that furnishing the flat decides a great deal. Most "
                "families have their own plans and need little help, but some cannot turn "
                "empty rooms into a home, and the first weeks are then lost. The worker can "
                "offer furniture from a furniture bank, chosen by the family and delivered to "
                "the door; furniture from private donors, who know the programme from its "
                "public communication; and help to claim the social benefit for household "
                "equipment.</p>",
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
                "<p>Trouble with neighbours usually starts months after the move. The team "
                "keeps in touch with the landlord, the police and others who hear of "
                "complaints, and follows one rule: an immediate warning and a rapid response. "
                "The worker first finds out what happened from everyone involved, then sits "
                "down with the family. The plan to put things right is the family’s own, "
                "because plans made over their heads do not work. It is then agreed with the "
                "other parties, reviewed at the weekly team meeting and reported back to "
                "the landlord.</p>"
                "<p>Rent arrears are the other common way tenancies fail. An early-warning "
                "arrangement with the landlord’s payment records tells all partners each "
                "month, shortly after the due date, when a debt appears. The worker then "
                "talks it through with the family and the plan is reviewed at least monthly. "
                "The landlord switches at once to direct payment of housing benefit so that "
                "the debt cannot keep growing, and a repayment plan follows.</p>",
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
                    "text": "Twelve families each sounded manageable until two of them hit a "
                    "crisis in the same week. With ten or fewer, nobody else gets forgotten.",
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
    },
    {
        "slug": "housing-first-for-people-with-complex-needs",
        "title": "Housing First for mobile EU citizens with complex needs",
        "summary": (
            "A Housing First team offers scattered flats and open-ended support to EU "
            "citizens who have slept rough for years, including people with mental illness "
            "and addiction, and works around gaps in their social rights."
        ),
        "themes": ["housing-first", "access-to-health-care"],
        "target_groups": ["mental-health-needs", "people-sleeping-rough"],
        "countries": ["FI", "SE"],
        "organisation_name": "Northern Harbour Housing Foundation",
        "organisation_country": "FI",
        "organisation_website": "https://example.org/northern-harbour",
        "evidence_level": "evidence-based",
        "year_started": 2015,
        "last_reviewed": "2025-05-20",
        "contact_name": "Aino Lehtonen",
        "contact_email": "aino.lehtonen@example.org",
        "hero_image": "housing-first",
        "related": [
            "assertive-outreach-for-people-with-mental-illness",
            "rapid-re-housing-of-homeless-families",
        ],
        "body": [
            (
                "paragraph",
                "<p>Housing First turns the usual staircase upside down: people get a "
                "permanent home of their own first, with support that follows them, instead "
                "of earning housing by completing treatment or living in shelters. The "
                "approach is well researched, including randomised trials in several "
                "countries, and has become the backbone of national strategy in Finland. "
                "This guide describes how one foundation opened it to EU citizens from other "
                "member states, a group that often falls outside the rules of local "
                "housing allocation.</p>",
            ),
            (
                "at_a_glance",
                {
                    "heading": "At a glance",
                    "facts": [
                        {"label": "Who", "value": "EU citizens long-term homeless, complex needs"},
                        {"label": "Housing", "value": "Scattered flats rented from the market"},
                        {"label": "Support", "value": "Open-ended, flexible, ratio 1:7"},
                        {"label": "Conditions", "value": "None on treatment or sobriety"},
                        {"label": "Cities", "value": "Helsinki region, Stockholm (partner team)"},
                    ],
                },
            ),
            ("heading", {"text": "Why mobile citizens were missing out", "level": "h2"}),
            (
                "paragraph",
                "<p>The city’s Housing First programme was designed for residents. People who "
                "had come from other member states to work, and lost their job and home, "
                "often could not prove a right of residence or a local registration and so "
                "were never referred. They stayed in night shelters for years, and their "
                "health declined. Outreach workers kept meeting the same faces.</p>"
                "<p>The foundation set aside a share of its flats for people who could not be "
                "housed through the municipal route and raised separate funding for their "
                "support. Rent is paid by the tenant where they have income, with a "
                "foundation guarantee while entitlements are clarified.</p>",
            ),
            ("heading", {"text": "How the support works", "level": "h2"}),
            (
                "paragraph",
                "<ul><li><b>Choice and control:</b> tenants decide how often they see the "
                "team and what they want help with.</li>"
                "<li><b>Separation of housing and treatment:</b> refusing treatment never "
                "puts the tenancy at risk; ordinary tenancy rules apply.</li>"
                "<li><b>Harm reduction:</b> staff work with people where they are on alcohol "
                "and drug use.</li>"
                "<li><b>Rights work alongside housing:</b> a legal adviser helps each tenant "
                "establish residence status, health cover and any benefits.</li>"
                "<li><b>Language:</b> support is given in the tenant’s language where the "
                "team can, and through interpreters where it cannot.</li></ul>",
            ),
            (
                "statistic",
                {
                    "figure": "4 in 5",
                    "label": "tenants still housed twelve months after moving in",
                    "source": "Northern Harbour Housing Foundation tenancy records (estimate)",
                    "year": 2024,
                },
            ),
            (
                "paragraph",
                "<p>This figure is in line with results reported by Housing First programmes "
                "elsewhere in Europe. Tenants who left usually moved in with family, took up "
                "work in another city or returned to their country of origin with support; "
                "few evictions were for rent arrears.</p>",
            ),
            (
                "quote",
                {
                    "text": "For eight years I slept in shelters where I had to leave at seven. "
                    "The first month in the flat, I mostly slept. Then I started to think "
                    "about what comes next.",
                    "attribution": "Tenant, originally from Estonia",
                },
            ),
            ("heading", {"text": "What it takes", "level": "h2"}),
            (
                "paragraph",
                "<p>The hardest part was not finding flats but funding support for people the "
                "municipality does not count as its residents. The foundation combines "
                "charitable grants with a time-limited city contribution and makes the case "
                "that housing people is cheaper than years of emergency services. Landlords "
                "were reassured by a named contact who answers quickly when something goes "
                "wrong.</p>",
            ),
            (
                "key_recommendations",
                {
                    "heading": "Key recommendations",
                    "items": [
                        "Reserve some Housing First places for people without local registration.",
                        "Keep housing and treatment separate; never make one depend on the other.",
                        "Add legal advice on residence and health cover to the support team.",
                        "Offer landlords one contact person who answers within a day.",
                        "Measure tenancy sustainment from the start to make the case for funding.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "multilingual-street-outreach",
        "title": "Multilingual street outreach in a capital city",
        "summary": (
            "Outreach workers who speak the languages of Central and Eastern Europe meet "
            "people sleeping rough at night and early morning, build trust over weeks and "
            "guide them to health care, rights advice and a place to stay."
        ),
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
                "<p>In the city centre and around the main railway stations, many people who "
                "sleep rough are citizens of other member states. Some came for seasonal or "
                "agency work that ended; others arrived with a promise of a job that never "
                "existed. Few of them use day centres, because they do not speak the "
                "language, fear being reported to the authorities or simply do not know the "
                "services exist.</p>",
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
                "<p>Workers go out in pairs on fixed rounds, so that people know when and "
                "where to find them. The first conversations are about immediate needs: a "
                "blanket, a hot drink, a sore foot. Questions about papers and plans come "
                "later, once people are sure the team is not linked to the police or the "
                "immigration office. The team says this plainly at the first meeting, and "
                "keeps its word: it shares information only with the person’s consent.</p>"
                "<p>Speaking someone’s language changes the conversation. People explain "
                "their situation in detail, often for the first time since they arrived, and "
                "the worker can judge quickly which rights they may have.</p>",
            ),
            ("heading", {"text": "From the street to a service", "level": "h2"}),
            (
                "paragraph",
                "<p>Each contact ends with one concrete next step that the person has "
                "agreed to. The most frequent are:</p>"
                "<ol><li>an accompanied visit to a free medical consultation;</li>"
                "<li>an appointment with a rights adviser to check residence status and "
                "unpaid wages;</li>"
                "<li>a bed in a low-threshold shelter that does not ask for papers;</li>"
                "<li>help to replace a lost identity card through the person’s "
                "consulate.</li></ol>",
            ),
            (
                "video_link",
                {
                    "url": "https://example.org/videos/canal-outreach-night-round",
                    "title": "A night round with the outreach team",
                    "description": "Workers explain how they approach someone for the first "
                    "time and why they come back to the same place every week.",
                    "duration": "6:40",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Do not let outreach become a channel for enforcement. When "
                    "people suspect that contact with the team leads to removal, they move "
                    "to places where nobody can reach them, and their health suffers.</p>",
                },
            ),
            ("heading", {"text": "Results so far", "level": "h2"}),
            (
                "paragraph",
                "<p>The team records each contact and each agreed step. Over three years, "
                "about a third of the people met more than three times moved into some form "
                "of accommodation, and most of the others were linked to medical care. The "
                "data have not been independently evaluated, but the pattern has been "
                "stable from year to year, and a partner team in a Dutch city now works the "
                "same way.</p>",
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
    },
    {
        "slug": "health-care-without-insurance",
        "title": "Opening health care to mobile EU citizens without cover",
        "summary": (
            "A mobile clinic and a cover-checking service help homeless EU citizens who have "
            "no health insurance in the host country to get treatment now and have their "
            "entitlements restored for later."
        ),
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
                "<p>EU citizens who move to another member state are covered by the health "
                "system of the country where they work or, in many cases, by their home "
                "country while their stay is temporary. In practice, people who lose their "
                "job and home often end up covered nowhere: they no longer contribute, cannot "
                "prove where they live and have lost their European Health Insurance Card. "
                "Untreated conditions then turn into emergencies.</p>",
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
                "<p>The mobile clinic visits the places where people already are, on set "
                "days. A nurse and a general practitioner see anyone who comes, without "
                "asking for papers. Prescriptions are dispensed through a partner pharmacy "
                "that invoices the project when there is no cover.</p>"
                "<p>At the same visit, a rights adviser opens a file on the person’s "
                "entitlements. The adviser checks whether they are still insured through a "
                "past job, whether their home country can issue a card or certificate, or "
                "whether they can join the host country’s basic scheme for residents on low "
                "income. Contact with social security institutions in the country of origin "
                "is often the slowest step, and the project keeps a list of named contacts "
                "there.</p>",
            ),
            (
                "statistic",
                {
                    "figure": "62%",
                    "label": "of patients without cover had an entitlement restored within six "
                    "months",
                    "source": "External evaluation of the project (sample of 310 patients)",
                    "year": 2022,
                },
            ),
            ("heading", {"text": "Women’s health", "level": "h3"}),
            (
                "paragraph",
                "<p>Women attended far less than men until the clinic added a women-only "
                "session with a female doctor and a midwife once a month. Attendance by women "
                "tripled. Pregnant women are fast-tracked, because maternity care is an "
                "entitlement in almost every situation and delays are dangerous.</p>",
            ),
            (
                "quote",
                {
                    "text": "Most people we see are entitled to something. The problem is not "
                    "the law; it is that nobody has had the time to work out which door to "
                    "knock on.",
                    "attribution": "Rights adviser, Atelier Santé Mobile",
                },
            ),
            ("heading", {"text": "Costs and funding", "level": "h2"}),
            (
                "paragraph",
                "<p>The evaluation compared the cost of the clinic and the advice desk with "
                "the emergency admissions it was likely to have prevented. It concluded that "
                "the project pays for itself if it avoids a small number of hospital stays a "
                "year, and recommended that health insurers and the regional health agency "
                "share the cost with the city. Since then, the regional agency funds the "
                "nurse post and the city funds the rights advisers, while charitable grants "
                "cover medicines for people who have no cover at all. A neighbouring "
                "Belgian city has adopted the same model with its own public health "
                "service.</p>",
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
    },
    {
        "slug": "work-pathways-for-recently-arrived-workers",
        "title": "Back to decent work: a pathway for recently arrived workers",
        "summary": (
            "A day centre turns its job desk into a six-week pathway: skills checks, "
            "certificates recognised, safety training and direct contact with employers who "
            "sign a fair-recruitment pledge, with a bed held while people start work."
        ),
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
                "<p>Many EU citizens who become homeless in port and logistics cities came to "
                "work and still want to. What stands between them and a job is rarely "
                "willingness. It is a missing address, a lost phone, no bank account, "
                "certificates that nobody recognises, and a recruitment market where the "
                "worst agencies tie housing to the job, so that losing one means losing "
                "both.</p>",
            ),
            (
                "at_a_glance",
                {
                    "heading": "At a glance",
                    "facts": [
                        {"label": "Length", "value": "Six weeks, two to three days a week"},
                        {"label": "Group size", "value": "10–12 participants"},
                        {
                            "label": "Partners",
                            "value": "14 employers with a fair-recruitment pledge",
                        },
                        {"label": "Housing", "value": "Shelter bed kept for 8 weeks after hire"},
                    ],
                },
            ),
            ("heading", {"text": "The six weeks", "level": "h2"}),
            (
                "paragraph",
                "<ol><li><b>Week 1, the basics:</b> a postal address at the centre, a phone, "
                "a bank account and the registration needed to work legally.</li>"
                "<li><b>Week 2, skills:</b> a practical check of what people can do, and "
                "translation of diplomas and driving licences.</li>"
                "<li><b>Weeks 3–4, training:</b> forklift, warehouse safety and food "
                "hygiene certificates, plus workplace language classes.</li>"
                "<li><b>Weeks 5–6, matching:</b> interviews with partner employers, with "
                "a coach present if the participant wants.</li></ol>",
            ),
            (
                "paragraph",
                "<p>The key feature is that employers recruit directly or through agencies "
                "that have signed the pledge: no fees charged to workers, written contracts "
                "in a language the worker understands, and housing, if offered, under a "
                "separate rental contract so that it does not disappear with the job.</p>",
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
                "<p>The first pay usually arrives after four weeks, and a deposit for a room "
                "is impossible before then. The shelter therefore keeps a bed for eight weeks "
                "after someone starts work, and the foundation lends the first deposit, "
                "repaid in small instalments. Without this, several of the first participants "
                "lost their new job within a fortnight because they could not sleep.</p>",
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": "<p>Outcomes are monitored by the foundation itself and have not "
                    "yet been independently evaluated. Figures are for people who completed "
                    "at least four weeks.</p>",
                },
            ),
            ("heading", {"text": "Working with employers", "level": "h2"}),
            (
                "paragraph",
                "<p>Employers join because they struggle to find reliable staff and because "
                "the foundation does the preparation they would otherwise pay an agency for. "
                "In return, they sign the pledge and agree to one review meeting a year. "
                "Two employers left the scheme after workers reported unpaid overtime; the "
                "foundation now checks the first payslips of every participant with them. "
                "Employers also offer short work trials, paid from the first hour, so that "
                "both sides can see whether the job fits before a contract is signed.</p>",
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
    },
    {
        "slug": "rights-clinic-for-eu-citizens",
        "title": "A rights clinic for homeless EU citizens",
        "summary": (
            "Weekly drop-in sessions where volunteer lawyers and trained caseworkers check "
            "residence status, benefit entitlements and unpaid wages, and take on the cases "
            "that can change someone’s situation."
        ),
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
                "person, a family member, or economically inactive? Have they kept worker "
                "status after losing their job? Do they meet the habitual residence test for "
                "social welfare? Frontline staff rarely have time to answer these questions, "
                "and wrong answers are common on both sides of the desk.</p>",
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
                "<p>The clinic sits inside a busy day centre, so nobody has to travel to a "
                "law office. A caseworker sees each person first, collects their work "
                "history and documents, and checks which questions are legal ones. Simple "
                "matters, such as a missing document or a wrongly refused application, are "
                "dealt with on the spot. Complex ones go to a volunteer solicitor the same "
                "week.</p>"
                "<p>The clinic also trains staff of shelters and day centres twice a year. "
                "Better first answers at the front door prevent many refusals from being "
                "made at all.</p>",
            ),
            ("heading", {"text": "What people come with", "level": "h3"}),
            (
                "paragraph",
                "<ul><li>Refusals of social welfare or housing support based on residence "
                "rules, many of which are overturned on review.</li>"
                "<li>Unpaid wages and unlawful deductions, often for accommodation provided by "
                "an employer.</li>"
                "<li>Lost identity documents and the cost of replacing them.</li>"
                "<li>Family questions: children’s schooling, child benefit, separation.</li></ul>",
            ),
            (
                "statistic",
                {
                    "figure": "7 in 10",
                    "label": "reviewed refusals of support that were changed in the person’s "
                    "favour",
                    "source": "University-led evaluation of the clinic",
                    "year": 2023,
                },
            ),
            (
                "quote",
                {
                    "text": "I was told three times that I had no rights here. The fourth "
                    "person looked at my payslips and said I was still a worker. Two weeks "
                    "later I had a room.",
                    "attribution": "Clinic client, originally from Lithuania",
                },
            ),
            ("heading", {"text": "Lessons for others", "level": "h2"}),
            (
                "paragraph",
                "<p>The evaluation found that the clinic’s value comes as much from speed as "
                "from legal skill: a same-week answer stops people drifting back to the "
                "street while they wait. It also showed that payslips, contracts and bank "
                "statements are the most important evidence, so the day centre now helps "
                "people keep copies safely from their first visit.</p>"
                "<p>Volunteer solicitors stay longer when they are supported: the clinic "
                "gives them short briefings on the rules that come up most, a caseworker to "
                "prepare files and a clear limit on the number of cases each takes on.</p>",
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
    },
    {
        "slug": "ethical-reconnection-support",
        "title": "Reconnection that people choose: an ethical approach to return support",
        "summary": (
            "Return support is offered only as one option among others, with informed "
            "consent, a checked plan on arrival and no link to enforcement. What a London "
            "charity and partners in Poland and Romania agreed as their standard."
        ),
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
                "<p>Helping someone return to their country of origin can be the right "
                "outcome: a person may have family, a home or treatment waiting there. It "
                "can also be a way of moving a problem across a border. The difference lies "
                "in how it is done. This guide describes the standard a London charity and "
                "its partner agencies in Poland and Romania work to, after years of "
                "learning what goes wrong.</p>",
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
                    "text": "<p>Reconnection must never be a condition of getting a bed, food "
                    "or advice, and the team must never share information with immigration "
                    "enforcement. Where return support is tied to enforcement, people stop "
                    "using services altogether.</p>",
                },
            ),
            ("heading", {"text": "The standard", "level": "h2"}),
            (
                "paragraph",
                "<ol><li><b>Options first.</b> The caseworker explains every realistic "
                "option in the person’s language: staying with support, work, moving to "
                "another city, or returning.</li>"
                "<li><b>Informed consent.</b> The person decides, signs a consent form they "
                "understand and can change their mind at any point before departure.</li>"
                "<li><b>A real plan on arrival.</b> Before travel, a partner agency in the "
                "destination confirms accommodation and a first appointment. A ticket alone "
                "is not a plan.</li>"
                "<li><b>Health needs covered.</b> Medication for the journey and a referral "
                "to a doctor or treatment service at the other end.</li>"
                "<li><b>Follow-up.</b> The partner agency contacts the person after a week "
                "and after three months, and reports back.</li></ol>",
            ),
            ("heading", {"text": "Working with partner agencies", "level": "h2"}),
            (
                "paragraph",
                "<p>The trust has written agreements with agencies in several Polish and "
                "Romanian cities. They share a referral form, agree what information is "
                "passed on with consent, and meet online each month to discuss cases and "
                "problems. Partner agencies say that the most useful thing is honest "
                "information in advance: about addiction, debts and family conflict, so "
                "that they can prepare rather than be surprised.</p>",
            ),
            (
                "statistic",
                {
                    "figure": "71%",
                    "label": "of people who returned with a confirmed plan were still housed "
                    "after three months",
                    "source": "Evaluation commissioned by the trust",
                    "year": 2021,
                },
            ),
            (
                "paragraph",
                "<p>The evaluation compared this with earlier years, when tickets were "
                "bought at short notice without a confirmed plan: then, more than half of the "
                "people could not be reached after three months, and some were known to be "
                "homeless again, in the origin country or back in London.</p>",
            ),
            (
                "quote",
                {
                    "text": "The question is not whether people go home. It is whether they "
                    "arrive somewhere safe, and whether going was really their choice.",
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
    },
    {
        "slug": "safe-accommodation-for-homeless-women",
        "title": "Safe accommodation and outreach for homeless women from other member states",
        "summary": (
            "A women-only night service with rooms for mothers and children, outreach by "
            "female workers, and advice on violence, residence and child benefits for women "
            "who are often hidden from street counts."
        ),
        "themes": ["outreach", "family-support", "legal-and-rights-advice"],
        "target_groups": ["women", "families-with-children"],
        "countries": ["ES", "PT"],
        "organisation_name": "Casa Puente Association",
        "organisation_country": "ES",
        "organisation_website": "https://example.org/casa-puente",
        "evidence_level": "emerging",
        "year_started": 2022,
        "last_reviewed": "2026-02-10",
        "contact_name": "Lucía Ferrer",
        "contact_email": "lucia.ferrer@example.org",
        "related": ["rights-clinic-for-eu-citizens", "rapid-re-housing-of-homeless-families"],
        "body": [
            (
                "paragraph",
                "<p>Women are under-counted among homeless EU citizens. They rarely sleep in "
                "the open; instead they stay with acquaintances, in overcrowded rooms rented "
                "by the bed, or with a partner they would leave if they could. Mixed shelters "
                "feel unsafe to many of them, and mothers fear that asking for help will put "
                "their children at risk of being taken into care.</p>",
            ),
            (
                "at_a_glance",
                {
                    "heading": "At a glance",
                    "facts": [
                        {"label": "Places", "value": "18 beds, 5 family rooms"},
                        {"label": "Staff", "value": "Women only, four languages"},
                        {"label": "Stay", "value": "Up to six months, with a housing plan"},
                        {"label": "Stage", "value": "Pilot since 2022, monitoring in place"},
                    ],
                },
            ),
            ("heading", {"text": "What makes it safe", "level": "h2"}),
            (
                "paragraph",
                "<p>The house is staffed only by women, its address is not published and "
                "residents have a key to a lockable room. Family rooms let mothers stay with "
                "their children, and a partner kindergarten keeps places for them. House "
                "rules are few and are explained in the resident’s language on arrival.</p>"
                "<p>Female outreach workers visit places where women are known to stay, "
                "including launderettes, churches and the waiting rooms of hospitals. They "
                "carry small cards with the service’s phone number, which are easy to hide.</p>",
            ),
            ("heading", {"text": "Advice that women ask for", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Protection from violence, and help to report it if and when the woman "
                "decides to.</li>"
                "<li>Residence rights that do not depend on a partner, which EU law protects "
                "in some situations after separation.</li>"
                "<li>Child benefit and school enrolment.</li>"
                "<li>Work and training that fit around childcare.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": "<p>The service works with child protection services openly and "
                    "early. Explaining to mothers what child protection will and will not do "
                    "has reduced fear more than any leaflet.</p>",
                },
            ),
            ("heading", {"text": "Early results", "level": "h2"}),
            (
                "paragraph",
                "<p>The pilot is young and its results have not been evaluated. In its "
                "first two years, most women who stayed longer than a month left for a "
                "rented room or flat, and only a few returned to a violent partner. The "
                "service is now testing whether the same model works in a smaller city in "
                "Portugal, with a partner that runs a women’s day centre.</p>",
            ),
            (
                "quote",
                {
                    "text": "In the mixed shelter I slept with my shoes on. Here I slept "
                    "the whole night the first time, and in the morning someone asked me in "
                    "my own language what I needed.",
                    "attribution": "Resident, originally from Bulgaria",
                },
            ),
            (
                "paragraph",
                "<p>The service is funded by the city’s equality department and a private "
                "foundation for two more years. Its staff record, with each woman’s "
                "agreement, where she goes after leaving and whether she still has a home "
                "six months later, so that an evaluation can follow.</p>",
            ),
            (
                "key_recommendations",
                {
                    "heading": "Key recommendations",
                    "items": [
                        "Offer women-only accommodation with lockable rooms and family rooms.",
                        "Reach hidden homelessness through places women already use.",
                        "Explain child protection openly to reduce mothers’ fear.",
                        "Give advice on residence rights that do not depend on a partner.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "youth-hostel-with-training",
        "title": "A youth hostel that leads to training and a first flat",
        "summary": (
            "Young EU citizens aged 18 to 25 who arrive without a home get a hostel room, "
            "a personal coach and a place in vocational training, then move on to a small "
            "flat with lighter support."
        ),
        "themes": ["employment-and-training", "rapid-re-housing"],
        "target_groups": ["young-people"],
        "countries": ["DE", "AT"],
        "organisation_name": "Spree Youth Housing Association",
        "organisation_country": "DE",
        "organisation_website": "https://example.org/spree-youth-housing",
        "evidence_level": "promising",
        "year_started": 2018,
        "last_reviewed": "2025-10-06",
        "contact_name": "Jonas Albrecht",
        "contact_email": "jonas.albrecht@example.org",
        "hero_image": "work-and-training",
        "related": ["work-pathways-for-recently-arrived-workers"],
        "body": [
            (
                "paragraph",
                "<p>Young people who come to a big city to work or study and lose their "
                "footing end up in adult shelters surprisingly fast. There they meet older "
                "men with long histories of homelessness and addiction, and many drift into "
                "the same patterns. This hostel keeps them apart from the adult system and "
                "treats homelessness at 20 as a short detour, not a career.</p>",
            ),
            (
                "at_a_glance",
                {
                    "heading": "At a glance",
                    "facts": [
                        {"label": "Age", "value": "18 to 25"},
                        {"label": "Places", "value": "24 hostel rooms, 12 move-on flats"},
                        {"label": "Stay", "value": "About nine months in the hostel"},
                        {"label": "Coach", "value": "One coach for every eight residents"},
                    ],
                },
            ),
            ("heading", {"text": "Three stages", "level": "h2"}),
            (
                "paragraph",
                "<p><b>Arrival.</b> Within the first two weeks the coach and the young person "
                "agree a plan. Papers, health insurance and a bank account come first. "
                "Language classes start at once, every morning.</p>"
                "<p><b>Training.</b> Partner training centres and employers offer "
                "apprenticeships and pre-vocational courses in trades with many vacancies: "
                "care work, logistics, cooking and electrical installation. The coach "
                "attends the first meetings and stays in touch with the trainer.</p>"
                "<p><b>Move-on.</b> When training is under way and there is a regular "
                "income, the young person moves to a small flat rented by the association, "
                "with a coach visit every two weeks. After a year, the tenancy can be "
                "transferred to their own name.</p>",
            ),
            (
                "statistic",
                {
                    "figure": "68%",
                    "label": "of residents were in training or work when they left the hostel",
                    "source": "Spree Youth Housing Association monitoring (2019–2024)",
                    "year": 2024,
                },
            ),
            ("heading", {"text": "What the team learned", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Young people leave when the plan is the coach’s, not theirs. "
                "Plans are short and written in the young person’s words.</li>"
                "<li>Contact with parents in the home country, where wanted, often "
                "brings practical help: documents, school records and sometimes money "
                "for a deposit.</li>"
                "<li>A small fund for work clothes, tools and travel passes removes many "
                "reasons for dropping out of training.</li></ul>",
            ),
            (
                "quote",
                {
                    "text": "Nobody here asked me why I had failed. They asked me what I was "
                    "good at. That was a different conversation.",
                    "attribution": "Former resident, now an apprentice electrician",
                },
            ),
            ("heading", {"text": "Funding and cooperation", "level": "h2"}),
            (
                "paragraph",
                "<p>The hostel is funded as youth welfare support by the city, which "
                "accepted that young EU citizens who live in the city are its responsibility "
                "regardless of nationality. Training places are paid for by the employment "
                "service once residence and registration are in order. A partner "
                "association in Vienna adopted the model in 2023 with a smaller hostel, and "
                "the two teams exchange staff for a week every year to compare how they "
                "work. The main difference they found was in move-on: flats are easier to "
                "find in Vienna, so young people there leave the hostel sooner.</p>",
            ),
            (
                "key_recommendations",
                {
                    "heading": "Key recommendations",
                    "items": [
                        "Keep young people out of adult shelters from the first night.",
                        "Start language classes immediately, not after papers are sorted.",
                        "Work with employers in trades that are short of staff.",
                        "Provide small flats for move-on, with tenancies that can be transferred.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "roma-health-mediators-between-two-countries",
        "title": "Roma health mediators working between two countries",
        "summary": (
            "Mediators from Roma communities accompany families living in informal "
            "settlements to doctors, vaccinations and schools in the host city, and keep "
            "in touch with services in the towns the families come from."
        ),
        "themes": ["access-to-health-care", "family-support", "cross-border-case-coordination"],
        "target_groups": ["roma-communities", "families-with-children", "women"],
        "countries": ["RO", "IT"],
        "organisation_name": "Punte Mediation Network",
        "organisation_country": "RO",
        "organisation_website": "https://example.org/punte-mediation",
        "evidence_level": "emerging",
        "year_started": 2021,
        "last_reviewed": "2024-11-25",
        "contact_name": "Ioana Stoica",
        "contact_email": "ioana.stoica@example.org",
        "hero_image": "service-network",
        "related": [
            "rapid-re-housing-of-homeless-families",
            "health-care-without-insurance",
        ],
        "body": [
            (
                "paragraph",
                "<p>Roma families who move between towns in Romania and cities in Italy "
                "often live in informal settlements or occupied buildings. Many children have "
                "missed vaccinations, pregnant women arrive late for antenatal care, and "
                "families rarely stay long enough in one place for services to get to know "
                "them. Distrust built over generations keeps them away from official "
                "services on both sides of the border.</p>",
            ),
            (
                "at_a_glance",
                {
                    "heading": "At a glance",
                    "facts": [
                        {"label": "Mediators", "value": "7, all from Roma communities"},
                        {"label": "Where", "value": "Two Italian cities, four Romanian towns"},
                        {"label": "Focus", "value": "Child health, maternity, school enrolment"},
                        {"label": "Stage", "value": "Pilot; first evaluation planned for 2026"},
                    ],
                },
            ),
            ("heading", {"text": "Mediators, not messengers", "level": "h2"}),
            (
                "paragraph",
                "<p>Mediators are trained in basic health promotion, in the rights of EU "
                "citizens and in how local services work. They speak Romani and Romanian "
                "and enough Italian to accompany families to appointments. Their job is not "
                "only to translate but to explain each side to the other: why a clinic asks "
                "for a document, why a family missed an appointment, what a doctor’s advice "
                "means in practice.</p>"
                "<p>Because families move back and forth, each mediator is paired with a "
                "colleague in the home town. With the family’s consent, they pass on "
                "vaccination records and appointments, so that care continues wherever the "
                "family is.</p>",
            ),
            ("heading", {"text": "Typical tasks", "level": "h3"}),
            (
                "paragraph",
                "<ul><li>Registering children with a paediatrician and catching up on "
                "vaccinations.</li>"
                "<li>Accompanying pregnant women to antenatal check-ups.</li>"
                "<li>Enrolling children in school and talking with teachers when attendance "
                "drops.</li>"
                "<li>Being present when social services visit, so that families understand "
                "what is asked of them.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Mediators must be paid and employed on proper contracts. "
                    "Projects that rely on unpaid community volunteers lose them quickly and "
                    "undermine the trust they were meant to build.</p>",
                },
            ),
            ("heading", {"text": "Early signs", "level": "h2"}),
            (
                "paragraph",
                "<p>The pilot keeps simple records: children registered with a doctor, "
                "vaccinations caught up, school enrolments. All have risen since mediators "
                "began work, but there is no comparison group yet and the numbers are small. "
                "A joint evaluation by the partners in both countries is planned.</p>",
            ),
            (
                "quote",
                {
                    "text": "The doctor and the mother both wanted the same thing for the "
                    "child. They just could not hear each other. My work is to make them "
                    "hear each other.",
                    "attribution": "Health mediator, Punte Mediation Network",
                },
            ),
            ("heading", {"text": "Training and support for mediators", "level": "h2"}),
            (
                "paragraph",
                "<p>New mediators follow a six-week course that covers health promotion, "
                "children’s rights, the basics of social security coordination between "
                "member states and how to keep professional boundaries with people they may "
                "know personally. They then work alongside an experienced mediator for three "
                "months. Mediators meet every month across the two countries, online, to "
                "discuss difficult situations, and each has access to a supervisor. The "
                "partners found that this regular support is what keeps mediators in the "
                "job.</p>",
            ),
            (
                "key_recommendations",
                {
                    "heading": "Key recommendations",
                    "items": [
                        "Recruit mediators from the communities they serve and pay them properly.",
                        "Pair mediators in the host city with colleagues in the home towns.",
                        "Share health records across the border only with the family’s consent.",
                        "Start with child health and school: families see the benefit quickly.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "assertive-outreach-for-people-with-mental-illness",
        "title": "Assertive outreach for people with severe mental illness",
        "summary": (
            "A multidisciplinary team with a psychiatrist, nurses and social workers brings "
            "treatment to homeless EU citizens with psychosis or severe depression on the "
            "street and in shelters, and stays with them into housing."
        ),
        "themes": ["outreach", "access-to-health-care", "housing-first"],
        "target_groups": ["mental-health-needs", "people-sleeping-rough"],
        "countries": ["SE", "DK"],
        "organisation_name": "Öresund Outreach Partnership",
        "organisation_country": "SE",
        "organisation_website": "https://example.org/oresund-outreach",
        "evidence_level": "evidence-based",
        "year_started": 2012,
        "last_reviewed": "2026-03-30",
        "contact_name": "Karin Lindqvist",
        "contact_email": "karin.lindqvist@example.org",
        "hero_image": "street-outreach",
        "related": [
            "housing-first-for-people-with-complex-needs",
            "multilingual-street-outreach",
        ],
        "body": [
            (
                "paragraph",
                "<p>People with severe mental illness who are homeless in a country not their "
                "own are among the hardest to help. They may not recognise that they are "
                "ill, they may not speak the language, and psychiatric services often expect "
                "them to come to an appointment with a referral and proof of insurance. "
                "Assertive community treatment reverses this: the team goes to the person, "
                "as often as needed, for as long as needed.</p>",
            ),
            (
                "at_a_glance",
                {
                    "heading": "At a glance",
                    "facts": [
                        {"label": "Team", "value": "Psychiatrist, 4 nurses, 3 social workers"},
                        {"label": "Caseload", "value": "About 10 people per team member"},
                        {"label": "Availability", "value": "Seven days a week"},
                        {"label": "Evidence", "value": "Model tested in many controlled trials"},
                    ],
                },
            ),
            ("heading", {"text": "How the team works", "level": "h2"}),
            (
                "paragraph",
                "<p>The team shares its caseload: every member knows every client, so that "
                "someone familiar is always available. Contacts happen where the person is, "
                "on a bench, in a shelter or later in their flat. Medication is offered and "
                "explained, never forced outside the legal procedures for emergencies. The "
                "social workers handle income, health cover and housing at the same time as "
                "treatment, because untreated poverty undoes treated illness.</p>"
                "<p>Since the partnership now spans two cities on either side of a border, "
                "it also agreed how to continue care when a client crosses it: a named "
                "contact in each team, a short shared summary and a joint visit where "
                "possible.</p>",
            ),
            (
                "statistic",
                {
                    "figure": "about 50%",
                    "label": "fewer days in psychiatric hospital in the year after joining, "
                    "compared with the year before",
                    "source": "Partnership outcome review (estimate)",
                    "year": 2023,
                },
            ),
            (
                "video_link",
                {
                    "url": "https://example.org/videos/assertive-outreach-explained",
                    "title": "Assertive outreach explained in four minutes",
                    "description": "The team’s psychiatrist and a former client describe "
                    "what changed when treatment came to him.",
                    "duration": "4:30",
                },
            ),
            ("heading", {"text": "Adapting the model for mobile citizens", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Interpreters are booked by phone for every first contact; later the "
                "team tries to assign a member who speaks the language.</li>"
                "<li>The psychiatrist writes a short summary in English that can travel with "
                "the person if they move or return home.</li>"
                "<li>Housing is offered on Housing First terms once the person wants it, "
                "without waiting for them to be stable.</li></ul>",
            ),
            (
                "quote",
                {
                    "text": "They came every day for two weeks before I let them sit down. "
                    "Nobody had ever come back that many times.",
                    "attribution": "Client, now a tenant in the partnership’s housing",
                },
            ),
            (
                "paragraph",
                "<p>The model is expensive per person, and the partnership is clear that it "
                "is meant for the small group with the most severe needs. Others are "
                "referred to ordinary outreach and community mental health services, with "
                "the team’s advice where helpful.</p>",
            ),
            (
                "key_recommendations",
                {
                    "heading": "Key recommendations",
                    "items": [
                        "Take psychiatric care to people on the street; do not wait for referrals.",
                        "Share the caseload so that a familiar face is always available.",
                        "Deal with income, health cover and housing alongside treatment.",
                        "Agree how care continues when a client crosses a border.",
                        "Offer housing without requiring stability first.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "secure-cross-border-case-handover",
        "title": "Secure, consent-based handover of cases between countries",
        "summary": (
            "When a person supported in one member state moves to another, caseworkers "
            "hand the case over through an agreed, consent-based procedure and a secure "
            "register, so that support does not start again from nothing."
        ),
        "themes": [
            "cross-border-case-coordination",
            "ethical-reconnection",
            "legal-and-rights-advice",
        ],
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
                "<p>Mobile citizens move on: for a new job, to family, or back home. Each "
                "move usually means that the support built up in one city is lost. The next "
                "agency starts again, asks the same questions and repeats assessments, while "
                "the person waits. Agencies in Denmark, Poland and Germany tested a simple "
                "way to hand a case over, with the person’s agreement, through the network’s "
                "secure register.</p>",
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
                "<ol><li>The caseworker explains what a handover means, what would be "
                "shared and with whom, in the person’s language.</li>"
                "<li>The person agrees, or not, and can choose which parts of their file "
                "are passed on.</li>"
                "<li>The caseworker writes a short handover note: current needs, risks, "
                "documents held, rights already established and open applications.</li>"
                "<li>The receiving agency confirms it can take the case and names a "
                "caseworker, before the person travels.</li>"
                "<li>Both caseworkers speak by phone once, and the file is closed at the "
                "sending end after the first meeting at the receiving end.</li></ol>",
            ),
            ("heading", {"text": "Data protection from the start", "level": "h2"}),
            (
                "paragraph",
                "<p>Information about homelessness, health and migration is sensitive. "
                "The pilot shares only what is needed for the next step, keeps it in a "
                "register that logs every access, and deletes handover notes once the "
                "case is taken up. People can see what was shared about them and withdraw "
                "consent at any time. Nothing is ever passed to immigration or police "
                "authorities.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>A register of people’s movements could easily be misused for "
                    "control. Agencies must agree in writing that it serves only the "
                    "continuity of support, and the network audits that this is so.</p>",
                },
            ),
            ("heading", {"text": "First experience", "level": "h2"}),
            (
                "paragraph",
                "<p>In its first year the pilot handed over a few dozen cases. Receiving "
                "agencies said that the short note saved them several meetings, and that "
                "knowing which rights were already established helped most. Most people "
                "asked agreed to a handover; those who refused mostly wanted a fresh start "
                "without their history, a choice the pilot respects.</p>"
                "<p>The partners plan to add agencies in two more countries and to test "
                "whether handover also helps people who return to their country of origin, "
                "together with the network’s standard for ethical reconnection.</p>",
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
    },
    {
        "slug": "from-winter-shelter-to-a-tenancy",
        "title": "From winter shelter to a tenancy",
        "summary": (
            "Instead of closing in spring and sending everyone back to the street, a winter "
            "shelter assigns a housing caseworker to each guest from the first week and "
            "works with landlords so that people leave for a home."
        ),
        "themes": ["rapid-re-housing", "outreach", "housing-first"],
        "target_groups": ["people-sleeping-rough", "recently-arrived-workers"],
        "countries": ["AT", "HU", "SK"],
        "organisation_name": "Danube Night Shelter Association",
        "organisation_country": "AT",
        "organisation_website": "https://example.org/danube-night-shelter",
        "evidence_level": "promising",
        "year_started": 2019,
        "last_reviewed": "2025-04-14",
        "contact_name": "Lukas Gruber",
        "contact_email": "lukas.gruber@example.org",
        "related": [
            "rapid-re-housing-of-homeless-families",
            "housing-first-for-people-with-complex-needs",
        ],
        "body": [
            (
                "paragraph",
                "<p>Winter programmes save lives, but they often end the way they began: with "
                "people on the street. In many cities, mobile EU citizens are admitted to "
                "emergency shelter only in the cold months and have no access to longer-term "
                "housing help. This association set out to use the winter months as time for "
                "housing work rather than only for survival.</p>",
            ),
            (
                "at_a_glance",
                {
                    "heading": "At a glance",
                    "facts": [
                        {"label": "Season", "value": "November to April"},
                        {"label": "Beds", "value": "120 a night, about 40% EU citizens"},
                        {"label": "Caseworkers", "value": "5 housing caseworkers in season"},
                        {
                            "label": "Partners",
                            "value": "Social landlords and a rent guarantee fund",
                        },
                    ],
                },
            ),
            ("heading", {"text": "Housing work from the first week", "level": "h2"}),
            (
                "paragraph",
                "<p>Every guest who stays more than three nights is offered a conversation "
                "with a housing caseworker. Together they look at income, work prospects, "
                "rights and what kind of home is realistic: a room in a shared flat, a "
                "small flat, a place in a supported house, or a return to family. The "
                "caseworker starts the applications immediately, because many take "
                "months.</p>"
                "<p>A rent guarantee fund, backed by a foundation, covers deposits and the "
                "first months’ rent for guests with a job offer or starting income, which "
                "persuades private landlords to take them.</p>",
            ),
            (
                "statistic",
                {
                    "figure": "1 in 4",
                    "label": "winter shelter guests who left for housing by the end of the season",
                    "source": "Association season report (estimate)",
                    "year": 2025,
                },
            ),
            ("heading", {"text": "Working with neighbouring countries", "level": "h2"}),
            (
                "paragraph",
                "<p>Many guests come from Hungary and Slovakia, a few hours away. For those "
                "who want to go back, the association works with partner agencies across "
                "the border to find housing or a place in a programme before the season "
                "ends, following the network’s standard for ethical reconnection.</p>",
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": "<p>Guests are never asked to choose between a bed and a housing "
                    "conversation. The offer is repeated, not imposed.</p>",
                },
            ),
            (
                "quote",
                {
                    "text": "We used to count how many people we got through the winter. Now "
                    "we count how many we got out of the shelter.",
                    "attribution": "Shelter coordinator, Danube Night Shelter Association",
                },
            ),
            ("heading", {"text": "What changed in the shelter", "level": "h2"}),
            (
                "paragraph",
                "<p>Adding housing work changed the daily routine. The shelter now stays "
                "open in the morning for appointments, so that guests do not have to leave "
                "at seven and lose the day. Caseworkers have a quiet room, and interpreters "
                "can be booked for set hours each week. Guests who find work are allowed to "
                "come in late after evening shifts. The team also learned that people who "
                "were refused everything in earlier years often did have rights: a past job "
                "or a family member in the city can change what they are entitled to, and "
                "the rights check is now the first thing the caseworker does.</p>",
            ),
            (
                "key_recommendations",
                {
                    "heading": "Key recommendations",
                    "items": [
                        "Start housing casework in the first week, not at the end of winter.",
                        "Use a rent guarantee fund to open private rented housing.",
                        "Plan returns with agencies across the border, months ahead.",
                        "Measure moves to housing, not only nights of shelter provided.",
                    ],
                },
            ),
        ],
    },
]
