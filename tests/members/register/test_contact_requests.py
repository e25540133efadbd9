"""Contact requests: the asking agency asks the agency of an answered country; the
receiving agency sees which of its own people matched and ignores, declines or
refers back. The asking agency never learns which agency, nor its person."""

import datetime

import pytest
import time_machine

from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from members.agencies.models import AuditAction
from members.notifications.models import Notification
from members.register import discovery
from members.register.models import ContactRequest, DiscoveryLookup
from members.register.vocabulary import ContactState, ReferralPurpose
from tests.accounts import sign_in
from tests.html import find, find_all, parse, text, texts
from tests.members.register.screens import audit_rows, described
from tests.members.register.test_discovery import known

pytestmark = pytest.mark.django_db
MESSAGE = "Could we talk about a person we support? Msgqsealed"


@pytest.fixture
def asked(people):
    """A's person, B's person of the same name, and A's lookup that answered Romania."""
    asker = people["caseworker_a"]
    ours, theirs = known(asker), known(people["caseworker_b"])
    answer = discovery.discovery_lookup(user=asker, person=ours)
    assert answer.countries == ("RO",)
    return ours, theirs, answer


def send(people, asked, **changes):
    ours, _theirs, answer = asked
    values = {
        "user": people["caseworker_a"],
        "person": ours,
        "lookup_id": answer.lookup_id,
        "country": "RO",
        "purpose": ReferralPurpose.CONTINUED_SUPPORT,
        "message": MESSAGE,
    } | changes
    discovery.contact_request_send(**values)


def contact_url(asked) -> str:
    ours, _theirs, answer = asked
    return reverse(
        "members:register_contact_request_new",
        kwargs={"person_id": ours.pk, "lookup_id": answer.lookup_id},
    )


def test_the_form_offers_the_answered_country_and_sends(client, people, asked):
    ours, theirs, _answer = asked
    sign_in(client, people["caseworker_a"])
    form = parse(client.get(contact_url(asked)))
    assert texts(find(form, "select", name="country"), "option") == ["Romania"]
    with audit_rows(people["a"]) as ours_rows, audit_rows(people["b"]) as theirs_rows:
        response = client.post(
            contact_url(asked),
            {"country": "RO", "purpose": ReferralPurpose.HOUSING, "message": MESSAGE},
        )
    assert response.status_code == 302
    assert response["Location"].endswith("#discovery")
    request = ContactRequest.objects.get()
    assert (request.from_agency, request.to_agency, request.country) == (
        people["a"],
        people["b"],
        "RO",
    )
    assert list(request.matched_people.all()) == [theirs]
    assert described(ours_rows) == [(AuditAction.CONTACT_REQUEST, ours.pk, "", "RO")]
    assert described(theirs_rows) == [(AuditAction.CONTACT_REQUEST, theirs.pk, "", str(request.pk))]
    # The asking side's page: one line for the country, nothing of the agency.
    page = parse(client.get(response["Location"]))
    panel = text(find(page, "section", id="discovery"))
    assert "To the agency in Romania" in panel and "Waiting for an answer" in panel
    assert "Agency B" not in client.get(response["Location"]).content.decode()


def test_the_receiving_staff_are_told_without_personal_data(people, asked):
    send(people, asked)
    notification = Notification.objects.get(recipient=people["caseworker_b"])
    assert notification.title == "An agency in Belgium asks whether you know a person they support"
    assert notification.body == ""
    request = ContactRequest.objects.get()
    assert notification.link == reverse(
        "members:register_contact_request", kwargs={"request_id": request.pk}
    )
    assert not Notification.objects.filter(
        recipient__in=[people["caseworker_a"], people["admin_a"]]
    ).exists()


def test_the_message_is_sealed_with_the_asking_person_s_key(people, asked):
    send(people, asked)
    with connection.cursor() as cursor:
        cursor.execute("SELECT message FROM register_contactrequest")
        (raw,) = cursor.fetchone()
    assert b"Msgqsealed" not in bytes(raw)
    assert discovery.contact_request_message(ContactRequest.objects.get()) == MESSAGE


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"country": "FR"}, "Choose a country from the answer."),
        ({"purpose": "gossip"}, "Choose one of the options."),
        ({"message": "x" * 1001}, "The message is too long."),
    ],
)
def test_a_request_outside_the_answer_is_refused(people, asked, changes, error):
    with pytest.raises(ValidationError, match=error):
        send(people, asked, **changes)
    assert not ContactRequest.objects.exists()


def test_one_waiting_request_per_country(people, asked):
    send(people, asked)
    with pytest.raises(ValidationError, match="still waiting"):
        send(people, asked)
    assert ContactRequest.objects.count() == 1


