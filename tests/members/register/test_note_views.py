"""Case notes from the person's screens: writing, changing within 24 hours, correcting."""

import datetime

import pytest

from members.agencies.models import AuditAction
from members.register import services
from members.register.models import CaseNote, Person
from members.register.selectors import open_note
from tests.accounts import sign_in
from tests.html import find, find_all, parse, text
from tests.members.register.factories import record_person
from tests.members.register.screens import audit_rows, described, url

pytestmark = pytest.mark.django_db

WRITTEN = datetime.datetime(2026, 5, 4, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture
def worker(people):
    return people["caseworker_a"]


@pytest.fixture
def note(worker, time_machine):
    """A note by caseworker A, written at ``WRITTEN`` (the clock stays there)."""
    time_machine.move_to(WRITTEN, tick=False)
    person = record_person(by=worker)
    return services.note_write(user=worker, person=person, body="First *visit*.")


def edit_url(note) -> str:
    return url("register_note_edit", note.person, note_id=note.pk)


def body_of(note) -> str:
    note = CaseNote.objects.get(pk=note.pk)
    note.person = Person.objects.get(pk=note.person_id)
    return open_note(note)


def test_a_note_is_written_dated_today_by_default(client, people, worker, time_machine):
    time_machine.move_to(WRITTEN, tick=False)
    person = record_person(by=worker)
    sign_in(client, worker)
    page = parse(client.get(url("register_note_new", person)))
    assert find(page, "input", name="written_on").attributes["value"] == "2026-05-04"
    assert "Markdown" in text(find(page, "p", id="id_body_helptext"))
    with audit_rows(people["a"]) as rows:
        response = client.post(
            url("register_note_new", person),
            {"intent": "write", "written_on": "2026-05-02", "body": "Asked about *housing*."},
        )
    assert response["Location"] == url("register_person", person) + "#notes"
    note = CaseNote.objects.get(person=person)
    assert note.written_on == datetime.date(2026, 5, 2)
    assert described(rows) == [(AuditAction.NOTE_WRITE, person.pk, "", str(note.pk))]
    page = parse(client.get(response["Location"]))
    body = find(find(page, "li", id=f"note-{note.pk}"), "div", class_="case-note__body")
    assert str(body) == (
        '<div class="case-note__body user-text"><p>Asked about <em>housing</em>.</p></div>'
    )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"written_on": "2026-05-04", "body": "  "}, "id_body"),
        ({"written_on": "2026-05-05", "body": "Tomorrow"}, "id_written_on"),
    ],
)
def test_an_empty_or_future_note_is_refused(client, people, worker, time_machine, data, field):
    time_machine.move_to(WRITTEN, tick=False)
    person = record_person(by=worker)
    sign_in(client, worker)
    with audit_rows(people["a"]) as rows:
        response = client.post(url("register_note_new", person), {"intent": "write", **data})
    assert find(find(parse(response), "div", class_="error-summary"), "a", href=f"#{field}")
    assert not CaseNote.objects.filter(person=person).exists()
    assert rows == []


def test_its_author_changes_it_within_24_hours(client, people, worker, note, time_machine):
    time_machine.move_to(WRITTEN + datetime.timedelta(hours=23), tick=False)
    sign_in(client, worker)
    with audit_rows(people["a"]) as rows:
        page = parse(client.get(edit_url(note)))
    assert described(rows) == [(AuditAction.PERSON_VIEW, note.person_id, "", f"note {note.pk}")]
    form = find(page, "form", action=edit_url(note))
    assert find(form, "input", name="intent").attributes["value"] == "change"
    assert text(find(form, "textarea", name="body")) == "First *visit*."
    assert not find_all(form, "input", name="written_on")

    with audit_rows(people["a"]) as rows:
        response = client.post(edit_url(note), {"intent": "change", "body": "First **visit**."})
    assert response.status_code == 302
    assert described(rows) == [(AuditAction.NOTE_CHANGE, note.person_id, "", str(note.pk))]
    assert body_of(note) == "First **visit**."
    entry = find(parse(client.get(response["Location"])), "li", id=f"note-{note.pk}")
    assert "changed" in text(find(entry, "p", class_="case-note__meta"))


def test_the_person_page_offers_a_change_only_while_it_is_allowed(
    client, people, worker, note, time_machine
):
    person_page = url("register_person", note.person)
    sign_in(client, worker)
    entry = find(parse(client.get(person_page)), "li", id=f"note-{note.pk}")
    assert text(find(entry, "a", href=edit_url(note))).startswith("Change")
    time_machine.move_to(WRITTEN + datetime.timedelta(hours=24, minutes=1), tick=False)
    sign_in(client, worker)
    entry = find(parse(client.get(person_page)), "li", id=f"note-{note.pk}")
    assert text(find(entry, "a", href=edit_url(note))).startswith("Write a correction")
    sign_in(client, people["admin_a"])
    entry = find(parse(client.get(person_page)), "li", id=f"note-{note.pk}")
    assert text(find(entry, "a", href=edit_url(note))).startswith("Write a correction")


