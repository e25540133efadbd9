"""Loads the demo site from the data files in ``data/``; running it again changes nothing.

The files describe the English site (``data/README.md`` explains their shape): the
frame, the sections below the home page with one file per page, the vocabularies,
the illustrations and the registrations already made. Every page, snippet, term,
image and document is created only when it is missing (a page is looked up by its
slug under its parent), so a second run neither duplicates content nor overwrites
what an editor has changed since. Pages are validated and published one by one
through Wagtail's page API; registrations go through the registration service; the
translations are PO files imported through wagtail-localize (``translations_loader``).
``stages.py`` runs it in named steps.
"""

import datetime
from collections.abc import Container
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from practices.choices import SiteView
from practices.demo.data_files import DATA, event_times, read
from practices.demo.images import make_demo_image
from practices.demo.translations_loader import DemoContentError
from practices.events import organisers
from practices.events.registrations.services import (
    RegistrantDetails,
    RegistrationRefused,
    registration_create,
)
from practices.models import (
    EventPage,
    FooterContent,
    HomePage,
    InformationPage,
    MainMenu,
    TargetGroup,
    Theme,
)
from practices.models.navigation import FooterLink, MainMenuItem


def validate_streams(page: Page) -> None:
    """Run every StreamField's block validation, which model validation alone skips."""
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            field.stream_block.clean(getattr(page, field.name))


