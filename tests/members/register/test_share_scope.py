"""What a receiving agency sees of a shared person on the register's existing screens.

The matrix (test_relation_matrix) says who reaches which page; these tests say what the
pages show within a share's scope: the list and its filters, the name search, the person
page's sections, that nothing out of scope is even decrypted, what a recipient's movement
and note record, and that the list's queries do not grow with the number of shares.
"""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from members.register import case_file, selectors, services
from members.register.models import CaseNote, Movement
from members.register.views import people as people_views
from members.register.vocabulary import MovementKind, PersonStatus, SharePart
from tests.accounts import sign_in
from tests.html import find, find_all, links, parse, text, texts
from tests.members.register.factories import record_movement, record_person, share_person
from tests.members.register.screens import url
from tests.members.register.test_movement_views import movement_data

pytestmark = pytest.mark.django_db

REGISTER = reverse("members:register")
UNNAMED = "Person shared by Agency A"


def card_of(response, person):
    cards = [
        card
        for card in find_all(response, "li", class_="people-card")
        if url("register_person", person) in links(card)
    ]
    assert len(cards) == 1, f"{len(cards)} cards of {person}"
    return cards[0]


def facts(card) -> dict[str, str]:
    return dict(zip(texts(card, "dt"), texts(card, "dd"), strict=True))


@pytest.fixture
def shared(people):
    """Two people of A in Belgium: one shared with B with identity and movements, one with
    movements and notes but no identity."""
    worker = people["caseworker_a"]
    named = record_person(by=worker, family_names="Ionescu")
    unnamed = record_person(by=worker, family_names="Vasilescu")
    for person in (named, unnamed):
        record_movement(person, by=worker, kind=MovementKind.ARRIVED, to_country="BE")
    share_person(named, people["b"], scope=[SharePart.IDENTITY, SharePart.MOVEMENTS])
    share_person(unnamed, people["b"], scope=[SharePart.MOVEMENTS, SharePart.NOTES])
    return {"named": named, "unnamed": unnamed}


def test_the_list_names_only_people_whose_identity_is_shared(client, people, shared):
    sign_in(client, people["caseworker_b"])
    response = client.get(REGISTER)
    named, unnamed = card_of(response, shared["named"]), card_of(response, shared["unnamed"])
    assert text(find(named, "h3")) == "Ana Ionescu"
    assert "Born" in facts(named)
    assert text(find(unnamed, "h3")) == UNNAMED
    assert "Vasilescu" not in response.content.decode()
    assert set(facts(unnamed)) == {"Now in", "Status", "Last movement"}


def test_the_lists_whereabouts_and_filters_need_movements_in_scope(client, people):
    worker = people["caseworker_a"]
    person = record_person(by=worker, family_names="Georgescu")
    record_movement(person, by=worker, kind=MovementKind.ARRIVED, to_country="BE")
    share_person(person, people["b"], scope=[SharePart.IDENTITY])
    sign_in(client, people["caseworker_b"])

    card = card_of(client.get(REGISTER), person)
    assert set(facts(card)) == {"Born", "Citizenship"}
    # A filter on the country would tell where the person is: they are left out of it.
    assert not find_all(client.get(REGISTER, {"country": "BE"}), "li", class_="people-card")
    status = {"status": PersonStatus.NOT_SUPPORTED}
    assert not find_all(client.get(REGISTER, status), "li", class_="people-card")


def test_a_filter_keeps_shared_people_whose_movements_are_in_scope(client, people, shared):
    sign_in(client, people["caseworker_b"])
    response = client.get(REGISTER, {"country": "BE"})
    card_of(response, shared["named"])
    card_of(response, shared["unnamed"])
    assert not find_all(client.get(REGISTER, {"country": "NL"}), "li", class_="people-card")


def test_the_name_search_finds_a_shared_person_only_with_identity_in_scope(client, people, shared):
    sign_in(client, people["caseworker_b"])
    for family_names, found in (("Ionescu", shared["named"]), ("Vasilescu", None)):
        response = client.post(REGISTER, {"family_names": family_names, "birth_year": "1985"})
        cards = find_all(response, "li", class_="people-card")
        if found is None:
            assert cards == []
            assert "No one found." in text(parse(response))
        else:
            assert [links(card)[0] for card in cards] == [url("register_person", found)]


