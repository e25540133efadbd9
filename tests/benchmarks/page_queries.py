"""SQL queries of each bench page, for `make bench` (tests/benchmarks/run.py).

Run by the bench with the server's environment (production settings, the bench
database, the same Redis cache), before the server starts, since production settings
keep no query log. Every request goes through Django's whole request handling from a
new client without cookies, as the load generator's do. For every page it prints, as
JSON, the queries of:

- the request as the bench sends it once the caches are warm (a page served from the
  whole-page cache runs none);
- a render of the page: a query string added so the whole-page cache is bypassed, the
  frame's and fragments' caches warm (what an "uncached" row costs every time);
- the first request with every cache empty, as after an editor publishes.
"""

import json
import os
import sys

import django

from tests.benchmarks.run import PAGES

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network_site.settings.production")


def main() -> None:
    django.setup()

    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    def queries_of(path: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            response = Client(HTTP_HOST="127.0.0.1").get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
        return len(queries)

    counts = {}
    for name, path_for in PAGES:
        cache.clear()
        cold = queries_of(path_for(0, 0))
        warm = queries_of(path_for(0, 1))
        path = path_for(0, 2)
        render = queries_of(f"{path}{'&' if '?' in path else '?'}bench-render")
        counts[name] = (warm, render, cold)
    json.dump(counts, sys.stdout)


if __name__ == "__main__":
    main()
