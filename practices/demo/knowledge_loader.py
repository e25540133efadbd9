"""Loads the knowledge-base demo content; running it again changes nothing.

Themes, target groups, the three index pages and every guide, country page and
update are created only when missing (pages are looked up by slug under their
parent), so a second run neither duplicates content nor overwrites an editor's
changes. Each page is created and published in its own transaction.
"""

import datetime

from django.db import transaction

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from practices.demo import knowledge
from practices.demo.images import make_demo_image
from practices.demo.loader import ensure_home
from practices.models import (
    Country,
    CountryIndexPage,
    CountryPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    MainMenu,
    TargetGroup,
    Theme,
    UpdateIndexPage,
    UpdatePage,
)
from practices.models.navigation import MainMenuItem

INDEXES = [
    (
        GuideIndexPage,
        "guides",
        "Best-practice guides",
        "How member agencies solved the problems they meet every day, written so that "
        "others can do the same. Filter by theme, target group, country or evidence.",
    ),
    (
        CountryIndexPage,
        "countries",
        "Countries",
        "How each country responds to homelessness among citizens of other member states: "
        "strategy, key figures and the practice found there.",
    ),
    (
        UpdateIndexPage,
        "updates",
        "Updates",
        "News, policy briefs and statements of the network.",
    ),
]


