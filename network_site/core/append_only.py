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


def _forward(table: str, reject_truncate: bool):
    def forward(apps, schema_editor):
        def run(sql):
            schema_editor.execute(sql, params=None)

        if schema_editor.connection.vendor == "postgresql":
            run(PG_FUNCTION)
            run(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION network_site_reject_change()"
            )
            if reject_truncate:
                run(
                    f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                    "FOR EACH STATEMENT EXECUTE FUNCTION network_site_reject_change()"
                )
        elif schema_editor.connection.vendor == "sqlite":
            for operation in ("UPDATE", "DELETE"):
                run(
                    f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {operation} rejected'); "
                    "END"
                )
        else:
            raise NotImplementedError(
                f"no append-only triggers for {schema_editor.connection.vendor}"
            )

    return forward


def _backward(table: str):
    def backward(apps, schema_editor):
        def run(sql):
            schema_editor.execute(sql, params=None)

        if schema_editor.connection.vendor == "postgresql":
            run(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            run(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        elif schema_editor.connection.vendor == "sqlite":
            run(f"DROP TRIGGER IF EXISTS {table}_no_update")
            run(f"DROP TRIGGER IF EXISTS {table}_no_delete")

    return backward


def append_only(table: str, *, reject_truncate: bool = True) -> migrations.RunPython:
    """The migration operation that installs the triggers on ``table`` (and removes them)."""
    return migrations.RunPython(_forward(table, reject_truncate), _backward(table))