def test_after_24_hours_a_change_is_refused_and_a_correction_offered(
    client, people, worker, note, time_machine
):
    time_machine.move_to(WRITTEN + datetime.timedelta(hours=24, minutes=1), tick=False)
    sign_in(client, worker)
    page = parse(client.get(edit_url(note)))
    assert "cannot be changed after 24 hours" in text(find(page, "p", class_="lead"))
    form = find(page, "form", action=edit_url(note))
    assert find(form, "input", name="intent").attributes["value"] == "correct"

    with audit_rows(people["a"]) as rows:
        response = client.post(edit_url(note), {"intent": "change", "body": "Too late"})
    assert response.status_code == 200
    assert rows == []
    assert body_of(note) == "First *visit*."
    page = parse(response)
    assert "Write a correction instead" in text(find(page, "div", class_="error-summary"))
    form = find(page, "form", action=edit_url(note))
    assert find(form, "input", name="intent").attributes["value"] == "correct"
    assert text(find(form, "textarea", name="body")) == "Too late"


def test_a_correction_supersedes_the_note_and_both_stay(client, people, worker, note, time_machine):
    time_machine.move_to(WRITTEN + datetime.timedelta(days=3), tick=False)
    sign_in(client, people["admin_a"])
    with audit_rows(people["a"]) as rows:
        response = client.post(
            edit_url(note),
            {"intent": "correct", "written_on": "2026-05-07", "body": "It was the second visit."},
        )
    assert response.status_code == 302
    correction = CaseNote.objects.get(supersedes=note)
    assert correction.author == people["admin_a"]
    assert described(rows) == [(AuditAction.NOTE_WRITE, note.person_id, "", str(correction.pk))]
    page = parse(client.get(response["Location"]))
    old = find(page, "li", id=f"note-{note.pk}")
    assert "Corrected" in text(find(old, "h3"))
    assert find(old, "a", href=f"#note-{correction.pk}")
    new = find(page, "li", id=f"note-{correction.pk}")
    assert text(find(new, "a", href=f"#note-{note.pk}")) == "Corrects the note of 4 May 2026"
    # A note is corrected once: its page now only points to the correction.
    with audit_rows(people["a"]) as rows:
        page = parse(client.get(edit_url(note)))
        again = client.post(
            edit_url(note), {"intent": "correct", "written_on": "2026-05-07", "body": "x"}
        )
    assert text(find(page, "h1")) == "This note has already been corrected"
    assert again.status_code == 200
    assert CaseNote.objects.filter(person=note.person).count() == 2
    assert rows == []


def test_another_caseworker_cannot_change_it(client, people, note, time_machine):
    time_machine.move_to(WRITTEN + datetime.timedelta(hours=1), tick=False)
    sign_in(client, people["admin_a"])
    page = parse(client.get(edit_url(note)))
    assert find(page, "input", name="intent").attributes["value"] == "correct"
    response = client.post(edit_url(note), {"intent": "change", "body": "Rewritten"})
    assert response.status_code == 200
    assert "only by its author" in text(find(parse(response), "div", class_="error-summary"))
    assert body_of(note) == "First *visit*."


def test_markdown_is_rendered_and_anything_active_made_inert(client, worker):
    person = record_person(by=worker)
    services.note_write(
        user=worker,
        person=person,
        body=(
            '<script>alert("x")</script> [click](javascript:alert(1)) '
            "<img src=x onerror=alert(2)> [site](https://example.org)"
        ),
    )
    sign_in(client, worker)
    page = parse(client.get(url("register_person", person)))
    body = find(page, "div", class_="case-note__body")
    assert not find_all(body, "script")
    assert not find_all(body, "img")
    # The javascript: link is left as its text; only the safe link stays a link.
    assert [a.attributes.get("href") for a in find_all(body, "a")] == ["https://example.org"]
    assert "click" in text(body)
    assert '<script>alert("x")</script>' in text(body)


def test_a_note_of_another_person_is_not_found(client, worker, note):
    other = record_person(by=worker)
    sign_in(client, worker)
    address = url("register_note_edit", other, note_id=note.pk)
    assert client.get(address).status_code == 404
    assert client.post(address, {"intent": "change", "body": "x"}).status_code == 404
    assert body_of(note) == "First *visit*."


@pytest.mark.parametrize("intruder", ["caseworker_b", "member_a", "coordinator"])
def test_others_can_neither_write_nor_change_notes(client, people, note, intruder):
    sign_in(client, people[intruder])
    with audit_rows(people["a"]) as rows:
        written = client.post(
            url("register_note_new", note.person),
            {"intent": "write", "written_on": "2026-05-04", "body": "Intruder"},
        )
        changed = client.post(edit_url(note), {"intent": "change", "body": "Intruder"})
        corrected = client.post(
            edit_url(note), {"intent": "correct", "written_on": "2026-05-04", "body": "Intruder"}
        )
    assert (written.status_code, changed.status_code, corrected.status_code) == (404, 404, 404)
    assert CaseNote.objects.filter(person=note.person).count() == 1
    assert body_of(note) == "First *visit*."
    assert rows == []