class KnowledgeBaseLoader:
    """Creates the missing parts of the knowledge base and records what it created."""

    def __init__(self) -> None:
        self.created: list[str] = []
        self.locale = Locale.get_default()
        self._images: dict[str, object] = {}

    # --- vocabularies and images -------------------------------------------------

    def ensure_terms(self, model, specs: list[dict]) -> dict[str, object]:
        """Themes or target groups of the default locale, by slug, created when missing."""
        terms = {}
        for spec in specs:
            term, created = model.objects.get_or_create(
                slug=spec["slug"],
                locale=self.locale,
                defaults={"name": spec["name"], "description": spec["description"]},
            )
            if created:
                self.created.append(f"{model._meta.verbose_name} “{term.name}”")
            terms[spec["slug"]] = term
        return terms

    def image(self, key: str | None):
        """The generated demo image for an ``IMAGES`` key (None for no key)."""
        if not key:
            return None
        if key not in self._images:
            spec = knowledge.IMAGES[key]
            existed = self._image_exists(spec["title"])
            self._images[key] = make_demo_image(key, spec)
            if not existed:
                self.created.append(f"image “{spec['title']}”")
        return self._images[key]

    @staticmethod
    def _image_exists(title: str) -> bool:
        from wagtail.images import get_image_model

        return get_image_model().objects.filter(title=title).exists()

    # --- pages ----------------------------------------------------------------------

    def home(self) -> HomePage:
        """The English home page, created through the site-frame loader if missing."""
        home = HomePage.objects.filter(locale=self.locale, depth=2).first()
        if home is None:
            home, _created = ensure_home()
            self.created.append("home page")
        return home

    def add_page(self, parent: Page, page: Page) -> Page:
        """Add ``page`` under ``parent``, validate it fully and publish it, atomically."""
        with transaction.atomic():
            parent.add_child(instance=page)
            validate_streams(page)
            page.full_clean()
            page.save_revision().publish()
        self.created.append(f"{page._meta.verbose_name} “{page.title}”")
        return page

    def ensure_index(self, home: HomePage, model, slug: str, title: str, intro: str):
        """One of the three index pages under the home page."""
        existing = model.objects.child_of(home).filter(slug=slug).first()
        if existing:
            return existing
        return self.add_page(home, model(title=title, slug=slug, introduction=intro))

    @staticmethod
    def existing_slugs(parent: Page) -> set[str]:
        return set(parent.get_children().values_list("slug", flat=True))

    def ensure_guides(self, index: GuideIndexPage, themes: dict, groups: dict) -> None:
        """Every demo guide under the guide index; related guides set in a second pass."""
        existing = self.existing_slugs(index)
        new_slugs = []
        for spec in knowledge.GUIDES:
            if spec["slug"] in existing:
                continue
            page = GuidePage(
                title=spec["title"],
                slug=spec["slug"],
                summary=spec["summary"],
                hero_image=self.image(spec.get("hero_image")),
                body=self.stream(spec["body"]),
                organisation_name=spec["organisation_name"],
                organisation_country=country(spec["organisation_country"]),
                organisation_website=spec["organisation_website"],
                evidence_level=spec["evidence_level"],
                year_started=spec["year_started"],
                last_reviewed=datetime.date.fromisoformat(spec["last_reviewed"]),
                contact_name=spec["contact_name"],
                contact_email=spec["contact_email"],
            )
            page.themes = [themes[slug] for slug in spec["themes"]]
            page.target_groups = [groups[slug] for slug in spec["target_groups"]]
            page.countries = [country(code) for code in spec["countries"]]
            self.add_page(index, page)
            new_slugs.append(spec["slug"])
        self.relate_guides(index, new_slugs)

    def relate_guides(self, index: GuideIndexPage, slugs: list[str]) -> None:
        """Set the chosen related guides of the guides created in this run."""
        specs = {spec["slug"]: spec for spec in knowledge.GUIDES}
        guides = {page.slug: page for page in GuidePage.objects.child_of(index)}
        for slug in slugs:
            related = [guides[other] for other in specs[slug].get("related", []) if other in guides]
            if not related:
                continue
            with transaction.atomic():
                page = GuidePage.objects.get(pk=guides[slug].pk)
                page.related_guides = related
                page.save_revision().publish()

    def ensure_countries(self, index: CountryIndexPage) -> None:
        """Every demo country profile under the country index."""
        existing = self.existing_slugs(index)
        for spec in knowledge.COUNTRIES:
            if spec["slug"] in existing:
                continue
            page = CountryPage(
                title=spec["title"],
                slug=spec["slug"],
                country=country(spec["code"]),
                summary=spec["summary"],
                hero_image=self.image(spec.get("hero_image")),
                strategy_summary=spec["strategy_summary"],
                key_figures=[
                    {"type": "statistic", "value": figure} for figure in spec["key_figures"]
                ],
                policy_framework=spec["policy_framework"],
                links=[{"type": "link", "value": {"page": None, **link}} for link in spec["links"]],
            )
            self.add_page(index, page)

    def ensure_updates(self, index: UpdateIndexPage, themes: dict) -> None:
        """Every demo update under the update index."""
        existing = self.existing_slugs(index)
        for spec in knowledge.UPDATES:
            if spec["slug"] in existing:
                continue
            page = UpdatePage(
                title=spec["title"],
                slug=spec["slug"],
                date=datetime.date.fromisoformat(spec["date"]),
                kind=spec["kind"],
                authors=spec["authors"],
                summary=spec["summary"],
                hero_image=self.image(spec.get("hero_image")),
                body=self.stream(spec["body"]),
            )
            page.themes = [themes[slug] for slug in spec["themes"]]
            self.add_page(index, page)

    def stream(self, body: list[tuple[str, object]]) -> list[dict]:
        """A demo body in StreamField's raw form, with image keys replaced by image ids."""
        raw = []
        for block_type, value in body:
            if block_type == "image":
                value = {**value, "image": self.image(value["image"]).pk}
            raw.append({"type": block_type, "value": value})
        return raw

    def load(self) -> list[str]:
        """Create whatever is missing; return a line per thing created."""
        with transaction.atomic():
            themes = self.ensure_terms(Theme, knowledge.THEMES)
            groups = self.ensure_terms(TargetGroup, knowledge.TARGET_GROUPS)
        home = self.home()
        indexes = {
            model: self.ensure_index(home, model, slug, title, intro)
            for model, slug, title, intro in INDEXES
        }
        self.ensure_guides(indexes[GuideIndexPage], themes, groups)
        self.ensure_countries(indexes[CountryIndexPage])
        self.ensure_updates(indexes[UpdateIndexPage], themes)
        with transaction.atomic():
            self.ensure_menu_entries(list(indexes.values()))
        return self.created

    def ensure_menu_entries(self, indexes: list[Page]) -> None:
        """Put the three indexes first in the main menu and sync its translations."""
        menu = MainMenu.objects.filter(locale=self.locale).first()
        if menu is None:
            return
        linked = set(menu.items.values_list("link_page_id", flat=True))
        missing = [index for index in indexes if index.pk not in linked]
        if not missing:
            return
        items = [MainMenuItem(link_page=index, locale=self.locale) for index in missing]
        menu.items = items + list(menu.items.all())
        for position, item in enumerate(menu.items.all()):
            item.sort_order = position
        menu.save()
        self.created.append("main menu entries for guides, countries and updates")
        source = TranslationSource.objects.get_for_instance_or_none(menu)
        if source is not None:
            # The new entries have no text of their own: syncing needs no translator.
            source.update_from_db()
            for translation in Translation.objects.filter(source=source):
                translation.save_target()


def country(code: str) -> Country:
    """The country row for an ISO code (normally present from a migration)."""
    return Country.objects.get_or_create(code=code)[0]


def validate_streams(page: Page) -> None:
    """Run every StreamField's block validation, which model validation alone skips."""
    for field in page._meta.get_fields():
        stream_block = getattr(field, "stream_block", None)
        if stream_block is not None:
            stream_block.clean(getattr(page, field.name))


def load_knowledge_base() -> list[str]:
    """Create whatever is missing of the knowledge-base demo; return a line per thing created."""
    return KnowledgeBaseLoader().load()
