"""What the configured log handlers write: never a query string, a name typed into a
register address, a request's body, the register's SQL, or a message of an error
that concerns the register."""

import logging
import uuid

import pytest

from django.conf import settings
from django.template import Context, Template
from django.test import RequestFactory
from django.utils.log import log_message

from members.register import urls as register_urls
from members.register.records import BirthDate
from network_site.core.log_privacy import (
    MESSAGE_WITHHELD,
    REGISTER_URL_WORDS,
    UNCHECKED,
    clean_paths,
)
from tests.logs import configured_log_lines

PERSON = uuid.UUID("5b0c6f7e-1d2a-4c3b-9e8f-7a6b5c4d3e2f")


@pytest.mark.parametrize(
    ("written", "logged"),
    [
        ("/en/search/?q=Ana+Popescu", "/en/search/?…"),
        ("see https://example.org/a/b?token=abc&x=1 now", "see https://example.org/a/b?… now"),
        (f"/en/members/register/people/{PERSON}/notes/new/", None),
        ("/fr/members/register/Popescu/", "/fr/members/register/…/"),
        (
            f"/en/members/register/people/{PERSON}/Ana%20Popescu/edit/?x=1",
            f"/en/members/register/people/{PERSON}/…/edit/?…",
        ),
        ("/en/guides/housing-first/", None),
        ("Is it? Yes.", None),
    ],
)
def test_paths_lose_their_query_strings_and_unknown_register_segments(written, logged):
    assert clean_paths(written) == (logged or written)


def test_every_word_of_the_register_addresses_is_kept():
    """A new register URL with a new word must be taught to the filter, or its lines
    show "…" where the word was."""
    words = {
        part
        for pattern in register_urls.urlpatterns
        for part in str(pattern.pattern).split("/")
        if part and not part.startswith("<")
    }
    assert words <= REGISTER_URL_WORDS


def test_every_configured_handler_filters_for_privacy():
    for name, handler in settings.LOGGING["handlers"].items():
        assert "privacy" in handler.get("filters", []), name


def test_the_development_server_access_line_keeps_only_the_address_it_may():
    socket_like = object()
    with configured_log_lines() as lines:
        log_message(
            logging.getLogger("django.server"),
            '"%s" %s %s',
            f"GET /en/members/register/people/{PERSON}/Popescu/?name=Ana HTTP/1.1",
            "404",
            "179",
            request=socket_like,
            status_code=404,
            server_time="08/Dec/2026 10:00:00",
        )
    assert lines == [
        f'[08/Dec/2026 10:00:00] "GET /en/members/register/people/{PERSON}/…/?… HTTP/1.1" 404 179'
    ]


def test_a_record_keeps_only_the_method_and_cleaned_path_of_its_request():
    request = RequestFactory().post(
        "/en/members/register/people/new/?from=Popescu", {"family_names": "Popescu"}
    )
    records = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record)

    keeper = Keep()
    logger = logging.getLogger("django.request")
    with configured_log_lines():
        logger.addHandler(keeper)
        try:
            logger.warning("Not Found: %s", request.path, extra={"request": request})
        finally:
            logger.removeHandler(keeper)
    # The configured handler ran first and changed the record every later one sees.
    assert str(records[0].request) == "POST /en/members/register/people/new/"
    assert "Popescu" not in repr(vars(records[0]))


def test_the_database_debug_lines_about_the_register_are_dropped():
    backends = logging.getLogger("django.db.backends")
    with configured_log_lines(extra_loggers=("django.db.backends",)) as lines:
        for sql in (
            'SELECT "register_person"."identity" FROM "register_person" WHERE "id" = %s',
            'SELECT "agencies_agency"."name" FROM "agencies_agency"',
        ):
            backends.debug(
                "(%.3f) %s; args=%s; alias=%s",
                0.001,
                sql,
                ("x",),
                "default",
                extra={"sql": sql, "params": ("x",)},
            )
    assert len(lines) == 1 and "agencies_agency" in lines[0]


def test_an_error_raised_through_the_register_loses_its_message_not_its_frames():
    typed = "Popescu"
    with configured_log_lines() as lines:
        try:
            BirthDate.fromisoformat(typed)
        except ValueError:
            logging.getLogger("network_site").exception("Could not read a date")
    assert "Could not read a date" in lines[0]
    assert "in fromisoformat" in lines[0] and f"ValueError: {MESSAGE_WITHHELD}" in lines[0]
    assert "Popescu" not in lines[0]


def test_other_errors_keep_their_message():
    with configured_log_lines() as lines:
        try:
            int("not-a-number")
        except ValueError:
            logging.getLogger("network_site").exception("Could not count")
    assert "invalid literal for int() with base 10: 'not-a-number'" in lines[0]


def test_the_template_engine_errors_lose_their_message_which_quotes_the_context():
    with configured_log_lines() as lines:
        Template("{{ missing }}").render(Context({"person_name": "Popescu"}))
    assert lines and "Exception while resolving variable 'missing'" in lines[0]
    assert "Popescu" not in "\n".join(lines)


def test_a_record_that_cannot_be_checked_is_withheld_not_lost():
    with configured_log_lines() as lines:
        logging.getLogger("network_site").warning("%s and %s", "only one")
    assert lines[0].endswith(UNCHECKED)
