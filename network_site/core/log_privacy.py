"""Keeps personal data out of log lines, the register's above all.

``PrivacyFilter`` sits on every handler of ``LOGGING`` (network_site/settings/base.py)
and changes each record before it is written:

- the request a record carries (Django's ``request`` extra: body, POST, GET, META,
  cookies) becomes a ``RequestSummary`` of its method and cleaned path, so that no
  handler or formatter can print more;
- every query string in the message becomes ``?…`` (a search, a filter, a token),
  and every part of a register path that is not a UUID or a word of the register's
  URLs becomes ``…`` (someone could have typed a name there);
- an exception that passed through the register's code, or was raised while serving
  a register page, is written with its frames and types but without its messages
  (``int()`` alone puts the text it could not read into its message); so is every
  exception the template engine logs (its messages quote the whole template context:
  the request, and on a register page the person's record);
- the database's debug lines (SQL with its parameters) about the register's tables
  are dropped.

The kernel knows the register only by its URL prefix, its module path and its table
prefix; it imports nothing of it.
"""

import logging
import re
import traceback
from dataclasses import dataclass
from types import TracebackType

REGISTER_PATH = "/members/register/"
REGISTER_MODULE = "members.register"
# The fixed words of the register's URLs (members/register/urls.py).
REGISTER_URL_WORDS = frozenset(
    {"people", "new", "identity", "sensitive", "edit", "history", "movements", "correct", "notes"}
    # Sharing, discovery, subject access, erasure and retention (issue 15).
    | {"share", "shares", "consents", "revoke", "end", "inbox", "outbox", "referrals"}
    | {"accept", "decline", "withdraw", "discovery", "contact", "contact-requests"}
    | {"access-request", "erase", "erasures", "confirmations", "confirm", "lift-hold"}
    | {"retention", "keep"}
)
WITHHELD = "…"
MESSAGE_WITHHELD = "(message withheld: it may quote personal data)"
UNCHECKED = "(log message withheld: it could not be checked for personal data)"

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
# A path or an address followed by a query string: "/en/search/?q=x", "https://h/p?x=1".
_QUERY = re.compile(r"((?:[a-z][a-z0-9+.-]*://[^\s/?#\"']*)?/[^\s?#\"']*)\?[^\s#\"']+", re.I)
_REGISTER_TAIL = re.compile(re.escape(REGISTER_PATH) + r"([^\s?#\"']*)")
_REGISTER_TABLE = re.compile(r"\bregister_[a-z_]+", re.I)
# Loggers whose exceptions quote the data they were working on.
QUOTING_LOGGERS = ("django.template",)


@dataclass(frozen=True)
class RequestSummary:
    """What a log record may say about the request it concerns."""

    method: str
    path: str

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def _register_segment(segment: str) -> str:
    keep = not segment or segment in REGISTER_URL_WORDS or _UUID.fullmatch(segment)
    return segment if keep else WITHHELD


def clean_paths(text: str) -> str:
    """``text`` with its query strings and the unknown parts of register paths replaced."""
    text = _QUERY.sub(lambda match: f"{match.group(1)}?{WITHHELD}", text)
    return _REGISTER_TAIL.sub(
        lambda match: REGISTER_PATH + "/".join(map(_register_segment, match.group(1).split("/"))),
        text,
    )


def is_register_path(path: str) -> bool:
    """Whether ``path`` (``/en/members/register/…``) is a page of the register."""
    return REGISTER_PATH in f"{path}/"


def is_register_module(module_name: str) -> bool:
    return module_name == REGISTER_MODULE or module_name.startswith(f"{REGISTER_MODULE}.")


def _exception_chain(error: BaseException | None) -> list[BaseException]:
    """The exception and those it was raised from or while handling, newest first."""
    chain: list[BaseException] = []
    while error is not None and all(error is not seen for seen in chain):
        chain.append(error)
        error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    return chain


def _traceback_in_register(tb: TracebackType | None) -> bool:
    while tb is not None:
        if is_register_module(tb.tb_frame.f_globals.get("__name__", "")):
            return True
        tb = tb.tb_next
    return False


def passes_through_register(error: BaseException | None) -> bool:
    """Whether the exception, or one in its chain, was raised through the register's code."""
    return any(_traceback_in_register(link.__traceback__) for link in _exception_chain(error))


def traceback_without_messages(error: BaseException) -> str:
    """The traceback of ``error`` and its chain: frames and exception types, no messages."""
    parts: list[str] = []
    for link in reversed(_exception_chain(error)):
        if parts:
            parts.append("\nwhich led to:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(link.__traceback__))
        kind = type(link)
        parts.append(f"{kind.__module__}.{kind.__qualname__}: {MESSAGE_WITHHELD}\n")
    return "".join(parts).rstrip("\n")


def _is_register_sql(record: logging.LogRecord) -> bool:
    statement = getattr(record, "sql", None) or record.msg
    return bool(_REGISTER_TABLE.search(str(statement)))


class PrivacyFilter(logging.Filter):
    """Cleans every record of personal data before a handler writes it (see the module)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            return self._clean(record)
        except Exception:  # a filter that raises would lose the line, or worse, print it
            record.msg, record.args = UNCHECKED, ()
            record.exc_info, record.exc_text, record.request = None, None, None
            return True

    def _clean(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("django.db.backends") and _is_register_sql(record):
            return False
        register = False
        request = getattr(record, "request", None)
        if request is not None and not isinstance(request, RequestSummary):
            path = getattr(request, "path", None)
            if isinstance(path, str):
                register = is_register_path(path)
                record.request = RequestSummary(
                    str(getattr(request, "method", "")), clean_paths(path)
                )
            else:  # the development server's socket, or something unknown
                record.request = None
        message = record.getMessage()
        error = record.exc_info[1] if record.exc_info else None
        quoting = record.name.startswith(QUOTING_LOGGERS)
        if error is not None and (register or quoting or passes_through_register(error)):
            record.exc_text = traceback_without_messages(error)
        record.msg, record.args = clean_paths(message), ()
        return True
