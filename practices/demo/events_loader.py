"""Loads the demo events and the materials library; running it again changes nothing.

The event index and the materials library are created under the English home
page, then every demo event that is missing (looked up by slug under the index).
Dates are computed from today, so a fresh demo always has past and upcoming
events; events that exist are left alone, even when their dates have passed.
Materials of past events are generated PDF documents in the "Event materials"
collection. Each page is validated and published in its own transaction.
"""

import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from wagtail.models import Collection, Page
from wagtail_localize.models import Translation, TranslationSource

from practices.choices import RegistrationStatus
from practices.demo import events as data
from practices.demo.documents import make_demo_document
from practices.demo.knowledge_loader import KnowledgeBaseLoader, country
from practices.events import organisers
from practices.models import (
    CountryIndexPage,
    EventIndexPage,
    EventPage,
    EventRegistration,
    GuideIndexPage,
    GuidePage,
    MainMenu,
    MaterialsLibraryPage,
    SpokenLanguage,
    Theme,
    UpdateIndexPage,
)
from practices.models.navigation import MainMenuItem

# The menu entries of these pages come before the new ones.
KNOWLEDGE_INDEXES = (GuideIndexPage, CountryIndexPage, UpdateIndexPage)


def _time(value: str) -> datetime.time:
    return datetime.time.fromisoformat(value)


def event_times(spec: dict, now: datetime.datetime | None = None) -> dict:
    """Aware start, end and registration deadline of a demo event, counted from today.

    The event starts ``days_from_today`` days after today's date in its own zone,
    at its local start time, and ends at its local end time on its last day.
    """
    zone = ZoneInfo(spec["time_zone"])
    today = timezone.localtime(now or timezone.now(), zone).date()
    first_day = today + datetime.timedelta(days=spec["days_from_today"])
    last_day = first_day + datetime.timedelta(days=spec["duration_days"] - 1)
    start = datetime.datetime.combine(first_day, _time(spec["starts"]), tzinfo=zone)
    end = datetime.datetime.combine(last_day, _time(spec["ends"]), tzinfo=zone)
    deadline = None
    if spec.get("registration_deadline_days_before"):
        deadline = start - datetime.timedelta(days=spec["registration_deadline_days_before"])
    return {"start": start, "end": end, "registration_deadline": deadline}


