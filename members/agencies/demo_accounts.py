"""Demo accounts for development; `load_demo_content` creates them and `make run` prints them.

Accounts of kind ``"cms"`` are CMS superusers; ``"translator"`` (with the ``language``
they translate into) and ``"reviewer"`` are CMS accounts that can try the translation
review workflow (their groups come from the public site's translation roles).
Accounts of kind ``"member"`` are ordinary people (no staff flag) created by
``members.agencies.demo``: each holds a role in a demo agency (``agency``,
``agency_role``) or coordinates the network.

Production settings set ``DEMO_CONTENT_ALLOWED = False``, so none of this can reach
a real site.
"""

DEMO_PASSWORD = "network-demo-2026"  # noqa: S105 -- development only, refused in production

DEMO_ACCOUNTS = [
    {
        "username": "editor",
        "email": "editor@example.org",
        "first_name": "Eda",
        "last_name": "Editor",
        "kind": "cms",
        "role": "CMS administrator: Wagtail admin at /cms/",
    },
    {
        "username": "translator-fr",
        "email": "translator.fr@example.org",
        "first_name": "Françoise",
        "last_name": "Lemaire",
        "kind": "translator",
        "language": "fr",
        "role": "CMS translator (French): translates pages, submits them for review",
    },
    {
        "username": "reviewer",
        "email": "reviewer@example.org",
        "first_name": "Rasmus",
        "last_name": "Holm",
        "kind": "reviewer",
        "role": "CMS translation reviewer: approves and publishes translations",
    },
    {
        "username": "coordinator",
        "email": "coordinator@example.org",
        "first_name": "Cora",
        "last_name": "Lindqvist",
        "kind": "member",
        "coordinator": True,
        "role": "Network coordinator: member area and CMS > Member agencies",
    },
    {
        "username": "agency-admin",
        "email": "agency.admin@example.org",
        "first_name": "Amélie",
        "last_name": "Dubois",
        "kind": "member",
        "agency": "Carrefour Accueil Bruxelles",
        "agency_role": "agency-admin",
        "role": "Member area: agency administrator of Carrefour Accueil Bruxelles",
    },
    {
        "username": "caseworker",
        "email": "caseworker@example.org",
        "first_name": "Karim",
        "last_name": "Janssens",
        "kind": "member",
        "agency": "Carrefour Accueil Bruxelles",
        "agency_role": "caseworker",
        "role": "Member area: caseworker of Carrefour Accueil Bruxelles",
    },
    {
        "username": "member",
        "email": "member@example.org",
        "first_name": "Marieke",
        "last_name": "Peeters",
        "kind": "member",
        "agency": "Carrefour Accueil Bruxelles",
        "agency_role": "member",
        "role": "Member area: member of Carrefour Accueil Bruxelles",
    },
    {
        "username": "other-caseworker",
        "email": "other.caseworker@example.org",
        "first_name": "Ioana",
        "last_name": "Popescu",
        "kind": "member",
        "agency": "Fundația Punte Acasă",
        "agency_role": "caseworker",
        "role": "Member area: caseworker of Fundația Punte Acasă (another agency)",
    },
]
