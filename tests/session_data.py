"""Heavy test data built once per session and rolled back per test (a pytest plugin).

The pytest form of Django's ``setUpTestData``. The site tree and the people of the
member area (the *base* layer), and the knowledge tree on top of them (the *knowledge*
layer), are each built inside a transaction that stays open from one test to the next.
pytest-django wraps every test in an atomic block of its own, which is then a savepoint
inside those transactions: a test rolls back only what it changed, and the next test
finds the layers exactly as they were built. Nothing of them is ever committed.

Before each test's database fixture starts, the layers are made to match the test:

- a test on the ordinary database (``db``) gets the base layer, and the knowledge
  layer only when it asks for ``knowledge_tree`` (otherwise that layer is rolled back:
  no test sees guides it did not ask for);
- a test that commits (``transactional_db``, ``live_server``,
  ``django_db(transaction=True)``) and Django's own test-case classes get no layer:
  every open one is rolled back first, and such a test's fixtures build and commit what
  it needs, as before.

A test that commits empties every table when it ends (Django's flush), data that the
migrations wrote included (countries, services, Wagtail's root page and collection).
Those are put back, from a copy taken when the session starts, before the next
ordinary test and at the end of the session: every ordinary test starts from the
database as the migrations left it plus the layers, in any order, and a database kept
for the next run (``--reuse-db``) is left that way too. A kept database that a run did
not leave so (it was interrupted) is created afresh.

The fixtures hand each test a deep copy of the layers' model instances, as Django's
``TestData`` does, so a change a test makes to an instance never reaches the next test.
Each pytest-xdist worker has its own database, copy and layers.
"""

import copy
import json
from dataclasses import dataclass

import psycopg
import pytest
from pytest_django.django_compat import is_django_unittest
from pytest_django.fixtures import validate_django_db

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.utils import translation

from tests.factories import build_knowledge_tree, build_site_tree
from tests.members.factories import build_people

# Layers in the order they stack; a test gets a prefix of this tuple.
ORDER = ("base", "knowledge")
SITE_KEYS = ("home", "home_fr", "home_de", "about", "about_fr", "menu", "footer")
# Fixtures with which pytest-django lets a test commit to the database.
COMMITTING_FIXTURES = (
    "transactional_db",
    "live_server",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
)
# The comment a kept test database carries while it is as the migrations left it.
INTACT = "network-site tests: as the migrations left it"


def _build_base(_below: dict) -> dict:
    return {"site": build_site_tree(), "people": build_people()}


def _build_knowledge(below: dict) -> dict:
    # A copy: adding the indexes under the home page changes the instance.
    return {"knowledge": build_knowledge_tree(copy.deepcopy(below["site"]))}


BUILDERS = {"base": _build_base, "knowledge": _build_knowledge}


def commits(item: pytest.Item) -> bool:
    """Whether the test commits to the database, and so empties it when it ends.

    The same rules as pytest-django's, and Django's own TransactionTestCase classes.
    """
    from django.test import TestCase, TransactionTestCase

    cls = getattr(item, "cls", None)
    if cls is not None and issubclass(cls, TransactionTestCase):
        return not issubclass(cls, TestCase)
    marker = item.get_closest_marker("django_db")
    if marker is not None:
        transactional, reset_sequences, *_rest = validate_django_db(marker)
        if transactional or reset_sequences:
            return True
    return any(name in getattr(item, "fixturenames", ()) for name in COMMITTING_FIXTURES)


def manages_its_own_transactions(item: pytest.Item) -> bool:
    """A test around which no transaction of ours may stay open.

    Besides tests that commit, Django's own test-case classes: their class set-up and
    tear-down open and close transactions, and connections, themselves.
    """
    from django.test import TransactionTestCase

    cls = getattr(item, "cls", None)
    return commits(item) or (cls is not None and issubclass(cls, TransactionTestCase))


@dataclass
class _Layer:
    name: str
    atomic: transaction.Atomic
    data: dict


