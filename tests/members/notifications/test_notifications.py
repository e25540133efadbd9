"""Notifications: delivery by preference, e-mail at once and in the digest, the pages."""

import datetime

import pytest
from pytest_django.asserts import assertInHTML

from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from members.notifications.models import (
    Delivery,
    Notification,
    NotificationKind,
    NotificationPreference,
)
from members.notifications.selectors import delivery_for
from members.notifications.services import notification_preferences_update, notification_send
from members.notifications.tasks import send_daily_digests, send_notification_email
from network_site.core.scheduling import periodic_tasks
from tests.accounts import sign_in
from tests.html import attributes, find, find_all, links, parse, text, texts


def choose(user, kind: str, delivery: str) -> None:
    notification_preferences_update(user=user, deliveries={kind: delivery})


def tell(user, title: str = "Your role changed", kind: str = NotificationKind.NETWORK, **extra):
    return notification_send(recipient=user, kind=kind, title=title, **extra)


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


# --- The pages -----------------------------------------------------------------


# The budgets of the pages below, measured: no room for one more count of notifications.
QUERIES_OF_THE_NOTIFICATIONS_PAGE = 17
QUERIES_OF_AN_ANONYMOUS_HOME_PAGE = 4
HEADING = "notifications-heading"  # the member home's notifications section


def listed(page) -> list[str]:
    """The titles of the notifications listed, without their "New" tag."""
    return [
        title.removeprefix("New ")
        for title in texts(find(page, "ul", class_="notification-list"), "h2")
    ]


def unread_badge(page) -> tuple[str, str] | None:
    """The header's unread count: what is seen and what a screen reader hears."""
    found = find_all(page, "a", class_="notifications-link")
    if not found:
        return None
    badge = find(found[0], "span", class_="count-badge")
    assert attributes(badge)["aria-hidden"] == "true"
    return text(badge), text(find(found[0], "span", class_="visually-hidden"))


def test_list_shows_only_the_persons_own_notifications(client, people):
    tell(people["caseworker_a"], "For caseworker A", body="Line one\nLine two")
    tell(people["caseworker_b"], "For caseworker B")
    sign_in(client, people["caseworker_a"])
    response = client.get(reverse("members:notifications"))
    assert response.status_code == 200
    page = parse(response)
    assert listed(page) == ["For caseworker A"]
    (item,) = find_all(page, "li", class_="notification")
    assert text(find(item, "span", class_="notification__new")) == "New"
    assertInHTML('<p class="notification__body">Line one<br>Line two</p>', str(item))
    # The button names its notification for screen readers.
    assert texts(item, "button") == ["Mark as read (For caseworker A)"]
    assert texts(find(item, "button"), "span", class_="visually-hidden") == ["(For caseworker A)"]
    assert texts(page, "form", class_="notifications__read-all") == ["Mark all as read"]


def test_list_is_paginated(client, people):
    user = people["caseworker_a"]
    for number in range(30):
        tell(user, f"Notice {number:02d}")
    sign_in(client, user)
    first = listed(client.get(reverse("members:notifications")))
    second = listed(client.get(reverse("members:notifications") + "?page=2"))
    assert len(first) == 25 and "Notice 29" in first
    assert len(second) == 5 and "Notice 00" in second
    assert sorted(first + second) == [f"Notice {number:02d}" for number in range(30)]


