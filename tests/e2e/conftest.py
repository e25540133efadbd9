"""Fixtures and helpers for browser tests."""

import pytest

from tests.factories import build_site_tree


@pytest.fixture
def live_site(live_server, transactional_db):
    """The factory site tree, committed so the live server thread can read it."""
    tree = build_site_tree()
    return live_server, tree


@pytest.fixture
def demo_site(live_server, transactional_db):
    """The demo frame (home, information pages, menu, footer) in its five languages."""
    from practices.demo.loader import load_demo_site

    load_demo_site(sections=[])
    return live_server


@pytest.fixture
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(axe, page) -> list[dict]:
    """Run axe-core on the page with the WCAG 2.x A/AA rules; return the violations."""
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return results.response["violations"]


@pytest.fixture
def demo_knowledge_site(live_server, transactional_db):
    """The demo frame and the demo knowledge base: guides, countries, updates."""
    from practices.demo.loader import load_demo_site

    load_demo_site(sections=["guides", "countries", "updates"])
    return live_server


@pytest.fixture
def knowledge_site(live_server, transactional_db):
    """The small factory knowledge tree, committed for the live server."""
    from tests.factories import build_knowledge_tree

    return live_server, build_knowledge_tree()


def describe_violations(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']]}" for v in violations
    )


def assert_accessible(axe, page, what: str) -> None:
    """No WCAG 2.x A/AA violations on the page as it is now."""
    violations = axe_violations(axe, page)
    assert violations == [], f"{what}: {describe_violations(violations)}"


def add_virtual_authenticator(page) -> tuple:
    """A platform authenticator in Chromium that says yes to every passkey request.

    Returns the DevTools session and the authenticator's id (to list its credentials).
    """
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    options = {
        "protocol": "ctap2",
        "transport": "internal",
        "hasResidentKey": True,
        "hasUserVerification": True,
        "isUserVerified": True,
        "automaticPresenceSimulation": True,
    }
    added = cdp.send("WebAuthn.addVirtualAuthenticator", {"options": options})
    return cdp, added["authenticatorId"]
