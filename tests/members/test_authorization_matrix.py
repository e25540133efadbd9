"""Every URL of the member area, for every kind of person: the authorisation matrix.

The URLs come from the URL resolver, so a new member-area URL without a rule
here makes this test fail. Expected outcomes: "login" (redirect to sign-in),
"mfa" (redirect to set up a second factor), 200, 403 or 404 (another agency's
objects are not found, not forbidden).
"""

import pytest

from django.urls import URLPattern, URLResolver, reverse

import members.urls

PERSONAS = [
    "anonymous",
    "no_second_factor",
    "outsider",
    "member_a",
    "caseworker_a",
    "admin_a",
    "caseworker_b",
    "coordinator",
]
# URL name → (keyword arguments from the fixture, expected outcome per persona)
RULES = {
    "home": (
        {},
        dict.fromkeys(PERSONAS, 200) | {"anonymous": "login", "no_second_factor": "mfa"},
    ),
}


def member_url_names(patterns=None, prefix="") -> list[str]:
    """Every named URL of the member area, walking included URL lists too."""
    names = []
    for pattern in patterns if patterns is not None else members.urls.urlpatterns:
        if isinstance(pattern, URLResolver):
            names += member_url_names(pattern.url_patterns, prefix)
        elif isinstance(pattern, URLPattern):
            assert pattern.name, f"member-area URL without a name: {pattern.pattern}"
            names.append(f"{prefix}{pattern.name}")
    return names


def test_every_member_url_has_a_rule():
    missing = set(member_url_names()) - set(RULES)
    assert not missing, f"Add these member-area URLs to the authorisation matrix: {missing}"


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("name", sorted(RULES))
def test_member_url_for_persona(client, people, name, persona):
    kwargs_for, expected = RULES[name]
    kwargs = {key: value(people) for key, value in kwargs_for.items()}
    url = reverse(f"members:{name}", kwargs=kwargs)
    if persona != "anonymous":
        client.force_login(people[persona])
    response = client.get(url)
    outcome = expected[persona]
    if outcome == "login":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    elif outcome == "mfa":
        assert response.status_code == 302
        assert response["Location"] == reverse("mfa_index")
    else:
        assert response.status_code == outcome, f"{name} as {persona}"
    if response.status_code == 200:
        assert "no-store" in response["Cache-Control"]
