"""Register data never appears elsewhere: not in the Django admin or Wagtail, not in the
search index, and never in logs, e-mails, notifications, caches, sessions, the audit
trail or error reports.

The canary tests record a person whose every field is an unusual word (a canary), run
one flow of the register (``FLOWS``) with every log line written at DEBUG through the
configured handlers, formatters and privacy filter, and then look for the canaries,
in any case and in base64 or hex, everywhere a copy could end up. To cover a new
screen, add a flow: a function of a ``Stage`` decorated with ``@flow``; whatever
the flow shows someone (a page, an error report), it adds to ``stage.shown``.
"""

import base64
import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import get_resolver, reverse
from django.utils import timezone
from django.views.debug import get_exception_reporter_class

from wagtail import hooks
from wagtail.admin.viewsets import viewsets as wagtail_viewsets
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.models import ReferenceIndex
from wagtail.search import index
from wagtail.snippets.models import get_snippet_models

from members.agencies.models import AuditEvent
from members.notifications.models import Notification
from members.register import selectors, services
from members.register.models import ContactRequest, DiscoveryLookup, Person, Referral
from members.register.records import BirthDate, Contact, Identity, Sensitive
from members.register.views import people as people_views
from members.register.vocabulary import (
    ChangeReason,
    LegalBasis,
    MovementKind,
    MovementSource,
    RevealReason,
    SharePart,
)
from network_site.core.log_privacy import MESSAGE_WITHHELD
from tests.accounts import sign_in
from tests.logs import configured_log_lines
from tests.members.register.factories import share_person
from tests.members.register.test_movement_views import movement_data
from tests.members.register.test_record_person import valid_record

REGISTER_MODELS = set(apps.get_app_config("register").get_models())


# --- Not in the admins, not in the search index ----------------------------------------


def _wagtail_viewset_models() -> set:
    """The models of every admin viewset Wagtail knows, from its hooks and its registry."""
    assert get_resolver().url_patterns  # the admin's URLs populate Wagtail's registry
    found = list(wagtail_viewsets.viewsets)
    for make in hooks.get_hooks("register_admin_viewset"):
        made = make()
        found += made if isinstance(made, list | tuple) else [made]
    while any(isinstance(viewset, ViewSetGroup) for viewset in found):
        found = [
            item
            for viewset in found
            for item in (viewset.registerables if isinstance(viewset, ViewSetGroup) else [viewset])
        ]
    models = {getattr(viewset, "model", None) for viewset in found}
    return {apps.get_model(model) if isinstance(model, str) else model for model in models}


def test_the_register_has_models_to_keep_apart():
    assert {model.__name__ for model in REGISTER_MODELS} >= {"Person", "Movement", "CaseNote"}


def test_no_register_model_is_in_the_django_admin():
    """The site has no Django admin today; should it get one, never for the register."""
    installed = apps.is_installed("django.contrib.admin")
    assert not REGISTER_MODELS & (set(admin.site._registry) if installed else set())


def test_wagtail_knows_no_register_model():
    assert not REGISTER_MODELS & set(get_snippet_models())
    assert not REGISTER_MODELS & _wagtail_viewset_models()
    assert not any(ReferenceIndex.is_indexed(model) for model in REGISTER_MODELS)


def test_nothing_of_the_register_is_in_the_search_index():
    assert not REGISTER_MODELS & set(index.get_indexed_models())
    assert not any(index.class_is_indexed(model) for model in REGISTER_MODELS)


# --- Canaries -----------------------------------------------------------------------------

CANARY = {
    "family": "Zqxcanaryfamily",
    "given": "Wyvcanarygiven",
    "other": "Jkqcanaryothername",
    "phone": "Phqcanaryphone",
    "email": "mlqcanarymail@example.org",
    "whereabouts": "Wbqcanarywhere",
    "health": "Hlqcanaryhealth",
    "community": "Cmqcanarycommunity",
    "sensitive_other": "Oxqcanarysensitive",
    "movement_note": "Mvqcanarymovementnote",
    "note": "Ntqcanarycasenote",
    "typed": "Tyqcanarytyped",
    "message": "Rfqcanaryreferralmessage",
}
BIRTH = BirthDate(1983, 7, 19)