class SessionLayers:
    """The open layers of this process, innermost last, and the migrations' data."""

    def __init__(self) -> None:
        self._stack: list[_Layer] = []
        self._copies: dict[str, dict] = {}
        self.blocker = None  # pytest-django's database blocker, known from the first use
        self.migrated_data: str | None = None  # serialised when the session starts
        self.emptied = False  # a test that commits has emptied the tables since
        self.builds = dict.fromkeys(ORDER, 0)
        self.restores = 0

    def names(self) -> tuple[str, ...]:
        return tuple(layer.name for layer in self._stack)

    def is_open(self, name: str) -> bool:
        return name in self.names()

    def open(self, wanted: tuple[str, ...]) -> None:
        """Leave exactly ``wanted`` open: roll back the others, build what is missing."""
        assert wanted == ORDER[: len(wanted)], wanted
        self._check_connection()
        while self._stack and self.names() != wanted[: len(self._stack)]:
            self._roll_back_innermost()
        if wanted and self.emptied:
            self.restore_migrated_data()
        for name in wanted[len(self._stack) :]:
            self._build(name)
        self._copies = {}

    def close_all(self) -> None:
        self._check_connection()
        while self._stack:
            self._roll_back_innermost()

    def restore_migrated_data(self) -> None:
        """Put the database back as the migrations left it, after a test emptied it."""
        assert not self._stack
        # The emptying test's flush made content types and permissions anew, under other
        # ids: empty everything (sequences go on), then load the copy with its own ids.
        call_command(
            "flush",
            verbosity=0,
            interactive=False,
            reset_sequences=False,
            inhibit_post_migrate=True,
        )
        ContentType.objects.clear_cache()  # it holds the ids of the flushed rows
        connection.creation.deserialize_db_from_string(self.migrated_data)
        ContentType.objects.clear_cache()
        self.emptied = False
        self.restores += 1

    def fixture_value(self, fixture: str) -> dict | None:
        """This test's deep copy of ``site_tree``, ``knowledge_tree`` or ``people``; None
        when no open layer holds it (the test commits: its fixture builds it).

        One copy per layer and test, so fixtures that share objects share them here too.
        """
        if fixture == "site_tree" and self.is_open("knowledge"):
            knowledge = self._copy("knowledge")["knowledge"]
            return {key: knowledge[key] for key in SITE_KEYS}
        layer, key = {
            "site_tree": ("base", "site"),
            "people": ("base", "people"),
            "knowledge_tree": ("knowledge", "knowledge"),
        }[fixture]
        return self._copy(layer)[key] if self.is_open(layer) else None

    def _copy(self, name: str) -> dict:
        if name not in self._copies:
            layer = next(layer for layer in self._stack if layer.name == name)
            self._copies[name] = copy.deepcopy(layer.data)
        return self._copies[name]

    def _build(self, name: str) -> None:
        below = {}
        for layer in self._stack:
            below.update(layer.data)
        atomic = transaction.atomic()
        # As Django's TestCase marks its own blocks: a durable block may open inside.
        atomic._from_testcase = True
        atomic.__enter__()
        try:
            with translation.override(settings.LANGUAGE_CODE):
                data = BUILDERS[name](below)
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
        self._stack.append(_Layer(name, atomic, data))
        self.builds[name] += 1
        # Every test starts from the same state, whether it found the layers or built them.
        cache.clear()
        if hasattr(mail, "outbox"):
            mail.outbox.clear()

    def _roll_back_innermost(self) -> None:
        layer = self._stack.pop()
        transaction.set_rollback(True)
        layer.atomic.__exit__(None, None, None)

    def _check_connection(self) -> None:
        """Notice when the layers' transactions ended under them, or a test left one open."""
        ours = [layer.atomic for layer in self._stack]
        if connection.atomic_blocks == ours:
            if connection.closed_in_transaction:  # closed by a test: rolled back already
                while self._stack:
                    self._roll_back_innermost()
            return
        if not connection.atomic_blocks:
            self._stack.clear()  # closed and opened again since: the server rolled them back
            return
        raise RuntimeError(
            "The database connection has atomic blocks that are not the session layers "
            f"({len(connection.atomic_blocks)} open, {len(ours)} layers): a test or fixture "
            "left a transaction open."
        )


