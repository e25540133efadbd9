"""Demo guide (English source text, as data):
A youth hostel that leads to training and a first flat.
"""

GUIDE = {
    "slug": "youth-hostel-with-training",
    "title": "A youth hostel that leads to training and a first flat",
    "summary": "Young EU citizens aged 18 to 25 who arrive without a home get a hostel room, a "
    "personal coach and a place in vocational training, then move on to a small flat "
    "with lighter support.",
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
            "<p>Young people who come to a big city to work or study and lose their footing "
            "end up in adult shelters surprisingly fast. There they meet older men with long "
            "histories of homelessness and addiction, and many drift into the same patterns. "
            "This hostel keeps them apart from the adult system and treats homelessness at 20 "
            "as a short detour, not a career.</p>",
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
            "agree a plan. Papers, health insurance and a bank account come first. Language "
            "classes start at once, every morning.</p><p><b>Training.</b> Partner training "
            "centres and employers offer apprenticeships and pre-vocational courses in trades "
            "with many vacancies: care work, logistics, cooking and electrical installation. "
            "The coach attends the first meetings and stays in touch with the "
            "trainer.</p><p><b>Move-on.</b> When training is under way and there is a regular "
            "income, the young person moves to a small flat rented by the association, with a "
            "coach visit every two weeks. After a year, the tenancy can be transferred to "
            "their own name.</p>",
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
            "<ul><li>Young people leave when the plan is the coach’s, not theirs. Plans are "
            "short and written in the young person’s words.</li><li>Contact with parents in "
            "the home country, where wanted, often brings practical help: documents, school "
            "records and sometimes money for a deposit.</li><li>A small fund for work clothes, "
            "tools and travel passes removes many reasons for dropping out of "
            "training.</li></ul>",
        ),
        (
            "quote",
            {
                "text": "Nobody here asked me why I had failed. They asked me what I was good at. "
                "That was a different conversation.",
                "attribution": "Former resident, now an apprentice electrician",
            },
        ),
        ("heading", {"text": "Funding and cooperation", "level": "h2"}),
        (
            "paragraph",
            "<p>The hostel is funded as youth welfare support by the city, which accepted that "
            "young EU citizens who live in the city are its responsibility regardless of "
            "nationality. Training places are paid for by the employment service once "
            "residence and registration are in order. A partner association in Vienna adopted "
            "the model in 2023 with a smaller hostel, and the two teams exchange staff for a "
            "week every year to compare how they work. The main difference they found was in "
            "move-on: flats are easier to find in Vienna, so young people there leave the "
            "hostel sooner.</p>",
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
}
