"""The register in `make bench` (issue 14): its pages signed in, and the name lookup at scale.

The bench's own process never loads Django: what needs the database runs in
tests/benchmarks/register_tasks.py, in a process with the server's settings.

- Signed-in pages: the demo caseworker's session (with the proof of a second factor
  the member area asks for) is sent as a cookie with every request, so the member
  home, the register home and a person's page are driven like the public pages, and
  their rows stand next to the bare view's. A page that does not answer 200 (a screen
  not built in this branch: it answers 404) is left out, and said so.
- The lookup: ``BENCH_REGISTER_PEOPLE`` synthetic people (default a million; 0 leaves
  them out) are loaded with ``manage.py register_synthetic_people`` before the server
  starts, so the register's pages are measured with a full table too; the lookups
  are timed once the server has stopped, when nothing else runs in the bench.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
REGISTER_PEOPLE = int(os.environ.get("BENCH_REGISTER_PEOPLE", "1000000"))
SIGNED_IN = "BENCH_SIGNED_IN"  # the environment variable that hands the session on


def _task(env: dict, name: str) -> dict:
    output = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.register_tasks", name],
        cwd=PROJECT, env=env, check=True, stdout=subprocess.PIPE, text=True,
    ).stdout  # fmt: skip
    return json.loads(output)


def signed_in_pages(env: dict) -> dict:
    """The demo caseworker's session cookie and the signed-in pages that answer 200.

    Returns ``{"cookie": …, "pages": {name: path}}``; prints the pages left out.
    """
    prepared = _task(env, "pages")
    if prepared["recorded_here"]:
        print(f"  the demo has no register people: {prepared['recorded_here']} recorded here")
    pages = {}
    for name, (path, status) in prepared["pages"].items():
        if status == 200:
            pages[name] = path
        else:
            print(f"  {name}: {path} answers {status} (not built in this branch), left out")
    return {"cookie": prepared["cookie"], "pages": pages}


def load_synthetic_people(env: dict) -> None:
    """``REGISTER_PEOPLE`` synthetic people, with the command's progress on the terminal."""
    if not REGISTER_PEOPLE:
        return
    print(f"Preparing: {REGISTER_PEOPLE:,} synthetic register people ...", flush=True)
    subprocess.run(
        [sys.executable, "manage.py", "register_synthetic_people",
         "--count", str(REGISTER_PEOPLE), "--seed", "14"],
        cwd=PROJECT, env=env, check=True,
    )  # fmt: skip


def page_rows(signed_in: dict) -> list:
    """(name, path of request c of client n, headers) of each signed-in page to drive."""
    headers = {"Cookie": signed_in["cookie"]}
    return [
        (name, lambda n, c, path=path: path, headers) for name, path in signed_in["pages"].items()
    ]


def time_lookups(env: dict) -> None:
    """Time the name lookup against the synthetic people, and print the verdict."""
    if not REGISTER_PEOPLE:
        print("\nName lookup: not measured (BENCH_REGISTER_PEOPLE=0).")
        return
    result = _task(env, "lookups")
    verdict = "meets" if result["p95"] <= result["target_p95"] else "MISSES"
    present = result["lookups"] // 2
    found = f"all {present} found" if not result["missed"] else f"{result['missed']} NOT FOUND"
    print(
        f"\nName lookup among {result['people']:,} people, {result['lookups']} lookups "
        f"({present} of people who are there: {found}; {result['mean_found']:.1f} people "
        f"in a result on average): p50 {result['p50']:.2f} ms, p95 {result['p95']:.2f} ms, "
        f"max {result['max']:.2f} ms; {verdict} the {result['target_p95']:.0f} ms target "
        f"for p95 (the bench's own CPU per lookup: p50 {result['cpu_p50']:.2f} ms; load "
        f"average {result['load']})."
    )
    if result["missed"] or verdict == "MISSES":
        print(f"The slowest lookup's queries:\n{result['slowest_plan']}")
