"""Fixtures of the event tests."""

import pytest

from tests.factories import ensure_countries, make_event_index


@pytest.fixture
def event_index(site_tree):
    ensure_countries("BE", "RO")
    return make_event_index(site_tree["home"])
