"""Reads of the knowledge base: what guide and country pages show beside their own fields."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import CharField, Count, QuerySet, Value, prefetch_related_objects
from django.utils.translation import get_language

from wagtail.models import Page

from practices.models import Country, GuidePage, TargetGroup, Theme
from practices.navigation import FRAME_TIMEOUT, frame_version

AUTOMATIC_RELATED_GUIDES = 3
# Many-to-many relation of GuidePage → the field of its through model that names the term.
FACET_RELATIONS = {
    "themes": "theme__slug",
    "target_groups": "targetgroup__slug",
    "countries": "country_id",
}


@dataclass(frozen=True)
class TermLabel:
    """A theme or target group as pages show it: its slug for links, its name in the language."""

    slug: str
    name: str


def public_pages(model=Page) -> QuerySet:
    """Live pages that anyone may read: no view restriction on them or on any ancestor.

    The one rule of every public list (feeds, calendars, listings, cards, the
    materials library): an editor who restricts a section restricts all of it.
    """
    return model.objects.live().public()


def public_guides(index: Page | None = None) -> QuerySet:
    """Guides anyone may read, optionally below one index."""
    guides = public_pages(GuidePage)
    return guides.child_of(index) if index is not None else guides


def term_names(model, language_code: str) -> dict[str, str]:
    """Slug → name of every term of a vocabulary in a language, cached until content changes."""
    key = f"site-frame:{frame_version()}:terms:{model._meta.model_name}:{language_code}"
    names = cache.get(key)
    if names is None:
        terms = model.objects.in_language(language_code)
        names = {slug: term.name for slug, term in terms.items()}
        cache.set(key, names, FRAME_TIMEOUT)
    return names


def localized_terms(model, slugs: list[str]) -> list:
    """Taxonomy terms by slug, each in the reader's language where translated."""
    names = term_names(model, get_language())
    return [TermLabel(slug, names[slug]) for slug in slugs if slug in names]


def guide_classification(guide: GuidePage) -> dict[str, list[str]]:
    """The slugs of a guide's themes and target groups and its country codes, in one query."""
    through = {name: getattr(GuidePage, name).through for name in FACET_RELATIONS}
    queries = [
        through[name]
        .objects.filter(guidepage_id=guide.pk)
        .annotate(kind=Value(name, output_field=CharField()))
        .values_list("kind", lookup)
        for name, lookup in FACET_RELATIONS.items()
    ]
    classification: dict[str, list[str]] = {name: [] for name in FACET_RELATIONS}
    for kind, value in queries[0].union(*queries[1:], all=True):
        classification[kind].append(value)
    return classification


def guide_page_context(guide: GuidePage) -> dict:
    """Taxonomy in the reader's language, countries and related guides of a guide page."""
    classification = guide_classification(guide)
    theme_slugs = classification["themes"]
    # Related guides are chosen once, in the original; show their versions in this
    # guide's language (translations share a translation key).
    chosen_keys = list(guide.related_guides.values_list("translation_key", flat=True))
    readable = public_guides().filter(locale_id=guide.locale_id)  # restrictions read once
    chosen = list(readable.filter(translation_key__in=chosen_keys))
    automatic = []
    if theme_slugs and len(chosen) < AUTOMATIC_RELATED_GUIDES:
        automatic = list(
            readable.filter(themes__slug__in=theme_slugs)
            .exclude(pk__in=[guide.pk, *(page.pk for page in chosen)])
            .annotate(shared=Count("themes", distinct=True))
            .order_by("-shared", "-first_published_at")[: AUTOMATIC_RELATED_GUIDES - len(chosen)]
        )
    related = chosen + automatic
    prefetch_related_objects(related, "countries")
    countries = [Country(code=code) for code in classification["countries"]]
    return {
        "themes": localized_terms(Theme, theme_slugs),
        "target_groups": localized_terms(TargetGroup, classification["target_groups"]),
        "countries": sorted(countries, key=lambda country: country.name),
        "related_guides": related,
    }


def guides_practised_in(country_code: str, locale_id: int) -> list[GuidePage]:
    """Live guides of one language that are practised in a country, newest first."""
    return list(
        public_guides()
        .filter(locale_id=locale_id, countries__code=country_code)
        .order_by("-first_published_at")
    )


def free_places(event) -> int | None:
    """Places still free at an event (None: no limit); a hint, the lock decides."""
    booking = event.booking_page
    if booking.capacity is None:
        return None
    return max(booking.capacity - booking.registrations.confirmed().count(), 0)


def one_version_each(pages: QuerySet, locale_id: int) -> list[int]:
    """Ids of the pages, each once: in the given locale where translated, else the original.

    Translations share a translation key; the original is the first one created.
    """
    chosen: dict = {}
    rows = pages.order_by("pk").values_list("pk", "translation_key", "locale_id")
    for pk, key, locale in rows:
        current = chosen.get(key)
        if current is None or (locale == locale_id and current[1] != locale_id):
            chosen[key] = (pk, locale)
    return [pk for pk, _locale in chosen.values()]


def event_page_context(event) -> dict:
    """Themes in the reader's language, languages and related guides of an event page.

    Related guides are shown in the event's language where translated, else in
    their original language.
    """
    from practices.models import Theme

    theme_slugs = list(event.themes.values_list("slug", flat=True))
    keys = list(event.related_guides.values_list("translation_key", flat=True))
    guide_ids = one_version_each(public_guides().filter(translation_key__in=keys), event.locale_id)
    related = list(
        GuidePage.objects.filter(pk__in=guide_ids).prefetch_related("countries").order_by("title")
    )
    languages = list(event.languages.all())
    interpretation = list(event.interpretation.all())
    return {
        "themes": localized_terms(Theme, theme_slugs),
        "related_guides": related,
        "languages": sorted(languages, key=lambda language: language.name),
        "interpretation": sorted(interpretation, key=lambda language: language.name),
    }


def event_in_language(event, language_code: str):
    """The live version of an event in a language where translated, else the event itself."""
    translated = event.get_translations(inclusive=True).filter(locale__language_code=language_code)
    return translated.live().specific().first() or event
