"""Demo accounts for development; `load_demo_content` creates them and `make run` prints them.

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
        "role": "CMS administrator: Wagtail admin at /cms/",
    },
]