class DemoLoader:
    """Creates the missing parts of the English demo site and records what it created."""

    def __init__(self) -> None:
        self.created: list[str] = []
        self.locale = Locale.get_default()
        self.now = timezone.now()
        self.illustrations = read("images.yaml")
        self._images: dict[str, object] = {}
        self._documents: dict[str, object] = {}
        self._collection = None
        # Links to pages of the section that were not created yet: (page, field, slugs).
        self._later: list[tuple[Page, str, list[str]]] = []

    # --- references: slugs and keys in the data, rows in the database ---------------

    def page(self, slug: str, model=Page) -> Page | None:
        """The English page with this slug (the one nearest the root), or None."""
        return model.objects.filter(locale=self.locale, slug=slug).order_by("depth").first()

    def existing_page(self, slug: str) -> Page:
        page = self.page(slug)
        if page is None:
            raise DemoContentError(f"the demo data name a page “{slug}” that does not exist")
        return page

    def image(self, key: str):
        """The demo illustration with this key of ``images.yaml``, drawn when missing."""
        if key not in self._images:
            spec = self.illustrations[key]
            existed = get_image_model().objects.filter(title=spec["title"]).exists()
            self._images[key] = make_demo_image(key, spec)
            if not existed:
                self.created.append(f"image “{spec['title']}”")
        return self._images[key]

    def document(self, key: str, title: str):
        """The document titled ``title``, else a new one from ``documents/<key>.pdf``."""
        if key not in self._documents:
            model = get_document_model()
            document = model.objects.filter(title=title).first()
            if document is None:
                content = (DATA / "documents" / f"{key}.pdf").read_bytes()
                document = model(
                    title=title,
                    file=ContentFile(content, name=f"demo-{key}.pdf"),
                    collection=self.collection(),
                )
                document._set_document_file_metadata()
                document.save()
                self.created.append(f"document “{title}”")
            self._documents[key] = document
        return self._documents[key]

    def collection(self):
        """The "Event materials" collection, created when missing."""
        if self._collection is None:
            name = organisers.MATERIALS_COLLECTION
            existed = Collection.objects.filter(name=name).exists()
            self._collection = organisers.materials_collection()
            if not existed:
                self.created.append(f"collection “{name}”")
        return self._collection

    def reference(self, model, key):
        """The row a field names: an illustration by key, a page or term by slug, else by code."""
        if key is None:
            return None
        if model is get_image_model():
            return self.image(key)
        if issubclass(model, Page | Theme | TargetGroup):
            return model.objects.get(locale=self.locale, slug=key)
        return model.objects.get_or_create(pk=key)[0]  # countries and spoken languages

    def stream(self, blocks: list[dict]) -> list[dict]:
        """A body of the data in StreamField's raw form, with ids for slugs and keys."""
        return [{"type": block["type"], "value": self.resolve(block["value"])} for block in blocks]

    def resolve(self, value):
        """A block value with its page slugs, image keys and document keys made ids."""
        if isinstance(value, list):
            return [self.resolve(item) for item in value]
        if not isinstance(value, dict):
            return value
        resolved = {name: self.resolve(item) for name, item in value.items()}
        if isinstance(value.get("page"), str):
            resolved["page"] = self.existing_page(value["page"]).pk
        if isinstance(value.get("image"), str):
            resolved["image"] = self.image(value["image"]).pk
        if isinstance(value.get("document"), str):
            resolved["document"] = self.document(value["document"], value["title"]).pk
        return resolved

    # --- pages ----------------------------------------------------------------------

    def add_page(self, parent: Page, model, data: dict) -> Page:
        """The child of ``parent`` with the data's slug: the existing one, else a new one.

        A new page is built from the data, field by field, then validated and
        published in one transaction.
        """
        existing = parent.get_children().filter(slug=data["slug"]).first()
        if existing is not None:
            return existing.specific
        if model is EventPage:
            data = self.scheduled(data)
        page = model()
        for name, value in data.items():
            field = model._meta.get_field(name)
            if isinstance(field, StreamField):
                value = self.stream(value)
            elif field.many_to_many:
                value = self.related(page, name, field.related_model, value)
            elif field.is_relation:
                value = self.reference(field.related_model, value)
            setattr(page, name, value)
        with transaction.atomic():
            parent.add_child(instance=page)
            validate_streams(page)
            page.full_clean()
            page.save_revision().publish()
        self.created.append(f"{model._meta.verbose_name} “{page.title}”")
        return page

    def related(self, page: Page, name: str, model, keys: list[str]) -> list:
        """The rows a many-to-many field names; pages not created yet are linked later."""
        if issubclass(model, Page) and not all(self.page(key, model) for key in keys):
            self._later.append((page, name, keys))
            return []
        return [self.reference(model, key) for key in keys]

    def link_later(self) -> None:
        """Set the page links that waited for their pages, and publish the page again."""
        for page, name, keys in self._later:
            model = page._meta.get_field(name).related_model
            with transaction.atomic():
                page = type(page).objects.get(pk=page.pk)
                setattr(page, name, [p for p in (self.page(key, model) for key in keys) if p])
                page.save_revision().publish()
        self._later = []

    def scheduled(self, data: dict) -> dict:
        """An event's data with its times counted from today and its agenda days dated."""
        data = dict(data)
        times = event_times(data.pop("schedule"), data["time_zone"], self.now)
        first_day = timezone.localtime(times["start"], ZoneInfo(data["time_zone"])).date()
        agenda = []
        for block in data.get("agenda", []):
            if block["type"] == "day":
                date = first_day + datetime.timedelta(days=block["value"]["day"] - 1)
                value = {"date": date.isoformat(), "title": block["value"].get("title", "")}
                block = {"type": "day", "value": value}
            agenda.append(block)
        return {**data, **times, "agenda": agenda}

    def home(self, spec: dict) -> tuple[HomePage, bool]:
        """The English home page, replacing Wagtail's placeholder page; its body comes later."""
        existing = HomePage.objects.filter(locale=self.locale, depth=2).first()
        if existing:
            return existing, False
        # The tree's root exists from Wagtail's first migration, unless the tables were emptied.
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=self.locale)
        )
        site = Site.objects.filter(is_default_site=True).first()
        for placeholder in root.get_children().filter(content_type__model="page"):
            if site and site.root_page_id == placeholder.pk:
                site.root_page = root
                site.save()
            placeholder.delete()
        home = root.add_child(instance=HomePage(title=spec["title"], slug=spec["slug"]))
        site = site or Site(is_default_site=True)
        # The host and port the demo is served on, so that full URLs (sitemap) are right.
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site.hostname, site.port = address.hostname or "localhost", address.port or 80
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
        self.created.append("home page")
        return home, True

    def load_frame(self, frame: dict) -> HomePage:
        """The home page and the information pages; a new home page gets its body."""
        home, created = self.home(frame["home"])
        for data in frame["pages"]:
            self.add_page(home, InformationPage, data)
        if created:
            with transaction.atomic():
                home.body = self.stream(frame["home"]["body"])
                validate_streams(home)
                home.save_revision().publish()
        return home

    def load_sections(self, home: HomePage, names: Container[str] | None) -> None:
        """Each section's index page, then the pages in it, in the order of the data."""
        for slug, section in read("sections.yaml").items():
            if names is not None and slug not in names:
                continue
            fields = {
                name: value
                for name, value in section.items()
                if name not in ("type", "page_type", "pages")
            }
            model = apps.get_model("practices", section["type"])
            index = self.add_page(home, model, {"slug": slug, **fields})
            existing = set(index.get_children().values_list("slug", flat=True))
            for page_slug in section.get("pages", []):
                if page_slug not in existing:  # a page's file is read only when it is missing
                    model = apps.get_model("practices", section["page_type"])
                    self.add_page(index, model, read(f"{slug}/{page_slug}.yaml"))
            self.link_later()

    # --- terms, snippets, registrations ---------------------------------------------

    @transaction.atomic
    def ensure_terms(self) -> None:
        """Themes and target groups of the default locale, by slug."""
        terms = read("vocabularies.yaml")
        for model, specs in ((Theme, terms["themes"]), (TargetGroup, terms["target_groups"])):
            for spec in specs:
                term, created = model.objects.get_or_create(
                    slug=spec["slug"],
                    locale=self.locale,
                    defaults={"name": spec["name"], "description": spec["description"]},
                )
                if created:
                    self.created.append(f"{model._meta.verbose_name} “{term.name}”")

    def ensure_footer(self, spec: dict) -> None:
        """The English footer."""
        if FooterContent.objects.filter(locale=self.locale).exists():
            return
        footer = FooterContent(
            about=spec["about"], contact_email=spec["contact_email"], locale=self.locale
        )
        footer.links = [
            FooterLink(link_page=self.existing_page(slug), locale=self.locale)
            for slug in spec["pages"]
        ]
        footer.save()
        self.created.append("footer")

    def menu_entries(self, spec: dict) -> dict[tuple, MainMenuItem]:
        """The menu's listed entries that exist, in order, by key: a page by its slug
        (``("page", id)``) or a page of the site's own (``("view", name)``)."""
        entries = {}
        for entry in spec["pages"]:
            if isinstance(entry, dict):
                view = SiteView(entry["view"])
                entries[("view", view.value)] = MainMenuItem(link_view=view, locale=self.locale)
            elif (page := self.page(entry)) is not None:
                entries[("page", page.pk)] = MainMenuItem(link_page=page, locale=self.locale)
        return entries

    @transaction.atomic
    def ensure_menu(self, spec: dict) -> None:
        """The English main menu: every listed entry that exists, in the order listed.

        Entries added to the demo since the menu was made get their place, among any
        entries an editor added; the menu's translations follow.
        """
        entries = self.menu_entries(spec)
        menu = MainMenu.objects.filter(locale=self.locale).first()
        if menu is None:
            menu = MainMenu(name=spec["name"], locale=self.locale)
            for number, item in enumerate(entries.values()):
                item.sort_order = number
            menu.items = list(entries.values())
            menu.save()
            self.created.append("main menu")
            return
        items = list(menu.items.all())

        def key(item) -> tuple:
            return ("page", item.link_page_id) if item.link_page_id else ("view", item.link_view)

        linked = {key(item) for item in items}
        missing = [entry for entry in entries if entry not in linked]
        if not missing:
            return
        rank = {entry: number for number, entry in enumerate(entries)}
        for entry in missing:
            # Before the first entry listed after it, else last.
            later = [n for n, item in enumerate(items) if rank.get(key(item), -1) > rank[entry]]
            items.insert(min(later, default=len(items)), entries[entry])
        # Numbered before they are assigned: the relation keeps its items sorted by number.
        for number, item in enumerate(items):
            item.sort_order = number
        menu.items = items
        menu.save()
        names = ", ".join(entries[entry].text for entry in missing)
        self.created.append(f"main menu entries for {names}")
        source = TranslationSource.objects.get_for_instance_or_none(menu)
        if source is not None:
            # The new entries have no text of their own: syncing needs no translator.
            source.update_from_db()
            for translation in Translation.objects.filter(source=source):
                translation.save_target()

    def ensure_registrations(self) -> None:
        """The demo registrations, for events that have no registration at all yet."""
        for spec in read("registrations.yaml"):
            event = self.page(spec["event"], EventPage)
            if event is None or event.registrations.exists():
                continue
            details = RegistrantDetails(
                name=spec["name"],
                email=spec["email"],
                organisation=spec["organisation"],
                country_id=spec["country"],
            )
            try:
                registration_create(event=event, details=details, language=spec["language"])
            except RegistrationRefused:  # closed since the demo was first loaded
                continue
            self.created.append(f"registration for “{event.title}”")

    def ensure_organiser_role(self) -> None:
        existed = Group.objects.filter(name=organisers.ORGANISERS_GROUP).exists()
        organisers.ensure_event_organiser_role()
        if not existed:
            self.created.append(f"group “{organisers.ORGANISERS_GROUP}”")
