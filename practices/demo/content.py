"""Demo content of the site frame: home page, information pages, menu and footer.

Every text is given in each demo language. The English text builds the source
pages; the French and German texts are imported as translations through
wagtail-localize, exactly as a translator's work would be, so they can be edited
in the translation editor afterwards. Facts about the network come from the
project's source documents; the sentences are written for this site.
"""

# A text in every demo language.
T = dict[str, str]

HOME: dict = {
    "title": {"en": "Home", "fr": "Accueil", "de": "Startseite"},
    "slug": {"en": "home", "fr": "accueil", "de": "startseite"},
    "hero": {
        "heading": {
            "en": "Support that follows people across Europe",
            "fr": "Un accompagnement qui suit les personnes à travers l’Europe",
            "de": "Unterstützung, die Menschen durch Europa begleitet",
        },
        "text": {
            "en": "Homeless services in many member states work together so that people "
            "who move between countries are not left without help.",
            "fr": "Des services d’aide aux sans-abri de nombreux États membres travaillent "
            "ensemble pour que les personnes qui changent de pays ne restent pas sans aide.",
            "de": "Wohnungslosenhilfen aus vielen Mitgliedstaaten arbeiten zusammen, damit "
            "Menschen, die zwischen Ländern umziehen, nicht ohne Hilfe bleiben.",
        },
        "action_label": {
            "en": "About the network",
            "fr": "À propos du réseau",
            "de": "Über das Netzwerk",
        },
    },
    "intro": [
        {
            "en": "Many people who use homeless services in the cities of north-western "
            "Europe are citizens of another EU member state. Their support often breaks "
            "off when they move on.",
            "fr": "Dans les villes du nord-ouest de l’Europe, de nombreuses personnes "
            "accueillies par les services d’aide aux sans-abri sont citoyennes d’un autre "
            "État membre. Leur accompagnement s’interrompt souvent lorsqu’elles repartent.",
            "de": "In den Städten Nordwesteuropas sind viele Menschen, die Wohnungslosenhilfen "
            "nutzen, Bürgerinnen und Bürger eines anderen EU-Mitgliedstaats. Ihre Begleitung "
            "bricht oft ab, wenn sie weiterziehen.",
        },
        {
            "en": "The network collects what works, compares national strategies and gives "
            "member agencies a secure place to coordinate their casework.",
            "fr": "Le réseau rassemble les pratiques qui fonctionnent, compare les stratégies "
            "nationales et offre aux agences membres un espace sécurisé pour coordonner "
            "leur accompagnement.",
            "de": "Das Netzwerk sammelt, was funktioniert, vergleicht nationale Strategien und "
            "bietet den Mitgliedsorganisationen einen geschützten Ort, um ihre Fallarbeit "
            "abzustimmen.",
        },
    ],
    "featured_heading": {"en": "Start here", "fr": "Pour commencer", "de": "Hier beginnen"},
    "featured": [
        {
            "page": "about-the-network",
            "description": {
                "en": "Who we are, how the network started and what it sets out to do.",
                "fr": "Qui nous sommes, comment le réseau est né et ce qu’il veut accomplir.",
                "de": "Wer wir sind, wie das Netzwerk entstand und was es erreichen will.",
            },
        },
        {
            "page": "contact",
            "description": {
                "en": "Ask a question, propose a practice or ask how your agency can join.",
                "fr": "Posez une question, proposez une pratique ou demandez comment "
                "votre agence peut adhérer.",
                "de": "Stellen Sie eine Frage, schlagen Sie eine Praxis vor oder fragen Sie, "
                "wie Ihre Organisation beitreten kann.",
            },
        },
        {
            "page": "accessibility-statement",
            "description": {
                "en": "How we make this site usable for everyone, and how to tell us "
                "when it is not.",
                "fr": "Comment nous rendons ce site utilisable par tous, et comment nous "
                "signaler un problème.",
                "de": "Wie wir diese Website für alle nutzbar machen und wie Sie uns "
                "Barrieren melden.",
            },
        },
    ],
}

