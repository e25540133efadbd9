"""Page models find the views above them by name (practices.models.features)."""

import pytest

from django.core.exceptions import ImproperlyConfigured

from practices.events.listing import serve_event_listing
from practices.knowledge.selectors import guides_practised_in
from practices.models import features
from practices.models.features import FEATURES, page_feature, register_page_feature


def test_every_feature_pages_ask_for_is_registered_once():
    assert all(callable(page_feature(name)) for name in FEATURES)
    assert page_feature("event_listing") is serve_event_listing
    assert page_feature("country_guides") is guides_practised_in


def test_an_unknown_feature_cannot_be_registered():
    with pytest.raises(ImproperlyConfigured, match="unknown"):
        register_page_feature("guide_listng", serve_event_listing)


def test_a_feature_registered_twice_is_refused(monkeypatch):
    monkeypatch.setattr(features.hooks, "get_hooks", lambda name: [print, print])
    with pytest.raises(ImproperlyConfigured, match="2 functions"):
        page_feature("event_listing")
