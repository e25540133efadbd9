"""Reads of the knowledge base: what guide and country pages show beside their own fields."""

from django.db.models import Count
from django.utils.translation import get_language

from wagtail.models import Locale

from practices.models import Country, GuidePage, TargetGroup, Theme

AUTOMATIC_RELATED_GUIDES = 3


def localized_terms(model, slugs: list[str]) -> list:
    """Taxonomy terms by slug, each in the reader's language where translated."""
    if not slugs:
        return []
    terms = model.objects.filter(slug__in=slugs).in_language(get_language())
    return [terms[slug] for slug in slugs if slug in terms]


def guide_page_context(guide: GuidePage) -> dict:
    """Taxonomy in the reader's language, countries and related guides of a guide page."""
    theme_slugs = [theme.slug for theme in guide.themes.all()]
    chosen = list(
        guide.related_guides.live().public().filter(locale_id=guide.locale_id).specific()
    )
    automatic = []
    if theme_slugs and len(chosen) < AUTOMATIC_RELATED_GUIDES:
        automatic = list(
            GuidePage.objects.live()
            .public()
            .filter(locale_id=guide.locale_id, themes__slug__in=theme_slugs)
            .exclude(pk__in=[guide.pk, *(page.pk for page in chosen)])
            .annotate(shared=Count("themes", distinct=True))
            .order_by("-shared", "-first_published_at")[: AUTOMATIC_RELATED_GUIDES - len(chosen)]
        )
    return {
        "themes": localized_terms(Theme, theme_slugs),
        "target_groups": localized_terms(
            TargetGroup, [group.slug for group in guide.target_groups.all()]
        ),
        "countries": sorted(guide.countries.all(), key=lambda country: country.name),
        "related_guides": chosen + automatic,
    }


def guides_practised_in(country_code: str, locale_id: int) -> list[GuidePage]:
    """Live guides of one language that are practised in a country, newest first."""
    return list(
        GuidePage.objects.live()
        .public()
        .filter(locale_id=locale_id, countries__code=country_code)
        .order_by("-first_published_at")
    )


def active_locale_id() -> int:
    """The id of the Wagtail locale of the reader's language."""
    return Locale.get_active().pk


__all__ = ["Country", "active_locale_id", "guide_page_context", "guides_practised_in"]
