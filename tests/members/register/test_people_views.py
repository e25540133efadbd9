"""The register's list of people: whose people, filters, pages, counts, audit, and its door."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from members.agencies.models import AgencyRole, AuditAction, AuditEvent
from members.register import services
from members.register.records import BirthDate
from members.register.vocabulary import MovementKind
from tests.accounts import sign_in
from tests.html import find, find_all, links, parse, text, texts
from tests.members.factories import MembershipFactory
from tests.members.register.factories import record_movement, record_person

pytestmark = pytest.mark.django_db

REGISTER = "/en/members/register/"


def card_names(page) -> list[str]:
    return texts(page, "h3", class_="card__title")


def facts(card) -> dict[str, str]:
    return dict(zip(texts(card, "dt"), texts(card, "dd"), strict=True))


def count_line(page) -> str:
    return text(find(page, "p", class_="people-count"))


def list_events(agency):
    return AuditEvent.objects.filter(agency=agency, action=AuditAction.PERSON_LIST)


def test_the_list_shows_the_agencys_people_and_never_another_agencys(client, people):
    record_person(by=people["caseworker_a"], given_names="Ana", family_names="Popescu")
    record_person(by=people["caseworker_b"], given_names="Bogdan", family_names="Lungu")
    sign_in(client, people["caseworker_a"])
    response = client.get(REGISTER)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = parse(response)
    assert text(find(page, "h1")) == "Register of people"
    assert card_names(page) == ["Ana Popescu"]
    assert count_line(page) == "1 person"
    assert "Lungu" not in response.content.decode()
    # The name is isolated from the text around it (a right-to-left name stays whole).
    assert text(find(find(page, "h3", class_="card__title"), "bdi")) == "Ana Popescu"
    sign_in(client, people["caseworker_b"])
    assert card_names(client.get(REGISTER)) == ["Bogdan Lungu"]


def test_each_row_shows_birth_citizenship_whereabouts_status_and_a_link(client, people):
    worker = people["caseworker_a"]
    person = record_person(
        by=worker, family_names="Kowalska", birth=BirthDate(1979, 4), citizenship="PL"
    )
    record_movement(person, by=worker, to_country="BE", to_place="Liège", from_country="PL")
    record_movement(
        person, by=worker, kind=MovementKind.SUPPORT_STARTED, date=datetime.date(2026, 2, 3)
    )
    sign_in(client, worker)
    card = find(parse(client.get(REGISTER)), "li", class_="people-card")
    assert facts(card) == {
        "Born": "April 1979",
        "Citizenship": "Poland",
        "Now in": "Liège, Belgium",
        "Status": "In support",
        "Last movement": "3 February 2026",
    }
    assert links(card) == [reverse("members:register_person", kwargs={"person_id": person.pk})]


def test_people_are_listed_latest_movement_first(client, people):
    worker = people["caseworker_a"]
    for name, day in [("Early", 1), ("Latest", 20), ("Middle", 10)]:
        record_movement(
            record_person(by=worker, family_names=name), by=worker, date=datetime.date(2026, 1, day)
        )
    record_person(by=worker, family_names="Unmoved")
    sign_in(client, worker)
    names = card_names(client.get(REGISTER))
    assert names == ["Ana Latest", "Ana Middle", "Ana Early", "Ana Unmoved"]


def test_filters_by_current_country_and_status_with_counts(client, people):
    worker = people["caseworker_a"]
    in_belgium = record_person(by=worker, family_names="Belgiumone")
    record_movement(in_belgium, by=worker, to_country="BE")
    supported = record_person(by=worker, family_names="Belgiumtwo")
    record_movement(supported, by=worker, to_country="BE")
    record_movement(supported, by=worker, kind=MovementKind.SUPPORT_STARTED)
    in_netherlands = record_person(by=worker, family_names="Hollander")
    record_movement(in_netherlands, by=worker, to_country="NL")
    sign_in(client, worker)

    page = parse(client.get(REGISTER, {"country": "BE"}))
    assert sorted(card_names(page)) == ["Ana Belgiumone", "Ana Belgiumtwo"]
    assert count_line(page) == "2 people"
    assert find(page, "option", value="BE", selected=True)
    page = parse(client.get(REGISTER, {"country": "BE", "status": "supported"}))
    assert card_names(page) == ["Ana Belgiumtwo"]
    page = parse(client.get(REGISTER, {"country": "SE"}))
    assert card_names(page) == []
    assert count_line(page) == "0 people"
    assert "No one matches these filters." in text(page)
    assert REGISTER in links(find(page, "form", class_="people-filters"))  # "Show everyone"
    # A value that is not a code of the list filters nothing and says so.
    page = parse(client.get(REGISTER, {"status": "nonsense"}))
    assert len(card_names(page)) == 3
    assert find(page, "select", name="status", aria_invalid="true")


def test_pages_of_25_keep_the_filters_and_cost_the_same_queries_for_2_or_40_people(
    client, people, django_assert_max_num_queries
):
    worker = people["caseworker_a"]
    for number in range(2):
        record_person(by=worker, family_names=f"Few{number}")
    sign_in(client, worker)
    client.get(REGISTER)  # warm the session
    with CaptureQueriesContext(connection) as few:
        assert client.get(REGISTER).status_code == 200
    for number in range(38):
        record_person(by=worker, family_names=f"Many{number}")
    with CaptureQueriesContext(connection) as many:
        first = parse(client.get(REGISTER))
    assert len(many) == len(few), [query["sql"] for query in many]
    with django_assert_max_num_queries(22):
        client.get(REGISTER)

    assert len(card_names(first)) == 25
    assert count_line(first) == "40 people"
    second = parse(client.get(REGISTER, {"page": 2}))
    assert len(card_names(second)) == 15
    assert not set(card_names(first)) & set(card_names(second))
    assert text(find(second, "a", aria_current="page")) == "Page 2"
    # Page links carry the filters (codes only) along.
    filtered = parse(client.get(REGISTER, {"status": "not-supported"}))
    assert "?status=not-supported&page=2" in links(find(filtered, "nav", class_="pagination"))
    # A page past the end shows the last one.
    assert card_names(parse(client.get(REGISTER, {"page": 99}))) == card_names(second)


def test_an_agency_with_no_one_recorded_sees_an_empty_state_and_the_record_button(client, people):
    sign_in(client, people["admin_a"])
    page = parse(client.get(REGISTER))
    assert count_line(page) == "0 people"
    assert "No one is recorded yet." in text(find(page, "div", class_="people-empty"))
    record = find(page, "a", href=reverse("members:register_person_new"))
    assert text(record) == "Record a person"


def test_every_list_page_is_audited_once_per_records_agency_without_names(client, people):
    worker = people["caseworker_a"]
    for number in range(26):
        record_person(by=worker, family_names=f"Audited{number}")
    sign_in(client, worker)
    client.get(REGISTER)
    client.get(REGISTER, {"page": 2})
    assert list(list_events(people["a"]).order_by("sequence").values_list("actor", "detail")) == [
        (worker.pk, "page 1"),
        (worker.pk, "page 2"),
    ]
    assert not list_events(people["b"]).exists()
    for row in AuditEvent.objects.values_list("detail", "reason", "action"):
        assert not any("Audited" in value for value in row)


def test_someone_keeping_two_agencies_records_sees_both_and_is_audited_in_both(client, people):
    both = people["caseworker_b"]
    MembershipFactory(user=both, agency=people["a"], role=AgencyRole.CASEWORKER)
    record_person(by=people["caseworker_a"], family_names="Ofagencya")
    record_person(by=both, agency=people["b"], family_names="Ofagencyb")
    sign_in(client, both)
    page = parse(client.get(REGISTER))
    assert sorted(card_names(page)) == ["Ana Ofagencya", "Ana Ofagencyb"]
    cards = find_all(page, "li", class_="people-card")
    assert sorted(facts(card)["Recorded by"] for card in cards) == ["Agency A", "Agency B"]
    assert list_events(people["a"]).count() == 1
    assert list_events(people["b"]).count() == 1


def test_a_failed_audit_write_shows_nothing(client, people, monkeypatch):
    """The read and its audit event commit together: no audit, no page."""
    record_person(by=people["caseworker_a"], family_names="Unaudited")

    def broken(**kwargs):
        raise RuntimeError("audit trail unavailable")

    monkeypatch.setattr(services, "register_read_record", broken)
    client.raise_request_exception = False
    sign_in(client, people["caseworker_a"])
    response = client.get(REGISTER)
    assert response.status_code == 500
    assert "Unaudited" not in response.content.decode()


@pytest.mark.parametrize(
    ("persona", "sees_it"),
    [
        ("caseworker_a", True),
        ("admin_a", True),
        ("member_a", False),
        ("coordinator", False),
        ("outsider", False),
    ],
)
def test_member_home_leads_only_record_keepers_to_the_register(client, people, persona, sees_it):
    sign_in(client, people[persona])
    home = parse(client.get("/en/members/"))
    assert (REGISTER in links(home)) is sees_it
    assert bool(find_all(home, "h2", id="register-heading")) is sees_it
