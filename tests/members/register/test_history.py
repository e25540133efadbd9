"""The history of changes of a person's record: writes only, who, what and why, audited."""

import pytest

from members.agencies.models import AuditAction
from members.register import services
from members.register.selectors import open_contact, open_identity
from members.register.vocabulary import ChangeReason, RevealReason
from tests.accounts import sign_in
from tests.html import find, find_all, parse, text, texts
from tests.members.register.factories import record_movement, record_person
from tests.members.register.screens import audit_rows, described, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker(people):
    return people["caseworker_a"]


def rows_of(page) -> list[list[str]]:
    return [texts(row, "td") for row in find_all(find(page, "tbody"), "tr")]


def test_changes_are_listed_with_who_and_why_and_reads_are_not(client, people, worker):
    person = record_person(by=worker, family_names="Lungu")
    movement = record_movement(person, by=worker)
    services.person_change(
        user=people["admin_a"],
        person=person,
        reason=ChangeReason.DOCUMENTS_SEEN,
        identity=open_identity(person),
        contact=open_contact(person),
        sex=person.sex,
        citizenship="BG",
        languages=[],
        support_needs=[],
        legal_basis=person.legal_basis,
        legal_basis_on=person.legal_basis_on,
    )
    services.sensitive_reveal(user=worker, person=person, reason=RevealReason.SAFEGUARDING)
    services.sensitive_change(
        user=worker,
        person=person,
        sensitive=services.NOTHING_SENSITIVE,
        reason=RevealReason.SAFEGUARDING,
    )
    sign_in(client, worker)
    client.get(url("register_person", person))  # a read: not a change

    with audit_rows(people["a"]) as audited:
        response = client.get(url("register_history", person))

    assert described(audited) == [(AuditAction.HISTORY_VIEW, person.pk, "", "page 1")]
    page = parse(response)
    assert text(find(page, "h1")) == "History of changes: Ana Lungu"
    assert text(find(page, "caption")) == "4 changes, newest first"
    assert [row[1:] for row in rows_of(page)] == [
        ["caseworker_a@example.org", "Changed the sensitive section", "Keeping the person safe"],
        ["admin_a@example.org", "Changed a person's identity", "Documents seen"],
        ["caseworker_a@example.org", "Recorded a movement", "—"],
        ["caseworker_a@example.org", "Recorded a person", "—"],
    ]
    assert find(page, "a", href=url("register_person", person) + f"#movement-{movement.pk}")


def test_a_long_history_comes_in_pages(client, people, worker):
    person = record_person(by=worker)
    for _number in range(55):
        services.note_write(user=worker, person=person, body="Note")
    sign_in(client, worker)
    first = parse(client.get(url("register_history", person)))
    assert len(rows_of(first)) == 50
    assert find(first, "a", rel="next").attributes["href"] == "?page=2"
    with audit_rows(people["a"]) as audited:
        second = parse(client.get(url("register_history", person) + "?page=2"))
    assert rows_of(second)[-1][2] == "Recorded a person"
    assert len(rows_of(second)) == 6
    assert described(audited) == [(AuditAction.HISTORY_VIEW, person.pk, "", "page 2")]


def test_another_agency_sees_no_history_and_leaves_no_row(client, people, worker):
    person = record_person(by=worker)
    sign_in(client, people["caseworker_b"])
    with audit_rows(people["a"]) as audited_a, audit_rows(people["b"]) as audited_b:
        assert client.get(url("register_history", person)).status_code == 404
    assert audited_a == audited_b == []
