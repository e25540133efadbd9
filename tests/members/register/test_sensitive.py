"""The sensitive section: never on the person page, opened by POST with a reason, audited."""

import pytest

from django.contrib.sessions.models import Session

from members.agencies.models import AuditAction
from members.register.models import Person
from members.register.selectors import open_sensitive
from members.register.vocabulary import RevealReason
from tests.accounts import sign_in
from tests.html import find, find_all, parse, text
from tests.members.register.factories import record_movement
from tests.members.register.screens import (
    CANARIES,
    CANARY_HEALTH,
    audit_rows,
    described,
    person_with_canaries,
    url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker(people):
    return people["caseworker_a"]


@pytest.fixture
def person(worker):
    person = person_with_canaries(worker)
    record_movement(person, by=worker)
    return person


def assert_no_canary(response):
    for canary in CANARIES:
        assert canary.encode() not in response.content, canary


@pytest.mark.parametrize(
    "name", ["register_person", "register_sensitive", "register_history", "register_movement_new"]
)
def test_no_page_but_the_opened_section_shows_it(client, worker, person, name):
    sign_in(client, worker)
    response = client.get(url(name, person))
    assert response.status_code == 200
    assert_no_canary(response)


def test_the_section_asks_for_a_reason_and_says_that_opening_it_is_recorded(
    client, people, worker, person
):
    sign_in(client, worker)
    with audit_rows(people["a"]) as rows:
        response = client.get(url("register_sensitive", person))
    page = parse(response)
    form = find(page, "form", method="post", action=url("register_sensitive", person))
    radios = find_all(form, "input", type="radio", name="reason")
    assert [radio.attributes["value"] for radio in radios] == RevealReason.values
    assert "recorded in the audit trail" in text(find(page, "p", class_="lead"))
    assert rows == []


def test_a_reason_opens_the_section_in_the_answer_only(client, people, worker, person):
    sign_in(client, worker)
    with audit_rows(people["a"]) as rows:
        response = client.post(
            url("register_sensitive", person), {"reason": RevealReason.SAFEGUARDING}
        )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert described(rows) == [
        (AuditAction.SENSITIVE_REVEAL, person.pk, RevealReason.SAFEGUARDING, "")
    ]
    page = parse(response)
    assert CANARY_HEALTH in text(find(page, "dl", class_="sensitive-section"))
    # The form to change it is prefilled, carries the reason, and posts elsewhere.
    form = find(page, "form", action=url("register_sensitive_edit", person))
    assert find(form, "input", type="hidden", name="reason").attributes["value"] == (
        RevealReason.SAFEGUARDING
    )
    assert text(find(form, "textarea", name="health")) == CANARY_HEALTH
    # Nothing of it is kept in the session (nor in the person page opened afterwards).
    for session in Session.objects.all():
        assert CANARY_HEALTH not in str(session.get_decoded())
    assert_no_canary(client.get(url("register_person", person)))


def test_without_a_reason_the_section_stays_closed(client, people, worker, person):
    sign_in(client, worker)
    with audit_rows(people["a"]) as rows:
        response = client.post(url("register_sensitive", person), {"reason": "curiosity"})
    assert response.status_code == 200
    assert_no_canary(response)
    page = parse(response)
    summary = find(page, "div", class_="error-summary")
    assert find(summary, "a", href="#id_reason_0")
    assert rows == []
    with audit_rows(people["a"]) as rows:
        assert_no_canary(client.post(url("register_sensitive", person), {}))
    assert rows == []


def test_a_change_is_saved_audited_with_the_reason_and_not_shown_afterwards(
    client, people, worker, person
):
    sign_in(client, worker)
    with audit_rows(people["a"]) as rows:
        response = client.post(
            url("register_sensitive_edit", person),
            {
                "reason": RevealReason.SUPPORT_PLANNING,
                "health": "new-health-Vb3",
                "community": "",
                "other": "",
            },
        )
    assert response.status_code == 302
    assert response["Location"] == url("register_person", person)
    assert described(rows) == [
        (AuditAction.SENSITIVE_CHANGE, person.pk, RevealReason.SUPPORT_PLANNING, "")
    ]
    section = open_sensitive(Person.objects.get(pk=person.pk))
    assert (section.health, section.community) == ("new-health-Vb3", "")
    page = client.get(response["Location"])
    assert "The sensitive section was saved." in text(parse(page))
    assert b"new-health-Vb3" not in page.content


def test_a_change_without_a_valid_reason_is_refused(client, people, worker, person):
    sign_in(client, worker)
    with audit_rows(people["a"]) as rows:
        response = client.post(
            url("register_sensitive_edit", person), {"reason": "", "health": "x"}
        )
    assert response.status_code == 200
    assert find(parse(response), "div", class_="error-summary")
    assert rows == []
    assert open_sensitive(Person.objects.get(pk=person.pk)).health == CANARY_HEALTH


def test_the_change_only_takes_a_post(client, worker, person):
    sign_in(client, worker)
    assert client.get(url("register_sensitive_edit", person)).status_code == 405


@pytest.mark.parametrize("name", ["register_sensitive", "register_sensitive_edit"])
@pytest.mark.parametrize("intruder", ["caseworker_b", "member_a", "coordinator"])
def test_others_can_neither_open_nor_change_it(client, people, person, name, intruder):
    sign_in(client, people[intruder])
    with audit_rows(people["a"]) as rows:
        response = client.post(
            url(name, person),
            {"reason": RevealReason.SAFEGUARDING, "health": "overwritten"},
        )
    assert response.status_code == 404
    assert_no_canary(response)
    assert rows == []
    assert open_sensitive(Person.objects.get(pk=person.pk)).health == CANARY_HEALTH