LAYERS = SessionLayers()


def _serialise_migrated_data() -> str:
    """The database's rows as Django serialises them for ``serialized_rollback``, content
    types first: loading some Wagtail models looks their content type up (and would
    create it under a new id if it were not there yet)."""
    rows = json.loads(connection.creation.serialize_db_to_string())
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    return json.dumps(rows)


def _comment_on_database(comment: str) -> None:
    """Say on the test database whether it is intact (a database owner's right; without
    it, the database is simply never taken as intact, and created afresh each run)."""
    name = connection.ops.quote_name(connection.settings_dict["NAME"])
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"COMMENT ON DATABASE {name} IS %s", [comment])
    except DatabaseError:
        pass


def _kept_database_is_intact() -> bool:
    """Whether the kept test database (if there is one) says it was left intact."""
    database = connection.settings_dict
    try:
        server = psycopg.connect(
            dbname=connection.creation._get_test_db_name(),
            user=database.get("USER") or None,
            password=database.get("PASSWORD") or None,
            host=database.get("HOST") or None,
            port=database.get("PORT") or None,
            connect_timeout=5,
        )
    except psycopg.OperationalError:
        return True  # none yet: it is created from the migrations
    with server:
        row = server.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database"
            " WHERE datname = current_database()"
        ).fetchone()
    return row[0] == INTACT


@pytest.fixture(scope="session")
def django_db_createdb(django_db_createdb, django_db_keepdb, django_db_modify_db_settings):
    """Create the test database afresh (as ``--create-db`` does) when the kept one was not
    left as the migrations left it: its run was interrupted."""
    if django_db_createdb or not django_db_keepdb:
        return django_db_createdb
    return not _kept_database_is_intact()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, its migrated data copied; left intact at the end."""
    with django_db_blocker.unblock():
        LAYERS.migrated_data = _serialise_migrated_data()
        _comment_on_database("network-site tests: in use")
    yield
    with django_db_blocker.unblock():
        LAYERS.close_all()
        if LAYERS.emptied:
            LAYERS.restore_migrated_data()
        _comment_on_database(INTACT)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Roll the layers back before a test that manages its own transactions, before any
    of its fixtures (a test-case class's set-up among them) runs."""
    if LAYERS.names() and manages_its_own_transactions(item):
        with LAYERS.blocker.unblock():
            LAYERS.close_all()
    if LAYERS.emptied and not commits(item) and manages_its_own_transactions(item):
        with LAYERS.blocker.unblock():
            LAYERS.restore_migrated_data()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """Django's own TransactionTestCase classes empty the tables after each test."""
    try:
        return (yield)
    finally:
        if commits(item) and is_django_unittest(item):
            LAYERS.emptied = True


def _emptied() -> None:
    LAYERS.emptied = True


@pytest.fixture
def _session_layers(request, django_db_setup, django_db_blocker):
    """Open the layers this test gets, before pytest-django's transaction for the test."""
    LAYERS.blocker = django_db_blocker
    if is_django_unittest(request):
        return LAYERS
    if commits(request.node):
        wanted = ()
        # Runs after pytest-django's teardown, which depends on this fixture: the flush.
        request.addfinalizer(_emptied)
    elif "knowledge_tree" in request.fixturenames:
        wanted = ("base", "knowledge")
    else:
        wanted = ("base",)
    with django_db_blocker.unblock():
        LAYERS.open(wanted)
    return LAYERS


@pytest.fixture
def _django_db_helper(_session_layers, _django_db_helper):
    """pytest-django's per-test database fixture, entered inside the open layers.

    Every way a test reaches the database (``db``, ``transactional_db``, the
    ``django_db`` marker) goes through this fixture, so the layers are in place before
    the test's own atomic block opens.
    """
    return _django_db_helper
