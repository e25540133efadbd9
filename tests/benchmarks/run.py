"""`make bench`: how fast the main pages render, and how many queries each takes.

Creates a throw-away PostgreSQL test database, loads the demo content, then sends
requests through Django's test client (in-process WSGI, no network) and reports
requests per second, CPU milliseconds per request and queries per request, with
an empty cache (cold: every request renders) and a warm one (the page cache
serves). Targets live here, not in timed tests.
"""

import os
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network_site.settings.test")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django

django.setup()

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import setup_test_environment

PAGES = ["/en/", "/fr/", "/de/ueber-das-netzwerk/", "/en/search/?q=network", "/health/"]
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "300"))


def measure(client: Client, path: str, *, cold: bool) -> tuple[float, float, int]:
    """Requests per second, CPU ms and queries per request; ``cold`` empties the cache first."""
    client.get(path)  # warm the template loaders and connection
    if cold:
        cache.clear()
    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)
    ):
        client.get(path)
    count = max(REQUESTS // (10 if cold else 1), 20)
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(count):
        if cold:
            cache.clear()
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return count / wall, 1000 * cpu / count, len(queries)


def main() -> None:
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from practices.demo.loader import load_site_frame

        load_site_frame()
        client = Client()
        print(f"{'page':28} {'cache':6} {'req/s':>8} {'CPU ms':>8} {'queries':>8}")
        for path in PAGES:
            for cold in (True, False):
                rate, cpu_ms, queries = measure(client, path, cold=cold)
                label = "cold" if cold else "warm"
                print(f"{path:28} {label:6} {rate:8.0f} {cpu_ms:8.2f} {queries:8d}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
