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

Signed-in pages (the register's, tests/benchmarks/register.py) are requested with
the session cookie the bench hands over in ``BENCH_SIGNED_IN``.
"""

import json
import os
import sys

import django

from tests.benchmarks.register import SIGNED_IN
from tests.benchmarks.run import PAGES

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network_site.settings.production")


def main() -> None:
    django.setup()

    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    signed_in = json.loads(os.environ.get(SIGNED_IN, '{"cookie": "", "pages": {}}'))

    def queries_of(path: str, cookie: str = "") -> int:
        client = Client(HTTP_HOST="127.0.0.1")
        client.cookies.load(cookie)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
        return len(queries)

    pages = [(name, path_for, "") for name, path_for in PAGES] + [
        (name, lambda n, c, path=path: path, signed_in["cookie"])
        for name, path in signed_in["pages"].items()
    ]
    counts = {}
    for name, path_for, cookie in pages:
        cache.clear()
        cold = queries_of(path_for(0, 0), cookie)
        warm = queries_of(path_for(0, 1), cookie)
        path = path_for(0, 2)
        render = queries_of(f"{path}{'&' if '?' in path else '?'}bench-render", cookie)
        counts[name] = (warm, render, cold)
    json.dump(counts, sys.stdout)


if __name__ == "__main__":
    main()