def test_a_lookup_older_than_a_week_no_longer_serves(client, people, asked):
    with time_machine.travel(timezone.now() + datetime.timedelta(days=8)):
        sign_in(client, people["caseworker_a"])
        assert client.get(contact_url(asked)).status_code == 404
        with pytest.raises(DiscoveryLookup.DoesNotExist):
            send(people, asked)


def test_no_match_offers_no_contact_request(client, people):
    lonely = known(people["caseworker_a"], "Unmatched")
    answer = discovery.discovery_lookup(user=people["caseworker_a"], person=lonely)
    sign_in(client, people["caseworker_a"])
    url = reverse(
        "members:register_contact_request_new",
        kwargs={"person_id": lonely.pk, "lookup_id": answer.lookup_id},
    )
    assert client.get(url).status_code == 404


def test_another_agency_cannot_use_the_lookup(client, people, asked):
    sign_in(client, people["caseworker_b"])
    assert client.get(contact_url(asked)).status_code == 404
    assert (
        client.post(contact_url(asked), {"country": "RO", "purpose": "housing"}).status_code == 404
    )


def request_url(request) -> str:
    return reverse("members:register_contact_request", kwargs={"request_id": request.pk})


def test_the_receiving_agency_sees_its_own_matched_person_and_declines(client, people, asked):
    _ours, theirs, _answer = asked
    send(people, asked)
    request = ContactRequest.objects.get()
    sign_in(client, people["caseworker_b"])
    listing = parse(client.get(reverse("members:register_contact_requests")))
    assert len(find_all(listing, "tbody")[0].children) >= 1
    assert "Agency A (Belgium)" in text(listing)
    with audit_rows(people["b"]) as rows:
        page = parse(client.get(request_url(request)))
    assert "Marinescu" in text(page) and MESSAGE in text(page)
    assert described(rows) == [
        (AuditAction.PERSON_VIEW, theirs.pk, "", f"contact request {request.pk}")
    ]
    with audit_rows(people["b"]) as rows:
        response = client.post(request_url(request), {"decision": "decline"})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.state == ContactState.DECLINED
    assert described(rows) == [
        (AuditAction.CONTACT_ANSWER, theirs.pk, "", f"{request.pk} declined")
    ]
    told = Notification.objects.get(recipient=people["caseworker_a"])
    assert told.title == "An agency in Romania declined your contact request"
    # Answered once only.
    again = client.post(request_url(request), {"decision": "ignore"})
    assert again.status_code == 200
    request.refresh_from_db()
    assert request.state == ContactState.DECLINED


def test_an_ignored_request_looks_like_a_waiting_one_to_the_asker(client, people, asked):
    ours, _theirs, _answer = asked
    send(people, asked)
    discovery.contact_request_answer(
        user=people["caseworker_b"], request=ContactRequest.objects.get(), decision="ignore"
    )
    assert not Notification.objects.filter(recipient=people["caseworker_a"]).exists()
    sign_in(client, people["caseworker_a"])
    page = parse(client.get(reverse("members:register_person", kwargs={"person_id": ours.pk})))
    assert "Waiting for an answer" in text(find(page, "section", id="discovery"))


def test_starting_a_referral_back_answers_and_opens_the_offer_form(client, people, asked):
    _ours, theirs, _answer = asked
    send(people, asked)
    request = ContactRequest.objects.get()
    sign_in(client, people["caseworker_b"])
    response = client.post(request_url(request), {"decision": "refer"})
    request.refresh_from_db()
    assert request.state == ContactState.ANSWERED
    assert response["Location"] == reverse(
        "members:register_share_new", kwargs={"person_id": theirs.pk}
    )


def test_the_asker_cannot_open_or_answer_the_request(client, people, asked):
    send(people, asked)
    request = ContactRequest.objects.get()
    sign_in(client, people["caseworker_a"])
    assert client.get(request_url(request)).status_code == 404
    assert client.post(request_url(request), {"decision": "refer"}).status_code == 404
    assert (
        "Agency B" not in client.get(reverse("members:register_contact_requests")).content.decode()
    )
    with pytest.raises(ContactRequest.DoesNotExist):
        discovery.contact_request_answer(
            user=people["caseworker_a"], request=request, decision="refer"
        )


def test_an_expired_request_cannot_be_answered(people, asked):
    send(people, asked)
    request = ContactRequest.objects.get()
    later = timezone.now() + datetime.timedelta(days=31)
    with (
        time_machine.travel(later),
        pytest.raises(ValidationError, match="already been answered or expired"),
    ):
        discovery.contact_request_answer(
            user=people["caseworker_b"], request=request, decision="decline"
        )
