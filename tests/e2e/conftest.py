"""Fixtures for browser tests."""

import pytest

from tests.factories import build_site_tree


@pytest.fixture
def live_site(live_server, transactional_db):
    """The factory site tree, committed so the live server thread can read it."""
    tree = build_site_tree()
    return live_server, tree


@pytest.fixture
def demo_site(live_server, transactional_db):
    """The full demo frame (home, information pages, menu, footer in en, fr, de)."""
    from practices.demo.loader import load_site_frame

    load_site_frame()
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
    from practices.demo.knowledge_loader import load_knowledge_base
    from practices.demo.loader import load_site_frame

    load_site_frame()
    load_knowledge_base()
    return live_server


@pytest.fixture
def knowledge_site(live_server, transactional_db):
    """The small factory knowledge tree, committed for the live server."""
    from tests.factories import build_knowledge_tree

    return live_server, build_knowledge_tree()
