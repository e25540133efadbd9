"""`make bench`: the site under load, served as in production, next to a bare Django view.

Builds a throw-away PostgreSQL database with the demo content, starts gunicorn with
the production settings (one sync worker, so its CPU time is the cost of the
requests), and drives each page with a small load generator from this process.
For every page it prints requests per second, CPU milliseconds per request in the
worker, and both relative to a bare Django view (the liveness check, which touches
neither database nor cache). "uncached" adds a query string, which the whole-page
cache never serves, so the page renders on every request (the frame's own caches
stay warm, as they are in production).

Environment: BENCH_SECONDS (per page, default 5), BENCH_CLIENTS (default 4),
BENCH_PORT (default 8765), DATABASE_URL (a server to create the bench database on),
BENCH_REDIS_URL (the cache, as production requires one: default the local Redis).
"""

import os
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

SECONDS = float(os.environ.get("BENCH_SECONDS", "5"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "4"))
PORT = int(os.environ.get("BENCH_PORT", "8765"))
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
DATABASE_NAME = "network_site_bench"
TARGET_UNCACHED_GUIDE_MS = 12.0


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


def drive(path_for, seconds: float) -> int:
    """Send requests from CLIENTS threads for ``seconds``; return how many succeeded."""
    done = [0] * CLIENTS
    errors: list[str] = []
    deadline = time.monotonic() + seconds

    def client(number: int) -> None:
        count = 0
        while time.monotonic() < deadline:
            connection = HTTPConnection("127.0.0.1", PORT, timeout=30)
            connection.request("GET", path_for(number, count), headers={"Host": "127.0.0.1"})
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
    }
    dev_env = {**base_env, "DJANGO_SETTINGS_MODULE": "network_site.settings.dev"}
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
    gunicorn = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "network_site.wsgi", "--workers", "1",
         "--bind", f"127.0.0.1:{PORT}", "--log-level", "warning"],
        cwd=PROJECT, env=prod_env,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                HTTPConnection("127.0.0.1", PORT, timeout=1).request("GET", "/health/live/")
                break
            except OSError:
                time.sleep(0.1)
        guide = "/en/guides/rapid-re-housing-of-homeless-families/"
        event = "/en/events/housing-first-peer-review-visit-berlin/"
        pages = [
            ("bare Django view", lambda n, c: "/health/live/"),
            ("home", lambda n, c: "/en/"),
            ("guide listing, 2 filters", lambda n, c: "/en/guides/?theme=outreach&country=BE"),
            ("guide page", lambda n, c: guide),
            ("guide page, uncached", lambda n, c: f"{guide}?bench={n}-{c}"),
            ("search", lambda n, c: "/en/search/?q=housing"),
            ("event listing, uncached", lambda n, c: f"/en/events/?bench={n}-{c}"),
            ("event page, uncached", lambda n, c: f"{event}?bench={n}-{c}"),
            ("materials library, 1 filter", lambda n, c: f"/en/materials/?kind=slides&b={n}"),
        ]
        rows = []
        for name, path_for in pages:
            drive(path_for, 1.0)  # warm up: templates, caches, connections
            cpu_before = worker_cpu_seconds(gunicorn.pid)
            started = time.monotonic()
            count = drive(path_for, SECONDS)
            elapsed = time.monotonic() - started
            cpu_ms = 1000 * (worker_cpu_seconds(gunicorn.pid) - cpu_before) / count
            rows.append((name, count / elapsed, cpu_ms))
        bare_rate, bare_cpu = rows[0][1], rows[0][2]
        print(f"\n{'page':28} {'req/s':>8} {'CPU ms':>8} {'req/s vs bare':>14} {'CPU vs bare':>12}")
        for name, rate, cpu_ms in rows:
            print(
                f"{name:28} {rate:8.0f} {cpu_ms:8.2f} {rate / bare_rate:13.2f}x "
                f"{cpu_ms / bare_cpu:11.1f}x"
            )
        uncached = next(cpu for name, _rate, cpu in rows if name == "guide page, uncached")
        verdict = "meets" if uncached <= TARGET_UNCACHED_GUIDE_MS else "MISSES"
        print(
            f"\nUncached guide page: {uncached:.2f} ms CPU per request, "
            f"{verdict} the {TARGET_UNCACHED_GUIDE_MS:.0f} ms target."
        )
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=20)
        shutil.rmtree(workdir, ignore_errors=True)
        recreate_database(server, create=False)


if __name__ == "__main__":
    main()
