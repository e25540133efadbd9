"""Production settings refuse to start without their required variables."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from network_site.core.mail import ReadableConsoleEmailBackend
from tests.production_env import PRODUCTION_VARIABLES

PROJECT = Path(__file__).resolve().parents[2]
REQUIRED = PRODUCTION_VARIABLES


def _import_production(env: dict) -> subprocess.CompletedProcess:
    clean_env = {k: v for k, v in os.environ.items() if k not in REQUIRED}
    return subprocess.run(
        [sys.executable, "-c", "import network_site.settings.production"],
        cwd=PROJECT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("missing", sorted(REQUIRED))
def test_production_settings_name_the_missing_variable(missing):
    env = {name: value for name, value in REQUIRED.items() if name != missing}
    result = _import_production(env)
    assert result.returncode != 0
    last_line = result.stderr.strip().splitlines()[-1]
    assert last_line.startswith("django.core.exceptions.ImproperlyConfigured: Missing environment")
    assert f"{missing} (" in last_line
    assert all(f"{other} (" not in last_line for other in REQUIRED if other != missing)


def test_production_settings_name_every_missing_variable_at_once():
    result = _import_production({})
    last_line = result.stderr.strip().splitlines()[-1]
    assert all(f"{name} (" in last_line for name in REQUIRED)


def test_production_settings_load_with_every_variable():
    result = _import_production({**REQUIRED, "REDIS_URL": "redis://cache.internal:6379/0"})
    assert result.returncode == 0, result.stderr


def test_base_settings_are_safe_to_deploy():
    """With nothing set, base.py has no signing key to fall back on and no debug pages."""
    result = subprocess.run(
        [sys.executable, "-c",
         "from network_site.settings import base as s; print(s.DEBUG, bool(s.SECRET_KEY))"],
        cwd=PROJECT, env={k: v for k, v in os.environ.items() if k != "SECRET_KEY"},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    debug, has_secret_key = result.stdout.split()
    assert (debug, has_secret_key) == ("False", "False")


def _machine_translator(env: dict, module: str = "base") -> str:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEEPL_AUTH_KEY", "GOOGLE_TRANSLATE_PROJECT_ID", "LIBRETRANSLATE_URL"}
    }
    code = (
        f"from network_site.settings import {module} as s; "
        "t = s.WAGTAILLOCALIZE_MACHINE_TRANSLATOR; print(t and t['CLASS'])"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_machine_translation_is_chosen_by_the_environment():
    assert _machine_translator({}) == "None"
    assert _machine_translator({"DEEPL_AUTH_KEY": "k:fx"}).endswith("DeepLTranslator")
    assert _machine_translator({"GOOGLE_TRANSLATE_PROJECT_ID": "p"}).endswith(
        "GoogleCloudTranslator"
    )
    assert _machine_translator({"LIBRETRANSLATE_URL": "http://mt.internal"}).endswith(
        "LibreTranslator"
    )
    assert _machine_translator({}, module="dev").endswith("DummyTranslator")
    production_env = {**REQUIRED, "REDIS_URL": "redis://cache.internal:6379/0"}
    assert _machine_translator(production_env, module="production") == "None"


def test_development_mail_prints_links_whole():
    """Links in development e-mails can be copied from the terminal (no soft line breaks)."""
    import io

    from django.core.mail import EmailMessage

    link = "http://127.0.0.1:8000/en/registrations/" + "x" * 120 + "/"
    message = EmailMessage("Confirmed – ß", f"Open:\n{link}\n", to=["ana@example.org"])
    message.attach("event.ics", b"BEGIN:VCALENDAR", "text/calendar")
    stream = io.StringIO()
    ReadableConsoleEmailBackend(stream=stream).send_messages([message])
    printed = stream.getvalue()
    assert link in printed
    assert "Subject: Confirmed – ß" in printed
    assert "[attached: event.ics (text/calendar)]" in printed


def test_test_settings_open_no_database_connection_at_import():
    """Choosing the local server looks for its socket file; it does not connect."""
    code = (
        "import sys; sys.modules['psycopg'] = None; "  # any use of psycopg would fail
        "from network_site.settings import test; print(test.DATABASES['default']['NAME'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env={k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "network_site"
