"""Loading the demo site in named steps, so that ``make run`` can say what it is doing.

Each stage creates what is missing of one part of the demo (see ``loader.py``) and
returns a line per thing it created. The stages share one loader and run in order:
the frame first, then the sections, the menu that links them, and the translations.
"""

from collections.abc import Callable, Container
from dataclasses import dataclass

from django.conf import settings

from wagtail.models import Locale

from practices.demo.data_files import read
from practices.demo.loader import DemoLoader
from practices.demo.translations_loader import demo_translation_languages, load_demo_translations


@dataclass(frozen=True)
class DemoStage:
    """One step of loading the demo: a name for the progress line, and the work."""

    name: str
    run: Callable[[], list[str]]


def demo_site_stages(*, sections: Container[str] | None = None) -> list[DemoStage]:
    """The stages that load the demo site.

    ``sections`` names the sections of ``sections.yaml`` to load (default: all); the
    frame, the menu and the translations of whatever exists are always loaded.
    """
    frame = read("frame.yaml")
    shared: dict = {}

    def loader() -> DemoLoader:
        return shared["loader"]

    def recorded(step: Callable[[], object]) -> Callable[[], list[str]]:
        """Run ``step`` and return what the loader recorded as created meanwhile."""

        def run() -> list[str]:
            before = len(shared["loader"].created) if "loader" in shared else 0
            step()
            return shared["loader"].created[before:]

        return run

    def load_frame() -> None:
        for code, _name in settings.LANGUAGES:
            Locale.objects.get_or_create(language_code=code)
        shared["loader"] = DemoLoader()  # reads the default locale, created above
        shared["home"] = loader().load_frame(frame)
        loader().ensure_footer(frame["footer"])
        loader().ensure_terms()

    def load_section(slug: str) -> Callable[[], None]:
        return lambda: loader().load_sections(shared["home"], {slug})

    def load_events_support() -> None:
        loader().ensure_registrations()
        loader().collection()
        loader().ensure_organiser_role()

    def translate(language: str) -> Callable[[], list[str]]:
        return lambda: load_demo_translations(languages={language})

    wanted = [slug for slug in read("sections.yaml") if sections is None or slug in sections]
    return [
        DemoStage("home page, information pages, vocabularies", recorded(load_frame)),
        *(DemoStage(f"section /{slug}/", recorded(load_section(slug))) for slug in wanted),
        DemoStage("main menu", recorded(lambda: loader().ensure_menu(frame["main_menu"]))),
        DemoStage("registrations and organisers", recorded(load_events_support)),
        *(
            DemoStage(f"translations into {language}", translate(language))
            for language in demo_translation_languages()
        ),
    ]


def load_demo_site(*, sections: Container[str] | None = None) -> list[str]:
    """Create whatever is missing of the demo site; return a line per thing created."""
    return [line for stage in demo_site_stages(sections=sections) for line in stage.run()]
