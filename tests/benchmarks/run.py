"""`make bench`: the site under load, served as in production, next to a bare Django view.

Builds a throw-away PostgreSQL database with the demo content (its images in a
temporary MEDIA_ROOT that the server reads too: the run stops if a guide page shows
Wagtail's "not-found" image instead of real renditions), starts gunicorn with the
production settings (one sync worker, so its CPU time is the cost of the requests),
and drives each page with a small load generator from this process. "uncached" adds
a query string, which the whole-page cache never serves, so the page renders on
every request (the frame's own caches stay warm, as they are in production).

For every page it prints:

- requests per second and CPU milliseconds per request in the worker, and both
  relative to a bare Django view (the liveness check, which touches neither database
  nor cache). Other processes on the machine change these: compare runs made back
  to back only;
- SQL queries of one request (tests/benchmarks/page_queries.py, counted before the
  server starts with the same settings, database and cache): "SQL" as the row sends
  it with warm caches (none when the whole-page cache answers), "render" when the
  page is rendered with warm fragment caches, "cold" with every cache empty (as
  after an editor publishes);
- "peak MB": the worker's peak resident memory so far (VmHWM), after that row.

Then the worker's memory once started (VmRSS after its first request), its peak,
its proportional share at the end (PSS: pages shared with the master counted in
part) and its private memory at the end (what one more worker would add; the rest
is shared with the master: libraries and, with the production configuration's
preloading, everything the master loaded before forking). docs/benchmarks.md has
the results.

The register (issue 14): the member home, the register home and a person's page
signed in as the demo caseworker, and the name lookup among a million synthetic
people (tests/benchmarks/register.py).

Environment: BENCH_SECONDS (per page, default 5), BENCH_CLIENTS (default 4),
BENCH_PORT (default 8765), DATABASE_URL (a server to create the bench database on),
BENCH_DATABASE (its name, default network_site_bench, dropped at the start and the
end), BENCH_REGISTER_PEOPLE (synthetic people for the lookup, default 1000000; 0: none),
BENCH_REDIS_URL (the cache, as production requires one: default the local Redis db
14, which the run empties), BENCH_PRELOAD=0 (gunicorn's defaults instead of the
production configuration network_site/gunicorn.conf.py, which preloads the site).
"""

import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.client import HTTPConnection
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from network_site.settings.local_postgres import as_database_url, local_postgres_settings
from tests.benchmarks import register

SECONDS = float(os.environ.get("BENCH_SECONDS", "5"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "4"))
PORT = int(os.environ.get("BENCH_PORT", "8765"))
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
PRELOAD = os.environ.get("BENCH_PRELOAD", "1") != "0"
GUNICORN_CONFIG = PROJECT / "network_site" / "gunicorn.conf.py"
DATABASE_NAME = os.environ.get("BENCH_DATABASE", "network_site_bench")
TARGET_UNCACHED_GUIDE_MS = 12.0
TARGET_WORKER_PEAK_MB = 120.0

GUIDE = "/en/guides/rapid-re-housing-of-homeless-families/"
EVENT = "/en/events/housing-first-peer-review-visit-berlin/"
# (name, path of the request number c of client n)
PAGES = [
    ("bare Django view", lambda n, c: "/health/live/"),
    ("home", lambda n, c: "/en/"),
    ("guide listing, 2 filters", lambda n, c: "/en/guides/?theme=outreach&country=BE"),
    ("guide page", lambda n, c: GUIDE),
    ("guide page, uncached", lambda n, c: f"{GUIDE}?bench={n}-{c}"),
    ("search", lambda n, c: "/en/search/?q=housing"),
    ("event listing, uncached", lambda n, c: f"/en/events/?bench={n}-{c}"),
    ("event page, uncached", lambda n, c: f"{EVENT}?bench={n}-{c}"),
    ("materials library, 1 filter", lambda n, c: f"/en/materials/?kind=slides&b={n}"),
]


def recreate_database(server: dict, *, create: bool = True) -> None:
    """Drop the bench database and, unless told otherwise, create it empty."""
    import psycopg

    with psycopg.connect(
        dbname="postgres",
        user=server["USER"] or None,
        password=server.get("PASSWORD") or None,
        host=server.get("HOST") or None,
        port=server.get("PORT") or None,
        autocommit=True,
    ) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')
        if create:
            connection.execute(f'CREATE DATABASE "{DATABASE_NAME}"')


