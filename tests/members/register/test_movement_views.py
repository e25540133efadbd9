"""Adding a movement and correcting one, from the person's screens."""

import datetime

import pytest

from django.utils import timezone

from members.agencies.models import AuditAction
from members.register.models import Movement, Person
from members.register.vocabulary import DatePrecision, MovementKind, MovementReason, MovementSource
from tests.accounts import sign_in
from tests.html import find, find_all, parse, text
from tests.members.register.factories import record_movement, record_person
from tests.members.register.screens import audit_rows, described, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker(people):
    return people["caseworker_a"]


def movement_data(**fields) -> dict:
    data = {
        "kind": MovementKind.ARRIVED,
        "date": "2026-03-14",
        "date_precision": DatePrecision.DAY,
        "from_country": "RO",
        "from_place": "Iași",
        "to_country": "BE",
        "to_place": "Brussels",
        "reason": MovementReason.WORK,
        "source": MovementSource.SELF_REPORTED,
        "note": "Came with a cousin",
    }
    data.update(fields)
    return data


def test_the_form_has_a_label_for_every_control_and_today_as_the_latest_date(client, worker):
    person = record_person(by=worker)
    sign_in(client, worker)
    page = parse(client.get(url("register_movement_new", person)))
    form = find(page, "form", action=url("register_movement_new", person))
    controls = (
        find_all(form, "input", id=True) + find_all(form, "select") + find_all(form, "textarea")
    )
    for control in controls:
        assert find(form, "label", for_=control.attributes["id"]), control
    date = find(form, "input", name="date")
    assert (date.attributes["type"], date.attributes["max"]) == (
        "date",
        timezone.localdate().isoformat(),
    )
    # Countries by name, in the reader's language; "not known" first.
    options = find_all(find(form, "select", name="to_country"), "option")
    assert (options[0].attributes["value"], text(options[0])) == ("", "Not known")
    assert "Belgium" in [text(option) for option in options]


def test_a_movement_is_added_and_audited(client, people, worker):
    person = record_person(by=worker)
    sign_in(client, worker)
    with audit_rows(people["a"]) as rows:
        response = client.post(url("register_movement_new", person), movement_data())
    assert response.status_code == 302
    assert response["Location"] == url("register_person", person) + "#timeline"
    movement = Movement.objects.get(person=person)
    assert (movement.date, movement.date_precision, movement.to_place) == (
        datetime.date(2026, 3, 14),
        DatePrecision.DAY,
        "Brussels",
    )
    assert described(rows) == [(AuditAction.MOVEMENT_RECORD, person.pk, "", str(movement.pk))]
    page = parse(client.get(response["Location"]))
    assert "The movement was added to the timeline." in text(page)
    entry = find(page, "li", id=f"movement-{movement.pk}")
    assert text(find(entry, "h3")) == "14 March 2026: Arrived"
    assert text(find(entry, "p", class_="timeline__note")) == "Came with a cousin"
    assert Person.objects.get(pk=person.pk).current_country == "BE"


def test_a_month_only_date_is_kept_as_the_month(client, worker):
    person = record_person(by=worker)
    sign_in(client, worker)
    client.post(
        url("register_movement_new", person),
        movement_data(date="2026-03-14", date_precision=DatePrecision.MONTH),
    )
    movement = Movement.objects.get(person=person)
    assert (movement.date, movement.date_precision) == (datetime.date(2026, 3, 1), "month")
    page = parse(client.get(url("register_person", person)))
    entry = find(page, "li", id=f"movement-{movement.pk}")
    assert str(find(find(entry, "h3"), "time")) == '<time datetime="2026-03">March 2026</time>'


def test_a_date_in_the_future_is_refused_on_its_field(client, people, worker):
    person = record_person(by=worker)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    sign_in(client, worker)
    with audit_rows(people["a"]) as rows:
        response = client.post(
            url("register_movement_new", person), movement_data(date=tomorrow.isoformat())
        )
    assert response.status_code == 200
    page = parse(response)
    summary = find(page, "div", class_="error-summary")
    assert text(find(summary, "a", href="#id_date")) == (
        "Date: A movement cannot be in the future."
    )
    assert find(page, "input", name="date", aria_invalid="true")
    assert not Movement.objects.filter(person=person).exists()
    assert rows == []


def test_a_move_without_a_destination_is_refused(client, worker):
    person = record_person(by=worker)
    sign_in(client, worker)
    response = client.post(url("register_movement_new", person), movement_data(to_country=""))
    summary = find(parse(response), "div", class_="error-summary")
    assert find(summary, "a", href="#id_to_country")
    assert not Movement.objects.filter(person=person).exists()


