"""Reads of the knowledge base: what guide and country pages show beside their own fields."""

from django.db.models import CharField, Count, QuerySet, Value, prefetch_related_objects

from wagtail.models import Page

from practices.fallback import in_reader_language, with_reader_urls
from practices.models import Country, GuidePage, UpdatePage
from practices.selectors import public_pages
from practices.vocabulary import vocabulary_terms

AUTOMATIC_RELATED_GUIDES = 3
# Many-to-many relation of GuidePage → the field of its through model that names the term.
FACET_RELATIONS = {
    "themes": "theme__slug",
    "target_groups": "targetgroup__slug",
    "countries": "country_id",
}


def public_guides(index: Page | None = None) -> QuerySet:
    """Guides anyone may read, optionally below one index."""
    guides = public_pages(GuidePage)
    return guides.child_of(index) if index is not None else guides


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
    # Related guides are chosen once, in the original; show each in the reader's
    # language where translated (translations share a translation key).
    chosen_keys = list(guide.related_guides.values_list("translation_key", flat=True))
    readable = in_reader_language(public_guides())  # restrictions read once
    chosen = list(readable.filter(translation_key__in=chosen_keys))
    automatic = []
    if theme_slugs and len(chosen) < AUTOMATIC_RELATED_GUIDES:
        automatic = list(
            readable.filter(themes__slug__in=theme_slugs)
            .exclude(translation_key=guide.translation_key)
            .exclude(pk__in=[page.pk for page in chosen])
            .annotate(shared=Count("themes", distinct=True))
            .order_by("-shared", "-first_published_at")[: AUTOMATIC_RELATED_GUIDES - len(chosen)]
        )
    related = chosen + automatic
    prefetch_related_objects(related, "countries")
    countries = [Country(code=code) for code in classification["countries"]]
    return {
        "themes": vocabulary_terms("theme", theme_slugs),
        "target_groups": vocabulary_terms("group", classification["target_groups"]),
        "countries": sorted(countries, key=lambda country: country.name),
        "related_guides": with_reader_urls(related),
    }


def guides_practised_in(country_code: str) -> list[GuidePage]:
    """Guides practised in a country, in the reader's language where translated, newest first."""
    return list(
        in_reader_language(public_guides())
        .filter(countries__code=country_code)
        .order_by("-first_published_at")
    )


def latest_updates(language_code: str, count: int) -> list[UpdatePage]:
    """The newest public updates by the fallback rule for ``language_code`` (the date is
    the same in every language)."""
    return list(
        in_reader_language(public_pages(UpdatePage), language_code)
        .select_related("hero_image", "locale")
        .order_by("-date", "-pk")[:count]
    )
