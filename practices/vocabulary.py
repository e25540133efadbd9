"""The reader's words for what guides, events and materials are filed under.

Themes, target groups, evidence levels and countries are named through this module on
cards, tags, sidebars and facets alike, so that a term reads the same everywhere on a
page (never "Belgium" on a card beside "Belgique" in a facet). Themes and target groups
are translated by editors (snippets); evidence levels are interface text; country names
come from the ISO 3166 translations.
"""

from dataclasses import dataclass

from django.utils.translation import get_language, override

from network_site.core.content_cache import cached_content
from network_site.core.countries import country_name
from practices.choices import EvidenceLevel
from practices.models import TargetGroup, Theme

TERM_MODELS = {"theme": Theme, "group": TargetGroup}
VOCABULARIES = ("theme", "group", "evidence", "country")


@dataclass(frozen=True)
class TermLabel:
    """A term as pages show it: its value for links and filters, its name in the language."""

    slug: str
    name: str


def term_names(model, language_code: str) -> dict[str, str]:
    """Slug → name of every term of a vocabulary in a language, cached until content changes."""

    def build() -> dict[str, str]:
        terms = model.objects.in_language(language_code)
        return {slug: term.name for slug, term in terms.items()}

    return cached_content("terms", model._meta.model_name, build=build, language=language_code)


def vocabulary_labels(
    kind: str, values: list[str] | None = None, language: str | None = None
) -> dict[str, str]:
    """Value → name in the reader's language (or ``language``) of a vocabulary.

    ``kind`` is one of ``VOCABULARIES``. Countries are named for the ``values`` asked
    for; the other vocabularies are small and answered whole.
    """
    language = language or get_language()
    if kind in TERM_MODELS:
        return term_names(TERM_MODELS[kind], language)
    if kind == "country":
        return {code: country_name(code, language) for code in values or []}
    if kind == "evidence":
        with override(language):
            return {value: str(label) for value, label in EvidenceLevel.choices}
    raise ValueError(f"unknown vocabulary {kind!r}")


def vocabulary_terms(kind: str, values: list[str]) -> list[TermLabel]:
    """The terms of a vocabulary by value, in the given order, each named for the reader."""
    names = vocabulary_labels(kind, values)
    return [TermLabel(value, names[value]) for value in values if value in names]
