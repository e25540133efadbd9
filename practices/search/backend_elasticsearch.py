"""Elasticsearch with one index per language, each analysed by that language's analyser.

A field in Elasticsearch has one analyser, so languages cannot share an index and
still stem correctly. Settings (network_site/settings/search.py) create one backend
per language that Elasticsearch has an analyser for (``elasticsearch-fr`` …); each
only stores the objects of its own locale, and a search goes to the backend of the
reader's language. Objects without a locale, and languages without an analyser, use
the ``default`` backend.

Not tested against a server here (none is available); the configuration and the
choice of backend are tested, and an unreachable engine falls back to the database.
"""

from modelsearch.backends.elasticsearch9 import Elasticsearch9Index, Elasticsearch9SearchBackend

from network_site.core.languages import locale_codes


def belongs_to_language(item, language: str) -> bool:
    """Whether an object is stored in the index of ``language``."""
    locale_id = getattr(item, "locale_id", None)
    return locale_id is not None and locale_codes().get(locale_id) == language


class LanguageIndex(Elasticsearch9Index):
    """An index that keeps only the objects of its backend's language."""

    def add_item(self, item):
        if belongs_to_language(item, self.backend.language):
            super().add_item(item)

    def add_items(self, model, items):
        items = [item for item in items if belongs_to_language(item, self.backend.language)]
        if items:
            super().add_items(model, items)


class LanguageSearchBackend(Elasticsearch9SearchBackend):
    """Elasticsearch 9 for the objects of one language."""

    index_class = LanguageIndex

    def __init__(self, params):
        self.language = params["LANGUAGE"]
        super().__init__({key: value for key, value in params.items() if key != "LANGUAGE"})


SearchBackend = LanguageSearchBackend
