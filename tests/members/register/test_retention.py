"""Retention with the clock moved forward: the warning, keeping a record active,
anonymisation, and the expired shares and offers the same task closes.

Agency A (Brussels) owns the people; a record made on 8 December 2026 falls due
24 months later, on 8 December 2028, and is warned of on 8 November 2028.
"""

import datetime
import logging

import pytest

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings

from members.agencies.models import AuditAction
from members.notifications.models import Notification, NotificationKind
from members.register import retention
from members.register.crypto import RegisterDecryptionError
from members.register.keys import data_key_of
from members.register.models import Movement, Person, Referral, Share
from members.register.selectors import open_movement_note
from members.register.tasks import register_retention
from members.register.vocabulary import ReferralState, RetentionKeepReason, ShareEnd
from network_site.core.scheduling import periodic_tasks
from tests.accounts import sign_in
from tests.html import find, find_all, parse, text, texts
from tests.members.register.factories import (
    offer_referral,
    record_movement,
    share_person,
)
from tests.members.register.screens import CANARIES, audit_rows, person_with_canaries, url

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
RECORDED = datetime.datetime(2026, 12, 8, 10, 0, tzinfo=UTC)
DUE = datetime.datetime(2028, 12, 8, 10, 0, tzinfo=UTC)
WARN = DUE - datetime.timedelta(days=30)
DAY = datetime.timedelta(days=1)


@pytest.fixture
def clock(time_machine):
    time_machine.move_to(RECORDED, tick=False)

    def move_to(moment):
        time_machine.move_to(moment, tick=False)

    return move_to


@pytest.fixture
def person(people, clock):
    person = person_with_canaries(people["caseworker_a"])
    record_movement(person, by=people["caseworker_a"], note="slept at the station")
    return person


def warnings_to(user):
    return list(Notification.objects.filter(recipient=user, kind=NotificationKind.REGISTER))


def test_the_task_is_daily_and_periodic():
    declared = periodic_tasks()["register-retention"]
    assert declared.task is register_retention
    assert declared.every == datetime.timedelta(days=1)


def test_the_owner_is_warned_once_thirty_days_before(people, person, clock):
    clock(WARN - DAY)
    assert retention.retention_run().warned == 0
    assert warnings_to(people["caseworker_a"]) == []

    clock(WARN)
    assert retention.retention_run().warned == 1
    clock(WARN + DAY)
    assert retention.retention_run().warned == 0

    for user in (people["caseworker_a"], people["admin_a"]):
        [warning] = warnings_to(user)
        assert warning.title == (
            "A record of your agency will be anonymised on 8 December 2028 unless kept active"
        )
        assert warning.link.endswith(f"/register/people/{person.pk}/")
    # Plain members and the other agency hear nothing.
    assert warnings_to(people["member_a"]) == [] and warnings_to(people["caseworker_b"]) == []


def test_the_warning_carries_no_personal_data(people, person, clock):
    clock(WARN)
    retention.retention_run()
    [warning] = warnings_to(people["caseworker_a"])
    text = f"{warning.title} {warning.body}"
    for secret in (*CANARIES, "Ioana", "Dumitrescu", "1985", "+40 700", "Gare du Midi"):
        assert secret not in text


def test_after_the_period_the_record_is_anonymised(people, person, clock):
    movement = Movement.objects.get(person=person)
    clock(WARN)
    retention.retention_run()
    clock(DUE - DAY)
    assert retention.retention_run().anonymised == 0
    assert data_key_of(Person.objects.get(pk=person.pk))

    clock(DUE)
    with audit_rows(people["a"]) as rows:
        report = retention.retention_run()
    assert report.anonymised == 1

    stored = Person.objects.get(pk=person.pk)
    assert stored.anonymised_at == DUE
    assert bytes(stored.wrapped_key) == b"" and bytes(stored.identity) == b""
    assert stored.contact is None and stored.sensitive is None
    assert stored.name_index == "" and stored.phonetic_index == ""
    # The movement stays, for statistics, but its note no longer opens.
    assert Movement.objects.filter(person=person).count() == 1
    with pytest.raises(RegisterDecryptionError):
        data_key_of(stored)
    movement = Movement.objects.select_related("person").get(pk=movement.pk)
    with pytest.raises(RegisterDecryptionError):
        open_movement_note(movement)
    # No one sees the record any more, its owner included.
    assert not Person.objects.visible_to(people["caseworker_a"]).filter(pk=person.pk).exists()
    assert [(row.action, row.person_uuid, row.detail) for row in rows] == [
        (AuditAction.RETENTION_ANONYMISE, person.pk, "retention")
    ]
    assert retention.retention_run().anonymised == 0


def test_keeping_the_record_active_postpones_it(people, person, clock):
    clock(WARN)
    retention.retention_run()
    clock(WARN + 10 * DAY)
    with audit_rows(people["a"]) as rows:
        retention.person_keep_active(
            user=people["caseworker_a"], person=person, reason=RetentionKeepReason.EXPECTED_BACK
        )
    assert [(row.action, row.detail) for row in rows] == [
        (AuditAction.RETENTION_KEEP, RetentionKeepReason.EXPECTED_BACK)
    ]
    clock(DUE + DAY)
    assert retention.retention_run().anonymised == 0
    assert Person.objects.get(pk=person.pk).anonymised_at is None
    # A new period starts from the day it was kept: warned again 30 days before its end.
    kept_due = datetime.datetime(2030, 11, 18, 10, 0, tzinfo=UTC)
    assert retention.retention_of(user=people["caseworker_a"], person=person) == kept_due
    clock(kept_due - datetime.timedelta(days=30))
    assert retention.retention_run().warned == 1
    assert len(warnings_to(people["caseworker_a"])) == 2


