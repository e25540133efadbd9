"""The agency audit log page: what an agency admin sees, how filters narrow it, who gets in.

Which roles get in at all is in the authorisation matrix; here: the rows, the filters,
another agency's events never showing, paging, and the ways to reach the page.
"""

import datetime
import re
import uuid

import pytest

from django.db import transaction
from django.urls import reverse

from members.agencies.models import AgencyRole, AuditAction, AuditEvent, AuditReason, Membership
from members.agencies.services import audit_event_record, membership_change_role
from members.register.services import sensitive_reveal
from members.register.vocabulary import ChangeReason, RevealReason
from tests.accounts import sign_in
from tests.html import find, find_all, links, parse, text, texts
from tests.members.register.factories import record_person

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
QUERIES_OF_A_LOG_PAGE = 16


def log_url(agency, **query) -> str:
    url = reverse("members:audit_log", kwargs={"agency_id": agency.pk})
    return f"{url}?{'&'.join(f'{key}={value}' for key, value in query.items())}" if query else url


def rows(page) -> list[dict]:
    """The log's table as the reader sees it: one dict per row, by column heading."""
    table = find(page, "table", class_="audit-log")
    headings = texts(table, "th")
    return [
        dict(zip(headings, texts(row, "td"), strict=True))
        for row in find_all(find(table, "tbody"), "tr")
    ]


def count_line(page) -> str:
    return text(find(page, "p", class_="audit-count"))


def place(people, username: str) -> Membership:
    return Membership.objects.get(user=people[username], agency=people["a"], active=True)


@pytest.fixture
def log(people, time_machine):
    """Agency A's trail: a person recorded, their sensitive section opened, a role changed;
    agency B's: a person of its own. Each a day apart (the first on 2 March 2026)."""
    time_machine.move_to(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=UTC), tick=False)
    person = record_person(by=people["caseworker_a"])
    time_machine.move_to(datetime.datetime(2026, 3, 3, 9, 0, tzinfo=UTC), tick=False)
    sensitive_reveal(user=people["admin_a"], person=person, reason=RevealReason.SAFEGUARDING)
    time_machine.move_to(datetime.datetime(2026, 3, 4, 9, 0, tzinfo=UTC), tick=False)
    membership_change_role(
        membership=place(people, "member_a"),
        role=AgencyRole.CASEWORKER,
        changed_by=people["admin_a"],
    )
    elsewhere = record_person(by=people["caseworker_b"])
    return {"people": people, "person": person, "elsewhere": elsewhere}


@pytest.fixture
def admin(client, people):
    sign_in(client, people["admin_a"])
    return client


def test_the_admin_sees_the_agencys_events_newest_first(admin, log):
    people, person = log["people"], log["person"]
    response = admin.get(log_url(people["a"]))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = parse(response)
    assert count_line(page) == "3 events"
    assert rows(page) == [
        {
            "When": "04/03/2026 10:00:00",
            "Who": "admin_a@example.org",
            "Action": "Changed a role",
            "Person": "",
            "Member of staff concerned": "member_a@example.org",
            "Reason": "",
            "Detail": "Member → Caseworker",
        },
        {
            "When": "03/03/2026 10:00:00",
            "Who": "admin_a@example.org",
            "Action": "Opened the sensitive section",
            "Person": f"{person.pk.hex[:8]} (open the record)",
            "Member of staff concerned": "",
            "Reason": "Keeping the person safe",
            "Detail": "",
        },
        {
            "When": "02/03/2026 10:00:00",
            "Who": "caseworker_a@example.org",
            "Action": "Recorded a person",
            "Person": f"{person.pk.hex[:8]} (open the record)",
            "Member of staff concerned": "",
            "Reason": "",
            "Detail": "",
        },
    ]
    # The time in UTC for machines, the person's record one link away.
    assert find_all(page, "time")[0].attributes["datetime"] == "2026-03-04T09:00:00+00:00"
    assert reverse("members:register_person", kwargs={"person_id": person.pk}) in links(page)


