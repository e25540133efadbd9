"""The audit log's CSV export: the matching rows, safe to open, recorded, and only after
the password was entered again."""

import csv
import datetime
import io

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from members.agencies.models import AgencyRole, AuditAction, AuditEvent
from members.agencies.services import invitation_create
from members.register.services import sensitive_reveal
from members.register.vocabulary import RevealReason
from tests.accounts import give_second_factor, sign_in
from tests.members.factories import MembershipFactory
from tests.members.register.factories import record_person

pytestmark = pytest.mark.django_db

HEADER = [
    "Sequence",
    "Date and time (Europe/Brussels)",
    "Date and time (UTC)",
    "Who",
    "Action",
    "Action code",
    "Person",
    "Member of staff concerned",
    "Reason",
    "Reason code",
    "Detail",
]


def export_url(agency, query: str = "") -> str:
    url = reverse("members:audit_export", kwargs={"agency_id": agency.pk})
    return f"{url}?{query}" if query else url


def read_csv(response) -> list[dict]:
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff"), "a byte-order mark, for spreadsheet programs"
    table = list(csv.reader(io.StringIO(content.removeprefix("\ufeff"))))
    assert table[0] == HEADER
    return [dict(zip(HEADER, row, strict=True)) for row in table[1:]]


def exports(agency) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(agency=agency, action=AuditAction.AUDIT_EXPORT))


@pytest.fixture
def log(people, time_machine):
    """A's trail: a person recorded, then their sensitive section opened; B's: its own person."""
    time_machine.move_to(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC), tick=False)
    person = record_person(by=people["caseworker_a"])
    sensitive_reveal(user=people["admin_a"], person=person, reason=RevealReason.SAFEGUARDING)
    return {
        "people": people,
        "person": person,
        "elsewhere": record_person(by=people["caseworker_b"]),
    }


def test_the_export_holds_the_matching_rows_and_is_recorded(client, log):
    people, person = log["people"], log["person"]
    sign_in(client, people["admin_a"], recently=True)
    response = client.get(export_url(people["a"], f"person={person.pk}"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Disposition"] == (
        f'attachment; filename="audit-log-{people["a"].pk}-2026-03-02.csv"'
    )
    assert read_csv(response) == [
        {
            "Sequence": "2",
            "Date and time (Europe/Brussels)": "2026-03-02 10:00:00",
            "Date and time (UTC)": "2026-03-02T09:00:00+00:00",
            "Who": "admin_a@example.org",
            "Action": "Opened the sensitive section",
            "Action code": "sensitive.reveal",
            "Person": str(person.pk),
            "Member of staff concerned": "",
            "Reason": "Keeping the person safe",
            "Reason code": "safeguarding",
            "Detail": "",
        },
        {
            "Sequence": "1",
            "Date and time (Europe/Brussels)": "2026-03-02 10:00:00",
            "Date and time (UTC)": "2026-03-02T09:00:00+00:00",
            "Who": "caseworker_a@example.org",
            "Action": "Recorded a person",
            "Action code": "person.create",
            "Person": str(person.pk),
            "Member of staff concerned": "",
            "Reason": "",
            "Reason code": "",
            "Detail": "",
        },
    ]
    [export] = exports(people["a"])
    assert (export.actor, export.sequence, export.person_uuid) == (people["admin_a"], 3, person.pk)
    assert export.detail == f"rows=2 upto=2 person={person.pk}"
    assert exports(people["b"]) == []


def test_the_export_follows_every_filter_and_records_them_as_codes(client, log):
    people = log["people"]
    sign_in(client, people["admin_a"], recently=True)
    caseworker = people["caseworker_a"].memberships.get().pk
    query = f"staff={caseworker}&action=person.create&date_from=2026-03-01&date_to=2026-03-02"
    rows = read_csv(client.get(export_url(people["a"], query)))
    assert [(row["Who"], row["Action code"]) for row in rows] == [
        ("caseworker_a@example.org", "person.create")
    ]
    assert exports(people["a"])[0].detail == (
        f"rows=1 upto=2 staff={caseworker} action=person.create from=2026-03-01 to=2026-03-02"
    )


def test_another_agencys_events_never_appear_in_an_export(client, log):
    people = log["people"]
    sign_in(client, people["admin_a"], recently=True)
    response = client.get(export_url(people["a"]))
    content = b"".join(response.streaming_content).decode()
    assert str(log["elsewhere"].pk) not in content
    assert "caseworker_b" not in content
    assert exports(people["a"])[0].detail == "rows=2 upto=2"


def test_an_earlier_export_is_itself_in_the_next_one(client, log):
    people = log["people"]
    sign_in(client, people["admin_a"], recently=True)
    client.get(export_url(people["a"]))
    rows = read_csv(client.get(export_url(people["a"])))
    assert [row["Action code"] for row in rows] == [
        "audit.export",
        "sensitive.reveal",
        "person.create",
    ]
    assert rows[0]["Detail"] == "rows=2 upto=2"


def test_cells_that_look_like_formulas_are_kept_as_text(client, people):
    sneaky = get_user_model().objects.create_user(
        "sneaky",
        "sneaky@example.org",
        "a-long-test-password-1",
        first_name='=HYPERLINK("http://evil.example/"',
        last_name="+1)",
    )
    give_second_factor(sneaky)
    MembershipFactory(user=sneaky, agency=people["a"], role=AgencyRole.CASEWORKER)
    record_person(by=sneaky)
    invitation_create(
        agency=people["a"], email="@new@example.org", role="member", invited_by=people["admin_a"]
    )
    sign_in(client, people["admin_a"], recently=True)
    rows = read_csv(client.get(export_url(people["a"])))
    who = {row["Action code"]: row["Who"] for row in rows}
    assert who["person.create"] == '\'=HYPERLINK("http://evil.example/" +1)'
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


def test_without_a_recent_password_the_export_asks_for_it_and_writes_nothing(client, log):
    people = log["people"]
    sign_in(client, people["admin_a"])
    response = client.get(export_url(people["a"], "action=person.create"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert "action%3Dperson.create" in response["Location"]  # back to the same export after
    assert exports(people["a"]) == []


def test_the_agencys_other_staff_and_coordinators_get_nothing(client, log):
    people = log["people"]
    for someone in ("caseworker_a", "member_a", "coordinator", "caseworker_b"):
        sign_in(client, people[someone], recently=True)
        assert client.get(export_url(people["a"])).status_code == 404, someone
    assert exports(people["a"]) == []


def test_invalid_filters_lead_back_to_the_page_and_write_nothing(client, log):
    people = log["people"]
    sign_in(client, people["admin_a"], recently=True)
    response = client.get(export_url(people["a"], "person=Popescu"))
    log_page = reverse("members:audit_log", kwargs={"agency_id": people["a"].pk})
    assert response.status_code == 302
    assert response["Location"] == f"{log_page}?person=Popescu"
    assert exports(people["a"]) == []
