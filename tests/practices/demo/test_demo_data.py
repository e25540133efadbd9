"""The demo's data files hang together: what one file names, another provides.

An editor of the data finds a broken reference here in a second, not halfway
through a demo load.
"""

import re

from members.agencies.demo import DEMO_AGENCIES
from members.agencies.demo_accounts import DEMO_ACCOUNTS
from practices.choices import SiteView
from practices.demo.data_files import DATA, read


def _values(node, key: str):
    """Every value stored under ``key`` anywhere in a data structure."""
    if isinstance(node, dict):
        for name, value in node.items():
            if name == key:
                yield value
            yield from _values(value, key)
    elif isinstance(node, list):
        for item in node:
            yield from _values(item, key)


def _pages() -> dict[str, dict]:
    """Every page of every section, by ``<section>/<slug>``."""
    return {
        f"{section}/{slug}": read(f"{section}/{slug}.yaml")
        for section, spec in read("sections.yaml").items()
        for slug in spec.get("pages", [])
    }


def test_every_listed_page_has_its_file_and_every_file_is_listed():
    pages = _pages()
    for name, page in pages.items():
        assert page["slug"] == name.split("/")[1], f"{name}: the slug is not the file's name"
    files = {f"{path.parent.name}/{path.stem}" for path in DATA.glob("*/*.yaml") if path.is_file()}
    assert files == set(pages), "a page file that sections.yaml does not list is never loaded"


def test_every_illustration_and_document_named_exists():
    content = [read("frame.yaml"), *_pages().values()]
    illustrations = read("images.yaml")
    named = {*_values(content, "hero_image"), *_values(content, "image")}
    assert named <= set(illustrations), named - set(illustrations)
    documents = set(_values(content, "document"))
    files = {path.stem: path for path in (DATA / "documents").glob("*.pdf")}
    assert documents == set(files), "every document named has its PDF, and no PDF is unused"
    for path in files.values():
        data = path.read_bytes()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), path.name
        assert len(data) < 50_000, f"{path.name} is a sample, not a publication"


def test_every_page_named_by_slug_is_part_of_the_demo():
    frame = read("frame.yaml")
    slugs = {frame["home"]["slug"], *(page["slug"] for page in frame["pages"])}
    slugs |= set(read("sections.yaml")) | {page["slug"] for page in _pages().values()}
    menu = frame["main_menu"]["pages"]
    views = {entry["view"] for entry in menu if isinstance(entry, dict)}
    assert views <= set(SiteView.values), views - set(SiteView.values)
    named = {
        *_values([frame, *_pages().values()], "page"),
        *(entry for entry in menu if isinstance(entry, str)),
        *frame["footer"]["pages"],
        *(slug for page in _pages().values() for slug in page.get("related_guides", [])),
    }
    named.discard(None)
    assert named <= slugs, named - slugs


def _readme_number(pattern: str) -> int:
    """The number the README gives where ``pattern`` (a regular expression with one
    number group) matches its text, its lines joined."""
    readme = " ".join((DATA.parents[2] / "README.md").read_text().split())
    found = re.findall(pattern, readme)
    assert len(found) == 1, f"the README says {pattern!r} {len(found)} times"
    return int(found[0])


def test_the_readme_counts_what_the_demo_has():
    sections = read("sections.yaml")
    assert _readme_number(r"(\d+) best-practice guides") == len(sections["guides"]["pages"])
    assert _readme_number(r"(\d+) country profiles") == len(sections["countries"]["pages"])
    assert _readme_number(r"(\d+) updates \(") == len(sections["updates"]["pages"])
    events = [read(f"events/{slug}.yaml") for slug in sections["events"]["pages"]]
    upcoming = [event for event in events if event["schedule"]["days_from_today"] > 0]
    assert _readme_number(r"(\d+) events,") == len(events)
    assert _readme_number(r"(\d+) upcoming") == len(upcoming)
    assert _readme_number(r"(\d+) past") == len(events) - len(upcoming)
    listed = [agency for agency in DEMO_AGENCIES if agency["listed_publicly"] and agency["active"]]
    assert _readme_number(r"(\d+) member agencies in the public directory") == len(listed)
    assert _readme_number(r"the demo has (\d+) agencies") == len(DEMO_AGENCIES)
    translated = {path.parent.name for path in (DATA / "translations").glob("*/*.po")}
    guides_per_language = {
        language: len(
            [
                slug
                for slug in sections["guides"]["pages"]
                if (DATA / "translations" / language / f"{slug}.po").exists()
            ]
        )
        for language in translated
    }
    assert set(guides_per_language.values()) == {_readme_number(r"(\d+) of them translated")}
    readme = (DATA.parents[2] / "README.md").read_text()
    assert len(re.findall(r"^\| `[^`]+@example\.org` \|", readme, re.MULTILINE)) == len(
        DEMO_ACCOUNTS
    )