def test_another_agencys_events_never_appear(admin, log):
    people, elsewhere = log["people"], log["elsewhere"]
    page_text = admin.get(log_url(people["a"])).content.decode()
    assert str(elsewhere.pk) not in page_text and elsewhere.pk.hex[:8] not in page_text
    page = parse(admin.get(log_url(people["a"], person=elsewhere.pk)))
    assert count_line(page).startswith("0 events")
    assert text(find(page, "section", aria_labelledby="events-heading")).endswith(
        "No events match these filters."
    )


def test_the_person_filter_narrows_to_one_person(admin, log):
    people, person = log["people"], log["person"]
    other = record_person(by=people["caseworker_a"])
    page = parse(admin.get(log_url(people["a"], person=person.pk)))
    assert [row["Action"] for row in rows(page)] == [
        "Opened the sensitive section",
        "Recorded a person",
    ]
    assert other.pk.hex[:8] not in str(page)
    assert texts(page, "ul", class_="active-filters") == [f"Person: {person.pk}"]


def test_the_staff_filter_shows_what_someone_did_and_what_was_done_about_them(admin, log):
    people = log["people"]
    caseworker = place(people, "caseworker_a").pk
    assert [
        row["Action"] for row in rows(parse(admin.get(log_url(people["a"], staff=caseworker))))
    ] == ["Recorded a person"]
    member = place(people, "member_a").pk
    [row] = rows(parse(admin.get(log_url(people["a"], staff=member))))
    assert (row["Action"], row["Member of staff concerned"]) == (
        "Changed a role",
        "member_a@example.org",
    )


def test_the_action_filter_narrows_to_one_kind_of_event(admin, log):
    people = log["people"]
    page = parse(admin.get(log_url(people["a"], action=AuditAction.SENSITIVE_REVEAL)))
    assert [row["Action"] for row in rows(page)] == ["Opened the sensitive section"]
    assert count_line(page) == "1 event · filtered by:"
    assert texts(page, "ul", class_="active-filters") == ["Action: Opened the sensitive section"]


def test_the_dates_are_inclusive_days_in_the_sites_time_zone(admin, log, time_machine):
    people = log["people"]
    # 23:30 in UTC on 4 March is already 5 March in Brussels.
    time_machine.move_to(datetime.datetime(2026, 3, 4, 23, 30, tzinfo=UTC), tick=False)
    with transaction.atomic():
        audit_event_record(
            actor=people["admin_a"], agency=people["a"], action=AuditAction.PERSON_LIST
        )
    only_3_march = parse(
        admin.get(log_url(people["a"], date_from="2026-03-03", date_to="2026-03-03"))
    )
    assert [row["Action"] for row in rows(only_3_march)] == ["Opened the sensitive section"]
    from_5_march = parse(admin.get(log_url(people["a"], date_from="2026-03-05")))
    assert [row["When"] for row in rows(from_5_march)] == ["05/03/2026 00:30:00"]
    until_4_march = parse(admin.get(log_url(people["a"], date_to="2026-03-04")))
    assert len(rows(until_4_march)) == 3


def test_invalid_filters_are_explained_and_show_no_rows(admin, log):
    people = log["people"]
    page = parse(
        admin.get(
            log_url(people["a"], person="Popescu", date_from="2026-03-05", date_to="2026-03-01")
        )
    )
    summary = find(page, "div", class_="error-summary")
    assert [link.attributes["href"] for link in find_all(summary, "a")] == [
        "#id_person",
        "#id_date_to",
    ]
    assert find(page, "input", id="id_person").attributes["aria-invalid"] == "true"
    assert not find_all(page, "table")


def test_a_staff_member_not_of_this_agency_is_not_a_choice(admin, log):
    people = log["people"]
    of_b = Membership.objects.get(user=people["caseworker_b"]).pk
    page = parse(admin.get(log_url(people["a"], staff=of_b)))
    assert find(page, "div", class_="error-summary")
    choices = [
        option.attributes["value"]
        for option in find_all(find(page, "select", id="id_staff"), "option")
    ]
    assert str(of_b) not in choices
    assert str(place(people, "caseworker_a").pk) in choices


