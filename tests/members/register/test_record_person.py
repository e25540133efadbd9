"""Recording a person (with the check for an earlier record) and changing their identity."""

import datetime

import pytest
import time_machine

from django.contrib.messages import get_messages
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django.views.debug import SafeExceptionReporterFilter

from members.agencies.models import AgencyRole, AuditAction, AuditEvent
from members.register.models import Person
from members.register.records import BirthDate
from members.register.selectors import open_contact, open_identity, open_sensitive
from tests.accounts import sign_in
from tests.html import find, find_all, links, parse, text, texts
from tests.members.factories import MembershipFactory
from tests.members.register.factories import record_person

pytestmark = pytest.mark.django_db

NEW = "/en/members/register/people/new/"


def person_url(person) -> str:
    return reverse("members:register_person", kwargs={"person_id": person.pk})


def edit_url(person) -> str:
    return reverse("members:register_person_edit", kwargs={"person_id": person.pk})


def valid_record(**changes) -> dict:
    data = {
        "given_names": "Łukasz",
        "family_names": "Wiśniewski",
        "other_names": "Lukas Wisniewski\n\n  Łukasz W.  ",
        "birth_day": "1",
        "birth_month": "5",
        "birth_year": "1990",
        "sex": "male",
        "citizenship": "PL",
        "languages": ["pl", "en"],
        "phone": "+32 470 00 00 00",
        "email": "",
        "whereabouts": "Day centre on Rue Haute, mornings",
        "support_needs": ["housing", "documents"],
        "legal_basis": "consent",
        "legal_basis_on": "2026-03-02",
        "health": "",
        "community": "",
        "other": "",
    }
    return data | changes


def error_links(page) -> list[str]:
    return links(find(page, "div", id="error-summary"))


def test_the_form_asks_everything_with_a_label_and_sets_the_sensitive_part_apart(client, people):
    sign_in(client, people["caseworker_a"])
    response = client.get(NEW)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = parse(response)
    assert text(find(page, "h1")) == "Record a person"
    form = find(page, "form", id="person-form")
    for control in find_all(form, "input") + find_all(form, "select") + find_all(form, "textarea"):
        if control.attributes.get("type") in ("hidden", "checkbox"):
            continue
        assert find(page, "label", for_=control.attributes["id"])
    legal_basis_on = find(form, "input", name="legal_basis_on").attributes["value"]
    assert legal_basis_on == str(timezone.localdate())
    sensitive = find(form, "fieldset", class_="people-form__sensitive")
    assert text(find(sensitive, "legend")) == "Special-category data (optional)"
    assert [c.attributes["name"] for c in find_all(sensitive, "textarea")] == [
        "health",
        "community",
        "other",
    ]
    # One agency: no choice of agency to make.
    assert not find_all(form, "select", name="agency")


def test_a_valid_record_creates_the_person_encrypted_and_goes_to_their_page(client, people):
    worker = people["caseworker_a"]
    sign_in(client, worker)
    response = client.post(NEW, valid_record(health="Diabetes, insulin twice a day"))
    person = Person.objects.get()
    assert response.status_code == 302
    assert response["Location"] == person_url(person)
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "The person has been recorded."
    ]
    identity = open_identity(person)
    assert (identity.given_names, identity.family_names) == ("Łukasz", "Wiśniewski")
    assert identity.birth == BirthDate(1990, 5, 1)
    assert identity.other_names == ("Lukas Wisniewski", "Łukasz W.")
    assert open_contact(person).whereabouts == "Day centre on Rue Haute, mornings"
    assert open_sensitive(person).health == "Diabetes, insulin twice a day"
    assert (person.agency, person.sex, person.citizenship) == (people["a"], "male", "PL")
    assert (sorted(person.languages), person.support_needs) == (
        ["en", "pl"],
        ["housing", "documents"],
    )
    assert person.legal_basis_on == datetime.date(2026, 3, 2)
    # A raw read of the row shows ciphertext only.
    with connection.cursor() as cursor:
        cursor.execute("SELECT identity, contact, sensitive FROM register_person")
        stored = b"".join(bytes(value) for value in cursor.fetchone())
    for secret in ("Wiśniewski", "Łukasz", "Rue Haute", "Diabetes", "1990-05-01"):
        assert secret.encode() not in stored
    # The check for an earlier record, the record, and the question to other agencies.
    assert list(AuditEvent.objects.of_agency(people["a"]).values_list("action", "person_uuid")) == [
        (AuditAction.DUPLICATE_CHECK, None),
        (AuditAction.PERSON_CREATE, person.pk),
        (AuditAction.DISCOVERY_LOOKUP, person.pk),
    ]


