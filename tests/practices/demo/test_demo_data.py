"""The demo's data files hang together: what one file names, another provides.

An editor of the data finds a broken reference here in a second, not halfway
through a demo load.
"""

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
