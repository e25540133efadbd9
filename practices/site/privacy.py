"""Where the privacy notice is, for the forms that ask for personal data."""

from wagtail.models import Locale

from practices.models import InformationPage

# The information page that is the privacy notice: the one with this slug in the
# site's default language (demo content and new sites create it so).
PRIVACY_NOTICE_SLUG = "privacy-notice"


def privacy_notice_url() -> str:
    """The privacy notice in the reader's language where translated, else in its original;
    "" when the site has none."""
    notices = InformationPage.objects.live().public().filter(slug=PRIVACY_NOTICE_SLUG)
    notice = notices.filter(locale=Locale.get_default()).first() or notices.first()
    if notice is None:
        return ""
    return notice.localized.url or ""
