"""``manage.py audit_verify``: every agency's chain is checked, and a tampered one is named.

Tampering is done as an attacker with SQL access would: the append-only trigger is
switched off (which takes a table owner), a row is changed or removed, the trigger is
switched on again. All of it is rolled back with the test's transaction.
"""

import itertools
from io import StringIO

import pytest

from django.core.management import CommandError, call_command
from django.db import connection, transaction

from members.agencies.audit import GENESIS, hash_of
from members.agencies.models import AuditAction, AuditEvent
from members.agencies.services import audit_event_record

pytestmark = pytest.mark.django_db

TRIGGER = "agencies_auditevent_append_only"


def verify(*arguments: str) -> tuple[int, list[str]]:
    """The command's exit status and the lines it printed."""
    output = StringIO()
    try:
        call_command("audit_verify", *arguments, stdout=output, no_color=True)
    except CommandError as error:
        status = error.returncode
    else:
        status = 0
    return status, output.getvalue().splitlines()


def line_of(lines: list[str], agency) -> str:
    [line] = [line for line in lines if f"({agency.pk})" in line]
    return line


def write_events(agency, actor, count: int) -> None:
    for number in range(count):
        with transaction.atomic():
            audit_event_record(
                actor=actor, agency=agency, action=AuditAction.PERSON_LIST, detail=str(number)
            )


def tamper(statement: str, params) -> None:
    with connection.cursor() as cursor:
        # Foreign keys are checked at commit; ALTER TABLE waits for no pending check.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"ALTER TABLE agencies_auditevent DISABLE TRIGGER {TRIGGER}")
        cursor.execute(statement, params)
        cursor.execute(f"ALTER TABLE agencies_auditevent ENABLE TRIGGER {TRIGGER}")


def event(agency, sequence: int) -> AuditEvent:
    return AuditEvent.objects.get(agency=agency, sequence=sequence)


@pytest.fixture
def chains(people):
    """Agency A with four events and B with two, written in turns."""
    write_events(people["a"], people["admin_a"], 2)
    write_events(people["b"], people["caseworker_b"], 1)
    write_events(people["a"], people["caseworker_a"], 2)
    write_events(people["b"], people["caseworker_b"], 1)
    return people


def test_intact_chains_are_reported_per_agency(chains):
    status, lines = verify()
    assert status == 0
    assert line_of(lines, chains["a"]) == f"Agency A ({chains['a'].pk}): 4 events, chain intact"
    assert line_of(lines, chains["b"]) == f"Agency B ({chains['b'].pk}): 2 events, chain intact"
    assert line_of(lines, chains["hidden"]).endswith(": 0 events, chain intact")


def test_each_agency_has_a_chain_of_its_own(chains):
    for agency, length in ((chains["a"], 4), (chains["b"], 2)):
        events = list(AuditEvent.objects.of_agency(agency))
        assert [each.sequence for each in events] == list(range(1, length + 1))
        assert events[0].previous_hash == GENESIS
        assert all(
            later.previous_hash == earlier.hash for earlier, later in itertools.pairwise(events)
        )


def test_an_altered_row_breaks_its_agencys_chain_only(chains):
    tamper(
        "UPDATE agencies_auditevent SET detail = 'nothing happened' "
        "WHERE agency_id = %s AND sequence = 2",
        [chains["a"].pk],
    )
    status, lines = verify()
    assert status == 1
    assert line_of(lines, chains["a"]) == (
        f"Agency A ({chains['a'].pk}): chain broken at sequence 2: content altered"
    )
    assert line_of(lines, chains["b"]).endswith(": 2 events, chain intact")


def test_a_deleted_row_shows_as_a_missing_link(chains):
    tamper(
        "DELETE FROM agencies_auditevent WHERE agency_id = %s AND sequence = 3",
        [chains["a"].pk],
    )
    status, lines = verify()
    assert status == 1
    assert line_of(lines, chains["a"]).endswith(": chain broken at sequence 3: missing")


def test_a_row_rewritten_with_a_fresh_hash_breaks_the_next_link(chains):
    altered = event(chains["a"], 2)
    altered.detail = "nothing happened"
    tamper(
        "UPDATE agencies_auditevent SET detail = %s, hash = %s WHERE id = %s",
        [altered.detail, hash_of(altered), altered.pk],
    )
    status, lines = verify()
    assert status == 1
    assert line_of(lines, chains["a"]).endswith(
        ": chain broken at sequence 3: previous hash differs"
    )


def test_one_agency_is_checked_on_request(chains):
    tamper(
        "UPDATE agencies_auditevent SET detail = 'x' WHERE agency_id = %s AND sequence = 1",
        [chains["a"].pk],
    )
    status, lines = verify("--agency", str(chains["b"].pk))
    assert (status, lines) == (0, [f"Agency B ({chains['b'].pk}): 2 events, chain intact"])
    status, lines = verify("--agency", str(chains["a"].pk))
    assert status == 1
    assert lines == [f"Agency A ({chains['a'].pk}): chain broken at sequence 1: content altered"]


def test_an_unknown_agency_is_an_error(people):
    with pytest.raises(CommandError, match="No agency with the id"):
        call_command("audit_verify", "--agency", "00000000-0000-4000-8000-000000000000")