def test_a_movement_restarts_the_clock(people, person, clock):
    clock(WARN - 5 * DAY)
    record_movement(person, by=people["caseworker_a"], date=datetime.date(2028, 11, 1))
    clock(DUE + DAY)
    report = retention.retention_run()
    assert (report.warned, report.anonymised) == (0, 0)


def test_a_record_with_an_active_share_is_never_due(people, person, clock):
    share_person(person, people["b"], expires_in=datetime.timedelta(days=3 * 365))
    clock(DUE + 60 * DAY)
    report = retention.retention_run()
    assert (report.warned, report.anonymised) == (0, 0)


@override_settings(REGISTER_RETENTION_MONTHS=6)
def test_a_warning_always_gives_thirty_days(people, person, clock):
    # The period was shortened: the record is already past it, but was never warned.
    clock(RECORDED + 400 * DAY)
    report = retention.retention_run()
    assert (report.warned, report.anonymised) == (1, 0)
    clock(RECORDED + 429 * DAY)
    assert retention.retention_run().anonymised == 0
    clock(RECORDED + 430 * DAY)
    assert retention.retention_run().anonymised == 1


def test_only_the_owner_keeps_a_record_active_and_for_a_listed_reason(people, person):
    with pytest.raises(Person.DoesNotExist):
        retention.person_keep_active(
            user=people["caseworker_b"], person=person, reason=RetentionKeepReason.PROCEEDINGS
        )
    with pytest.raises(ValidationError):
        retention.person_keep_active(user=people["caseworker_a"], person=person, reason="because")
    assert Person.objects.get(pk=person.pk).kept_active_at is None


def test_expired_shares_and_offers_are_closed(people, person, clock):
    share = share_person(person, people["b"], expires_in=datetime.timedelta(days=10))
    other = person_with_canaries(people["caseworker_a"], family_names="Marinescu")
    offer = offer_referral(other, by=people["caseworker_a"], to=people["b"])
    clock(RECORDED + 20 * DAY)
    report = retention.retention_run()
    assert (report.offers_expired, report.shares_expired) == (1, 1)
    share.refresh_from_db()
    assert share.ended_at == share.expires_at and share.end_reason == ShareEnd.EXPIRED
    assert Referral.objects.get(pk=offer.pk).state == ReferralState.EXPIRED
    assert retention.retention_run().shares_expired == 0


def test_a_dry_run_counts_and_changes_nothing(people, person, clock, capsys):
    share = share_person(person, people["b"], expires_in=datetime.timedelta(days=10))
    clock(DUE + 60 * DAY)
    call_command("register_retention", "--dry-run")
    assert capsys.readouterr().out.strip() == (
        "Would have: offers expired 0, shares expired 1, warned 1, anonymised 0"
    )
    share.refresh_from_db()
    assert share.ended_at is None
    assert Person.objects.get(pk=person.pk).retention_warned_at is None
    assert warnings_to(people["caseworker_a"]) == []


def test_the_task_returns_and_logs_counts_only(people, person, clock, caplog):
    clock(WARN)
    with caplog.at_level(logging.INFO, logger="members.register.tasks"):
        result = register_retention.call()
    assert result == {"offers_expired": 0, "shares_expired": 0, "warned": 1, "anonymised": 0}
    assert caplog.messages == [
        "Register retention: 0 offers expired, 0 shares expired, 1 records warned of, "
        "0 records anonymised"
    ]
    assert str(person.pk) not in caplog.text
    assert not Share.objects.exists()


# --- On the person page ---------------------------------------------------------------


def retention_section(client, person):
    page = parse(client.get(url("register_person", person)))
    found = find_all(page, "section", id="retention")
    return found[0] if found else None


def test_the_owner_sees_when_the_record_falls_due_and_keeps_it(client, people, person, clock):
    sign_in(client, people["caseworker_a"])
    section = retention_section(client, person)
    assert text(find(section, "p")) == (
        "If nothing is recorded about this person, their record will be anonymised on "
        "8 December 2028."
    )
    assert find_all(section, "input", type="radio", name="reason")

    clock(WARN + DAY)
    sign_in(client, people["caseworker_a"])  # the session of 11 months ago has expired
    response = client.post(url("register_retention_keep", person), {"reason": "proceedings"})
    assert response.status_code == 302
    assert response["Location"].endswith(f"/register/people/{person.pk}/#retention")
    assert text(find(retention_section(client, person), "p")).endswith("9 November 2030.")


def test_keeping_without_a_reason_changes_nothing(client, people, person):
    sign_in(client, people["caseworker_a"])
    response = client.post(
        url("register_retention_keep", person), {"reason": "because"}, follow=True
    )
    assert texts(parse(response), "p", role="status") == ["Choose why the record is kept active."]
    assert Person.objects.get(pk=person.pk).kept_active_at is None


def test_a_receiving_agency_sees_no_retention_section(client, people, person):
    share_person(person, people["b"])
    sign_in(client, people["caseworker_b"])
    assert retention_section(client, person) is None