def test_missing_choices_are_marked_on_their_fields(client, worker):
    person = record_person(by=worker)
    sign_in(client, worker)
    response = client.post(url("register_movement_new", person), {"date": "2026-01-01"})
    summary = find(parse(response), "div", class_="error-summary")
    assert find(summary, "a", href="#id_kind")
    assert find(summary, "a", href="#id_source_0")


def test_the_correction_form_starts_from_the_movement_and_is_an_audited_read(
    client, people, worker
):
    person = record_person(by=worker)
    movement = record_movement(person, by=worker, note="Slept at the station", to_place="Ghent")
    sign_in(client, worker)
    with audit_rows(people["a"]) as rows:
        response = client.get(url("register_movement_correct", person, movement_id=movement.pk))
    assert described(rows) == [(AuditAction.PERSON_VIEW, person.pk, "", f"movement {movement.pk}")]
    page = parse(response)
    assert "stays in the timeline" in text(find(page, "p", class_="lead"))
    form = find(
        page, "form", action=url("register_movement_correct", person, movement_id=movement.pk)
    )
    assert find(form, "input", name="to_place").attributes["value"] == "Ghent"
    assert find(form, "input", name="date").attributes["value"] == "2026-02-01"
    assert text(find(form, "textarea", name="note")) == "Slept at the station"
    assert find(find(form, "select", name="to_country"), "option", value="BE", selected=True)


def test_a_correction_keeps_the_original_and_moves_the_person(client, people, worker):
    person = record_person(by=worker)
    original = record_movement(person, by=worker)
    sign_in(client, worker)
    with audit_rows(people["a"]) as rows:
        response = client.post(
            url("register_movement_correct", person, movement_id=original.pk),
            movement_data(to_country="NL", to_place="Rotterdam", date="2026-02-01"),
        )
    assert response.status_code == 302
    correction = Movement.objects.get(supersedes=original)
    assert described(rows) == [(AuditAction.MOVEMENT_CORRECT, person.pk, "", str(correction.pk))]
    assert Person.objects.get(pk=person.pk).current_country == "NL"

    page = parse(client.get(url("register_person", person)))
    old = find(page, "li", id=f"movement-{original.pk}")
    assert "timeline__entry--corrected" in old.attributes["class"]
    assert "Corrected" in text(find(old, "h3"))
    assert find(old, "a", href=f"#movement-{correction.pk}")
    assert not find_all(
        old, "a", href=url("register_movement_correct", person, movement_id=original.pk)
    )
    new = find(page, "li", id=f"movement-{correction.pk}")
    assert text(find(new, "a", href=f"#movement-{original.pk}")) == (
        "Corrects the entry “Arrived” of 1 February 2026"
    )


def test_a_movement_is_corrected_only_once(client, people, worker):
    person = record_person(by=worker)
    original = record_movement(person, by=worker)
    correction = record_movement(person, by=worker, to_country="NL", supersedes=original)
    address = url("register_movement_correct", person, movement_id=original.pk)
    sign_in(client, worker)
    with audit_rows(people["a"]) as rows:
        page = parse(client.get(address))
        response = client.post(address, movement_data(to_country="FR"))
    assert text(find(page, "h1")) == "This movement has already been corrected"
    assert not find_all(page, "form", action=address)
    assert find(page, "a", href=url("register_person", person) + f"#movement-{correction.pk}")
    assert response.status_code == 200
    assert Movement.objects.filter(person=person).count() == 2
    assert rows == []


def test_a_movement_of_another_person_is_not_found(client, worker):
    person, other = record_person(by=worker), record_person(by=worker)
    movement = record_movement(other, by=worker)
    sign_in(client, worker)
    address = url("register_movement_correct", person, movement_id=movement.pk)
    assert client.get(address).status_code == 404
    assert client.post(address, movement_data()).status_code == 404
    assert not Movement.objects.filter(supersedes=movement).exists()


@pytest.mark.parametrize("intruder", ["caseworker_b", "member_a", "coordinator"])
def test_others_can_neither_add_nor_correct(client, people, worker, intruder):
    person = record_person(by=worker)
    movement = record_movement(person, by=worker)
    sign_in(client, people[intruder])
    with audit_rows(people["a"]) as rows:
        added = client.post(url("register_movement_new", person), movement_data())
        corrected = client.post(
            url("register_movement_correct", person, movement_id=movement.pk), movement_data()
        )
    assert (added.status_code, corrected.status_code) == (404, 404)
    assert Movement.objects.filter(person=person).count() == 1
    assert rows == []
