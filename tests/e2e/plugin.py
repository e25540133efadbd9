"""Browser tests: Playwright drives the system Chromium (Playwright cannot download one here).

Chromium is found at ``CHROMIUM_PATH`` or ``/usr/bin/chromium``. When it is missing
the browser tests are skipped with a loud warning on a developer's machine, and the
whole run fails when ``CI=true``: CI must never pass without its browser tests.
"""

import os
import shutil
from pathlib import Path

import pytest

E2E_DIR = Path(__file__).parent
OUTPUT_DIR = Path(__file__).resolve().parents[2] / "test-results"
CHROMIUM_MISSING = "Chromium was not found (set CHROMIUM_PATH or install Debian's 'chromium')"


def chromium_path() -> str | None:
    """The Chromium executable to drive, or None when there is none."""
    candidate = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
    found = shutil.which(candidate)
    return found


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def pytest_collection_modifyitems(config, items):
    e2e_items = [item for item in items if E2E_DIR in Path(str(item.fspath)).parents]
    for item in e2e_items:
        item.add_marker(pytest.mark.e2e)
    if not e2e_items or chromium_path():
        return
    message = f"{CHROMIUM_MISSING}: {len(e2e_items)} browser tests cannot run."
    if in_ci() and not hasattr(config, "workerinput"):
        pytest.exit(f"{message} CI requires them.", returncode=1)
    # A pytest-xdist worker leaves stopping the run to the main process (below).
    for item in e2e_items:
        item.add_marker(pytest.mark.skip(reason=message))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node, ids):
    """With pytest-xdist the workers collect: the main process stops the run in CI."""
    e2e = [test for test in ids if test.startswith("tests/e2e/")]
    if e2e and in_ci() and not chromium_path():
        message = f"{CHROMIUM_MISSING}: {len(e2e)} browser tests cannot run."
        pytest.exit(f"{message} CI requires them.", returncode=1)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    # From the skip reports: with pytest-xdist the workers collect, not this process.
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if CHROMIUM_MISSING in str(report.longrepr)
    ]
    if skipped:
        message = str(skipped[0].longrepr[-1]).removeprefix("Skipped: ")
        terminalreporter.write_sep("!", "BROWSER TESTS SKIPPED", red=True, bold=True)
        terminalreporter.write_line(message, red=True, bold=True)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Launch the system Chromium headless, without the network chatter this machine blocks."""
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    return {
        **browser_type_launch_args,
        "executable_path": chromium_path(),
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """Where browser tests save screenshots for people to look at."""
    path = OUTPUT_DIR / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path
