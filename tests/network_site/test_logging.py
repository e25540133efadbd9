"""What the development site prints: each log message once."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
EMIT = """
import logging, django
django.setup()
logging.getLogger("django.tasks").info("Task id=t-1 path=example state=SUCCESSFUL")
logging.getLogger("django.utils.autoreload").info("Watching for file changes")
logging.getLogger("wagtail").info("Published: page")
"""


def test_the_development_settings_print_a_task_event_once():
    """The task worker's events used to appear twice under `make run`: once through
    Django's own console handler of the "django" logger, once through the root's."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "network_site.settings.dev"}
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", EMIT],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    output = result.stdout + result.stderr
    assert output.count("Task id=t-1 path=example state=SUCCESSFUL") == 1, output
    assert output.count("Watching for file changes") == 1, output
    assert output.count("Published: page") == 1, output