class EventsLoader(KnowledgeBaseLoader):
    """Creates the missing parts of the events demo and records what it created.

    Reuses the knowledge-base loader's page handling (validate, publish, record) and
    its demo illustrations (an event's ``hero_image`` is a key of ``knowledge.IMAGES``).
    """

    def __init__(self) -> None:
        super().__init__()
        self._collection = None

    # --- files ------------------------------------------------------------------------

    def collection(self):
        """The "Event materials" collection, created when missing."""
        if self._collection is None:
            existed = Collection.objects.filter(name=organisers.MATERIALS_COLLECTION).exists()
            self._collection = organisers.materials_collection()
            if not existed:
                self.created.append(f"collection “{self._collection.name}”")
        return self._collection

    def document(self, material: dict):
        """The generated PDF of a material, created when no document has its title."""
        from wagtail.documents import get_document_model

        existed = get_document_model().objects.filter(title=material["title"]).exists()
        document = make_demo_document(
            material["key"], material["title"], material["paragraphs"], self.collection()
        )
        if not existed:
            self.created.append(f"document “{material['title']}”")
        return document

    # --- streams ----------------------------------------------------------------------

    @staticmethod
    def agenda(spec: dict, start: datetime.datetime) -> list[dict]:
        """The agenda in StreamField's raw form, day headings dated from the first day."""
        first_day = timezone.localtime(start, ZoneInfo(spec["time_zone"])).date()
        raw = []
        for block_type, value in spec["agenda"]:
            if block_type == "day":
                date = first_day + datetime.timedelta(days=value["day"] - 1)
                value = {"date": date.isoformat(), "title": value.get("title", "")}
            raw.append({"type": block_type, "value": value})
        return raw

    @staticmethod
    def speakers(spec: dict) -> list[dict]:
        return [{"type": "speaker", "value": speaker} for speaker in spec["speakers"]]

    def materials(self, spec: dict) -> list[dict]:
        """Document and link blocks in raw form; documents are generated PDFs."""
        raw = []
        for material in spec.get("materials", []):
            common = {
                "title": material["title"],
                "kind": material["kind"],
                "language": material["language"],
            }
            if material["type"] == "document":
                value = {**common, "document": self.document(material).pk}
            else:
                value = {**common, "url": material["url"]}
            raw.append({"type": material["type"], "value": value})
        return raw

    # --- pages ------------------------------------------------------------------------

    def ensure_indexes(self, home) -> tuple[EventIndexPage, MaterialsLibraryPage]:
        events = data.INDEXES["events"]
        materials = data.INDEXES["materials"]
        return (
            self.ensure_index(
                home, EventIndexPage, "events", events["title"], events["introduction"]
            ),
            self.ensure_index(
                home,
                MaterialsLibraryPage,
                "materials",
                materials["title"],
                materials["introduction"],
            ),
        )

    def ensure_events(self, index: EventIndexPage) -> None:
        """Every demo event under the event index."""
        existing = self.existing_slugs(index)
        now = timezone.now()
        for spec in data.EVENTS:
            if spec["slug"] in existing:
                continue
            times = event_times(spec, now)
            page = EventPage(
                title=spec["title"],
                slug=spec["slug"],
                summary=spec["summary"],
                hero_image=self.image(spec.get("hero_image")),
                **times,
                time_zone=spec["time_zone"],
                event_format=spec["event_format"],
                status=spec["status"],
                status_note=spec["status_note"],
                venue_name=spec["venue_name"],
                venue_address=spec["venue_address"],
                venue_city=spec["venue_city"],
                country=country(spec["country"]),
                online_joining_details=spec["online_joining_details"],
                organiser=spec["organiser"],
                organiser_website=spec["organiser_website"],
                audience=spec["audience"],
                agenda=self.agenda(spec, times["start"]),
                speakers=self.speakers(spec),
                registration_mode=spec["registration_mode"],
                registration_url=spec["registration_url"],
                capacity=spec["capacity"],
                materials=self.materials(spec),
            )
            page.languages = languages(spec["languages"])
            page.interpretation = languages(spec["interpretation"])
            page.themes = list(Theme.objects.filter(locale=self.locale, slug__in=spec["themes"]))
            page.related_guides = list(
                GuidePage.objects.filter(
                    locale=self.locale, slug__in=spec["related_guides"]
                ).order_by("pk")
            )
            self.add_page(index, page)

    def ensure_registrations(self, index: EventIndexPage) -> None:
        """The demo registrations, for events that have no registration at all yet."""
        for spec in data.REGISTRATIONS:
            event = EventPage.objects.child_of(index).filter(slug=spec["event"]).first()
            if event is None or EventRegistration.objects.filter(event=event).exists():
                continue
            now = timezone.now()
            registration = EventRegistration(
                event=event,
                status=RegistrationStatus.CONFIRMED,
                name=spec["name"],
                email=spec["email"],
                organisation=spec["organisation"],
                country=country(spec["country"]),
                language=spec["language"],
                consent_given_at=now,
            )
            registration.full_clean()
            registration.save()
            self.created.append(f"registration for “{event.title}”")

    # --- menu -------------------------------------------------------------------------

    def ensure_menu_entries(self, indexes: list[Page]) -> None:
        """Add the event index and the library to the main menu, after the knowledge indexes."""
        menu = MainMenu.objects.filter(locale=self.locale).first()
        if menu is None:
            return
        current = list(menu.items.all())
        linked = {item.link_page_id for item in current}
        missing = [index for index in indexes if index.pk not in linked]
        if not missing:
            return
        knowledge_ids = {
            page.pk
            for model in KNOWLEDGE_INDEXES
            for page in model.objects.filter(locale=self.locale)
        }
        position = 0
        for number, item in enumerate(current, start=1):
            if item.link_page_id in knowledge_ids:
                position = number
        new_items = [MainMenuItem(link_page=index, locale=self.locale) for index in missing]
        items = current[:position] + new_items + current[position:]
        # Numbered before they are assigned: the relation keeps its items sorted by number.
        for order, item in enumerate(items):
            item.sort_order = order
        menu.items = items
        menu.save()
        titles = " and ".join(index.title.lower() for index in missing)
        self.created.append(f"main menu entries for {titles}")
        source = TranslationSource.objects.get_for_instance_or_none(menu)
        if source is not None:
            # The new entries have no text of their own: syncing needs no translator.
            source.update_from_db()
            for translation in Translation.objects.filter(source=source):
                translation.save_target()

    def ensure_organiser_role(self) -> None:
        existed = Group.objects.filter(name=organisers.ORGANISERS_GROUP).exists()
        organisers.ensure_event_organiser_role()
        if not existed:
            self.created.append(f"group “{organisers.ORGANISERS_GROUP}”")

    def load(self) -> list[str]:
        """Create whatever is missing; return a line per thing created."""
        home = self.home()
        event_index, library = self.ensure_indexes(home)
        self.ensure_events(event_index)
        with transaction.atomic():
            self.ensure_registrations(event_index)
        with transaction.atomic():
            self.ensure_menu_entries([event_index, library])
        self.collection()
        self.ensure_organiser_role()
        return self.created


def languages(codes: list[str]) -> list[SpokenLanguage]:
    """Spoken languages by code, in the order given (rows exist from a migration)."""
    return [SpokenLanguage.objects.get_or_create(code=code)[0] for code in codes]


def load_events() -> list[str]:
    """Create whatever is missing of the events demo; return a line per thing created."""
    return EventsLoader().load()
