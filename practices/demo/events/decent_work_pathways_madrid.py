"""Demo event: Decent work as a way out of homelessness: pathways for recently arrived workers"""

EVENT: dict = {
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
            "biography": "Runs work pathways with local employers for recently arrived workers.",
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
}