def test_an_earlier_record_with_a_variant_spelling_is_shown_before_recording(client, people):
    earlier = record_person(
        by=people["caseworker_a"],
        given_names="Łukasz",
        family_names="Wiśniewski",
        birth=BirthDate(1990),
    )
    sign_in(client, people["caseworker_a"])
    response = client.post(NEW, valid_record(given_names="Lukasz", family_names="Wisniewski"))
    assert response.status_code == 200
    assert Person.objects.count() == 1
    warning = find(parse(response), "div", id="possible-earlier-records")
    assert text(find(warning, "h2")) == "You may already have recorded this person"
    assert texts(warning, "h3") == ["Łukasz Wiśniewski"]
    assert links(warning) == [person_url(earlier)]
    confirm = find(warning, "button", name="not_the_same")
    assert confirm.attributes["value"] == str(earlier.pk)
    assert text(confirm) == "This is someone else: record them"
    # The typed record stays in the form, to send again.
    assert find(parse(response), "input", name="family_names").attributes["value"] == "Wisniewski"


def test_this_is_someone_else_records_them_anyway(client, people):
    earlier = record_person(
        by=people["caseworker_a"], family_names="Wiśniewski", birth=BirthDate(1990)
    )
    sign_in(client, people["caseworker_a"])
    response = client.post(NEW, valid_record(not_the_same=str(earlier.pk)))
    assert response.status_code == 302
    assert Person.objects.count() == 2


def test_setting_aside_someone_else_does_not_confirm_a_new_match(client, people):
    """The confirmation covers the people shown, not a match that appears afterwards."""
    earlier = record_person(
        by=people["caseworker_a"], family_names="Wiśniewski", birth=BirthDate(1990)
    )
    other = record_person(by=people["caseworker_a"], family_names="Kowalski", birth=BirthDate(1990))
    sign_in(client, people["caseworker_a"])
    response = client.post(NEW, valid_record(not_the_same=f"{other.pk} not-a-uuid"))
    assert response.status_code == 200
    assert links(find(parse(response), "div", id="possible-earlier-records")) == [
        person_url(earlier)
    ]
    assert Person.objects.count() == 2


def test_another_agencys_person_is_no_reason_to_warn(client, people):
    record_person(by=people["caseworker_b"], family_names="Wiśniewski", birth=BirthDate(1990, 5, 1))
    sign_in(client, people["caseworker_a"])
    response = client.post(NEW, valid_record())
    assert response.status_code == 302
    assert Person.objects.filter(agency=people["a"]).count() == 1


def test_missing_family_name_and_year_are_refused_with_a_linked_summary(client, people):
    sign_in(client, people["caseworker_a"])
    response = client.post(
        NEW, valid_record(family_names="", birth_year="", birth_day="", birth_month="")
    )
    assert response.status_code == 200
    page = parse(response)
    assert error_links(page) == ["#id_family_names", "#id_birth_year"]
    family = find(page, "input", name="family_names")
    assert family.attributes["aria-invalid"] == "true"
    assert "id_family_names_error" in family.attributes["aria-describedby"]
    assert find(page, "ul", id="id_family_names_error")
    assert find(page, "input", name="birth_year", aria_invalid="true")
    assert not Person.objects.exists()
    assert not AuditEvent.objects.filter(action=AuditAction.DUPLICATE_CHECK).exists()


@pytest.mark.parametrize(
    ("birth", "field", "message"),
    [
        ({"birth_day": "30", "birth_month": "2"}, "birth_day", "This date does not exist"),
        ({"birth_day": "12", "birth_month": ""}, "birth_month", "Give the month too"),
        ({"birth_year": "2031", "birth_day": "", "birth_month": ""}, "birth_year", "future"),
        ({"birth_year": "2026", "birth_month": "7", "birth_day": "1"}, "birth_day", "future"),
        ({"birth_year": "90"}, "birth_year", "four digits"),
    ],
)
@time_machine.travel(datetime.datetime(2026, 6, 15, 12, tzinfo=datetime.UTC), tick=False)
def test_impossible_and_future_dates_of_birth_are_refused(client, people, birth, field, message):
    sign_in(client, people["caseworker_a"])
    page = parse(client.post(NEW, valid_record(**birth)))
    assert error_links(page) == [f"#id_{field}"]
    assert message in text(find(page, "ul", id=f"id_{field}_error"))
    assert not Person.objects.exists()


