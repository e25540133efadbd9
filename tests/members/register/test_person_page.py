"""The person page: identity, whereabouts, movements, support and case notes, audited."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.agencies.models import AuditAction
from members.register import services
from members.register.records import BirthDate
from members.register.vocabulary import DatePrecision, MovementKind, MovementReason
from tests.accounts import sign_in
from tests.html import find, find_all, parse, text, texts
from tests.members.register.factories import record_movement, record_person
from tests.members.register.screens import audit_rows, described, person_with_canaries, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker(people):
    return people["caseworker_a"]


@pytest.mark.parametrize("reader", ["caseworker_a", "admin_a"])
def test_agency_staff_read_the_whole_record(client, people, worker, reader):
    person = person_with_canaries(worker, languages=["ro", "fr"], support_needs=["documents"])
    record_movement(
        person,
        by=worker,
        date=datetime.date(2026, 2, 1),
        date_precision=DatePrecision.MONTH,
        from_place="Cluj",
        to_place="Brussels",
        reason=MovementReason.WORK,
        note="Came by coach",
    )
    record_movement(
        person, by=worker, kind=MovementKind.SUPPORT_STARTED, date=datetime.date(2026, 2, 9)
    )
    services.note_write(user=worker, person=person, body="Met at the **day centre**.")
    sign_in(client, people[reader])

    response = client.get(url("register_person", person))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = parse(response)
    assert str(find(page, "h1")) == "<h1><bdi>Ioana Maria Dumitrescu</bdi></h1>"
    facts = dict(zip(texts(page, "dt"), texts(page, "dd"), strict=False))
    assert facts["Other names or spellings"] == "Ioana Dumitru"
    assert facts["Date of birth"] == "March 1985"
    assert facts["Citizenship"] == "Romania"
    assert facts["Languages"] == "Romanian, French"
    assert facts["Support needs"] == "Identity documents"
    assert facts["Phone"] == "+40 700 000 001"
    assert facts["Where to find them"] == "Gare du Midi, mornings"
    assert (
        facts["Legal basis"]
        == "Consent, since 5 January 2026, recorded by caseworker_a@example.org"
    )
    assert facts["Status"] == "In support"
    assert facts["Last known place"] == "Brussels, Belgium"
    assert facts["Supported by"] == "Agency A"

    arrival, support = find_all(page, "li", class_="timeline__entry")
    assert str(find(find(arrival, "h3"), "time")) == '<time datetime="2026-02">February 2026</time>'
    assert text(find(arrival, "h3")) == "February 2026: Arrived"
    assert text(find(arrival, "p", class_="timeline__route")) == (
        "From: Cluj, Romania → To: Brussels, Belgium"
    )
    entry_facts = dict(zip(texts(arrival, "dt"), texts(arrival, "dd"), strict=True))
    assert entry_facts["Reason"] == "Work"
    assert entry_facts["Source"] == "Self-reported"
    assert entry_facts["Recorded by"].startswith("caseworker_a@example.org, Agency A, ")
    assert text(find(arrival, "p", class_="timeline__note")) == "Came by coach"
    assert text(find(support, "h3")) == "9 February 2026: Support started"

    assert text(find(page, "caption")) == "Periods of support, by agency"
    assert texts(page, "tbody") == ["Agency A 9 February 2026 ongoing"]

    body = find(find(page, "li", class_="case-note"), "div", class_="case-note__body")
    assert "".join(map(str, body.children)) == "<p>Met at the <strong>day centre</strong>.</p>"
    # Every way on from the page.
    assert find(page, "a", href=url("register_person_edit", person))
    assert find(page, "a", href=url("register_history", person))
    assert find(page, "a", href=url("register_movement_new", person))
    assert find(page, "a", href=url("register_note_new", person))
    assert text(find(page, "a", href=url("register_sensitive", person))) == (
        "Open the sensitive section"
    )


def test_the_title_names_no_one(client, people, worker):
    """Browsers keep page titles in their history; the record's title is generic."""
    person = person_with_canaries(worker)
    sign_in(client, worker)
    page = parse(client.get(url("register_person", person)))
    assert "Dumitrescu" not in text(find(page, "title"))