def test_an_empty_log_says_so(admin, people):
    page = parse(admin.get(log_url(people["a"])))
    assert count_line(page) == "0 events"
    assert "Nothing has been recorded in the log yet." in texts(page, "p")
    assert not find_all(page, "table")


def test_fifty_events_a_page_with_the_filters_kept(admin, people, django_assert_max_num_queries):
    with transaction.atomic():
        for _ in range(51):
            audit_event_record(
                actor=people["caseworker_a"], agency=people["a"], action=AuditAction.PERSON_LIST
            )
        audit_event_record(
            actor=people["admin_a"], agency=people["a"], action=AuditAction.PERSON_SEARCH
        )
    url = log_url(people["a"], action=AuditAction.PERSON_LIST)
    admin.get(url)  # warms the session and the frame
    # Measured: the frame's (session, user-session tracking, notifications) and five of
    # the page's own (agency, memberships, staff, count, rows): none per row.
    with django_assert_max_num_queries(QUERIES_OF_A_LOG_PAGE):
        first = parse(admin.get(url))
    assert count_line(first) == "51 events · filtered by:"
    assert len(rows(first)) == 50
    assert text(find(first, "caption")) == "Events, newest first: page 1 of 2"
    next_link = find(first, "a", rel="next").attributes["href"]
    assert next_link == f"?action={AuditAction.PERSON_LIST}&page=2"
    second = parse(admin.get(log_url(people["a"]) + next_link))
    assert len(rows(second)) == 1
    assert find(second, "a", aria_current="page").attributes["href"].endswith("page=2")


def test_the_export_link_carries_the_filters(admin, log):
    people = log["people"]
    page = parse(admin.get(log_url(people["a"], action=AuditAction.PERSON_CREATE, page=1)))
    export = reverse("members:audit_export", kwargs={"agency_id": people["a"].pk})
    assert f"{export}?action={AuditAction.PERSON_CREATE}" in links(page)


def test_admins_reach_the_log_from_the_staff_page_and_the_member_home(client, people):
    url = log_url(people["a"])
    sign_in(client, people["admin_a"])
    staff_page = reverse("members:staff", kwargs={"agency_id": people["a"].pk})
    assert url in links(parse(client.get(staff_page)))
    assert url in links(parse(client.get(reverse("members:home"))))
    # Coordinators manage the staff but never see the log.
    sign_in(client, people["coordinator"])
    assert url not in links(parse(client.get(staff_page)))
    assert url not in links(parse(client.get(reverse("members:home"))))
    sign_in(client, people["caseworker_a"])
    assert url not in links(parse(client.get(reverse("members:home"))))


def test_reason_labels_cover_every_reason_of_the_register():
    """The log names reasons without importing the register: the codes must stay equal."""
    register_codes = set(RevealReason.values) | set(ChangeReason.values)
    assert register_codes <= set(AuditReason.values)
    for code in register_codes:
        assert AuditEvent(reason=code).reason_label != code


def test_an_unknown_person_reference_is_harmless(admin, log):
    page = parse(admin.get(log_url(log["people"]["a"], person=uuid.uuid4())))
    assert count_line(page).startswith("0 events")


def test_the_browser_lets_only_a_reference_into_the_person_field(admin, people):
    """A name typed there would end up in the address bar and the server's logs."""
    page = parse(admin.get(log_url(people["a"])))
    pattern = find(page, "input", id="id_person").attributes["pattern"]
    reference = uuid.uuid4()
    assert re.fullmatch(pattern, str(reference)) and re.fullmatch(pattern, reference.hex)
    assert not re.fullmatch(pattern, "Ana Popescu")
    assert "novalidate" not in find(page, "form", class_="audit-filters").attributes
