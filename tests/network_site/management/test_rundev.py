"""`make run` prints the banner with the logins once the site answers, not before."""

import io
import socket
import subprocess
import sys
import time

import pytest

from network_site.management.commands.rundev import Command, site_answers, wait_until_answering


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def running_process():
    """A process that runs until the test ends (it waits for input that never comes)."""
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    yield process
    process.kill()
    process.wait()


@pytest.fixture
def ended_process():
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process


def test_nothing_answers_on_an_unused_port():
    assert not site_answers(f"http://127.0.0.1:{_unused_port()}/health/live/")


def test_the_site_answers_once_it_serves(live_server, running_process):
    url = f"{live_server.url}/health/live/"
    assert wait_until_answering(url, [running_process])


def test_waiting_ends_when_a_process_ends_before_the_site_answers(ended_process):
    url = f"http://127.0.0.1:{_unused_port()}/health/live/"
    assert not wait_until_answering(url, [ended_process])


def test_the_banner_says_the_site_is_ready_and_how_long_the_start_took(
    live_server, running_process
):
    host, port = live_server.url.removeprefix("http://").split(":")
    out, err = io.StringIO(), io.StringIO()
    command = Command(stdout=out, stderr=err)
    started_at = time.time() - 42
    assert command.announce_when_ready(host, int(port), [running_process], started_at)
    banner = out.getvalue()
    ready = next(line for line in banner.splitlines() if "Site ready in" in line)
    seconds = int(ready.split("Site ready in ")[1].split(" s")[0])
    assert 42 <= seconds < 100
    assert f"at http://{host}:{port}/" in ready
    assert "editor@example.org" in banner and "make totp" in banner
    register = next(line for line in banner.splitlines() if "Register of people" in line)
    assert register.endswith(f"http://{host}:{port}/en/members/register/")
    assert "record Florin Dumitresco, born in 1986" in " ".join(banner.split())


def test_no_banner_when_the_server_stops_before_it_answers(ended_process):
    out, err = io.StringIO(), io.StringIO()
    command = Command(stdout=out, stderr=err)
    assert not command.announce_when_ready(
        "127.0.0.1", _unused_port(), [ended_process], time.time()
    )
    assert "editor@example.org" not in out.getvalue()
    assert "stopped before it answered" in err.getvalue()
