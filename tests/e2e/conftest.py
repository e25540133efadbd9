"""Fixtures of browser tests: sites committed for the live server, and axe.

The helpers the tests call are in tests/e2e/browser.py."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from practices.demo.stages import load_demo_site
from tests.factories import build_knowledge_tree, build_site_tree


@pytest.fixture
def live_site(live_server, transactional_db):
    """The factory site tree, committed so the live server thread can read it."""
    tree = build_site_tree()
    return live_server, tree


@pytest.fixture
def demo_site(live_server, transactional_db):
    """The demo frame (home, information pages, menu, footer) in its five languages."""
    load_demo_site(sections=[])
    return live_server


@pytest.fixture
def axe():
    return Axe()


@pytest.fixture
def demo_knowledge_site(live_server, transactional_db):
    """The demo frame and the demo knowledge base: guides, countries, updates."""
    load_demo_site(sections=["guides", "countries", "updates"])
    return live_server


@pytest.fixture
def knowledge_site(live_server, transactional_db):
    """The small factory knowledge tree, committed for the live server."""
    return live_server, build_knowledge_tree()