def test_nothing_out_of_scope_is_decrypted(client, people, shared, monkeypatch):
    """Without identity in scope the list and the page never open the identity or contact."""
    opened = []

    def spy(function):
        def opening(person):
            opened.append(person.pk)
            return function(person)

        return opening

    for module in (case_file, people_views):
        monkeypatch.setattr(module, "open_identity", spy(selectors.open_identity))
    monkeypatch.setattr(case_file, "open_contact", spy(selectors.open_contact))
    sign_in(client, people["caseworker_b"])

    client.get(REGISTER)
    assert opened == [shared["named"].pk]
    opened.clear()
    response = client.get(url("register_person", shared["unnamed"]))
    assert text(find(response, "h1")) == UNNAMED
    assert opened == []
    response = client.get(url("register_person", shared["named"]))
    assert text(find(response, "h1")) == "Ana Ionescu"
    assert opened == [shared["named"].pk, shared["named"].pk]


def test_the_person_page_shows_only_the_sections_in_scope(client, people, shared):
    worker = people["caseworker_a"]
    services.note_write(user=worker, person=shared["named"], body="Owner's note")
    sign_in(client, people["caseworker_b"])

    page = parse(client.get(url("register_person", shared["named"])))
    headings = texts(page, "h2")
    assert "Identity and contact" in headings
    assert "Movements and support" in headings
    assert "Case notes" not in headings
    assert "Sensitive section" not in headings
    assert "Owner's note" not in text(page)
    # Changing the identity and the history are the owner's.
    assert url("register_person_edit", shared["named"]) not in links(page)
    assert url("register_history", shared["named"]) not in links(page)

    page = parse(client.get(url("register_person", shared["unnamed"])))
    headings = texts(page, "h2")
    assert "Identity and contact" not in headings
    assert {"Movements and support", "Case notes"} <= set(headings)
    assert text(find(page, "span", aria_current="page")) == UNNAMED


def test_a_recipients_movement_and_note_are_recorded_as_its_own(client, people, shared):
    recipient = people["caseworker_b"]
    person = shared["unnamed"]
    sign_in(client, recipient)
    data = movement_data(kind=MovementKind.SUPPORT_STARTED, from_country="BE", to_country="RO")
    assert client.post(url("register_movement_new", person), data).status_code == 302
    note = {"intent": "write", "written_on": "2026-03-01", "body": "Seen in Cluj."}
    assert client.post(url("register_note_new", person), note).status_code == 302

    movement = Movement.objects.filter(person=person).latest("recorded_at")
    assert (movement.recording_agency, movement.recorded_by) == (people["b"], recipient)
    person.refresh_from_db()
    assert person.supported_by == people["b"]
    written = CaseNote.objects.get(person=person)
    assert (written.agency, written.author) == (people["b"], recipient)
    # The owner sees the recipient's note, and may correct it but not change it.
    sign_in(client, people["caseworker_a"])
    page = parse(client.get(url("register_person", person)))
    assert "Seen in Cluj." in text(find(page, "li", id=f"note-{written.pk}"))
    assert "Write a correction" in text(find(page, "li", id=f"note-{written.pk}"))


def test_a_revoked_consent_closes_the_person_on_the_next_request(client, people, shared):
    sign_in(client, people["caseworker_b"])
    person = shared["named"]
    assert client.get(url("register_person", person)).status_code == 200
    consent = person.shares.get().consent
    consent.revoked_at, consent.revoked_by = timezone.now(), people["caseworker_a"]
    consent.save()
    assert client.get(url("register_person", person)).status_code == 404
    assert url("register_person", person) not in links(parse(client.get(REGISTER)))


def test_the_lists_queries_do_not_grow_with_the_number_of_shares(
    client, people, django_assert_max_num_queries
):
    owner = people["caseworker_a"]
    record_person(by=people["caseworker_b"], family_names="Ofagencyb")

    def share_more(count, scope):
        for _ in range(count):
            person = record_person(by=owner)
            record_movement(person, by=owner)
            share_person(person, people["b"], scope=scope)

    share_more(1, [SharePart.IDENTITY])
    share_more(1, [SharePart.MOVEMENTS])
    sign_in(client, people["caseworker_b"])
    client.get(REGISTER)  # warm the session
    with CaptureQueriesContext(connection) as few:
        assert client.get(REGISTER).status_code == 200
    share_more(15, [SharePart.IDENTITY])
    share_more(15, [SharePart.MOVEMENTS, SharePart.NOTES])
    with CaptureQueriesContext(connection) as many:
        response = client.get(REGISTER)
    assert len(many) == len(few), [query["sql"] for query in many]
    with django_assert_max_num_queries(22):
        client.get(REGISTER, {"country": "BE"})
    assert len(find_all(response, "li", class_="people-card")) == 25
