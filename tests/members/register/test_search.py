"""Finding a person by name: a POST only, across spellings and alphabets, within one's own
agencies, audited without the terms."""

import pytest

from django.test import Client
from django.views.debug import SafeExceptionReporterFilter

from members.agencies.models import AuditAction, AuditEvent
from members.register.records import BirthDate
from tests.accounts import sign_in
from tests.html import find, find_all, links, parse, text, texts
from tests.members.register.factories import record_person

pytestmark = pytest.mark.django_db

REGISTER = "/en/members/register/"


def search(client, family_names, birth_year, given_names="", **more):
    data = {"family_names": family_names, "given_names": given_names, "birth_year": birth_year}
    return client.post(REGISTER, data | more)


def found_names(response) -> list[str]:
    results = find(parse(response), "section", aria_labelledby="results-heading")
    return texts(results, "h3", class_="card__title")


def search_events(agency):
    return AuditEvent.objects.filter(agency=agency, action=AuditAction.PERSON_SEARCH)


@pytest.fixture
def lukasz(people):
    return record_person(
        by=people["caseworker_a"],
        given_names="Łukasz",
        family_names="Wiśniewski",
        birth=BirthDate(1990, 5, 1),
    )


def test_a_spelling_without_accents_finds_the_person(client, people, lukasz):
    sign_in(client, people["caseworker_a"])
    response = search(client, "Wisniewski", 1990, given_names="Lukasz")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert found_names(response) == ["Łukasz Wiśniewski"]
    page = parse(response)
    assert "1 person found." in text(page)
    assert f"/en/members/register/people/{lukasz.pk}/" in links(page)


def test_a_latin_spelling_finds_a_name_recorded_in_cyrillic(client, people):
    record_person(
        by=people["caseworker_a"],
        given_names="Иван",
        family_names="Иванов",
        birth=BirthDate(1975, 2, 14),
    )
    record_person(by=people["caseworker_a"], family_names="Petrov", birth=BirthDate(1975))
    sign_in(client, people["caseworker_a"])
    assert found_names(search(client, "Ivanov", 1975)) == ["Иван Иванов"]


def test_a_variant_spelling_finds_the_person_by_sound_and_year(client, people):
    record_person(by=people["caseworker_a"], family_names="Ionescu", birth=BirthDate(1987, 4))
    sign_in(client, people["caseworker_a"])
    assert found_names(search(client, "Ionesco", 1987)) == ["Ana Ionescu"]
    assert found_names(search(client, "Ionesco", 1988)) == []


def test_the_terms_come_back_in_the_form_and_isolated_in_the_summary(client, people, lukasz):
    sign_in(client, people["caseworker_a"])
    page = parse(search(client, "Wisniewski", 1990, given_names="Lukasz", birth_month=5))
    form = find(page, "form", method="post", action=REGISTER)
    assert find(form, "input", name="family_names")
    assert find(page, "input", name="family_names").attributes["value"] == "Wisniewski"
    assert find(page, "input", name="birth_year").attributes["value"] == "1990"
    summary = find(page, "p", class_="people-searched")
    assert text(summary) == "You searched for Lukasz Wisniewski, born May 1990."
    assert texts(summary, "bdi") == ["Lukasz Wisniewski", "May 1990"]
    assert find(form, "input", name="csrfmiddlewaretoken")


def test_no_one_found_says_so_and_explains_what_the_search_tolerates(client, people, lukasz):
    sign_in(client, people["caseworker_a"])
    response = search(client, "Nowak", 1990)
    assert found_names(response) == []
    page = parse(response)
    assert "No one found." in text(page)
    assert "spelling variants and accents" in text(find(page, "p", id="search-explanation"))


def test_a_search_never_reaches_another_agencys_people(client, people, lukasz):
    namesake = record_person(
        by=people["caseworker_b"],
        given_names="Łukasz",
        family_names="Wiśniewski",
        birth=BirthDate(1990, 5, 1),
    )
    sign_in(client, people["caseworker_a"])
    response = search(client, "Wisniewski", 1990, given_names="Lukasz")
    assert found_names(response) == ["Łukasz Wiśniewski"]
    assert str(namesake.pk) not in response.content.decode()
    sign_in(client, people["caseworker_b"])
    response = search(client, "Wisniewski", 1990)
    assert str(lukasz.pk) not in response.content.decode()
    assert len(found_names(response)) == 1


def test_a_get_with_names_in_the_query_string_does_not_search(client, people, lukasz):
    sign_in(client, people["caseworker_a"])
    response = client.get(REGISTER, {"family_names": "Wisniewski", "birth_year": "1990"})
    assert response.status_code == 200
    page = parse(response)
    assert not find_all(page, "section", aria_labelledby="results-heading")
    assert not search_events(people["a"]).exists()
    # The search form posts: its terms never travel in an address.
    form = find(page, "input", name="family_names")
    assert form.attributes.get("value") is None
    assert find(page, "form", method="post", action=REGISTER)


def test_the_name_searched_for_never_appears_in_an_address(client, people, lukasz):
    sign_in(client, people["caseworker_a"])
    page = parse(search(client, "Wisniewski", 1990, given_names="Lukasz"))
    addresses = links(page) + [
        form.attributes.get("action") or "" for form in find_all(page, "form")
    ]
    assert addresses
    assert not [address for address in addresses if "isniewsk" in address.lower()]


def test_each_search_is_audited_with_the_number_found_and_never_the_terms(client, people, lukasz):
    sign_in(client, people["caseworker_a"])
    search(client, "Wisniewski", 1990, given_names="Lukasz")
    search(client, "Nowak", 1990)
    assert list(
        search_events(people["a"]).order_by("sequence").values_list("detail", flat=True)
    ) == [
        "1",
        "0",
    ]
    for row in AuditEvent.objects.values_list("detail", "reason", "action"):
        assert not any(term in value for value in row for term in ("isniewsk", "Nowak", "1990"))


def test_a_search_without_family_name_or_year_is_refused_and_not_audited(client, people):
    sign_in(client, people["caseworker_a"])
    page = parse(client.post(REGISTER, {"given_names": "Lukasz"}))
    summary = find(page, "div", id="error-summary")
    assert links(summary) == ["#search-family_names", "#search-birth_year"]
    assert find(page, "input", name="family_names", aria_invalid="true")
    assert find(page, "input", name="birth_year", aria_invalid="true")
    assert not search_events(people["a"]).exists()


def test_a_search_needs_the_csrf_token(people, lukasz):
    browser = Client(enforce_csrf_checks=True)
    sign_in(browser, people["caseworker_a"])
    response = search(browser, "Wisniewski", 1990)
    assert response.status_code == 403
    assert not search_events(people["a"]).exists()


def test_people_who_keep_no_records_cannot_search(client, people, lukasz):
    for persona in ("member_a", "coordinator", "outsider"):
        sign_in(client, people[persona])
        assert search(client, "Wisniewski", 1990).status_code == 404
    assert not AuditEvent.objects.filter(action=AuditAction.PERSON_SEARCH).exists()


def test_an_error_report_would_show_none_of_the_terms(client, people, lukasz):
    sign_in(client, people["caseworker_a"])
    request = search(client, "Wisniewski", 1990, given_names="Lukasz").wsgi_request
    shown = SafeExceptionReporterFilter().get_post_parameters(request)
    assert shown["family_names"] == shown["given_names"] == shown["birth_year"]
    assert set(shown["family_names"]) == {"*"}
