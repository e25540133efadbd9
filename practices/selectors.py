"""Reads shared by every part of the public site: public pages and the privacy notice
(one version of each page per language is practices.fallback; vocabularies are
practices.vocabulary)."""

from django.conf import settings
from django.db.models import QuerySet

from wagtail.models import Page

from practices.fallback import in_reader_language, reader_url
from practices.models import InformationPage

# The information page that is the privacy notice: the one with this slug in the
# site's default language (demo content and new sites create it so).
PRIVACY_NOTICE_SLUG = "privacy-notice"


def public_pages(model=Page) -> QuerySet:
    """Live pages that anyone may read: no view restriction on them or on any ancestor.

    The one rule of every public list (feeds, calendars, listings, cards, the
    materials library): an editor who restricts a section restricts all of it.
    """
    return model.objects.live().public()


def privacy_notice_url() -> str:
    """The privacy notice, for the forms that ask for personal data: by the fallback rule,
    under the reader's prefix; "" when the site has none."""
    notices = public_pages(InformationPage)
    original = notices.filter(
        slug=PRIVACY_NOTICE_SLUG, locale__language_code=settings.LANGUAGE_CODE
    )
    versions = notices.filter(translation_key__in=original.values("translation_key"))
    notice = in_reader_language(versions).first()
    return reader_url(notice) if notice is not None else ""
