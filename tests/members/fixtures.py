"""Agencies and people in every role, for the member-area and security tests (a pytest plugin)."""

import pytest

from tests.members.factories import build_people


@pytest.fixture
def people(db, _session_layers):
    """Agency A (Belgium, listed) and B (Romania, listed), and a person in each role.

    Built once per session (tests/session_data.py); a test that commits builds its own.
    """
    shared = _session_layers.fixture_value("people")
    return build_people() if shared is None else shared