def _forms(canary: str) -> list[str]:
    """How a canary may look once written somewhere: as is, base64 (any alignment), hex."""
    forms = [canary.casefold()]
    raw = canary.encode()
    for shift in range(3):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            encoded = encode(b"\0" * shift + raw).decode()
            forms.append(encoded[4:-4])  # the characters the neighbours cannot change
    forms.append(raw.hex())
    return forms


def leaked(texts: list[str], only: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(canary, text) for every canary (or every one named in ``only``) found in ``texts``."""
    found = []
    canaries = [CANARY[name] for name in only] if only else list(CANARY.values())
    for text in texts:
        folded = text.casefold()
        for canary in canaries:
            if any(form in text or form in folded for form in _forms(canary)):
                found.append((canary, text[:300]))
    return found


def _as_text(value) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        return f"{data.decode('latin-1')} {data.decode('utf-16-le', 'replace')}"
    return str(value)


def _cache_entries() -> Iterator[str]:
    for alias in settings.CACHES:
        store = getattr(caches[alias], "_cache", {})
        for key, value in list(store.items()):
            yield f"{key} {_as_text(value)}"


def _everywhere_else(client: Client) -> Iterator[str]:
    """Every place outside the register where a copy of its data could end up."""
    for message in getattr(mail, "outbox", []):
        yield message.message().as_string()
    for notification in Notification.objects.all():
        yield f"{notification.title} {notification.body} {notification.link}"
    yield from _cache_entries()
    for session in Session.objects.all():
        yield repr(session.get_decoded())
    for cookie in client.cookies.values():
        yield cookie.OutputString()
    for event in AuditEvent.objects.all():
        yield f"{event.action} {event.reason} {event.detail}"


@dataclass
class Stage:
    """What a flow works with: the ``people`` fixture, the signed-in caseworker of agency
    A (``worker``, also ``client``), the canary person, and what the flow showed."""

    people: dict
    client: Client
    person: Person
    monkeypatch: pytest.MonkeyPatch
    shown: list[str] = field(default_factory=list)

    @property
    def worker(self):
        return self.people["caseworker_a"]


FLOWS: list[Callable[[Stage], None]] = []


def flow(function: Callable[[Stage], None]) -> Callable[[Stage], None]:
    """Add a flow to those every canary test runs."""
    FLOWS.append(function)
    return function


def record_canary_person(worker) -> Person:
    return services.person_record(
        user=worker,
        agency=worker.memberships.get().agency,
        identity=Identity(CANARY["given"], CANARY["family"], BIRTH, (CANARY["other"],)),
        contact=Contact(CANARY["phone"], CANARY["email"], CANARY["whereabouts"]),
        sensitive=Sensitive(CANARY["health"], CANARY["community"], CANARY["sensitive_other"]),
        citizenship="RO",
        legal_basis=LegalBasis.CONSENT,
        legal_basis_on=datetime.date(2026, 1, 5),
    )


@flow
def recording_and_the_duplicate_check(stage: Stage) -> None:
    identity = Identity(CANARY["given"], CANARY["family"], BirthDate(1983))
    matches = services.person_duplicate_check(
        user=stage.worker, agency=stage.person.agency, identity=identity
    )
    assert [person.pk for person in matches] == [stage.person.pk]


@flow
def changing_identity_and_contact(stage: Stage) -> None:
    services.person_change(
        user=stage.worker,
        person=stage.person,
        reason=ChangeReason.DOCUMENTS_SEEN,
        identity=Identity(CANARY["given"], f"{CANARY['family']}-{CANARY['other']}", BIRTH),
        contact=Contact(email=CANARY["email"]),
        sex="female",
        citizenship="RO",
        languages=["ro"],
        support_needs=["housing"],
        legal_basis=LegalBasis.CONSENT,
        legal_basis_on=datetime.date(2026, 1, 5),
    )


@flow
def opening_and_changing_the_sensitive_section(stage: Stage) -> None:
    opened = services.sensitive_reveal(
        user=stage.worker, person=stage.person, reason=RevealReason.SUPPORT_PLANNING
    )
    assert opened.health == CANARY["health"]
    services.sensitive_change(
        user=stage.worker,
        person=stage.person,
        sensitive=Sensitive(other=f"{CANARY['sensitive_other']} and {CANARY['health']}"),
        reason=RevealReason.SUPPORT_PLANNING,
    )


@flow
def movements_with_notes_and_a_correction(stage: Stage) -> None:
    arrival = services.movement_record(
        user=stage.worker,
        person=stage.person,
        kind=MovementKind.ARRIVED,
        date=datetime.date(2026, 2, 1),
        from_country="RO",
        to_country="BE",
        source=MovementSource.SELF_REPORTED,
        note=f"Came with {CANARY['given']}: {CANARY['movement_note']}",
    )
    services.movement_record(
        user=stage.worker,
        person=stage.person,
        kind=MovementKind.ARRIVED,
        date=datetime.date(2026, 1, 20),
        from_country="RO",
        to_country="BE",
        source=MovementSource.CONFIRMED,
        note=f"Corrected: {CANARY['movement_note']}",
        supersedes=arrival,
    )


@flow
def case_notes_written_changed_and_corrected(stage: Stage) -> None:
    note = services.note_write(
        user=stage.worker, person=stage.person, body=f"Met **{CANARY['given']}**."
    )
    services.note_change(user=stage.worker, note=note, body=f"{CANARY['note']} at the centre.")
    services.note_write(
        user=stage.worker, person=stage.person, body=f"*{CANARY['note']}*", supersedes=note
    )


@flow
def reading_the_record_back(stage: Stage) -> None:
    person = selectors.visible_person(stage.worker, stage.person.pk)
    assert selectors.open_identity(person).family_names == CANARY["family"]
    assert selectors.open_contact(person).phone == CANARY["phone"]
    services.register_read_record(user=stage.worker, action="person.view", person=person)
    selectors.timeline(stage.worker, person)
    selectors.notes_of(stage.worker, person)


@flow
def every_register_screen_through_the_browser_s_eyes(stage: Stage) -> None:
    """Each screen a caseworker uses, read and sent with the canary person's data.

    What the pages show the caseworker is their purpose (not kept in ``shown``); what
    must stay clean is everything else: logs, mail, notifications, caches, sessions.
    """
    client, person = stage.client, stage.person
    movement = services.movement_record(
        user=stage.worker,
        person=person,
        kind="arrived",
        date=datetime.date(2026, 2, 1),
        to_country="BE",
        source="self-reported",
        note=CANARY["movement_note"],
    )
    note = services.note_write(user=stage.worker, person=person, body=CANARY["note"])
    at = {"person_id": person.pk}
    requests = [
        ("get", reverse("members:register"), None),
        (
            "post",
            reverse("members:register"),
            {"family_names": CANARY["family"], "birth_year": "1983"},
        ),
        ("get", reverse("members:register_person", kwargs=at), None),
        ("get", reverse("members:register_person_edit", kwargs=at), None),
        (
            "post",
            reverse("members:register_person_edit", kwargs=at),
            valid_record(
                family_names=CANARY["family"],
                given_names=CANARY["given"],
                phone=CANARY["phone"],
                reason=ChangeReason.CORRECTION,
            ),
        ),
        (
            "post",
            reverse("members:register_sensitive", kwargs=at),
            {"reason": RevealReason.SAFEGUARDING},
        ),
        (
            "post",
            reverse("members:register_sensitive_edit", kwargs=at),
            {
                "reason": RevealReason.SAFEGUARDING,
                "health": CANARY["health"],
                "community": "",
                "other": "",
            },
        ),
        ("get", reverse("members:register_history", kwargs=at), None),
        (
            "post",
            reverse("members:register_movement_new", kwargs=at),
            movement_data(note=CANARY["movement_note"]),
        ),
        (
            "get",
            reverse("members:register_movement_correct", kwargs=at | {"movement_id": movement.pk}),
            None,
        ),
        (
            "post",
            reverse("members:register_movement_correct", kwargs=at | {"movement_id": movement.pk}),
            movement_data(to_country="NL", note=CANARY["movement_note"]),
        ),
        (
            "post",
            reverse("members:register_note_new", kwargs=at),
            {"intent": "write", "written_on": "2026-03-01", "body": CANARY["note"]},
        ),
        ("get", reverse("members:register_note_edit", kwargs=at | {"note_id": note.pk}), None),
        (
            "post",
            reverse("members:register_note_edit", kwargs=at | {"note_id": note.pk}),
            {"intent": "change", "body": CANARY["note"] + " again"},
        ),
        (
            "post",
            reverse("members:register_person_new"),
            valid_record(
                family_names=CANARY["family"], given_names=CANARY["given"], birth_year="1983"
            ),
        ),
    ]
    for method, address, data in requests:
        response = client.get(address) if method == "get" else client.post(address, data)
        assert response.status_code in (200, 302), f"{method} {address}: {response.status_code}"
        assert not any(
            form in response.get("Location", "").casefold() for form in _forms(CANARY["family"])
        )


# --- Through a share (issue 15) ---
IDENTITY_AND_SENSITIVE = (
    "family",
    "given",
    "other",
    "phone",
    "email",
    "whereabouts",
    "health",
    "community",
    "sensitive_other",
)


@flow
def a_receiving_agency_reads_and_writes_through_a_share(stage: Stage) -> None:
    """Agency B's caseworker, first through a share without identity or sensitive section
    (whose pages must show neither), then with every part in scope."""
    person, recipient = stage.person, stage.people["caseworker_b"]
    client = Client()
    sign_in(client, recipient)
    at = {"person_id": person.pk}
    share = share_person(person, stage.people["b"], scope=[SharePart.MOVEMENTS, SharePart.NOTES])
    pages = [
        client.get(reverse("members:register")),
        client.get(reverse("members:register_person", kwargs=at)),
        client.post(
            reverse("members:register_movement_new", kwargs=at),
            movement_data(note=CANARY["movement_note"]),
        ),
        client.post(
            reverse("members:register_note_new", kwargs=at),
            {"intent": "write", "written_on": "2026-03-01", "body": CANARY["note"]},
        ),
        client.get(reverse("members:register_person", kwargs=at)),
    ]
    assert [page.status_code for page in pages] == [200, 200, 302, 302, 200]
    assert leaked([page.content.decode() for page in pages], only=IDENTITY_AND_SENSITIVE) == []
    share.ended_at = share.starts_at
    share.save()
    share_person(person, stage.people["b"], scope=SharePart.values)
    for method, address, data in [
        ("get", reverse("members:register_person", kwargs=at), None),
        ("post", reverse("members:register_sensitive", kwargs=at), {"reason": "safeguarding"}),
        (
            "post",
            reverse("members:register"),
            {"family_names": CANARY["family"], "birth_year": "1983"},
        ),
    ]:
        response = client.get(address) if method == "get" else client.post(address, data)
        assert response.status_code == 200, f"{method} {address}: {response.status_code}"


@flow
def register_pages_with_names_typed_into_them(stage: Stage) -> None:
    """Names typed into a register address or its query string, or posted to it."""
    person_page = reverse("members:register_person", args=[stage.person.pk])
    # The list shows the caseworker their people (the canary person among them): only
    # the words typed into its query string must not come back.
    listed = stage.client.get(f"{reverse('members:register')}?name={CANARY['typed']}")
    assert not leaked([listed.content.decode()], only=("typed",))
    for address in (
        f"{reverse('members:register')}{CANARY['family']}/",
        f"{person_page}{CANARY['typed']}/?given={CANARY['given']}",
    ):
        stage.shown.append(stage.client.get(address).content.decode())
    # The person's own page and a form sent back with its errors show the caseworker
    # what they may see; what matters there is that nothing else keeps it.
    stage.client.get(person_page)
    posted = {"family_names": CANARY["family"], "given_names": CANARY["given"]}
    stage.client.post(reverse("members:register_person_new"), posted)


@flow
def referring_accepting_and_revoking(stage: Stage) -> None:
    """Sharing (issue 15): an offer whose message carries canaries, through the screens of
    both agencies. Notifications, mail and logs name the agencies, never the person."""
    at = {"person_id": stage.person.pk}
    today = timezone.localdate()
    sign_in(stage.client, stage.worker, recently=True)
    offered = stage.client.post(
        reverse("members:register_share_new", kwargs=at),
        {
            "to_agency": stage.people["b"].pk,
            "kind": "referral",
            "purpose": "continued-support",
            "scope": ["identity", "movements"],
            "message": f"{CANARY['message']} about {CANARY['given']} {CANARY['family']}",
            "method": "signed-form",
            "given_by": "person",
            "given_on": today.isoformat(),
            "valid_until": (today + datetime.timedelta(days=60)).isoformat(),
        },
    )
    assert offered.status_code == 302, offered.status_code
    referral = Referral.objects.get(person=stage.person)
    receiver = Client()
    sign_in(receiver, stage.people["caseworker_b"], recently=True)
    # The inbox shows B the message (its purpose), and nothing else keeps it.
    assert receiver.get(reverse("members:register_inbox")).status_code == 200
    accept = reverse("members:register_referral_accept", args=[referral.pk])
    assert receiver.post(accept).status_code == 302
    assert receiver.get(reverse("members:register_person", kwargs=at)).status_code == 200
    assert stage.client.get(reverse("members:register_outbox")).status_code == 200
    assert stage.client.get(reverse("members:register_person", kwargs=at)).status_code == 200
    revoke = reverse(
        "members:register_consent_revoke", kwargs=at | {"consent_id": referral.consent_id}
    )
    assert stage.client.post(revoke).status_code == 302
    assert receiver.get(reverse("members:register_person", kwargs=at)).status_code == 404
    assert Notification.objects.filter(kind="referrals").count() >= 2


# Discovery and contact requests (issue 15): the canary person is known to agency B under
# the same name; A asks, sends a contact request whose message carries a canary, and B
# reads it, declines, and A is told. Nothing of it leaves the register, notifications
# included (they name a country, never the person).
@flow
def discovery_and_a_contact_request(stage: Stage) -> None:
    worker_b = stage.people["caseworker_b"]
    theirs = services.person_record(
        user=worker_b,
        agency=stage.people["b"],
        identity=Identity(CANARY["given"], CANARY["family"], BIRTH),
        legal_basis=LegalBasis.CONSENT,
        legal_basis_on=datetime.date(2026, 1, 5),
    )
    lookup_url = reverse("members:register_discovery", kwargs={"person_id": stage.person.pk})
    answer_page = stage.client.post(lookup_url)
    assert "An agency in Romania may already support this person." in answer_page.content.decode()
    stage.shown.append(answer_page.content.decode())
    lookup = DiscoveryLookup.objects.get(person=stage.person)
    contact_url = reverse(
        "members:register_contact_request_new",
        kwargs={"person_id": stage.person.pk, "lookup_id": lookup.pk},
    )
    sent = stage.client.post(
        contact_url,
        {"country": "RO", "purpose": "housing", "message": f"About {CANARY['typed']}"},
    )
    assert sent.status_code == 302
    # The answer and the list of requests name no one (``shown``); the person page does.
    assert stage.client.get(sent["Location"]).status_code == 200
    request = ContactRequest.objects.get(person=stage.person)
    assert list(request.matched_people.all()) == [theirs]
    other = Client()
    sign_in(other, worker_b)
    received = other.get(reverse("members:register_contact_requests"))
    stage.shown.append(received.content.decode())
    other.post(
        reverse("members:register_contact_request", kwargs={"request_id": request.pk}),
        {"decision": "decline"},
    )


# Subject access (issue 15): the export is the one place the person's data is meant to
# leave in (it holds it all, the sensitive section too); its audit row, the logs, the
# caches and the session keep none of it, and the file is named by the person's UUID.
@flow
def a_subject_access_export(stage: Stage) -> None:
    sign_in(stage.client, stage.worker, recently=True)
    at = reverse("members:register_subject_access", kwargs={"person_id": stage.person.pk})
    assert stage.client.get(at).status_code == 200
    download = stage.client.post(at, {"output": "json", "language": "ro", "name_staff": "on"})
    assert download.status_code == 200
    bundle = download.json()
    assert bundle["data"]["identity"]["family_names"] == CANARY["family"]
    assert bundle["data"]["sensitive"]["health"] == CANARY["health"]
    assert leaked([download["Content-Disposition"]]) == []
    printable = stage.client.post(at, {"output": "html", "language": "fr"})
    assert CANARY["family"] in printable.content.decode()


def _fails_on_the_typed_birth_date(self, request, *args, **kwargs):
    """A register view that reads the date of birth as typed, and fails on it."""
    return BirthDate.fromisoformat(request.POST["birth"])


def _post_and_fail(stage: Stage):
    """Post canaries to a register page whose code raises an error that quotes them."""
    stage.monkeypatch.delattr(people_views.PersonRecordView, "dispatch", raising=False)
    stage.monkeypatch.setattr(
        people_views.PersonRecordView, "post", _fails_on_the_typed_birth_date, raising=False
    )
    stage.client.raise_request_exception = False
    posted = {"family_names": CANARY["family"], "birth": CANARY["typed"]}
    response = stage.client.post(reverse("members:register_person_new"), posted)
    assert response.status_code == 500
    assert CANARY["typed"] in str(response.exc_info[1]), "the error quotes what was typed"
    return response


@flow
def an_error_in_a_register_page(stage: Stage) -> None:
    response = _post_and_fail(stage)
    stage.shown.append(response.content.decode())
    request = response.wsgi_request
    reporter = get_exception_reporter_class(request)(request, *response.exc_info)
    stage.shown += [reporter.get_traceback_text(), reporter.get_traceback_html()]


@flow
def an_error_in_a_register_page_while_debugging(stage: Stage) -> None:
    with override_settings(DEBUG=True):
        response = _post_and_fail(stage)
    debug_page = response.content.decode()
    assert "ValueError" in debug_page and MESSAGE_WITHHELD in debug_page, "Django's debug page"
    stage.shown.append(debug_page)


@pytest.mark.django_db
@pytest.mark.parametrize("run", FLOWS, ids=[flow.__name__ for flow in FLOWS])
def test_no_canary_leaves_the_register(run, people, monkeypatch):
    """Each flow, run with canaries: none appears outside the register's ciphertext."""
    client = Client()
    sign_in(client, people["caseworker_a"])
    for alias in settings.CACHES:
        caches[alias].clear()
    with (
        configured_log_lines(extra_loggers=("django.db.backends",)) as lines,
        CaptureQueriesContext(connection),  # the database writes its debug lines
    ):
        person = record_canary_person(people["caseworker_a"])
        stage = Stage(people, client, person, monkeypatch)
        run(stage)
    assert lines, "the flow wrote log lines, or the capture did not work"
    assert leaked(lines) == []
    assert leaked(stage.shown) == []
    assert leaked(list(_everywhere_else(client))) == []


def test_the_canary_search_finds_a_canary_in_every_form():
    """The search itself: a canary is found as written, in capitals, base64 or hex."""
    family = CANARY["family"]
    for text in (
        family,
        family.upper(),
        base64.b64encode(f"x{family}y".encode()).decode(),
        base64.urlsafe_b64encode(f"xy{family}".encode()).decode(),
        family.encode().hex(),
    ):
        assert leaked([f"before {text} after"]) != [], text
    assert leaked(["nothing of the kind"]) == []
