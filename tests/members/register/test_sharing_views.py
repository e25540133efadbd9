"""The sharing screens: the offer with its consent, the inbox and outbox, ending access."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from members.notifications.models import Notification
from members.register.models import Consent, Referral, Share
from tests.accounts import sign_in
from tests.html import attributes, find, find_all, parse, text
from tests.members.register.factories import offer_referral, record_person
from tests.members.register.screens import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(people):
    return record_person(by=people["caseworker_a"], given_names="Ionela", family_names="Vasilescu")


def offer_data(people, **changes) -> dict:
    today = timezone.localdate()
    data = {
        "to_agency": people["b"].pk,
        "kind": "referral",
        "purpose": "continued-support",
        "scope": ["identity", "movements"],
        "message": "Arrives in Cluj next week; speaks Romanian.",
        "method": "signed-form",
        "given_by": "person",
        "given_on": today.isoformat(),
        "valid_until": (today + datetime.timedelta(days=90)).isoformat(),
        "legal_article": "",
        "witness": "",
    }
    return data | changes


def test_the_owner_sees_the_share_action_and_the_form_leaves_sensitive_unticked(
    client, people, person
):
    sign_in(client, people["caseworker_a"])
    page = parse(client.get(url("register_person", person)))
    link = find(page, "a", href=url("register_share_new", person))
    assert text(link) == "Share with another agency"
    # The password again before the form.
    asked = client.get(url("register_share_new", person))
    assert asked["Location"].startswith(reverse("account_reauthenticate"))
    sign_in(client, people["caseworker_a"], recently=True)
    form = parse(client.get(url("register_share_new", person)))
    ticked = {
        attributes(box)["value"] for box in find_all(form, "input", type="checkbox", checked=True)
    }
    assert ticked == {"identity", "movements"}
    agencies = [
        text(option) for option in find_all(find(form, "select", name="to_agency"), "option")
    ]
    assert "Agency B (Cluj, Romania)" in agencies
    assert not any(option.startswith("Agency A") for option in agencies)


def test_sending_an_offer_asks_for_the_password_again(client, people, person):
    sign_in(client, people["caseworker_a"])
    response = client.post(url("register_share_new", person), offer_data(people))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert not Referral.objects.exists() and not Consent.objects.exists()


def test_an_offer_and_its_consent_are_sent_together(client, people, person):
    sign_in(client, people["caseworker_a"], recently=True)
    response = client.post(url("register_share_new", person), offer_data(people))
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert referral.consent.recipient == people["b"]
    assert (referral.with_identity, referral.with_sensitive) == (True, False)
    page = parse(client.get(response["Location"]))
    ledger = find(page, "section", id="sharing")
    assert "Offered (Referral)" in text(ledger)


def test_a_refused_offer_keeps_no_consent_and_says_why(client, people, person):
    sign_in(client, people["caseworker_a"], recently=True)
    data = offer_data(people, method="legal-basis", legal_article="")
    response = client.post(url("register_share_new", person), data)
    assert response.status_code == 200
    assert "Name the legal basis" in text(find(parse(response), "div", id="error-summary"))
    # Keeping access after the offer is for a transfer only.
    response = client.post(url("register_share_new", person), offer_data(people, keep=["notes"]))
    assert "Keeping access is only for a transfer" in text(
        find(parse(response), "div", id="error-summary")
    )
    assert not Consent.objects.exists() and not Referral.objects.exists()


def test_a_receiving_agency_cannot_offer_the_record_on(client, people, person):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    sign_in(client, people["caseworker_b"], recently=True)
    client.post(reverse("members:register_referral_accept", args=[referral.pk]))
    assert client.get(url("register_person", person)).status_code == 200
    page = parse(client.get(url("register_person", person)))
    assert find_all(page, "a", href=url("register_share_new", person)) == []
    assert client.get(url("register_share_new", person)).status_code == 404


def test_the_inbox_shows_offers_without_the_person(client, people, person):
    offer_referral(
        person, by=people["caseworker_a"], to=people["b"], message="Needs a *bed* on arrival"
    )
    sign_in(client, people["caseworker_b"])
    response = client.get(reverse("members:register_inbox"))
    page = parse(response)
    assert text(find(page, "h3")) == "Referral from Agency A"
    assert text(find(page, "em")) == "bed"
    assert "Vasilescu" not in response.text and "Ionela" not in response.text
    assert "Continuing support in another place" in text(page)


def test_accepting_then_revoking_consent_ends_access_on_the_next_request(client, people, person):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    sign_in(client, people["caseworker_b"], recently=True)
    assert client.get(url("register_person", person)).status_code == 404
    response = client.post(reverse("members:register_referral_accept", args=[referral.pk]))
    assert response["Location"] == url("register_person", person)
    assert client.get(url("register_person", person)).status_code == 200
    owner = client.__class__()
    sign_in(owner, people["caseworker_a"], recently=True)
    revoke = url("register_consent_revoke", person, consent_id=referral.consent_id)
    assert owner.post(revoke).status_code == 302
    assert client.get(url("register_person", person)).status_code == 404


def test_declining_from_the_inbox_tells_the_sender(client, people, person):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    sign_in(client, people["caseworker_b"])
    decline = reverse("members:register_referral_decline", args=[referral.pk])
    client.post(decline, {})
    assert Referral.objects.get().state == "pending"  # no reason, no answer
    client.post(decline, {"reason": "no-capacity"})
    assert Referral.objects.get().state == "declined"
    assert Notification.objects.filter(recipient=people["caseworker_a"]).count() == 1


def test_the_recipient_ends_a_share_from_the_person_page(client, people, person):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    sign_in(client, people["caseworker_b"], recently=True)
    client.post(reverse("members:register_referral_accept", args=[referral.pk]))
    share = Share.objects.get()
    page = parse(client.get(url("register_person", person)))
    end = url("register_share_end", person, share_id=share.pk)
    find(page, "form", action=end)
    assert client.post(end)["Location"] == reverse("members:register_inbox")
    assert client.get(url("register_person", person)).status_code == 404


def test_the_outbox_lists_offers_with_their_state(client, people, person):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    sign_in(client, people["admin_a"])
    page = parse(client.get(reverse("members:register_outbox")))
    assert "Waiting for an answer" in text(find(page, "tbody"))
    client.post(reverse("members:register_referral_withdraw", args=[referral.pk]))
    page = parse(client.get(reverse("members:register_outbox")))
    assert "Withdrawn" in text(find(page, "tbody"))
    assert (
        find_all(
            page, "form", action=reverse("members:register_referral_withdraw", args=[referral.pk])
        )
        == []
    )
