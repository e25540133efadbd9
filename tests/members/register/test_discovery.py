"""Discovery without disclosure: a lookup tells at most the country of an agency that may
know a person, the same way whether it matched or not; contact requests follow.

The threat model these tests stand for is in docs/register.md ("Discovery: what an
attacker with a member account can and cannot learn").
"""

import re

import pytest
import time_machine

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from members.agencies.models import AgencyRole, AuditAction
from members.register import discovery
from members.register.models import DiscoveryLookup, Person
from members.register.records import BirthDate
from network_site.core.padding import padded
from tests.accounts import sign_in
from tests.html import find, find_all, parse, text
from tests.members.factories import MembershipFactory, PersonFactory
from tests.members.register.factories import record_person
from tests.members.register.screens import audit_rows, described
from tests.members.register.test_record_person import valid_record

pytestmark = pytest.mark.django_db

BIRTH = BirthDate(1979, 11, 2)


def known(by, family="Marinescu", **fields):
    fields = {"given_names": "Elena", "birth": BIRTH} | fields
    return record_person(by=by, family_names=family, **fields)


@pytest.fixture
def asker(people):
    return people["caseworker_a"]


@pytest.fixture
def matched(people, asker):
    """A person of agency A (Belgium) known to agency B (Romania) under the same name."""
    theirs = known(people["caseworker_b"])
    return known(asker), theirs


def lookup_url(person) -> str:
    return reverse("members:register_discovery", kwargs={"person_id": person.pk})


# --- What a lookup answers -------------------------------------------------------------


def test_a_lookup_answers_the_country_of_an_agency_that_knows_the_person(asker, matched):
    ours, _theirs = matched
    answer = discovery.discovery_lookup(user=asker, person=ours)
    assert answer.countries == ("RO",)
    assert answer.country_names == ["Romania"]


def test_no_match_answers_no_country(asker):
    assert discovery.discovery_lookup(user=asker, person=known(asker, "Unmatched")).countries == ()


def test_the_own_agency_and_sound_alikes_do_not_count(people, asker):
    ours = known(asker)
    known(people["admin_a"])  # the same name in the asker's own agency
    known(people["caseworker_b"], "Marinesco")  # sounds the same, same birth: not the same
    known(people["caseworker_b"], birth=BirthDate(1979))  # the year only: not the same
    assert discovery.discovery_lookup(user=asker, person=ours).countries == ()


def test_only_the_owning_agency_may_ask(client, people, matched):
    ours, _theirs = matched
    with pytest.raises(Person.DoesNotExist):
        discovery.discovery_lookup(user=people["caseworker_b"], person=ours)
    sign_in(client, people["caseworker_b"])
    assert client.post(lookup_url(ours)).status_code == 404
    assert not DiscoveryLookup.objects.exists()


def test_a_lookup_is_audited_on_both_sides(
    people, asker, matched, django_capture_on_commit_callbacks
):
    ours, theirs = matched
    with (
        audit_rows(people["a"]) as asked,
        audit_rows(people["b"]) as answered,
        django_capture_on_commit_callbacks(execute=True),
    ):
        answer = discovery.discovery_lookup(user=asker, person=ours)
    assert described(asked) == [(AuditAction.DISCOVERY_LOOKUP, ours.pk, "", str(answer.lookup_id))]
    assert described(answered) == [(AuditAction.DISCOVERY_MATCH, theirs.pk, "", "asked from BE")]
    assert answered[0].actor == asker


def test_a_lookup_without_a_match_writes_nothing_elsewhere(
    people, asker, django_capture_on_commit_callbacks
):
    with audit_rows(people["b"]) as answered, django_capture_on_commit_callbacks(execute=True):
        discovery.discovery_lookup(user=asker, person=known(asker, "Unmatched"))
    assert answered == []


# --- The same answer, whatever it found --------------------------------------------------

NONCE = re.compile(r"nonce-[A-Za-z0-9+/=_-]+|nonce=\"[^\"]*\"")


