"""Notifications: delivery by preference, e-mail at once and in the digest, the pages."""

import datetime

import pytest

from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from members.notifications.models import (
    Delivery,
    Notification,
    NotificationKind,
)
from members.notifications.selectors import delivery_for
from members.notifications.services import notification_send
from members.notifications.tasks import send_daily_digests, send_notification_email
from network_site.core.scheduling import periodic_tasks
from tests.members.notifications.builders import choose, tell

# --- notification_send() and the deliveries ----------------------------------------------


def test_defaults_per_kind(people):
    user = people["caseworker_a"]
    assert delivery_for(user, NotificationKind.ACCOUNT) == Delivery.EMAIL_NOW
    assert delivery_for(user, NotificationKind.AGENCY_STAFF) == Delivery.DIGEST
    assert delivery_for(user, NotificationKind.NETWORK) == Delivery.IN_APP


def test_in_app_only_is_stored_and_not_mailed(people, django_capture_on_commit_callbacks):
    user = people["caseworker_a"]
    choose(user, NotificationKind.ACCOUNT, Delivery.IN_APP)
    with django_capture_on_commit_callbacks(execute=True):
        notification = tell(user, kind=NotificationKind.ACCOUNT)
    assert Notification.objects.for_recipient(user).unread().get() == notification
    assert mail.outbox == []
    assert notification.emailed_at is None


def test_email_now_is_stored_and_mailed_once(people, site_tree, django_capture_on_commit_callbacks):
    user = people["caseworker_a"]
    with django_capture_on_commit_callbacks(execute=True):
        notification = tell(
            user,
            kind=NotificationKind.ACCOUNT,
            body="You are now an agency administrator.",
            link="/en/members/",
        )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["caseworker_a@example.org"]
    assert "Your role changed" in message.subject
    assert "You are now an agency administrator." in message.body
    assert "http://testserver/en/members/\n" in message.body
    assert "http://testserver/en/members/notifications/preferences/" in message.body
    notification.refresh_from_db()
    assert notification.emailed_at is not None
    assert notification.read_at is None  # still shown as new in the member area
    # A second run of the task (a retry) sends nothing more.

    send_notification_email.enqueue(str(notification.pk))
    assert len(mail.outbox) == 1


def test_email_waits_for_the_transaction(people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        tell(people["caseworker_a"], kind=NotificationKind.ACCOUNT)
    assert mail.outbox == [] and len(callbacks) == 1


def test_off_stores_nothing(people, django_capture_on_commit_callbacks):
    user = people["caseworker_a"]
    choose(user, NotificationKind.ACCOUNT, Delivery.OFF)
    with django_capture_on_commit_callbacks(execute=True):
        assert tell(user, kind=NotificationKind.ACCOUNT) is None
    assert not Notification.objects.exists()
    assert mail.outbox == []


def test_inactive_people_get_nothing(people, django_capture_on_commit_callbacks):
    user = people["caseworker_a"]
    user.is_active = False
    user.save()
    with django_capture_on_commit_callbacks(execute=True):
        assert tell(user, kind=NotificationKind.ACCOUNT) is None
    assert not Notification.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "link",
    [
        "https://evil.example.org/",
        "//evil.example.org/",
        "/\\evil.example.org/",
        "javascript:alert(1)",
        "en/members/",
        "/en/members/\nSet-Cookie: x",
    ],
)
def test_links_must_be_paths_on_this_site(people, link):
    with pytest.raises(ValidationError):
        tell(people["caseworker_a"], link=link)
    # Even when the person would not receive it: the caller's mistake shows at once.
    choose(people["member_a"], NotificationKind.NETWORK, Delivery.OFF)
    with pytest.raises(ValidationError):
        tell(people["member_a"], link=link)
    assert not Notification.objects.exists()


def test_notify_costs_two_queries(people, django_assert_num_queries):
    user = people["caseworker_a"]
    with django_assert_num_queries(2):  # the preference, the insert
        tell(user)


def test_an_unknown_kind_is_refused_and_a_long_title_shortened(people):
    with pytest.raises(ValidationError):
        notification_send(recipient=people["caseworker_a"], kind="gossip", title="Hello")
    assert not Notification.objects.exists()
    shortened = tell(people["caseworker_a"], title="x" * 201)
    assert shortened.title == "x" * 199 + "…"


# --- The daily digest ----------------------------------------------------------


def test_digest_collects_a_day_of_notifications_in_one_mail(people, site_tree):
    admin = people["admin_a"]
    first = tell(admin, "Ana accepted your invitation", kind=NotificationKind.AGENCY_STAFF)
    second = tell(
        admin, "Ion left the agency", kind=NotificationKind.AGENCY_STAFF, link="/en/members/"
    )
    in_app = tell(admin, "Network meeting in May")  # in-app only: not in the digest
    assert mail.outbox == []

    assert send_daily_digests.call() == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["admin_a@example.org"]
    assert "2 new notifications" in message.subject
    assert "Ana accepted your invitation" in message.body
    assert "Ion left the agency" in message.body
    assert "http://testserver/en/members/\n" in message.body
    assert "Network meeting in May" not in message.body
    for notification in (first, second):
        notification.refresh_from_db()
        assert notification.emailed_at is not None
    in_app.refresh_from_db()
    assert in_app.emailed_at is None

    # Nothing is sent twice.
    assert send_daily_digests.call() == 0
    assert len(mail.outbox) == 1


def test_digest_leaves_out_read_old_and_inactive(people):
    admin, caseworker = people["admin_a"], people["caseworker_a"]
    tell(admin, "Already read", kind=NotificationKind.AGENCY_STAFF).__class__.objects.update(
        read_at=timezone.now()
    )
    old = tell(admin, "Last week", kind=NotificationKind.AGENCY_STAFF)
    Notification.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=7)
    )
    tell(caseworker, "For someone who left", kind=NotificationKind.AGENCY_STAFF)
    caseworker.is_active = False
    caseworker.save()
    assert send_daily_digests.call() == 0
    assert mail.outbox == []


def test_digest_follows_the_preference(people):
    user = people["member_a"]
    tell(user, "Network meeting in May")
    choose(user, NotificationKind.NETWORK, Delivery.DIGEST)
    tell(user, "Annual report published")
    assert send_daily_digests.call() == 1
    assert "2 new notifications in" in mail.outbox[0].subject
    # Both unread announcements of the day are in it, also the one from before the change.
    assert "Network meeting in May" in mail.outbox[0].body
    assert "Annual report published" in mail.outbox[0].body


def test_digest_is_a_periodic_task():
    digests = periodic_tasks()["send-notification-digests"]
    assert digests.task is send_daily_digests
    assert digests.every == datetime.timedelta(days=1)
