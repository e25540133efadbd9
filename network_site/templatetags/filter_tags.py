"""The "All" choice of a listing filter, worded for what the filter chooses.

One English "All" is many words elsewhere: its gender and number agree with the noun
left unsaid ("Tous" pays, "Toutes" les langues). Each filter therefore has its own
translation context, keyed by the filter's name as the listing templates give it.
"""

from django import template
from django.utils.translation import pgettext, pgettext_lazy

register = template.Library()

ALL_OPTIONS = {
    "country": pgettext_lazy("filter choice: every country", "All"),
    "theme": pgettext_lazy("filter choice: every theme", "All"),
    "format": pgettext_lazy("filter choice: every event format", "All"),
    "language": pgettext_lazy("filter choice: every language", "All"),
    "service": pgettext_lazy("filter choice: every service", "All"),
    "kind": pgettext_lazy("filter choice: every kind of material", "All"),
    "update_kind": pgettext_lazy("filter choice: every kind of update", "All"),
}


@register.simple_tag
def all_option(filter_name: str) -> str:
    """The label of the choice that leaves the filter called ``filter_name`` open."""
    label = ALL_OPTIONS.get(filter_name)
    return str(label) if label is not None else pgettext("filter choice: no restriction", "All")
