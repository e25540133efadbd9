"""Agencies: access rules, the public directory, country pages and the coordinators' admin."""

import pytest

from django.contrib.auth.models import Group
from django.test import Client

from members.agencies.access import (
    can_manage_staff,
    can_read_personal_records,
    is_member,
)
from members.agencies.models import Membership, Service
from members.agencies.roles import ensure_coordinator_role
from members.agencies.services import agency_save
from tests.accounts import sign_in
from tests.factories import build_knowledge_tree
from tests.html import find, find_all, links, parse, text


def agency_cards(page) -> dict[str, str]:
    """The agencies shown as cards, by name: the text of each card, facts included."""
    return {
        text(find(card, "h3")): text(card)
        for card in find_all(page, "article", class_="agency-card")
    }


def contact_links(page) -> list[str]:
    """The e-mail and telephone links of the directory's results."""
    results = find(page, "section", class_="listing__results")
    return [link for link in links(results) if link.startswith(("mailto:", "tel:"))]


def test_access_rules(people):
    a, b = people["a"], people["b"]
    assert can_manage_staff(people["admin_a"], a) and not can_manage_staff(people["admin_a"], b)
    assert not can_manage_staff(people["caseworker_a"], a)
    assert can_manage_staff(people["coordinator"], a) and can_manage_staff(people["coordinator"], b)
    assert can_read_personal_records(people["caseworker_a"], a)
    assert can_read_personal_records(people["admin_a"], a)
    assert not can_read_personal_records(people["member_a"], a)
    assert not can_read_personal_records(people["caseworker_b"], a)
    # Coordinators manage the network but never read personal records.
    assert not can_read_personal_records(people["coordinator"], a)
    assert is_member(people["member_a"]) and is_member(people["coordinator"])
    assert not is_member(people["outsider"])


def test_inactive_memberships_and_agencies_grant_nothing(people):
    membership = Membership.objects.get(user=people["caseworker_a"])
    membership.active = False
    membership.save()
    people["caseworker_a"].refresh_from_db()
    assert not is_member(people["caseworker_a"])
    people["b"].active = False
    people["b"].save()
    people["caseworker_b"].refresh_from_db()
    assert not can_read_personal_records(people["caseworker_b"], people["b"])


def test_directory_shows_listed_agencies_and_contacts_only_to_members(client, people, site_tree):
    people["a"].services.set([Service.objects.get(code="outreach")])
    anonymous = client.get("/en/agencies/")
    assert sorted(agency_cards(anonymous)) == ["Agency A", "Agency B"]
    assert contact_links(anonymous) == []
    assert "contact@agency-a.example.org" not in anonymous.text
    assert "+32 2 000 00 00" not in anonymous.text
    sign_in(client, people["member_a"])
    member = client.get("/en/agencies/")
    card = agency_cards(member)["Agency A"]
    assert "contact@agency-a.example.org" in card and "+32 2 000 00 00" in card
    assert {"mailto:contact@agency-a.example.org", "tel:+3220000000"} <= set(contact_links(member))
    sign_in(client, people["outsider"])
    outsider = client.get("/en/agencies/")
    assert sorted(agency_cards(outsider)) == ["Agency A", "Agency B"]
    assert contact_links(outsider) == []
    assert "contact@agency-a.example.org" not in outsider.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [("country=RO", {"Agency B"}), ("service=outreach", {"Agency A"}), ("language=ro", set())],
)
def test_directory_filters(client, people, site_tree, query, expected):
    people["a"].services.set([Service.objects.get(code="outreach")])
    response = client.get(f"/en/agencies/?{query}")
    assert response.status_code == 200
    assert set(agency_cards(response)) == expected


def test_country_page_lists_its_agencies_and_forgets_them_when_changed(
    client, people, django_capture_on_commit_callbacks
):
    tree = build_knowledge_tree()
    belgium = tree["belgium"]
    assert list(agency_cards(client.get(belgium.url))) == ["Agency A"]
    people["a"].listed_publicly = False
    with django_capture_on_commit_callbacks(execute=True):
        agency_save(agency=people["a"])  # retires the cached page once committed
    page = parse(client.get(belgium.url))
    assert text(find(page, "h1")) == "Belgium"
    assert agency_cards(page) == {}


def test_only_coordinators_manage_agencies_in_the_admin(client, people):
    ensure_coordinator_role()
    sign_in(client, people["coordinator"])
    assert client.get("/cms/agencies/").status_code == 200
    response = client.post(
        "/cms/agencies/new/",
        {"name": "Agency C", "country": "PL", "city": "Kraków", "active": "on"},
    )
    assert response.status_code == 302, response.content[:2000]
    sign_in(client, people["admin_a"])
    assert client.get("/cms/agencies/").status_code in (302, 403)
    assert (
        not Group.objects.get(name="Network coordinators")
        .user_set.filter(pk=people["admin_a"].pk)
        .exists()
    )


def test_member_home_shows_agencies_and_roles(client, people):
    sign_in(client, people["caseworker_a"])
    response = client.get("/en/members/")
    agencies = find(response, "section", aria_labelledby="my-agencies-heading")
    assert [text(item) for item in find_all(find(agencies, "ul"), "li")] == [
        "Agency A (Brussels, Belgium): Caseworker"
    ]
    assert "no-store" in response["Cache-Control"]


def test_an_agency_edited_in_the_cms_leaves_the_country_page(
    client, people, django_capture_on_commit_callbacks
):
    """The CMS saves through the agency service: the public page forgets it at once."""
    belgium = build_knowledge_tree()["belgium"]
    assert list(agency_cards(client.get(belgium.url))) == ["Agency A"]
    ensure_coordinator_role()
    editor = Client()
    sign_in(editor, people["coordinator"])
    agency = people["a"]
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            f"/cms/agencies/edit/{agency.pk}/",
            {"name": agency.name, "country": agency.country, "city": agency.city, "active": "on"},
        )
    assert response.status_code == 302, response.content[:2000]
    agency.refresh_from_db()
    assert not agency.listed_publicly
    page = parse(client.get(belgium.url))
    assert text(find(page, "h1")) == "Belgium"
    assert agency_cards(page) == {}


def test_coordinators_deactivate_agencies_but_never_delete_them(client, people):
    ensure_coordinator_role()
    sign_in(client, people["coordinator"])
    agency = people["a"]
    client.post(f"/cms/agencies/delete/{agency.pk}/")
    assert Membership.objects.filter(agency=agency).exists()
    assert type(agency).objects.filter(pk=agency.pk).exists()
