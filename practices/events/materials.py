"""Materials: documents and links from events and guides, gathered for pages and the library.

Nothing is stored twice. The library reads the materials of published event
pages and the documents and video links of published guides, keeps the list of
each language in the cache until anything is published, and filters it by
kind, language, theme, country and words of the title.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.http import HttpRequest, QueryDict
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from network_site.core.content_cache import cached_content
from network_site.core.spoken_languages import spoken_language_name
from practices.choices import MaterialKind
from practices.fallback import in_reader_language, reader_urls
from practices.models import EventPage, GuidePage
from practices.selectors import public_pages
from practices.vocabulary import vocabulary_labels

MATERIALS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200


@dataclass
class Material:
    """One document or link, with what the library filters it by."""

    title: str
    url: str
    kind: str
    language: str = ""
    file_type: str = ""
    file_size: int | None = None
    source_title: str = ""
    source_url: str = ""
    source_is_event: bool = False
    themes: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return str(MaterialKind(self.kind).label) if self.kind in MaterialKind else self.kind

    @property
    def language_name(self) -> str:
        return spoken_language_name(self.language) if self.language else ""

    @property
    def search_text(self) -> str:
        return f"{self.title} {self.source_title}".casefold()


def _document_material(value, **common) -> Material:
    document = value["document"]
    return Material(
        title=value.get("title") or document.title,
        url=document.url,
        kind=value.get("kind") or MaterialKind.OTHER,
        language=value.get("language") or "",
        file_type=document.file_extension.upper(),
        file_size=document.file_size,
        **common,
    )


def material_from_value(value, **common) -> Material | None:
    """A material from the value of an event's document or link block (None: no document)."""
    if "document" in value:
        return _document_material(value, **common) if value["document"] is not None else None
    return Material(
        title=value["title"],
        url=value["url"],
        kind=value["kind"],
        language=value["language"],
        **common,
    )


def event_materials(event: EventPage, **common) -> list[Material]:
    """The materials of an event page, in the order the organiser gave."""
    materials = [material_from_value(block.value, **common) for block in event.materials]
    return [material for material in materials if material is not None]


def guide_materials(guide: GuidePage, **common) -> list[Material]:
    """Documents (downloads and in the body) and video links of a guide."""
    materials = []
    for block in [*guide.downloads, *guide.body]:
        if block.block_type == "document" and block.value["document"] is not None:
            materials.append(_document_material(block.value, **common))
        elif block.block_type == "video_link":
            materials.append(
                Material(
                    title=block.value["title"],
                    url=block.value["url"],
                    kind=MaterialKind.RECORDING,
                    **common,
                )
            )
    return materials


def all_materials() -> list[Material]:
    """Every material of events and guides, events first (newest first), then guides.

    Each event and guide in the reader's language where translated, else in its
    original (practices.fallback), linked under the reader's language prefix.
    """
    materials: list[Material] = []
    events = list(
        in_reader_language(public_pages(EventPage))
        .select_related("country")
        .prefetch_related("themes")
        .order_by("-start")
    )
    guides = list(
        in_reader_language(public_pages(GuidePage))
        .prefetch_related("themes", "countries")
        .order_by("title")
    )
    urls = reader_urls([*events, *guides])
    for event in events:
        common = {
            "source_title": event.title,
            "source_url": urls[event.pk],
            "source_is_event": True,
            "themes": [theme.slug for theme in event.themes.all()],
            "countries": [event.country_id] if event.country_id else [],
        }
        materials += event_materials(event, **common)
    for guide in guides:
        common = {
            "source_title": guide.title,
            "source_url": urls[guide.pk],
            "themes": [theme.slug for theme in guide.themes.all()],
            "countries": [country.code for country in guide.countries.all()],
        }
        materials += guide_materials(guide, **common)
    return materials


def cached_materials() -> list[Material]:
    """``all_materials`` kept in the cache (per reader's language) until anything is published."""
    return cached_content("materials", build=all_materials)


@dataclass
class MaterialFilters:
    """What the reader asked for; unknown values are ignored."""

    kind: str = ""
    language: str = ""
    theme: str = ""
    country: str = ""
    query: str = ""

    @classmethod
    def from_query(cls, params: QueryDict) -> "MaterialFilters":
        return cls(
            kind=params.get("kind", "")[:20],
            language=params.get("language", "")[:8],
            theme=params.get("theme", "")[:80],
            country=params.get("country", "")[:2],
            query=" ".join(params.get("q", "").split())[:MAX_QUERY_LENGTH],
        )

    @property
    def active(self) -> bool:
        return any((self.kind, self.language, self.theme, self.country, self.query))

    def matches(self, material: Material) -> bool:
        words = self.query.casefold().split()
        return (
            (not self.kind or material.kind == self.kind)
            and (not self.language or material.language == self.language)
            and (not self.theme or self.theme in material.themes)
            and (not self.country or self.country in material.countries)
            and all(word in material.search_text for word in words)
        )


def filter_options(materials: list[Material]) -> dict[str, list[tuple[str, str]]]:
    """The values each filter can take among the materials, named in the reader's language."""
    language = get_language()
    theme_names = vocabulary_labels("theme", language=language)
    kinds = {material.kind for material in materials}
    languages = {material.language for material in materials if material.language}
    themes = {slug for material in materials for slug in material.themes if slug in theme_names}
    countries = {code for material in materials for code in material.countries}
    return {
        "kind": [(value, label) for value, label in MaterialKind.choices if value in kinds],
        "language": sorted(
            ((code, spoken_language_name(code)) for code in languages), key=lambda p: p[1]
        ),
        "theme": sorted(((slug, theme_names[slug]) for slug in themes), key=lambda p: p[1]),
        "country": sorted(
            vocabulary_labels("country", list(countries), language).items(), key=lambda p: p[1]
        ),
    }


def serve_materials_library(page: Page, request: HttpRequest) -> TemplateResponse:
    """The library: filters, the number found and one page of materials."""
    filters = MaterialFilters.from_query(request.GET)
    materials = cached_materials()
    found = [material for material in materials if filters.matches(material)]
    results = Paginator(found, MATERIALS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "self": page,
        "filters": filters,
        "options": filter_options(materials),
        "filter_labels": {
            "kind": _("Kind"),
            "language": _("Language"),
            "theme": _("Theme"),
            "country": _("Country"),
        },
        "results_page": results,
        "found": len(found),
    }
    return TemplateResponse(request, "practices/events/materials_library_page.html", context)
