"""Spreadsheet exports that are safe to open: text never runs as a formula.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
read as a formula by spreadsheet programs, so text that people typed (a name, an
organisation) could call out to the network or run commands. Such cells get a
leading apostrophe, which spreadsheets show as text (OWASP's advice on CSV
injection). Every CSV the project writes passes through ``neutralise_formula``.
"""

from wagtail.admin.views.generic import IndexView

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """The value as a spreadsheet must store it: text that looks like a formula, quoted."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin:
    """For Wagtail's listing views: CSV exports go through ``neutralise_formula``.

    (Wagtail's own XLSX export already stores formula-like cells as text.)
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise_formula(value)
        return value


class SafeExportIndexView(SafeSpreadsheetExportMixin, IndexView):
    """Wagtail's model listing with safe CSV exports: the index view of exporting viewsets."""
