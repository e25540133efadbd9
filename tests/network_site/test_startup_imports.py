"""What a web worker loads before its first request: heavy libraries only some pages need
wait until a request needs them (docs/benchmarks.md, worker memory)."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
LOADED_ON_DEMAND = ["icalendar", "elasticsearch"]

STARTUP = """
import sys
import django
django.setup()
from django.urls import get_resolver
get_resolver().url_patterns
print(" ".join(name for name in sys.argv[1:] if name in sys.modules))
"""


def test_a_started_worker_has_not_loaded_libraries_only_some_pages_need():
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "network_site.settings.test"}
    loaded = subprocess.run(
        [sys.executable, "-c", STARTUP, *LOADED_ON_DEMAND],
        cwd=PROJECT, env=environment, check=True, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    assert loaded == []
