"""Demo content of the dissemination events (English), as plain data.

Dates are relative so the demo always has past and upcoming events: an event
starts ``days_from_today`` days from the day the loader runs (negative: in the
past), at the local time ``starts`` in its ``time_zone``, and ends at ``ends`` on
its last day (``duration_days`` of 1 or 2). Agenda day headings give the day of
the event (1 or 2) instead of a date. Materials of past events are either
generated PDF documents (``paragraphs`` is their text) or links. Organisers and
people are fictional; facts about the network come from the project's source
documents, and every sentence is written for this site. Titles of materials in
other languages are given in that language; their demo text is in English.
"""

EVENTS: list[dict] = [
    # --- past events, with materials -----------------------------------------------------
    {
        "slug": "network-launch-conference-brussels",
        "title": "Launch conference: a shared picture of homelessness among EU mobile citizens",
        "summary": "Two days in Brussels to start the network's work: agencies from across "
        "the EU compare what they see, agree how to describe movement between member states "
        "and plan the local events that will spread good practice.",
        "hero_image": "europe-map",
        "days_from_today": -58,
        "starts": "09:30",
        "ends": "16:30",
        "duration_days": 2,
        "time_zone": "Europe/Brussels",
        "event_format": "in-person",
        "status": "scheduled",
        "status_note": "",
        "venue_name": "Salle des Tisserands",
        "venue_address": "Rue de la Solidarité 14, 1000 Brussels",
        "venue_city": "Brussels",
        "country": "BE",
        "online_joining_details": "",
        "organiser": "Network coordination team with Canal Outreach Collective",
        "organiser_website": "https://example.org/canal-outreach",
        "audience": "Managers and frontline staff of member agencies, city officials, and "
        "people working on homelessness policy at national and European level.",
        "languages": ["en", "fr"],
        "interpretation": ["de", "pl", "ro"],
        "registration_mode": "on-site",
        "registration_url": "",
        "capacity": 120,
        "agenda": [
            ("day", {"day": 1, "title": "What we see"}),
            (
                "session",
                {
                    "starts": "09:30",
                    "ends": "10:15",
                    "title": "Welcome: why a network on homeless EU mobile citizens",
                    "speakers": "Hélène Marchetti",
                    "description": "The aims of the two-year programme, who takes part and "
                    "what the partners expect to have in hand at its end.",
                },
            ),
            (
                "session",
                {
                    "starts": "10:15",
                    "ends": "12:00",
                    "title": "Round of national reports",
                    "speakers": "Partner agencies from eight member states",
                    "description": "Each partner presents in ten minutes how its country "
                    "responds to homelessness among citizens of other member states, and "
                    "where people fall through the gaps.",
                },
            ),
            (
                "session",
                {
                    "starts": "13:30",
                    "ends": "15:00",
                    "title": "Describing movement between member states",
                    "speakers": "Andreea Vlad",
                    "description": "Which journeys partners observe, what they record today "
                    "and a first proposal for counting in the same way everywhere.",
                },
            ),
            (
                "session",
                {
                    "starts": "15:15",
                    "ends": "16:30",
                    "title": "Parallel workshops: outreach, rights advice, housing",
                    "speakers": "",
                    "description": "Small groups collect the practices each partner would "
                    "recommend to others and the questions they want answered.",
                },
            ),
            ("day", {"day": 2, "title": "From practice to policy"}),
            (
                "session",
                {
                    "starts": "09:30",
                    "ends": "11:00",
                    "title": "Following a case across a border, safely",
                    "speakers": "Mette Kjær, Pieter Claes",
                    "description": "How agencies in two countries can hand over and follow a "
                    "case with the person's consent, and what a secure shared record needs.",
                },
            ),
            (
                "session",
                {
                    "starts": "11:15",
                    "ends": "12:45",
                    "title": "Panel: what cities, ministries and the EU can change",
                    "speakers": "Tomasz Zieliński, Hélène Marchetti",
                    "description": "A local, a national and a European view on the same "
                    "problems, with questions from the floor.",
                },
            ),
            (
                "session",
                {
                    "starts": "14:00",
                    "ends": "16:00",
                    "title": "Planning the local dissemination events",
                    "speakers": "",
                    "description": "Partners choose the topics, hosts and audiences of the "
                    "events they will hold in their own countries.",
                },
            ),
            (
                "session",
                {
                    "starts": "16:00",
                    "ends": "16:30",
                    "title": "Closing and next steps",
                    "speakers": "Hélène Marchetti",
                    "description": "",
                },
            ),
        ],
        "speakers": [
            {
                "name": "Hélène Marchetti",
                "role": "Network coordinator",
                "biography": "Has run housing and support services for twenty years and "
                "now coordinates the exchange between partner agencies.",
            },
            {
                "name": "Pieter Claes",
                "role": "Team leader, Canal Outreach Collective, Brussels",
                "biography": "Leads a multilingual street team that works around the "
                "city's railway stations.",
            },
            {
                "name": "Andreea Vlad",
                "role": "Researcher in social policy",
                "biography": "Studies how people move between member states in search of "
                "work and what happens when that work ends.",
            },
            {
                "name": "Mette Kjær",
                "role": "Caseworker, Baltic Bridge Caseworkers’ Association",
                "biography": "Built a consent-based handover routine with agencies in "
                "three other countries.",
            },
            {
                "name": "Tomasz Zieliński",
                "role": "Policy officer for homelessness, national ministry (speaking in a "
                "personal capacity)",
                "biography": "Works on the national homelessness strategy and its "
                "cooperation with cities.",
            },
        ],
        "themes": ["cross-border-case-coordination", "outreach", "legal-and-rights-advice"],
        "related_guides": ["secure-cross-border-case-handover", "multilingual-street-outreach"],
        "materials": [
            {
                "type": "document",
                "key": "launch-conference-slides",
                "title": "Network launch: aims, partners and the two-year work plan",
                "kind": "slides",
                "language": "en",
                "paragraphs": [
                    "Why a network: more and more people who sleep rough or stay in shelters "
                    "are citizens of another member state. Services often do not know what "
                    "they are entitled to, and support breaks off when people move.",
                    "What the partners do in two years: each agency reports on the strategy "
                    "of its country; together they compare approaches, collect good practice "
                    "and build a common picture of movement between member states.",
                    "How practice is shared: a public website with guides, country profiles "
                    "and policy updates, and local events hosted by partners in their own "
                    "countries.",
                    "What comes next: a secure area where agencies can follow, with consent, "
                    "the movement of the people they support and manage cases together "
                    "across borders.",
                ],
            },
            {
                "type": "document",
                "key": "launch-conference-report-fr",
                "title": "Rapport de synthèse de la conférence de lancement",
                "kind": "report",
                "language": "fr",
                "paragraphs": [
                    "Demo placeholder: the original of this report is in French; its content "
                    "is summarised here in English.",
                    "Partners from eight member states described very different national "
                    "responses. In some countries, shelters accept anyone for the night; in "
                    "others, citizens of other member states are turned away unless they can "
                    "show a right to social assistance.",
                    "All partners agreed that rights advice early on changes outcomes. Many "
                    "people have kept worker status or hold a right of residence without "
                    "knowing it, and a single check can open the way to housing.",
                    "The workshops asked the network to agree a short, shared set of facts "
                    "to record about each person supported, so that figures from different "
                    "countries can be compared.",
                ],
            },
            {
                "type": "link",
                "title": "Recording of the opening session",
                "kind": "recording",
                "language": "en",
                "url": "https://example.org/recordings/network-launch-opening-session",
            },
        ],
    },
    {
        "slug": "decent-work-pathways-madrid",
        "title": "Decent work as a way out of homelessness: pathways for recently arrived workers",
        "summary": "A day in Madrid on helping EU mobile workers who lost a job and a home "
        "back into fair employment: documents, recognised skills, employers who recruit "
        "fairly and support through the first months of a new job.",
        "hero_image": "work-and-training",
        "days_from_today": -31,
        "starts": "09:30",
        "ends": "17:00",
        "duration_days": 1,
        "time_zone": "Europe/Madrid",
        "event_format": "in-person",
        "status": "scheduled",
        "status_note": "",
        "venue_name": "Centro Cívico La Alameda",
        "venue_address": "Calle del Andamio 23, 28012 Madrid",
        "venue_city": "Madrid",
        "country": "ES",
        "online_joining_details": "",
        "organiser": "Fundación Andamio",
        "organiser_website": "https://example.org/fundacion-andamio",
        "audience": "Employment advisers, shelter staff and outreach workers, and employers "
        "and trade unions interested in fair recruitment.",
        "languages": ["es", "ro"],
        "interpretation": ["en", "bg"],
        "registration_mode": "on-site",
        "registration_url": "",
        "capacity": 60,
        "agenda": [
            (
                "session",
                {
                    "starts": "09:30",
                    "ends": "10:00",
                    "title": "Welcome and the situation in Madrid",
                    "speakers": "Javier Ortega",
                    "description": "Who comes to the city's day centres after losing work, "
                    "and why a job is often the quickest way back to a home.",
                },
            ),
            (
                "session",
                {
                    "starts": "10:00",
                    "ends": "11:30",
                    "title": "From the street to a job interview: the first steps",
                    "speakers": "Mihaela Dumitru",
                    "description": "Replacing lost identity documents, opening a bank account "
                    "and getting a tax number, with the help of a mediator who speaks the "
                    "person's language.",
                },
            ),
            (
                "session",
                {
                    "starts": "11:45",
                    "ends": "13:00",
                    "title": "Showing what people can do",
                    "speakers": "Javier Ortega",
                    "description": "Short practical skill checks and certificates that "
                    "employers recognise, for people whose experience is on no paper.",
                },
            ),
            (
                "session",
                {
                    "starts": "14:00",
                    "ends": "15:30",
                    "title": "Employers who recruit fairly",
                    "speakers": "Elena Marín, Joost van Dijk",
                    "description": "What employers need to hire someone without an address, "
                    "and how agencies and unions recognise exploitative work offers.",
                },
            ),
            (
                "session",
                {
                    "starts": "15:45",
                    "ends": "17:00",
                    "title": "Keeping the job and finding a room",
                    "speakers": "Mihaela Dumitru, Elena Marín",
                    "description": "Support during the first months in work, and how a first "
                    "wage can pay the deposit for a room.",
                },
            ),
        ],
        "speakers": [
            {
                "name": "Javier Ortega",
                "role": "Director, Fundación Andamio",
                "biography": "Set up a job-placement service in a day centre for people "
                "without a home.",
            },
            {
                "name": "Mihaela Dumitru",
                "role": "Intercultural mediator, Fundación Andamio",
                "biography": "Supports Romanian-speaking jobseekers from the first contact "
                "to their first contract.",
            },
            {
                "name": "Elena Marín",
                "role": "Trade union adviser on migrant workers' rights",
                "biography": "Advises workers on unpaid wages and unfair contracts.",
            },
            {
                "name": "Joost van Dijk",
                "role": "Coordinator, Harbour Works Foundation, Rotterdam",
                "biography": "Runs work pathways with local employers for recently "
                "arrived workers.",
            },
        ],
        "themes": ["employment-and-training", "legal-and-rights-advice"],
        "related_guides": [
            "work-pathways-for-recently-arrived-workers",
            "rights-clinic-for-eu-citizens",
        ],
        "materials": [
            {
                "type": "document",
                "key": "decent-work-slides-ro",
                "title": "Drumul spre un loc de muncă: experiența mediatorilor",
                "kind": "slides",
                "language": "ro",
                "paragraphs": [
                    "Demo placeholder: the original of these slides is in Romanian; their "
                    "content is summarised here in English.",
                    "A mediator who speaks the person's language shortens every step: "
                    "replacing an identity card at the consulate, getting a tax number and "
                    "understanding a contract before it is signed.",
                    "Most people the mediators met had years of work experience in "
                    "construction, farming, cleaning or care, but no certificate to prove "
                    "it.",
                    "Trust grows when the mediator keeps the same appointments every week "
                    "and follows up after the first day at work.",
                ],
            },
            {
                "type": "document",
                "key": "decent-work-slides-es",
                "title": "Itinerarios de empleo: resultados del primer año",
                "kind": "slides",
                "language": "es",
                "paragraphs": [
                    "Demo placeholder: the original of these slides is in Spanish; their "
                    "content is summarised here in English.",
                    "In its first year the pathway worked with people who had lost both job "
                    "and home in the city. Figures in this demo are illustrative.",
                    "The steps that mattered most were documents, a short skills check, "
                    "an introduction to a known employer and support during the first "
                    "weeks of work.",
                    "The most common reasons for dropping out were unstable night shelter, "
                    "health problems and job offers that turned out to be informal work.",
                ],
            },
            {
                "type": "document",
                "key": "fair-recruitment-checklist",
                "title": "Employer checklist: fair recruitment of EU mobile workers",
                "kind": "toolkit",
                "language": "en",
                "paragraphs": [
                    "Before the interview: accept a care-of address or the address of a "
                    "support service, and say which documents are really needed.",
                    "At hiring: give a written contract in a language the worker "
                    "understands, register the job with the social security authorities "
                    "and pay into a bank account in the worker's name.",
                    "In the first months: name a contact person, agree how problems are "
                    "reported and keep in touch with the support worker if the worker "
                    "agrees.",
                    "Warning signs of exploitation: pay in cash only, deductions for "
                    "accommodation without a tenancy, withheld documents, and recruiters "
                    "who charge a fee.",
                ],
            },
        ],
    },
    {
        "slug": "rights-advice-at-the-front-door-dublin",
        "title": "Rights advice at the front door: residence, worker status and social assistance",
        "summary": "A practical day in Dublin for shelter and outreach staff on the legal "
        "questions that decide whether an EU citizen can get a bed, a benefit or a tenancy, "
        "and on when to refer a case to a specialist adviser.",
        "hero_image": "policy-map",
        "days_from_today": -10,
        "starts": "10:00",
        "ends": "16:00",
        "duration_days": 1,
        "time_zone": "Europe/Dublin",
        "event_format": "in-person",
        "status": "scheduled",
        "status_note": "",
        "venue_name": "Quayside Community Hall",
        "venue_address": "14 Ferryman's Quay, Dublin 1",
        "venue_city": "Dublin",
        "country": "IE",
        "online_joining_details": "",
        "organiser": "Liffey Rights Centre",
        "organiser_website": "https://example.org/liffey-rights",
        "audience": "Shelter, day-centre and outreach staff with no legal training, and "
        "volunteers who help people with forms and appointments.",
        "languages": ["en"],
        "interpretation": ["pl", "ro"],
        "registration_mode": "on-site",
        "registration_url": "",
        "capacity": 80,
        "agenda": [
            (
                "session",
                {
                    "starts": "10:00",
                    "ends": "11:00",
                    "title": "Worker, jobseeker or inactive? Why status matters",
                    "speakers": "Siobhán Keane",
                    "description": "The residence rights of EU citizens in plain words, and "
                    "how a person keeps worker status after losing a job.",
                },
            ),
            (
                "session",
                {
                    "starts": "11:15",
                    "ends": "12:30",
                    "title": "Case clinic: three real situations, anonymised",
                    "speakers": "Siobhán Keane, Ciarán Walsh",
                    "description": "Participants decide what to ask, what to check and "
                    "whom to call, then compare with what happened.",
                },
            ),
            (
                "session",
                {
                    "starts": "13:30",
                    "ends": "14:45",
                    "title": "Challenging a wrong refusal",
                    "speakers": "Ciarán Walsh",
                    "description": "Reviews and appeals of social welfare decisions, and "
                    "the evidence that helps: payslips, contracts, job applications.",
                },
            ),
            (
                "session",
                {
                    "starts": "15:00",
                    "ends": "16:00",
                    "title": "Unpaid wages and lost documents",
                    "speakers": "Agnieszka Nowak",
                    "description": "Quick routes to recover wages owed and to replace "
                    "identity documents through consulates.",
                },
            ),
        ],
        "speakers": [
            {
                "name": "Siobhán Keane",
                "role": "Managing solicitor, Liffey Rights Centre",
                "biography": "Runs the centre's weekly drop-in advice sessions with "
                "volunteer lawyers and caseworkers.",
            },
            {
                "name": "Ciarán Walsh",
                "role": "Welfare rights caseworker, Liffey Rights Centre",
                "biography": "Takes on review and appeal cases referred by shelters and "
                "outreach teams.",
            },
            {
                "name": "Agnieszka Nowak",
                "role": "Community worker for Polish-speaking residents",
                "biography": "Helps workers recover unpaid wages and deal with employers "
                "and consulates.",
            },
        ],
        "themes": ["legal-and-rights-advice"],
        "related_guides": ["rights-clinic-for-eu-citizens", "health-care-without-insurance"],
        "materials": [
            {
                "type": "document",
                "key": "front-door-rights-check",
                "title": "Front-door rights check: five questions for shelter staff",
                "kind": "toolkit",
                "language": "en",
                "paragraphs": [
                    "This check helps staff without legal training spot when a person may "
                    "have rights they are not using. It does not replace advice.",
                    "1. When did the person last work in this country, and for how long? "
                    "2. Did they register as a jobseeker after the job ended? 3. Do they "
                    "have payslips, a contract or tax records?",
                    "4. Is a family member working or studying here? 5. Has anyone refused "
                    "them a benefit or a service in writing?",
                    "If the answer to any question is yes, or unclear, refer the person to a "
                    "rights adviser the same week, with their consent, and keep copies of "
                    "any documents they bring.",
                ],
            },
            {
                "type": "document",
                "key": "front-door-worker-status-slides",
                "title": "When does an EU citizen keep worker status?",
                "kind": "slides",
                "language": "en",
                "paragraphs": [
                    "Worker status can continue after a job ends, for example when the "
                    "person is registered as a jobseeker, is temporarily unable to work "
                    "through illness, or starts vocational training.",
                    "The length of the earlier employment matters: the rules are more "
                    "generous after a year of work than after a few months.",
                    "Decisions are often wrong because of missing evidence. Ask early for "
                    "payslips, contracts and proof of job search.",
                    "These slides summarise the general rules for a training day; each case "
                    "needs to be checked by an adviser.",
                ],
            },
            {
                "type": "link",
                "title": "Recording: case clinic on worker status",
                "kind": "recording",
                "language": "en",
                "url": "https://example.org/recordings/rights-advice-case-clinic",
            },
        ],
    },
    # --- upcoming events ----------------------------------------------------------------
    {
        "slug": "outreach-in-peoples-own-language-webinar",
        "title": "Webinar: outreach in people's own language",
        "summary": "An online morning for street teams on reaching people who sleep rough "
        "and speak little of the local language: peer workers, interpreters on call, "
        "translated information and building trust over weeks, not days.",
        "hero_image": "street-outreach",
        "days_from_today": 8,
        "starts": "10:00",
        "ends": "12:30",
        "duration_days": 1,
        "time_zone": "Europe/Warsaw",
        "event_format": "online",
        "status": "scheduled",
        "status_note": "",
        "venue_name": "",
        "venue_address": "",
        "venue_city": "",
        "country": "PL",
        "online_joining_details": "Join in your browser at "
        "https://meet.example.org/outreach-own-language\n"
        "Meeting code: 614 209 387\n"
        "Passcode: street-teams\n"
        "The room opens 15 minutes early for a sound check. Choose your interpretation "
        "channel with the language button at the bottom of the screen.",
        "organiser": "Vistula Street Outreach Team",
        "organiser_website": "https://example.org/vistula-outreach",
        "audience": "Outreach workers, peer workers and team leaders of street teams, and "
        "volunteers of night services.",
        "languages": ["en"],
        "interpretation": ["pl", "ro", "bg"],
        "registration_mode": "on-site",
        "registration_url": "",
        "capacity": None,
        "agenda": [
            (
                "session",
                {
                    "starts": "10:00",
                    "ends": "10:15",
                    "title": "Welcome and how the webinar works",
                    "speakers": "Paweł Kowalczyk",
                    "description": "Interpretation channels, questions in the chat and a "
                    "short poll on the languages your team meets most.",
                },
            ),
            (
                "session",
                {
                    "starts": "10:15",
                    "ends": "11:00",
                    "title": "Peer workers on the street team",
                    "speakers": "Paweł Kowalczyk, Ilinca Radu",
                    "description": "Recruiting, training and supporting peer workers who "
                    "share a language and an experience with the people the team meets.",
                },
            ),
            (
                "session",
                {
                    "starts": "11:10",
                    "ends": "11:50",
                    "title": "Interpreters on call and translated information",
                    "speakers": "Marek Nowicki",
                    "description": "Telephone interpreting during night rounds, and "
                    "leaflets people can actually use, tested with them before printing.",
                },
            ),
            (
                "session",
                {
                    "starts": "11:50",
                    "ends": "12:30",
                    "title": "Your questions",
                    "speakers": "All speakers",
                    "description": "",
                },
            ),
        ],
        "speakers": [
            {
                "name": "Paweł Kowalczyk",
                "role": "Coordinator, Vistula Street Outreach Team, Warsaw",
                "biography": "Leads night rounds in the city centre and trains new outreach staff.",
            },
            {
                "name": "Ilinca Radu",
                "role": "Peer worker",
                "biography": "Slept rough for a year in another member state and now "
                "works on a street team in her first language.",
            },
            {
                "name": "Marek Nowicki",
                "role": "Outreach manager, Canal Outreach Collective, Brussels",
                "biography": "Built a multilingual street team that works in seven languages.",
            },
        ],
        "themes": ["outreach"],
        "related_guides": [
            "multilingual-street-outreach",
            "assertive-outreach-for-people-with-mental-illness",
        ],
        "materials": [],
    },
    {
        "slug": "housing-first-peer-review-visit-berlin",
        "title": "Peer-review visit: Housing First when benefit entitlement is uncertain",
        "summary": "A small study visit to a Berlin Housing First team that houses EU mobile "
        "citizens while their right to benefits is still being settled. Two practitioners "
        "from partner agencies join the team for a day; later applicants join a waiting list.",
        "hero_image": "housing-first",
        "days_from_today": 12,
        "starts": "10:00",
        "ends": "16:00",
        "duration_days": 1,
        "time_zone": "Europe/Berlin",
        "event_format": "in-person",
        "status": "scheduled",
        "status_note": "",
        "venue_name": "Spree Housing First Cooperative, team office",
        "venue_address": "Lindenhofstraße 7, 13347 Berlin",
        "venue_city": "Berlin",
        "country": "DE",
        "online_joining_details": "",
        "organiser": "Spree Housing First Cooperative",
        "organiser_website": "https://example.org/spree-housing-first",
        "audience": "Practitioners of partner agencies who run or plan Housing First "
        "services; places are limited to two so the visit can follow the team's real work.",
        "languages": ["de", "en"],
        "interpretation": [],
        "registration_mode": "on-site",
        "registration_url": "",
        "capacity": 2,
        "agenda": [
            (
                "session",
                {
                    "starts": "10:00",
                    "ends": "11:00",
                    "title": "How the team works",
                    "speakers": "Jana Hoffmann",
                    "description": "Caseloads, the team's weekly meeting and how tenants "
                    "choose the support they want.",
                },
            ),
            (
                "session",
                {
                    "starts": "11:00",
                    "ends": "13:00",
                    "title": "Home visits with a support worker",
                    "speakers": "Jana Hoffmann, Mehmet Demir",
                    "description": "With the tenants' agreement, visitors join two home "
                    "visits and see how rent and benefits are checked together.",
                },
            ),
            (
                "session",
                {
                    "starts": "14:00",
                    "ends": "15:00",
                    "title": "Paying the rent while the right to benefits is settled",
                    "speakers": "Mehmet Demir",
                    "description": "The bridging fund, direct payment of rent and the early "
                    "warning the team agreed with landlords.",
                },
            ),
            (
                "session",
                {
                    "starts": "15:00",
                    "ends": "16:00",
                    "title": "Peer review: what the visitors would do differently",
                    "speakers": "Visitors and team",
                    "description": "An open discussion; the notes are shared with the "
                    "network afterwards.",
                },
            ),
        ],
        "speakers": [
            {
                "name": "Jana Hoffmann",
                "role": "Team leader, Spree Housing First Cooperative",
                "biography": "Has led the Housing First team since it opened and "
                "advises the city on its homelessness strategy.",
            },
            {
                "name": "Mehmet Demir",
                "role": "Support worker and benefits specialist",
                "biography": "Helps tenants through benefit applications and negotiates "
                "with landlords when rent is late.",
            },
        ],
        "themes": ["housing-first", "legal-and-rights-advice"],
        "related_guides": [
            "housing-first-for-people-with-complex-needs",
            "from-winter-shelter-to-a-tenancy",
        ],
        "materials": [],
    },
    {
        "slug": "open-morning-health-care-lille",
        "title": "Open morning: health care for people without insurance",
        "summary": "A morning at a mobile health team's base in Lille on treating people "
        "who have no health cover and on restoring their cover, in France or in their "
        "country of origin. No registration was needed.",
        "hero_image": "health-care",
        "days_from_today": 19,
        "starts": "09:00",
        "ends": "13:00",
        "duration_days": 1,
        "time_zone": "Europe/Paris",
        "event_format": "in-person",
        "status": "cancelled",
        "status_note": "Cancelled: the host centre's rooms are needed for an emergency "
        "health clinic that week. The open morning will be offered again later in the year "
        "and announced on this page.",
        "venue_name": "Atelier Santé Mobile, base of the mobile team",
        "venue_address": "12 rue des Passeurs, 59000 Lille",
        "venue_city": "Lille",
        "country": "FR",
        "online_joining_details": "",
        "organiser": "Atelier Santé Mobile",
        "organiser_website": "https://example.org/atelier-sante-mobile",
        "audience": "Nurses, doctors, social workers and outreach staff who meet people "
        "without health cover.",
        "languages": ["fr", "en"],
        "interpretation": [],
        "registration_mode": "none",
        "registration_url": "",
        "capacity": None,
        "agenda": [
            (
                "session",
                {
                    "starts": "09:00",
                    "ends": "10:00",
                    "title": "A round with the mobile nurse",
                    "speakers": "Claire Dufresne",
                    "description": "How the team finds people who need care and what it "
                    "can treat on the spot.",
                },
            ),
            (
                "session",
                {
                    "starts": "10:15",
                    "ends": "11:30",
                    "title": "Restoring health cover across borders",
                    "speakers": "Bogdan Ilie",
                    "description": "European health insurance cards, forms from the "
                    "country of origin and the local schemes for people with no cover.",
                },
            ),
            (
                "session",
                {
                    "starts": "11:45",
                    "ends": "13:00",
                    "title": "Discussion with the team",
                    "speakers": "",
                    "description": "",
                },
            ),
        ],
        "speakers": [
            {
                "name": "Claire Dufresne",
                "role": "Coordinating nurse, Atelier Santé Mobile",
                "biography": "Runs the mobile team's daily rounds and its links with hospitals.",
            },
            {
                "name": "Bogdan Ilie",
                "role": "Health mediator",
                "biography": "Helps patients restore health cover with insurers in their "
                "country of origin.",
            },
        ],
        "themes": ["access-to-health-care"],
        "related_guides": [
            "health-care-without-insurance",
            "roma-health-mediators-between-two-countries",
        ],
        "materials": [],
    },
    {
        "slug": "reconnection-working-meeting-bucharest",
        "title": "Working meeting: planning safe returns with services in Romania",
        "summary": "Two days in Bucharest for caseworkers who support people considering "
        "a return home: meeting the services that receive them, checking plans on arrival "
        "and keeping every return voluntary and informed.",
        "hero_image": "service-network",
        "days_from_today": 26,
        "starts": "09:30",
        "ends": "16:00",
        "duration_days": 2,
        "time_zone": "Europe/Bucharest",
        "registration_deadline_days_before": 2,
        "event_format": "in-person",
        "status": "scheduled",
        "status_note": "",
        "venue_name": "Punte Mediation Network, training room",
        "venue_address": "Strada Podului 18, Sector 3, 030167 Bucharest",
        "venue_city": "Bucharest",
        "country": "RO",
        "online_joining_details": "",
        "organiser": "Punte Mediation Network with Thames Crossings Trust",
        "organiser_website": "https://example.org/punte-mediation",
        "audience": "Caseworkers of partner agencies who support reconnection, and "
        "Romanian social services, mediators and shelters that receive people who return.",
        "languages": ["ro", "en"],
        "interpretation": ["en", "ro"],
        "registration_mode": "on-site",
        "registration_url": "",
        "capacity": 3,
        "agenda": [
            ("day", {"day": 1, "title": "Meeting the services at home"}),
            (
                "session",
                {
                    "starts": "09:30",
                    "ends": "10:30",
                    "title": "What makes a return ethical",
                    "speakers": "Daniel Okafor",
                    "description": "Informed choice, no link to enforcement, and a plan "
                    "checked with the services on arrival before anyone travels.",
                },
            ),
            (
                "session",
                {
                    "starts": "10:45",
                    "ends": "12:30",
                    "title": "Visit: a Bucharest day centre and shelter",
                    "speakers": "Ioana Stoica",
                    "description": "What a returning person finds on arrival, and how the "
                    "centre learns that someone is coming.",
                },
            ),
            (
                "session",
                {
                    "starts": "14:00",
                    "ends": "16:00",
                    "title": "Health care and identity documents after return",
                    "speakers": "Ioana Stoica, Radu Georgescu",
                    "description": "Re-registering with a family doctor, restoring health "
                    "cover and replacing documents.",
                },
            ),
            ("day", {"day": 2, "title": "Working together on cases"}),
            (
                "session",
                {
                    "starts": "09:30",
                    "ends": "11:30",
                    "title": "Case work in pairs",
                    "speakers": "All participants",
                    "description": "Pairs of a sending and a receiving caseworker plan an "
                    "anonymised return from first conversation to the follow-up call.",
                },
            ),
            (
                "session",
                {
                    "starts": "11:45",
                    "ends": "13:00",
                    "title": "Handing over a case with consent",
                    "speakers": "Daniel Okafor, Radu Georgescu",
                    "description": "Which information travels, with whose agreement and "
                    "through which secure channel.",
                },
            ),
            (
                "session",
                {
                    "starts": "14:00",
                    "ends": "16:00",
                    "title": "Agreeing a shared follow-up routine",
                    "speakers": "",
                    "description": "A common checklist for the weeks after a return, to be "
                    "tested by the partners over the next months.",
                },
            ),
        ],
        "speakers": [
            {
                "name": "Ioana Stoica",
                "role": "Coordinator, Punte Mediation Network",
                "biography": "Works with health and community mediators who support "
                "families moving between two countries.",
            },
            {
                "name": "Daniel Okafor",
                "role": "Reconnection lead, Thames Crossings Trust",
                "biography": "Supports people who decide to return home, from the first "
                "conversation to the follow-up after arrival.",
            },
            {
                "name": "Radu Georgescu",
                "role": "Social worker, district social assistance service, Bucharest",
                "biography": "Receives people who return and links them with local "
                "housing and health services.",
            },
        ],
        "themes": ["ethical-reconnection", "cross-border-case-coordination"],
        "related_guides": [
            "ethical-reconnection-support",
            "secure-cross-border-case-handover",
        ],
        "materials": [],
    },
    {
        "slug": "cross-border-case-management-forum-rotterdam",
        "title": "Cross-border case management forum: sharing information safely",
        "summary": "Two days in Rotterdam and online on managing cases with agencies in "
        "other member states: consent, what to share, secure tools and first experience of "
        "following people's movement between countries.",
        "hero_image": "family-home",
        "days_from_today": 40,
        "starts": "09:30",
        "ends": "16:30",
        "duration_days": 2,
        "time_zone": "Europe/Amsterdam",
        "event_format": "hybrid",
        "status": "scheduled",
        "status_note": "",
        "venue_name": "Havenloods conference centre",
        "venue_address": "Kadeplein 4, 3011 AB Rotterdam",
        "venue_city": "Rotterdam",
        "country": "NL",
        "online_joining_details": "Online participants receive the streaming link from "
        "the organiser after registering on the organiser's website.",
        "organiser": "Harbour Works Foundation with Baltic Bridge Caseworkers’ Association",
        "organiser_website": "https://example.org/harbour-works",
        "audience": "Caseworkers, team leaders and data-protection officers of agencies "
        "that support people who move between member states.",
        "languages": ["en", "nl"],
        "interpretation": ["fr", "pl"],
        "registration_mode": "external",
        "registration_url": "https://example.org/harbour-works/register/case-management-forum",
        "capacity": None,
        "agenda": [
            ("day", {"day": 1, "title": "Consent and data protection"}),
            (
                "session",
                {
                    "starts": "09:30",
                    "ends": "10:30",
                    "title": "Why cases break off at the border",
                    "speakers": "Joost van Dijk",
                    "description": "Examples of support that stopped when a person moved, "
                    "and what would have kept it going.",
                },
            ),
            (
                "session",
                {
                    "starts": "10:45",
                    "ends": "12:30",
                    "title": "Consent people understand",
                    "speakers": "Mette Kjær",
                    "description": "Explaining in the person's language what is shared, "
                    "with whom and for how long, and how to withdraw consent.",
                },
            ),
            (
                "session",
                {
                    "starts": "14:00",
                    "ends": "16:30",
                    "title": "Data protection in practice",
                    "speakers": "Femke de Boer",
                    "description": "The minimum information to share, secure channels, "
                    "keeping records accurate and deleting them on time.",
                },
            ),
            ("day", {"day": 2, "title": "Tools and trends"}),
            (
                "session",
                {
                    "starts": "09:30",
                    "ends": "11:00",
                    "title": "A secure space for partner agencies",
                    "speakers": "Femke de Boer, Mette Kjær",
                    "description": "A demonstration of the network's protected area for "
                    "multi-agency case management, and a discussion of its rules.",
                },
            ),
            (
                "session",
                {
                    "starts": "11:15",
                    "ends": "12:45",
                    "title": "What the movement data tell us",
                    "speakers": "Andreea Vlad",
                    "description": "First trends of movement between member states and "
                    "what they mean for local and national policy.",
                },
            ),
            (
                "session",
                {
                    "starts": "14:00",
                    "ends": "16:30",
                    "title": "Agreements between partner agencies",
                    "speakers": "",
                    "description": "Drafting the cooperation agreement that partners sign "
                    "before they exchange case information.",
                },
            ),
        ],
        "speakers": [
            {
                "name": "Joost van Dijk",
                "role": "Coordinator, Harbour Works Foundation, Rotterdam",
                "biography": "Works with people who came to the port city for work and lost it.",
            },
            {
                "name": "Mette Kjær",
                "role": "Caseworker, Baltic Bridge Caseworkers’ Association",
                "biography": "Built a consent-based handover routine with agencies in "
                "three other countries.",
            },
            {
                "name": "Femke de Boer",
                "role": "Data-protection officer of a social-service provider",
                "biography": "Advises care and support services on sharing personal "
                "data lawfully and securely.",
            },
            {
                "name": "Andreea Vlad",
                "role": "Researcher in social policy",
                "biography": "Studies how people move between member states in search of "
                "work and what happens when that work ends.",
            },
        ],
        "themes": ["cross-border-case-coordination", "family-support"],
        "related_guides": [
            "secure-cross-border-case-handover",
            "rapid-re-housing-of-homeless-families",
        ],
        "materials": [],
    },
]

# Registrations already made when the demo starts. The Berlin visit has two places:
# with one taken, a visitor can take the last, the next joins the waiting list, and
# when the first cancels the waiting person moves up.
REGISTRATIONS: list[dict] = [
    {
        "event": "housing-first-peer-review-visit-berlin",
        "name": "Katarzyna Wiśniewska",
        "email": "katarzyna.wisniewska@example.org",
        "organisation": "Vistula Street Outreach Team",
        "country": "PL",
        "language": "en",
    },
]

INDEXES: dict[str, dict] = {
    "events": {
        "title": "Events",
        "introduction": "Conferences, workshops, study visits and webinars where member "
        "agencies share what works. Register here, and find the slides, reports and "
        "recordings of past events.",
    },
    "materials": {
        "title": "Materials library",
        "introduction": "Slides, reports, recordings and toolkits from the network's events "
        "and guides, in the languages they were made in. Filter by kind, language, theme "
        "or country.",
    },
}

__all__ = ["EVENTS", "INDEXES", "REGISTRATIONS"]
