"""Append-only tables hold even against raw SQL: the audit trail and the register's movements.

On PostgreSQL a trigger rejects UPDATE, DELETE and (for the audit trail) TRUNCATE; on
SQLite, the development database, triggers reject UPDATE and DELETE. The suite lets
TRUNCATE through on every connection (tests/conftest.py) so that browser tests can
empty the database; the TRUNCATE test turns that off again for its own transaction.
"""

import sqlite3

import pytest

from django.db import DatabaseError, connection, transaction

from members.agencies.models import AuditEvent
from members.register.models import Movement
from network_site.core.append_only import sqlite_statements
from tests.members.register.factories import record_movement, record_person

pytestmark = pytest.mark.django_db


def rejected(*statements: str, params=()) -> str:
    """The database's answer to statements that must fail (each run in a savepoint)."""
    with (
        pytest.raises(DatabaseError) as refusal,
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        for statement in statements:
            cursor.execute(statement, params)
    return str(refusal.value)


@pytest.fixture
def audited(people):
    """A person of agency A with a movement: rows in the audit trail and in movements."""
    person = record_person(by=people["caseworker_a"])
    record_movement(person, by=people["caseworker_a"])
    return person


def trail_rows() -> list[tuple]:
    return list(AuditEvent.objects.order_by("pk").values_list("pk", "detail", "hash"))


def test_the_audit_trail_rejects_update_through_sql(audited):
    before = trail_rows()
    answer = rejected("UPDATE agencies_auditevent SET detail = 'rewritten'")
    assert "agencies_auditevent is append-only: UPDATE rejected" in answer
    assert trail_rows() == before


def test_the_audit_trail_rejects_delete_through_sql(audited):
    before = trail_rows()
    answer = rejected("DELETE FROM agencies_auditevent")
    assert "agencies_auditevent is append-only: DELETE rejected" in answer
    assert trail_rows() == before


def test_the_audit_trail_rejects_truncate_through_sql(audited):
    before = trail_rows()
    answer = rejected(
        # Foreign keys are checked at commit: PostgreSQL refuses TRUNCATE (for another
        # reason) while those checks of the rows just written are pending.
        "SET CONSTRAINTS ALL IMMEDIATE",
        "SET LOCAL network_site.allow_truncate = 'off'",
        "TRUNCATE agencies_auditevent",
    )
    assert "agencies_auditevent is append-only: TRUNCATE rejected" in answer
    assert trail_rows() == before


def test_movements_reject_update_and_delete_through_sql(audited):
    before = list(Movement.objects.values_list("pk", "to_country", "date"))
    assert before
    update = rejected("UPDATE register_movement SET to_country = 'FR'")
    delete = rejected("DELETE FROM register_movement")
    assert "register_movement is append-only: UPDATE rejected" in update
    assert "register_movement is append-only: DELETE rejected" in delete
    assert list(Movement.objects.values_list("pk", "to_country", "date")) == before


def test_the_sqlite_triggers_reject_update_and_delete_and_allow_inserts():
    database = sqlite3.connect(":memory:")
    try:
        database.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, entry TEXT NOT NULL)")
        for statement in sqlite_statements("ledger"):
            database.execute(statement)
        database.execute("INSERT INTO ledger (entry) VALUES ('first')")
        with pytest.raises(sqlite3.DatabaseError, match="ledger is append-only: UPDATE rejected"):
            database.execute("UPDATE ledger SET entry = 'rewritten'")
        with pytest.raises(sqlite3.DatabaseError, match="ledger is append-only: DELETE rejected"):
            database.execute("DELETE FROM ledger")
        database.execute("INSERT INTO ledger (entry) VALUES ('second')")
        rows = database.execute("SELECT entry FROM ledger ORDER BY id").fetchall()
        assert rows == [("first",), ("second",)]
    finally:
        database.close()
