"""Database triggers that make a table append-only: rows are inserted, never changed.

Used by migrations of tables whose history must hold even against someone with SQL
access to the application's database (the audit trail, the register's movements).
On PostgreSQL a trigger function rejects UPDATE and DELETE row by row and, where
asked, TRUNCATE. On SQLite (the embedded development database) triggers reject UPDATE
and DELETE; SQLite has no TRUNCATE. A database superuser can still drop a trigger:
the audit trail's hash chain shows what happened then.

TRUNCATE is let through in one case only: a session that set
``network_site.allow_truncate`` to ``on``. The test suite does so to empty its
database between browser tests; the application never does.
"""

from django.db import migrations

PG_FUNCTION = """
CREATE OR REPLACE FUNCTION network_site_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE'
       AND coalesce(current_setting('network_site.allow_truncate', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION '% is append-only: % rejected', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
"""


def postgresql_statements(table: str, *, reject_truncate: bool = True) -> list[str]:
    """The SQL that makes ``table`` append-only on PostgreSQL."""
    statements = [
        PG_FUNCTION,
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION network_site_reject_change()",
    ]
    if reject_truncate:
        statements.append(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION network_site_reject_change()"
        )
    return statements


def sqlite_statements(table: str) -> list[str]:
    """The SQL that makes ``table`` append-only on SQLite (which has no TRUNCATE)."""
    return [
        f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {operation} rejected'); END"
        for operation in ("UPDATE", "DELETE")
    ]


def _statements(vendor: str, table: str, reject_truncate: bool) -> list[str]:
    if vendor == "postgresql":
        return postgresql_statements(table, reject_truncate=reject_truncate)
    if vendor == "sqlite":
        return sqlite_statements(table)
    raise NotImplementedError(f"no append-only triggers for {vendor}")


def _removal_statements(vendor: str, table: str) -> list[str]:
    if vendor == "postgresql":
        return [
            f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
            f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}",
        ]
    if vendor == "sqlite":
        return [
            f"DROP TRIGGER IF EXISTS {table}_no_update",
            f"DROP TRIGGER IF EXISTS {table}_no_delete",
        ]
    return []


def _forward(table: str, reject_truncate: bool):
    def forward(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for statement in _statements(vendor, table, reject_truncate):
            schema_editor.execute(statement, params=None)

    return forward


def _backward(table: str):
    def backward(apps, schema_editor):
        for statement in _removal_statements(schema_editor.connection.vendor, table):
            schema_editor.execute(statement, params=None)

    return backward


def append_only(table: str, *, reject_truncate: bool = True) -> migrations.RunPython:
    """The migration operation that installs the triggers on ``table`` (and removes them)."""
    return migrations.RunPython(_forward(table, reject_truncate), _backward(table))