def manage(env: dict, *args: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=env, check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip


def worker_cpu_seconds(master_pid: int) -> float:
    """CPU time (user + system) of the gunicorn worker processes so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    total = 0
    for pid in children:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / ticks


def worker_pid(master_pid: int) -> int:
    """The pid of gunicorn's one worker (the master only watches it)."""
    for _ in range(100):
        children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
        if children:
            return int(children[0])
        time.sleep(0.1)
    raise SystemExit("gunicorn started no worker")


def memory_mb(pid: int, field: str) -> float:
    """``VmRSS`` (resident now) or ``VmHWM`` (peak resident so far) of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    raise SystemExit(f"no {field} for process {pid}")


def rollup_mb(pid: int, *names: str) -> float:
    """The sum of some ``smaps_rollup`` fields of a process, in MB."""
    fields = dict(
        line.split(":", 1)
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
        if ":" in line
    )
    return sum(int(fields[name].split()[0]) for name in names) / 1024


def wait_for_server() -> None:
    """Wait until the worker answers the liveness check."""
    for _ in range(300):
        try:
            connection = HTTPConnection("127.0.0.1", PORT, timeout=1)
            connection.request("GET", "/health/live/")
            connection.getresponse().read()
            connection.close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("gunicorn did not answer within 30 seconds")


def check_images(path: str, media_root: Path) -> None:
    """Stop unless the page shows image renditions the server really made from the demo's files.

    Wagtail renders a missing original as a "not-found" image instead of failing, so a
    server reading the wrong MEDIA_ROOT would otherwise go unnoticed.
    """
    connection = HTTPConnection("127.0.0.1", PORT, timeout=30)
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    html = connection.getresponse().read().decode()
    connection.close()
    sources = re.findall(r'<img[^>]*\ssrc="([^"]*)"', html)
    renditions = [src for src in sources if src.startswith("/media/images/")]
    if not renditions or any("not-found" in src for src in sources):
        raise SystemExit(f"{path} shows no real image rendition: {sources}")
    missing = [src for src in renditions if not (media_root / src[len("/media/") :]).is_file()]
    if missing:
        raise SystemExit(f"{path} shows renditions missing from {media_root}: {missing}")


def count_queries(env: dict) -> dict[str, tuple[int, int, int]]:
    """SQL queries per page: a request as the bench sends it, a render of the page with
    warm fragment caches, and a request with every cache empty.

    Counted in a separate process with the server's settings, database and cache
    (tests/benchmarks/page_queries.py), since production settings keep no query log.
    """
    output = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.page_queries"],
        cwd=PROJECT, env=env, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return {name: tuple(counts) for name, counts in json.loads(output).items()}


def print_table(rows: list, queries: dict[str, tuple[int, int, int]]) -> None:
    bare_rate, bare_cpu = rows[0][1], rows[0][2]
    print(
        f"\n{'page':28} {'req/s':>6} {'CPU ms':>7} {'req/s vs bare':>14} {'CPU vs bare':>12} "
        f"{'SQL':>4} {'render':>7} {'cold':>5} {'peak MB':>8}"
    )
    for name, rate, cpu_ms, peak_mb in rows:
        warm, render, cold = queries[name]
        print(
            f"{name:28} {rate:6.0f} {cpu_ms:7.2f} {rate / bare_rate:13.2f}x "
            f"{cpu_ms / bare_cpu:11.1f}x {warm:4} {render:7} {cold:5} {peak_mb:8.0f}"
        )


def drive(path_for, seconds: float, headers: dict | None = None) -> int:
    """Send requests from CLIENTS threads for ``seconds``; return how many succeeded."""
    headers = {"Host": "127.0.0.1", **(headers or {})}
    done = [0] * CLIENTS
    errors: list[str] = []
    deadline = time.monotonic() + seconds

    def client(number: int) -> None:
        count = 0
        while time.monotonic() < deadline:
            connection = HTTPConnection("127.0.0.1", PORT, timeout=30)
            connection.request("GET", path_for(number, count), headers=headers)
            response = connection.getresponse()
            response.read()
            connection.close()
            if response.status != 200:
                errors.append(f"{path_for(number, count)} answered {response.status}")
                return
            count += 1
        done[number] = count

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise SystemExit(errors[0])
    return sum(done)


def main() -> None:
    server = local_postgres_settings(os.environ.get("DATABASE_URL", ""))
    recreate_database(server)
    workdir = Path(tempfile.mkdtemp(prefix="network-bench-"))
    base_env = {
        **os.environ,
        "DATABASE_URL": as_database_url(server, DATABASE_NAME),
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
        "LOG_LEVEL": "WARNING",
        # One pair of register keys for the server and the loaders (development settings
        # take them from the environment too): people recorded by one open in the other.
        "REGISTER_MASTER_KEYS": "1:" + base64.b64encode(os.urandom(32)).decode(),
        "REGISTER_INDEX_KEY": base64.b64encode(os.urandom(32)).decode(),
    }
    # The development settings keep media in VAR_DIR/media and ignore MEDIA_ROOT: the
    # demo loader must write its images where the production server will read them.
    dev_env = {
        **base_env,
        "DJANGO_SETTINGS_MODULE": "network_site.settings.dev",
        "VAR_DIR": str(workdir),
    }
    prod_env = {
        **base_env,
        "DJANGO_SETTINGS_MODULE": "network_site.settings.production",
        "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        # Production requires a cache shared by its workers (rate limits): Redis, as there.
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": "network-site-bench",
    }
    print("Preparing: database, demo content, static files ...", flush=True)
    manage(dev_env, "migrate", "--noinput")
    manage(dev_env, "load_demo_content")
    manage(prod_env, "collectstatic", "--noinput")
    register.load_synthetic_people(dev_env)
    signed_in = register.signed_in_pages(prod_env)
    prod_env[register.SIGNED_IN] = json.dumps(signed_in)
    pages = [(name, path_for, {}) for name, path_for in PAGES] + register.page_rows(signed_in)
    # Before the server starts: the counter empties the cache for each cold render
    # (which also forgets pages cached by an earlier bench run).
    queries = count_queries(prod_env)
    gunicorn = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "network_site.wsgi", "--workers", "1",
         "--bind", f"127.0.0.1:{PORT}", "--log-level", "warning",
         "--max-requests", "0",  # one worker all along: its memory is what is measured
         *(["--config", str(GUNICORN_CONFIG)] if PRELOAD else [])],
        cwd=PROJECT, env=prod_env,
    )  # fmt: skip
    try:
        wait_for_server()
        worker = worker_pid(gunicorn.pid)
        started_mb = memory_mb(worker, "VmRSS")
        check_images(GUIDE, Path(prod_env["MEDIA_ROOT"]))
        rows = []
        for name, path_for, headers in pages:
            drive(path_for, 1.0, headers)  # warm up: templates, caches, connections
            cpu_before = worker_cpu_seconds(gunicorn.pid)
            started = time.monotonic()
            count = drive(path_for, SECONDS, headers)
            elapsed = time.monotonic() - started
            cpu_ms = 1000 * (worker_cpu_seconds(gunicorn.pid) - cpu_before) / count
            rows.append((name, count / elapsed, cpu_ms, memory_mb(worker, "VmHWM")))
        print_table(rows, queries)
        peak_mb = rows[-1][3]
        uncached = next(cpu for name, _rate, cpu, _mb in rows if name == "guide page, uncached")
        verdict = "meets" if uncached <= TARGET_UNCACHED_GUIDE_MS else "MISSES"
        print(
            f"\nUncached guide page: {uncached:.2f} ms CPU per request, "
            f"{verdict} the {TARGET_UNCACHED_GUIDE_MS:.0f} ms target."
        )
        verdict = "meets" if peak_mb <= TARGET_WORKER_PEAK_MB else "MISSES"
        print(
            f"Worker memory{' (preloaded)' if PRELOAD else ' (not preloaded)'}: "
            f"{started_mb:.0f} MB once started, peak {peak_mb:.0f} MB ({verdict} the "
            f"{TARGET_WORKER_PEAK_MB:.0f} MB target); at the end "
            f"{rollup_mb(worker, 'Pss'):.0f} MB proportional (PSS), "
            f"{rollup_mb(worker, 'Private_Clean', 'Private_Dirty'):.0f} MB private."
        )
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=20)
    try:
        # With the server stopped: nothing else runs in the bench while lookups are timed.
        register.time_lookups(prod_env)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        recreate_database(server, create=False)


if __name__ == "__main__":
    main()