def _normalised_headers(response) -> dict:
    # The length differs by the sentence only (checked apart). Date and Expires carry the
    # moment of the response (``never_cache`` sets Expires to now): two responses may fall
    # on either side of a second, whatever they answer.
    headers = {
        name: value
        for name, value in response.headers.items()
        if name not in ("Date", "Expires", "Content-Length")
    }
    return {name: NONCE.sub("nonce", value) for name, value in headers.items()}


def _page_without_the_answer(response, person) -> str:
    page = parse(response)
    sentence = find(page, "p", id="discovery-answer")
    sentence.children = []
    for element in _walk(page):
        if "nonce" in element.attributes:
            element.attributes["nonce"] = "nonce"
        if element.attributes.get("name") == "csrfmiddlewaretoken":
            element.attributes["value"] = "token"
    return str(page).replace(str(person.pk), "PERSON")


def _walk(element):
    for child in getattr(element, "children", []):
        if not isinstance(child, str):
            yield child
            yield from _walk(child)


def test_match_and_no_match_answer_with_the_same_page_but_for_the_sentence(
    client, people, asker, matched
):
    ours, _theirs = matched
    lonely = known(asker, "Unmatched")
    sign_in(client, asker)
    client.post(lookup_url(lonely))  # warm the session and the caches
    with CaptureQueriesContext(connection) as nothing_queries:
        nothing = client.post(lookup_url(lonely))
    with CaptureQueriesContext(connection) as found_queries:
        found = client.post(lookup_url(ours))
    assert nothing.status_code == found.status_code == 200
    assert _normalised_headers(nothing) == _normalised_headers(found)
    assert _page_without_the_answer(nothing, lonely) == _page_without_the_answer(found, ours)
    assert len(nothing_queries) == len(found_queries)
    # The sentences: a country, or none; never the agency, a name, a city or a count.
    assert text(find(parse(nothing), "p", id="discovery-answer")) == (
        "No agency elsewhere in the network seems to know this person."
    )
    sentence = find(parse(found), "p", id="discovery-answer")
    assert text(sentence) == (
        "An agency in Romania may already support this person. Send a contact request"
    )
    # The only difference in size is the sentence's.
    sentences = [
        re.search(rb'<p class="discovery-answer".*?</p>', response.content, re.S).group()
        for response in (nothing, found)
    ]
    assert len(found.content) - len(nothing.content) == len(sentences[1]) - len(sentences[0])
    page = found.content.decode()
    for secret in ("Agency B", "Cluj", "Marinescu", "Elena", str(_theirs.pk), str(people["b"].pk)):
        assert secret not in page


def test_several_matching_agencies_take_the_same_queries_as_one(
    people, asker, matched, django_assert_num_queries
):
    ours, _theirs = matched
    other = known(asker, "Constantin")
    known(people["caseworker_b"], "Constantin")
    ghent = PersonFactory(username="ghent")
    MembershipFactory(user=ghent, agency=people["hidden"], role=AgencyRole.CASEWORKER)
    known(ghent)  # a second agency (in Belgium) knows the first person
    discovery.discovery_lookup(user=asker, person=other)  # warm the caches
    with CaptureQueriesContext(connection) as one:
        assert discovery.discovery_lookup(user=asker, person=other).countries == ("RO",)
    with django_assert_num_queries(len(one)):
        assert discovery.discovery_lookup(user=asker, person=ours).countries == ("BE", "RO")