@pytest.mark.parametrize(
    ("birth", "shown"),
    [
        (BirthDate(1985), "1985"),
        (BirthDate(1985, 3), "March 1985"),
        (BirthDate(1985, 3, 12), "12 March 1985"),
    ],
)
def test_a_date_of_birth_shows_as_much_as_is_known(client, worker, birth, shown):
    person = record_person(by=worker, birth=birth)
    sign_in(client, worker)
    page = parse(client.get(url("register_person", person)))
    facts = dict(zip(texts(page, "dt"), texts(page, "dd"), strict=False))
    assert facts["Date of birth"] == shown


def test_a_period_of_support_that_ended_shows_both_dates(client, people, worker):
    person = record_person(by=worker)
    record_movement(
        person, by=worker, kind=MovementKind.SUPPORT_STARTED, date=datetime.date(2026, 1, 5)
    )
    record_movement(
        person,
        by=worker,
        kind=MovementKind.SUPPORT_ENDED,
        date=datetime.date(2026, 3, 1),
        date_precision=DatePrecision.MONTH,
    )
    sign_in(client, worker)
    page = parse(client.get(url("register_person", person)))
    assert texts(page, "tbody") == ["Agency A 5 January 2026 March 2026"]


def test_a_record_with_nothing_yet_says_so(client, worker):
    person = record_person(by=worker)
    sign_in(client, worker)
    page = parse(client.get(url("register_person", person)))
    assert "No movement recorded yet." in texts(page, "p")
    assert "No case notes yet." in texts(page, "p")
    assert "No agency has recorded support yet." in texts(page, "p")
    facts = dict(zip(texts(page, "dt"), texts(page, "dd"), strict=False))
    assert facts["Last known place"] == "Not known"


def test_opening_the_page_is_audited_once(client, people, worker):
    person = record_person(by=worker)
    sign_in(client, people["admin_a"])
    with audit_rows(people["a"]) as rows:
        client.get(url("register_person", person))
    assert described(rows) == [(AuditAction.PERSON_VIEW, person.pk, "", "")]
    assert rows[0].actor == people["admin_a"]


@pytest.mark.parametrize("reader", ["caseworker_b", "member_a", "coordinator"])
def test_others_neither_see_the_page_nor_leave_an_audit_row(client, people, worker, reader):
    person = person_with_canaries(worker)
    sign_in(client, people[reader])
    with audit_rows(people["a"]) as rows:
        response = client.get(url("register_person", person))
    assert response.status_code == 404
    assert b"Dumitrescu" not in response.content
    assert rows == []


def _history(person, worker, size: int) -> None:
    """``size`` movements and ``size`` notes, some corrected, some the start of support."""
    for number in range(size):
        day = datetime.date(2025, 1, 1) + datetime.timedelta(days=number)
        kind = MovementKind.SUPPORT_STARTED if number % 5 == 0 else MovementKind.ARRIVED
        movement = record_movement(person, by=worker, kind=kind, date=day, note=f"note {number}")
        if number % 7 == 0:
            record_movement(person, by=worker, date=day, supersedes=movement)
        note = services.note_write(user=worker, person=person, body=f"Note *{number}*")
        if number % 9 == 0:
            services.note_write(user=worker, person=person, body="Correction", supersedes=note)


def test_the_page_runs_as_many_queries_for_a_long_history_as_for_a_short_one(
    client, people, worker, django_assert_num_queries
):
    short, long = record_person(by=worker), record_person(by=worker)
    _history(short, worker, 1)
    _history(long, worker, 100)
    other_worker = people["admin_a"]
    services.note_write(user=other_worker, person=short, body="By the admin")
    services.note_write(user=other_worker, person=long, body="By the admin")
    sign_in(client, worker)
    client.get(url("register_person", short))  # warm the session and the user's caches

    with CaptureQueriesContext(connection) as short_queries:
        response = client.get(url("register_person", short))
    # One movement and its correction; one note, its correction, and the admin's.
    assert len(find_all(parse(response), "li", class_="timeline__entry")) == 2
    assert len(find_all(parse(response), "li", class_="case-note")) == 3
    with django_assert_num_queries(len(short_queries)):
        response = client.get(url("register_person", long))
    page = parse(response)
    assert len(find_all(page, "li", class_="timeline__entry")) == 100 + 15
    assert len(find_all(page, "li", class_="case-note")) == 100 + 12 + 1