# Information pages below the home page: slug, then texts per language.
INFORMATION_PAGES: list[dict] = [
    {
        "slug": {"en": "about-the-network", "fr": "a-propos-du-reseau", "de": "ueber-das-netzwerk"},
        "title": {"en": "About the network", "fr": "À propos du réseau", "de": "Über das Netzwerk"},
        "intro": {
            "en": "A network of homeless-service agencies that support EU citizens who "
            "became homeless after moving to another member state.",
            "fr": "Un réseau d’agences d’aide aux sans-abri qui accompagnent les citoyens "
            "européens devenus sans-abri après s’être installés dans un autre État membre.",
            "de": "Ein Netzwerk von Wohnungslosenhilfen, die EU-Bürgerinnen und -Bürger "
            "unterstützen, die nach einem Umzug in einen anderen Mitgliedstaat wohnungslos "
            "wurden.",
        },
        "body": [
            (
                "heading",
                {
                    "en": "Why the network exists",
                    "fr": "Pourquoi ce réseau existe",
                    "de": "Warum es das Netzwerk gibt",
                },
            ),
            (
                "paragraph",
                {
                    "en": "Research by FEANTSA found that in several large cities of north-western "
                    "Europe, mobile EU citizens are among the groups hit hardest by homelessness. "
                    "Services in twelve member states reported a growing share of migrants among "
                    "the people they help.",
                    "fr": "Les travaux de la FEANTSA ont montré que, dans plusieurs grandes villes "
                    "du nord-ouest de l’Europe, les citoyens européens mobiles comptent parmi les "
                    "groupes les plus touchés par le sans-abrisme. Des services de douze États "
                    "membres ont signalé une part croissante de personnes migrantes parmi leur "
                    "public.",
                    "de": "Untersuchungen der FEANTSA zeigten, dass mobile EU-Bürgerinnen und "
                    "-Bürger in mehreren Großstädten Nordwesteuropas zu den am stärksten von "
                    "Wohnungslosigkeit betroffenen Gruppen gehören. Hilfsdienste aus zwölf "
                    "Mitgliedstaaten meldeten einen wachsenden Anteil von Migrantinnen und "
                    "Migranten unter ihren Klientinnen und Klienten.",
                },
            ),
            ("heading", {"en": "What we do", "fr": "Ce que nous faisons", "de": "Was wir tun"}),
            (
                "paragraph",
                {
                    "en": "Member agencies report on national and shared strategies, exchange "
                    "approaches and publish best practice on this site. Local dissemination events "
                    "bring that practice to professionals across the Union.",
                    "fr": "Les agences membres rendent compte des stratégies nationales et "
                    "communes, échangent leurs approches et publient leurs bonnes pratiques sur ce "
                    "site. Des événements locaux de diffusion les font connaître aux "
                    "professionnels de toute l’Union.",
                    "de": "Die Mitgliedsorganisationen berichten über nationale und gemeinsame "
                    "Strategien, tauschen Ansätze aus und veröffentlichen gute Praxis auf dieser "
                    "Website. Lokale Veranstaltungen tragen diese Praxis zu Fachleuten in der "
                    "ganzen Union.",
                },
            ),
            (
                "paragraph",
                {
                    "en": "Behind a secure login, agencies record how the people they support "
                    "move between states, hand cases over across borders and see trends of "
                    "movement that inform policy at local, national and European level.",
                    "fr": "Derrière un accès sécurisé, les agences consignent les déplacements des "
                    "personnes qu’elles accompagnent entre États, se transmettent des dossiers "
                    "par-delà les frontières et observent des tendances qui éclairent les "
                    "politiques locales, nationales et européennes.",
                    "de": "Hinter einem geschützten Zugang erfassen die Organisationen, wie die "
                    "von ihnen begleiteten Menschen zwischen Staaten wechseln, übergeben Fälle "
                    "über Grenzen hinweg und erkennen Bewegungstrends, die die Politik auf "
                    "lokaler, nationaler und europäischer Ebene informieren.",
                },
            ),
            ("heading", {"en": "How it started", "fr": "Les débuts", "de": "Wie es begann"}),
            (
                "paragraph",
                {
                    "en": "The network began as a two-year project with the European Commission "
                    "and FEANTSA, led from Cardiff by a housing association.",
                    "fr": "Le réseau est né d’un projet de deux ans mené avec la Commission "
                    "européenne et la FEANTSA, piloté depuis Cardiff par une association de "
                    "logement.",
                    "de": "Das Netzwerk entstand als zweijähriges Projekt mit der Europäischen "
                    "Kommission und der FEANTSA, geleitet von einer Wohnungsbaugesellschaft in "
                    "Cardiff.",
                },
            ),
        ],
    },
    {
        "slug": {"en": "contact", "fr": "contact", "de": "kontakt"},
        "title": {"en": "Contact", "fr": "Contact", "de": "Kontakt"},
        "intro": {
            "en": "Write to the network's coordination team. We answer in English, French "
            "or German within five working days.",
            "fr": "Écrivez à l’équipe de coordination du réseau. Nous répondons en anglais, "
            "en français ou en allemand sous cinq jours ouvrés.",
            "de": "Schreiben Sie dem Koordinationsteam des Netzwerks. Wir antworten auf "
            "Englisch, Französisch oder Deutsch innerhalb von fünf Arbeitstagen.",
        },
        "body": [
            (
                "heading",
                {
                    "en": "Agencies that want to join",
                    "fr": "Agences souhaitant adhérer",
                    "de": "Organisationen, die beitreten möchten",
                },
            ),
            (
                "paragraph",
                {
                    "en": "Tell us where your agency works, which services it offers and who "
                    "would be its contact. Accounts for the member area are then created by "
                    "invitation.",
                    "fr": "Indiquez-nous où votre agence intervient, quels services elle propose "
                    "et qui serait la personne de contact. Les comptes de l’espace membres sont "
                    "ensuite créés sur invitation.",
                    "de": "Teilen Sie uns mit, wo Ihre Organisation tätig ist, welche Dienste sie "
                    "anbietet und wer Ansprechperson wäre. Zugänge zum Mitgliederbereich werden "
                    "dann per Einladung angelegt.",
                },
            ),
            (
                "heading",
                {
                    "en": "People who need help",
                    "fr": "Personnes ayant besoin d’aide",
                    "de": "Menschen, die Hilfe brauchen",
                },
            ),
            (
                "paragraph",
                {
                    "en": "The coordination team cannot give individual advice. Please contact a "
                    "homeless service in the town where you are; a member agency can help you "
                    "find one.",
                    "fr": "L’équipe de coordination ne peut pas conseiller individuellement. "
                    "Adressez-vous à un service d’aide aux sans-abri de la ville où vous vous "
                    "trouvez ; une agence membre peut vous aider à le trouver.",
                    "de": "Das Koordinationsteam kann keine Einzelberatung leisten. Bitte wenden "
                    "Sie sich an eine Wohnungslosenhilfe in Ihrer Stadt; eine "
                    "Mitgliedsorganisation hilft Ihnen, eine zu finden.",
                },
            ),
        ],
    },
    {
        "slug": {"en": "privacy-notice", "fr": "confidentialite", "de": "datenschutz"},
        "title": {
            "en": "Privacy notice",
            "fr": "Politique de confidentialité",
            "de": "Datenschutzhinweis",
        },
        "intro": {
            "en": "What this website records about visitors, why, and for how long.",
            "fr": "Ce que ce site enregistre sur ses visiteurs, pourquoi et pour combien de temps.",
            "de": "Was diese Website über Besucherinnen und Besucher speichert, warum und "
            "wie lange.",
        },
        "body": [
            (
                "heading",
                {
                    "en": "Reading the public site",
                    "fr": "Consultation du site public",
                    "de": "Lesen der öffentlichen Website",
                },
            ),
            (
                "paragraph",
                {
                    "en": "The public site sets one cookie, which remembers the language you "
                    "chose. It uses no analytics, no advertising and no content from other "
                    "websites.",
                    "fr": "Le site public dépose un seul cookie, qui retient la langue choisie. "
                    "Il n’utilise ni mesure d’audience, ni publicité, ni contenu provenant "
                    "d’autres sites.",
                    "de": "Die öffentliche Website setzt ein einziges Cookie, das sich die "
                    "gewählte Sprache merkt. Sie verwendet keine Reichweitenmessung, keine "
                    "Werbung und keine Inhalte anderer Websites.",
                },
            ),
            (
                "heading",
                {"en": "The member area", "fr": "L’espace membres", "de": "Der Mitgliederbereich"},
            ),
            (
                "paragraph",
                {
                    "en": "Personal data kept by member agencies is encrypted, every access to it "
                    "is recorded, and it is shared with another agency only on a documented legal "
                    "basis.",
                    "fr": "Les données personnelles conservées par les agences membres sont "
                    "chiffrées, chaque accès est enregistré, et elles ne sont partagées avec une "
                    "autre agence que sur une base juridique documentée.",
                    "de": "Personenbezogene Daten der Mitgliedsorganisationen werden "
                    "verschlüsselt gespeichert, jeder Zugriff wird protokolliert, und sie werden "
                    "nur auf einer dokumentierten Rechtsgrundlage an eine andere Organisation "
                    "weitergegeben.",
                },
            ),
        ],
    },
    {
        "slug": {"en": "accessibility-statement", "fr": "accessibilite", "de": "barrierefreiheit"},
        "title": {
            "en": "Accessibility statement",
            "fr": "Déclaration d’accessibilité",
            "de": "Erklärung zur Barrierefreiheit",
        },
        "intro": {
            "en": "This site aims to meet the Web Content Accessibility Guidelines 2.2 at "
            "level AA.",
            "fr": "Ce site vise la conformité aux règles pour l’accessibilité des contenus "
            "web (WCAG) 2.2, niveau AA.",
            "de": "Diese Website soll die Richtlinien für barrierefreie Webinhalte (WCAG) 2.2 "
            "auf Stufe AA erfüllen.",
        },
        "body": [
            ("heading", {"en": "What we do", "fr": "Nos engagements", "de": "Was wir tun"}),
            (
                "paragraph",
                {
                    "en": "Pages work with a keyboard and a screen reader, can be enlarged to "
                    "400 percent and read on a small phone. Every page is checked with an "
                    "automated accessibility test before it is released.",
                    "fr": "Les pages fonctionnent au clavier et avec un lecteur d’écran, peuvent "
                    "être agrandies à 400 % et lues sur un petit téléphone. Chaque page est "
                    "vérifiée par un test d’accessibilité automatisé avant sa mise en ligne.",
                    "de": "Die Seiten funktionieren mit Tastatur und Screenreader, lassen sich auf "
                    "400 Prozent vergrößern und auf einem kleinen Telefon lesen. Jede Seite wird "
                    "vor der Veröffentlichung automatisch auf Barrierefreiheit geprüft.",
                },
            ),
            (
                "heading",
                {
                    "en": "Tell us about a barrier",
                    "fr": "Signaler un obstacle",
                    "de": "Barrieren melden",
                },
            ),
            (
                "paragraph",
                {
                    "en": "If something on this site is hard to use, write to the coordination "
                    "team through the contact page. We reply within five working days.",
                    "fr": "Si un élément de ce site est difficile à utiliser, écrivez à l’équipe "
                    "de coordination via la page de contact. Nous répondons sous cinq jours "
                    "ouvrés.",
                    "de": "Wenn etwas auf dieser Website schwer zu bedienen ist, schreiben Sie "
                    "dem Koordinationsteam über die Kontaktseite. Wir antworten innerhalb von "
                    "fünf Arbeitstagen.",
                },
            ),
        ],
    },
]

MAIN_MENU: dict = {
    "name": {"en": "Main menu", "fr": "Menu principal", "de": "Hauptmenü"},
    "pages": ["about-the-network", "contact"],
}

FOOTER: dict = {
    "about": {
        "en": "A European network of homeless-service agencies supporting EU citizens who "
        "became homeless in another member state.",
        "fr": "Un réseau européen d’agences d’aide aux sans-abri qui accompagnent les "
        "citoyens européens devenus sans-abri dans un autre État membre.",
        "de": "Ein europäisches Netzwerk von Wohnungslosenhilfen, das EU-Bürgerinnen und "
        "-Bürger unterstützt, die in einem anderen Mitgliedstaat wohnungslos wurden.",
    },
    "contact_email": "coordination@network.example.org",
    "pages": ["about-the-network", "contact", "privacy-notice", "accessibility-statement"],
}

# The demo languages besides English, in which the frame is translated.
TRANSLATED_LANGUAGES = ["fr", "de"]