class FakeClock:
    """A monotonic clock that moves ``tick`` a reading (work) and as long as asked to wait."""

    def __init__(self, tick=0.01):
        self.now, self.tick, self.waits = 100.0, tick, []

    def __call__(self) -> float:
        self.now += self.tick
        return self.now

    def wait(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def test_the_padding_waits_until_its_deadline():
    fake = FakeClock()
    with padded(0.5, clock=fake, wait=fake.wait):
        fake.now += 0.2  # the work
    assert fake.now == pytest.approx(100.0 + 0.01 + 0.5)
    assert fake.waits == [pytest.approx(0.5 - 0.2 - 0.01)]


def test_the_padding_never_waits_past_its_deadline_nor_hides_an_error():
    fake = FakeClock()
    with padded(0.5, clock=fake, wait=fake.wait):
        fake.now += 0.8
    assert fake.waits == []
    with pytest.raises(ValueError), padded(0.5, clock=fake, wait=fake.wait):
        raise ValueError
    assert len(fake.waits) == 1


def test_every_lookup_takes_the_same_time_on_the_server(
    people, asker, matched, settings, monkeypatch
):
    ours, _theirs = matched
    lonely = known(asker, "Unmatched")
    settings.REGISTER_DISCOVERY_SECONDS = 0.5
    durations = []
    for person in (lonely, ours):
        fake = FakeClock()
        monkeypatch.setattr(discovery, "clock", fake)
        monkeypatch.setattr(discovery, "wait", fake.wait)
        start = fake.now
        discovery.discovery_lookup(user=asker, person=person)
        durations.append(fake.now - start)
        assert len(fake.waits) == 1
    assert durations[0] == pytest.approx(durations[1]) == pytest.approx(0.5 + 0.01)


# --- Limits -----------------------------------------------------------------------------


def test_a_person_may_ask_30_times_an_hour(client, people, asker):
    person = known(asker, "Unmatched")
    sign_in(client, asker)
    for _ in range(30):
        assert client.post(lookup_url(person)).status_code == 200
    with audit_rows(people["a"]) as rows:
        refused = client.post(lookup_url(person))
    assert refused.status_code == 429
    assert text(find(parse(refused), "p", role="alert")) == (
        "You have asked 30 times in the last hour. Please try again later."
    )
    assert not find_answer(refused)
    assert rows == []
    assert DiscoveryLookup.objects.filter(person=person).count() == 30
    # A colleague still may.
    assert discovery.discovery_lookup(user=people["admin_a"], person=person).countries == ()


def find_answer(response):
    return find_all(parse(response), "p", id="discovery-answer")


def test_an_agency_has_a_limit_of_its_own(people, asker, monkeypatch):
    monkeypatch.setattr(discovery, "PER_AGENCY_PER_HOUR", 3)
    person = known(asker, "Unmatched")
    for user in (asker, people["admin_a"], asker):
        discovery.discovery_lookup(user=user, person=person)
    with pytest.raises(discovery.DiscoveryLimitReached, match="Your agency has asked too often"):
        discovery.discovery_lookup(user=people["admin_a"], person=person)
    assert (
        discovery.discovery_lookup(
            user=people["caseworker_b"], person=known(people["caseworker_b"], "Other")
        ).countries
        == ()
    )


def test_the_limits_reset_after_an_hour(asker):
    person = known(asker, "Unmatched")
    with time_machine.travel("2026-03-02 10:00", tick=False):
        for _ in range(30):
            discovery.discovery_lookup(user=asker, person=person)
        with pytest.raises(discovery.DiscoveryLimitReached):
            discovery.discovery_lookup(user=asker, person=person)
    with time_machine.travel("2026-03-02 11:00", tick=False):
        discovery.discovery_lookup(user=asker, person=person)


# --- When a person is recorded -------------------------------------------------------------


def test_recording_a_person_asks_at_once_and_the_record_shows_the_answer(client, people, asker):
    known(people["caseworker_b"], "Kovacs")
    sign_in(client, asker)
    data = valid_record(
        family_names="Kovacs",
        given_names="Elena",
        birth_year="1979",
        birth_month="11",
        birth_day="2",
    )
    response = client.post(reverse("members:register_person_new"), data)
    assert response.status_code == 302
    person = Person.objects.get(agency=people["a"], created_by=asker)
    page = parse(client.get(response["Location"]))
    panel = find(page, "section", id="discovery")
    assert "An agency in Romania may already support this person." in text(panel)
    assert DiscoveryLookup.objects.filter(person=person).count() == 1
