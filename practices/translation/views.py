"""Views added to the Wagtail admin for editors and translators."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from practices.translation.status import LABELS, status_pages, translation_states


def translation_status(request):
    """Pages by language: missing, in progress, up to date or outdated; filter by section."""
    visible = status_pages(request.user)
    sections = visible.filter(depth__in=[2, 3]).order_by("path")
    section_id = request.GET.get("section")
    section = get_object_or_404(visible, pk=section_id) if section_id else None
    return TemplateResponse(
        request,
        "practices/admin/translation_status.html",
        {
            "page_title": _("Translation status"),
            "rows": translation_states(request.user, section),
            "languages": [code for code, _name in settings.LANGUAGES],
            "labels": LABELS,
            "sections": sections,
            "section": section,
        },
    )
