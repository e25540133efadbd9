"""Form widgets that list their options in the reader's alphabetical order.

A list of countries stored by ISO code comes out of the database in code order: "DE
Deutschland" before "AT Österreich" in German. These widgets sort the options by their
label in the active language when they render, ignoring case and accents, and keep an
empty choice ("---------") first.
"""

import unicodedata

from django import forms


def alphabetical_key(text: str) -> str:
    """A key that sorts ``text`` alphabetically across languages: "Österreich" with the O's."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


class AlphabeticalOptionsMixin:
    """Render a choice widget's options sorted by label (``optgroups`` keeps each id)."""

    def optgroups(self, name, value, attrs=None):
        groups = super().optgroups(name, value, attrs)
        empty = [group for group in groups if group[1][0]["value"] in ("", None)]
        chosen = [group for group in groups if group not in empty]
        return empty + sorted(chosen, key=lambda group: alphabetical_key(group[1][0]["label"]))


class AlphabeticalSelect(AlphabeticalOptionsMixin, forms.Select):
    """A drop-down list in alphabetical order of the labels."""


class AlphabeticalCheckboxes(AlphabeticalOptionsMixin, forms.CheckboxSelectMultiple):
    """Checkboxes in alphabetical order of the labels."""
