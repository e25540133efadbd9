"""The XML sitemap: every live public page, with its other language versions as alternates."""

from collections import defaultdict

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Lists every page of every language and links each to its translations.

    Search engines read the ``xhtml:link`` alternates to show readers the version
    in their language; ``x-default`` points at the default language's version.
    """

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return (
            pages.live()
            .public()
            .order_by("path")
            .select_related("locale")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        entries = [
            (item, url_info)
            for item in self.paginator.page(page).object_list
            for url_info in item.get_sitemap_urls(self.request)
        ]
        by_translation_key: dict = defaultdict(dict)
        for item, url_info in entries:
            by_translation_key[item.translation_key][item.locale.language_code] = url_info
        for versions in by_translation_key.values():
            alternates = [
                {"lang_code": code, "location": info["location"]}
                for code, info in sorted(versions.items())
            ]
            default = versions.get(settings.LANGUAGE_CODE) or next(iter(versions.values()))
            alternates.append({"lang_code": "x-default", "location": default["location"]})
            for info in versions.values():
                info["alternates"] = alternates
        last_mods = {info.get("lastmod") for _item, info in entries}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return [info for _item, info in entries]
