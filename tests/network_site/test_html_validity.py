"""The public pages are valid HTML, as the Nu HTML checker (vnu.jar, from npm) reads them.

The checker runs once over every page, rendered by the test client in English and in
Arabic. Java and the jar are required: without them the test fails, it never skips
(``npm ci`` installs the jar, Java 17 runs it).
"""

import json
import shutil
import subprocess
from datetime import time
from pathlib import Path

from django.conf import settings

from practices.models import MaterialsLibraryPage
from tests.factories import make_event, make_event_index

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _public_urls(tree) -> dict[str, str]:
    """One page of each kind the public site has, by a name for the file."""
    home = tree["home"]
    events = make_event_index(home)
    event = make_event(
        events,
        capacity=10,
        agenda=[("session", {"starts": time(9, 30), "ends": time(10, 15), "title": "Welcome"})],
    )
    materials = home.add_child(instance=MaterialsLibraryPage(title="Materials", slug="materials"))
    materials.save_revision().publish()
    return {
        "home": "/en/",
        "guides": tree["guides_index"].url,
        "guide": tree["guides"][0].url,
        "country": tree["belgium"].url,
        "update": tree["update"].url,
        "events": events.url,
        "event": event.url,
        "registration": f"{event.url}register/",
        "search": "/en/search/?q=housing",
        "materials": materials.url,
        "not-found": "/en/no-such-page/",
    }


def _nu_errors(files: list[Path]) -> list[str]:
    java = shutil.which("java")
    assert java, "Java (17 or newer) is needed to run the Nu HTML checker"
    assert VNU_JAR.is_file(), f"{VNU_JAR} is missing: run `npm ci`"
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(result.stderr or result.stdout)
    return [
        f"{Path(message['url']).name}:{message.get('lastLine')}: {message['message']}"
        f" [{message.get('extract', '').strip()}]"
        for message in report["messages"]
        if message["type"] in ("error", "non-document-error")
    ]


def test_public_pages_have_no_html_errors(client, knowledge_tree, tmp_path):
    files = []
    for name, url in _public_urls(knowledge_tree).items():
        for language in ("en", "ar"):
            response = client.get(f"/{language}/{url.removeprefix('/en/')}")
            expected = 404 if name == "not-found" else 200
            assert response.status_code == expected, f"{language} {name}: {response.status_code}"
            path = tmp_path / f"{language}-{name}.html"
            path.write_bytes(response.content)
            files.append(path)
    errors = _nu_errors(files)
    assert errors == [], "\n".join(errors)