def test_mark_read_and_open(client, people):
    user = people["caseworker_a"]
    plain = tell(user, "Plain")
    linked = tell(user, "Linked", link="/en/members/")
    sign_in(client, user)
    response = client.post(reverse("members:notification_read", args=[plain.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("members:notifications")
    plain.refresh_from_db()
    assert plain.read_at is not None
    response = client.post(reverse("members:notification_read", args=[linked.pk]), {"open": "1"})
    assert response["Location"] == "/en/members/"
    linked.refresh_from_db()
    assert linked.read_at is not None


def test_mark_read_goes_back_only_to_this_site(client, people):
    user = people["caseworker_a"]
    notification = tell(user)
    sign_in(client, user)
    url = reverse("members:notification_read", args=[notification.pk])
    response = client.post(url, {"next": "https://evil.example.org/"})
    assert response["Location"] == reverse("members:notifications")
    response = client.post(url, {"next": "/en/members/notifications/?page=2"})
    assert response["Location"] == "/en/members/notifications/?page=2"


def test_someone_elses_notification_is_not_found(client, people):
    theirs = tell(people["caseworker_b"], "For caseworker B")
    sign_in(client, people["caseworker_a"])
    response = client.post(reverse("members:notification_read", args=[theirs.pk]))
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_mark_read_takes_post_only(client, people):
    notification = tell(people["caseworker_a"])
    sign_in(client, people["caseworker_a"])
    url = reverse("members:notification_read", args=[notification.pk])
    assert client.get(url).status_code == 405
    assert client.get(reverse("members:notifications_read_all")).status_code == 405
    notification.refresh_from_db()
    assert notification.read_at is None


def test_mark_all_read_touches_only_own(client, people):
    mine = [tell(people["caseworker_a"], f"Mine {n}") for n in range(3)]
    theirs = tell(people["caseworker_b"], "Theirs")
    sign_in(client, people["caseworker_a"])
    response = client.post(reverse("members:notifications_read_all"), follow=True)
    assert "All your notifications are marked as read." in response.text
    assert not Notification.objects.filter(pk__in=[n.pk for n in mine], read_at=None).exists()
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_preferences_page_saves_and_changes_delivery(client, people):
    user = people["caseworker_a"]
    sign_in(client, user)
    url = reverse("members:notification_preferences")
    form = find(client.get(url), "form", class_="notification-preferences")
    # One group of choices per kind, named by its legend; each shows the current delivery.
    assert texts(form, "legend") == [str(label) for _value, label in NotificationKind.choices]
    checked = {
        attributes(choice)["name"]: attributes(choice)["value"]
        for choice in find_all(form, "input", type="radio", checked=True)
    }
    assert checked == {"account": "email_now", "agency_staff": "digest", "network": "in_app"}
    response = client.post(
        url, {"account": "off", "agency_staff": "email_now", "network": "digest"}, follow=True
    )
    assert response.redirect_chain[-1][0] == url
    assert "Your notification preferences are saved." in response.text
    assert delivery_for(user, NotificationKind.ACCOUNT) == Delivery.OFF
    assert delivery_for(user, NotificationKind.AGENCY_STAFF) == Delivery.EMAIL_NOW
    assert tell(user, kind=NotificationKind.ACCOUNT) is None
    # Saving again updates the same rows.
    client.post(url, {"account": "in_app", "agency_staff": "email_now", "network": "digest"})
    assert NotificationPreference.objects.filter(user=user).count() == 3
    assert delivery_for(user, NotificationKind.ACCOUNT) == Delivery.IN_APP


def test_preferences_refuse_unknown_choices(client, people):
    sign_in(client, people["caseworker_a"])
    response = client.post(
        reverse("members:notification_preferences"),
        {"account": "carrier-pigeon", "agency_staff": "digest", "network": "in_app"},
    )
    assert response.status_code == 200
    # The error is shown in the group of the wrong choice, and tied to it.
    page = parse(response)
    (errors,) = find_all(page, "ul", class_="errorlist")
    group = find(page, "fieldset", aria_describedby=attributes(errors)["id"])
    assert text(find(group, "legend")) == str(NotificationKind.ACCOUNT.label)
    assert errors in find_all(group, "ul")
    assert not NotificationPreference.objects.exists()


# --- Header and member home ------------------------------------------------------


def test_header_shows_the_unread_count_to_the_signed_in_person(
    client, people, django_assert_max_num_queries
):
    user = people["caseworker_a"]
    tell(user, "One")
    tell(user, "Two")
    tell(people["caseworker_b"], "Not hers")
    sign_in(client, user)
    client.get(reverse("members:notifications"))  # warms the session and the frame
    # The count is read once for the header and the page: a second count would not fit.
    with django_assert_max_num_queries(QUERIES_OF_THE_NOTIFICATIONS_PAGE):
        response = client.get(reverse("members:notifications"))
    assert unread_badge(response) == ("2", "(2 unread)")
    assert text(find(response, "p", class_="lead")) == "You have 2 unread notifications."
    client.post(reverse("members:notifications_read_all"))
    page = parse(client.get(reverse("members:notifications")))
    assert text(find(page, "p", class_="lead")) == "You have no unread notifications."
    assert unread_badge(page) is None


def test_anonymous_public_pages_have_no_count_and_no_query(
    client, site_tree, django_assert_max_num_queries
):
    client.get("/en/about-us/")  # warms the frame, not the home page
    # No room in the budget for reading anyone's notifications.
    with django_assert_max_num_queries(QUERIES_OF_AN_ANONYMOUS_HOME_PAGE):
        response = client.get("/en/")
    page = parse(response)
    assert text(find(page, "a", class_="member-link")) == "Member area"
    assert unread_badge(page) is None
    assert reverse("members:notifications") not in links(page)


def test_signed_in_public_pages_show_the_count(client, people, site_tree):
    tell(people["member_a"], "Welcome")
    sign_in(client, people["member_a"])
    assert unread_badge(client.get("/en/")) == ("1", "(1 unread)")


def test_member_home_shows_the_latest_notifications(client, people):
    user = people["caseworker_a"]
    sign_in(client, user)
    empty = find(client.get(reverse("members:home")), "section", aria_labelledby=HEADING)
    assert "No notifications yet." in texts(empty, "p")
    for number in range(7):
        tell(user, f"Notice {number}")
    page = parse(client.get(reverse("members:home")))
    section = find(page, "section", aria_labelledby=HEADING)
    assert texts(section, "p")[0] == "You have 7 unread notifications."
    # The latest five, newest first.
    assert [item.removeprefix("New ").split(" (")[0] for item in texts(section, "li")] == [
        "Notice 6",
        "Notice 5",
        "Notice 4",
        "Notice 3",
        "Notice 2",
    ]
    assert reverse("members:notification_preferences") in links(section)
    # Notifications are here now, no longer announced as coming.
    coming = find(page, "section", aria_labelledby="coming-heading")
    assert not [item for item in texts(coming, "li") if item.startswith("Notifications")]


def test_member_home_has_no_notifications_for_non_members(client, people):
    sign_in(client, people["outsider"])
    page = parse(client.get(reverse("members:home")))
    assert text(find(page, "h1")) == "Member area"
    assert find_all(page, "section", aria_labelledby=HEADING) == []
    assert reverse("members:notification_preferences") not in links(page)