def test_someone_keeping_two_agencies_records_chooses_the_agency(client, people):
    both = people["caseworker_b"]
    MembershipFactory(user=both, agency=people["a"], role=AgencyRole.CASEWORKER)
    sign_in(client, both)
    page = parse(client.get(NEW))
    choices = texts(find(page, "select", name="agency"), "option")
    assert choices == ["Choose an agency", "Agency A", "Agency B"]
    refused = parse(client.post(NEW, valid_record()))
    assert error_links(refused)[0] == "#id_agency"
    response = client.post(NEW, valid_record(agency=str(people["b"].pk)))
    assert response.status_code == 302
    assert Person.objects.get().agency == people["b"]
    # An agency where the user keeps no records is no choice.
    assert client.post(NEW, valid_record(agency=str(people["hidden"].pk))).status_code == 200


# Changing a person's identity ------------------------------------------------------------


@pytest.fixture
def ana(people):
    return record_person(
        by=people["caseworker_a"],
        given_names="Ana",
        family_names="Popescu",
        birth=BirthDate(1985, 3),
        citizenship="RO",
        languages=["ro"],
    )


def test_the_identity_form_is_prefilled_and_its_opening_audited(client, people, ana):
    sign_in(client, people["admin_a"])
    response = client.get(edit_url(ana))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = parse(response)
    assert find(page, "input", name="family_names").attributes["value"] == "Popescu"
    assert find(page, "input", name="birth_year").attributes["value"] == "1985"
    assert find(page, "option", value="3", selected=True)
    assert find(page, "input", name="birth_day").attributes.get("value") is None
    assert find(page, "input", name="languages", value="ro", checked=True)
    assert not find_all(page, "textarea", name="health")
    event = AuditEvent.objects.get(action=AuditAction.PERSON_VIEW)
    assert (event.actor, event.person_uuid, event.detail) == (
        people["admin_a"],
        ana.pk,
        "identity form",
    )


def test_a_change_needs_a_reason(client, people, ana):
    sign_in(client, people["caseworker_a"])
    data = valid_record(given_names="Ana Maria", family_names="Popescu")
    page = parse(client.post(edit_url(ana), data))
    assert error_links(page) == ["#id_reason"]
    assert open_identity(Person.objects.get(pk=ana.pk)).given_names == "Ana"
    assert not AuditEvent.objects.filter(action=AuditAction.PERSON_CHANGE).exists()


def test_a_change_is_saved_and_audited_with_its_reason(client, people, ana):
    sign_in(client, people["caseworker_a"])
    data = valid_record(given_names="Ana Maria", family_names="Popescu", reason="documents-seen")
    response = client.post(edit_url(ana), data)
    assert response.status_code == 302
    assert response["Location"] == person_url(ana)
    person = Person.objects.get(pk=ana.pk)
    assert open_identity(person).full_name == "Ana Maria Popescu"
    assert person.citizenship == "PL"
    event = AuditEvent.objects.get(action=AuditAction.PERSON_CHANGE)
    assert (event.person_uuid, event.reason) == (ana.pk, "documents-seen")
    assert "Ana" not in event.detail
    # The sensitive section is not touched by this form.
    assert person.sensitive is None


def test_another_agencys_person_cannot_be_opened_or_changed(client, people, ana):
    sign_in(client, people["caseworker_b"])
    assert client.get(edit_url(ana)).status_code == 404
    data = valid_record(family_names="Hijacked", reason="correction")
    assert client.post(edit_url(ana), data).status_code == 404
    assert open_identity(Person.objects.get(pk=ana.pk)).family_names == "Popescu"
    assert not AuditEvent.objects.filter(agency=people["b"]).exists()
    sign_in(client, people["member_a"])
    assert client.post(edit_url(ana), data).status_code == 404


def test_an_error_report_would_show_nothing_typed_into_either_form(client, people, ana):
    sign_in(client, people["caseworker_a"])
    recorded = client.post(NEW, valid_record(health="Diabetes"))
    changed = client.post(edit_url(ana), valid_record(reason="correction"))
    for response in (recorded, changed):
        shown = SafeExceptionReporterFilter().get_post_parameters(response.wsgi_request)
        assert "Wiśniewski" not in str(shown) and "Diabetes" not in str(shown)
        assert set(shown["family_names"]) == {"*"}
