"""Notification pages: the list, marking read, preferences, the header badge and member home."""

from pytest_django.asserts import assertInHTML

from django.urls import reverse

from members.notifications.models import (
    Delivery,
    Notification,
    NotificationKind,
    NotificationPreference,
)
from members.notifications.selectors import delivery_for
from tests.accounts import sign_in
from tests.html import attributes, find, find_all, links, parse, text, texts
from tests.members.notifications.builders import tell

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
    assert checked == {
        "account": "email_now",
        "agency_staff": "digest",
        "network": "in_app",
        "referrals": "email_now",
        "register": "in_app",
    }
    chosen = {"account": "off", "agency_staff": "email_now", "network": "digest"}
    response = client.post(url, chosen | {"referrals": "digest", "register": "in_app"}, follow=True)
    assert response.redirect_chain[-1][0] == url
    assert "Your notification preferences are saved." in response.text
    assert delivery_for(user, NotificationKind.ACCOUNT) == Delivery.OFF
    assert delivery_for(user, NotificationKind.AGENCY_STAFF) == Delivery.EMAIL_NOW
    assert tell(user, kind=NotificationKind.ACCOUNT) is None
    # Saving again updates the same rows.
    again = {"account": "in_app", "agency_staff": "email_now", "network": "digest"}
    client.post(url, again | {"referrals": "digest", "register": "off"})
    assert NotificationPreference.objects.filter(user=user).count() == 5
    assert delivery_for(user, NotificationKind.ACCOUNT) == Delivery.IN_APP


def test_preferences_refuse_unknown_choices(client, people):
    sign_in(client, people["caseworker_a"])
    response = client.post(
        reverse("members:notification_preferences"),
        {
            "account": "carrier-pigeon",
            "agency_staff": "digest",
            "network": "in_app",
            "referrals": "in_app",
            "register": "in_app",
        },
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
