"""Dissemination events: the index that lists them and the event page with registration."""

import datetime
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from django.core.exceptions import ValidationError
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from network_site.core.time_zones import time_zone_in_words
from network_site.core.widgets import AlphabeticalCheckboxes, AlphabeticalSelect
from practices.blocks import AgendaStreamBlock, MaterialsStreamBlock, SpeakersStreamBlock
from practices.choices import EventFormat, EventStatus, RegistrationMode

from .features import page_feature
from .mixins import IntroductionMixin, ListingImageMixin, ServedAddressMixin, SummaryMixin

DEFAULT_TIME_ZONE = "Europe/Brussels"
# Times an editor types are wall-clock times of the event's own zone.
LOCAL_TIME_FIELDS = ("start", "end", "registration_deadline")


@cache
def time_zone_choices() -> list[tuple[str, str]]:
    """The zones of Europe and of the EU's Atlantic regions, and UTC."""
    zones = sorted(
        zone for zone in available_timezones() if zone.startswith(("Europe/", "Atlantic/"))
    )
    return [(zone, zone.replace("_", " ")) for zone in [*zones, "UTC"]]


class EventPageForm(WagtailAdminPageForm):
    """The event editor: times are entered and shown in the event's time zone.

    Django reads a typed date and time in the editor's own zone; an organiser in
    Brussels who types 10:00 for an event in Bucharest means 10:00 in Bucharest,
    so the value is moved to the event's zone, keeping the wall-clock time.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound or not self.instance.pk:
            return
        zone = self.instance.zone
        for name in LOCAL_TIME_FIELDS:
            value = getattr(self.instance, name)
            if value is not None and name in self.fields:
                self.initial[name] = timezone.make_naive(value, zone)

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("time_zone") or DEFAULT_TIME_ZONE
        zone = ZoneInfo(zone_name)
        for name in LOCAL_TIME_FIELDS:
            value = cleaned.get(name)
            if value is not None:
                cleaned[name] = timezone.make_aware(timezone.make_naive(value), zone)
        return cleaned


class EventIndexPage(ServedAddressMixin, RoutablePageMixin, IntroductionMixin, Page):
    """Upcoming and past events, filtered by country, theme, format and language."""

    content_panels = [*Page.content_panels, *IntroductionMixin.introduction_panels]
    template = "practices/events/event_index_page.html"
    parent_page_types = ["practices.HomePage"]
    subpage_types = ["practices.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    @path("", name="upcoming")
    def upcoming(self, request):
        """Events that have not ended yet, soonest first."""
        return page_feature("event_listing")(self, request, past=False)

    @path("past/", name="past")
    def past(self, request):
        """Events that have ended, latest first, leading with their materials."""
        return page_feature("event_listing")(self, request, past=True)


class EventPage(ServedAddressMixin, RoutablePageMixin, ListingImageMixin, SummaryMixin, Page):
    """A dissemination event: when and where, the programme, registration and materials."""

    start = models.DateTimeField(verbose_name=_("starts"))
    end = models.DateTimeField(verbose_name=_("ends"))
    time_zone = models.CharField(
        max_length=40,
        choices=time_zone_choices,
        default=DEFAULT_TIME_ZONE,
        verbose_name=_("time zone"),
        help_text=_("Times are entered and shown in this zone."),
    )
    event_format = models.CharField(
        max_length=20,
        choices=EventFormat.choices,
        default=EventFormat.IN_PERSON,
        verbose_name=_("format"),
    )
    status = models.CharField(
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        verbose_name=_("status"),
    )
    status_note = models.CharField(
        max_length=300,
        blank=True,
        verbose_name=_("note on the status"),
        help_text=_("Shown in the banner, e.g. the new date of a postponed event."),
    )
    venue_name = models.CharField(max_length=160, blank=True, verbose_name=_("venue"))
    venue_address = models.CharField(max_length=240, blank=True, verbose_name=_("address"))
    venue_city = models.CharField(max_length=120, blank=True, verbose_name=_("city"))
    country = models.ForeignKey(
        "practices.Country",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("country"),
        help_text=_("Where it takes place; for an online event, the organiser's country."),
    )
    online_joining_details = models.TextField(
        blank=True,
        max_length=1000,
        verbose_name=_("online joining details"),
        help_text=_("Link and instructions; shown only to confirmed registrants."),
    )
    organiser = models.CharField(max_length=160, verbose_name=_("organiser"))
    organiser_website = models.URLField(blank=True, verbose_name=_("organiser's website"))
    audience = models.CharField(
        max_length=300,
        blank=True,
        verbose_name=_("audience"),
        help_text=_("Who the event is for."),
    )
    languages = ParentalManyToManyField(
        "practices.SpokenLanguage",
        blank=True,
        related_name="events",
        verbose_name=_("languages spoken"),
    )
    interpretation = ParentalManyToManyField(
        "practices.SpokenLanguage",
        blank=True,
        related_name="+",
        verbose_name=_("interpretation offered into"),
    )
    agenda = StreamField(AgendaStreamBlock(), blank=True, verbose_name=_("agenda"))
    speakers = StreamField(SpeakersStreamBlock(), blank=True, verbose_name=_("speakers"))
    registration_mode = models.CharField(
        max_length=20,
        choices=RegistrationMode.choices,
        default=RegistrationMode.ON_SITE,
        verbose_name=_("registration"),
    )
    registration_url = models.URLField(
        blank=True,
        verbose_name=_("external registration address"),
        help_text=_("Only for registration on another website."),
    )
    capacity = models.PositiveIntegerField(
        null=True,
        blank=True,
        verbose_name=_("places"),
        help_text=_("Leave empty for no limit. Once full, people join the waiting list."),
    )
    registration_deadline = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name=_("registration deadline"),
        help_text=_("Leave empty to accept registrations until the event starts."),
    )
    materials = StreamField(
        MaterialsStreamBlock(),
        blank=True,
        verbose_name=_("materials"),
        help_text=_("Slides, reports, recordings and toolkits, each with its language."),
    )
    themes = ParentalManyToManyField("practices.Theme", blank=True, verbose_name=_("themes"))
    related_guides = ParentalManyToManyField(
        "practices.GuidePage", blank=True, related_name="+", verbose_name=_("related guides")
    )

    base_form_class = EventPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        *ListingImageMixin.image_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("status_note")]),
            ],
            heading=_("Date and status"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_format"),
                FieldRowPanel([FieldPanel("venue_name"), FieldPanel("venue_address")]),
                FieldRowPanel(
                    [FieldPanel("venue_city"), FieldPanel("country", widget=AlphabeticalSelect)]
                ),
                FieldPanel("online_joining_details"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("organiser"), FieldPanel("organiser_website")]),
                FieldPanel("audience"),
                FieldPanel("languages", widget=AlphabeticalCheckboxes),
                FieldPanel("interpretation", widget=AlphabeticalCheckboxes),
            ],
            heading=_("Organiser, audience and languages"),
        ),
        FieldPanel("agenda"),
        FieldPanel("speakers"),
    ]
    registration_panels = [
        FieldPanel("registration_mode"),
        FieldPanel("registration_url"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_deadline")]),
    ]
    after_panels = [
        FieldPanel("materials"),
        FieldPanel("themes", widget=CheckboxSelectMultiple),
        FieldPanel("related_guides"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(registration_panels, heading=pgettext_lazy("event", "Registration")),
            ObjectList(after_panels, heading=_("Materials and links")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("organiser"),
        index.SearchField("venue_city"),
        index.SearchField("joined_compounds"),
        index.FilterField("locale_id"),
    ]
    # When and how an event happens is the same in every language.
    override_translatable_fields = [
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("time_zone"),
        SynchronizedField("event_format"),
        SynchronizedField("status"),
        SynchronizedField("country"),
        SynchronizedField("venue_address"),
        SynchronizedField("organiser_website"),
        SynchronizedField("languages"),
        SynchronizedField("interpretation"),
        SynchronizedField("registration_mode"),
        SynchronizedField("registration_url"),
        SynchronizedField("capacity"),
        SynchronizedField("registration_deadline"),
        SynchronizedField("materials"),
        SynchronizedField("themes"),
        SynchronizedField("related_guides"),
    ]

    template = "practices/events/event_page.html"
    parent_page_types = ["practices.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["end"]), models.Index(fields=["start"])]

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("An event must end after it starts.")
        if self.registration_mode == RegistrationMode.EXTERNAL and not self.registration_url:
            errors["registration_url"] = _("Give the address where people register.")
        if self.registration_deadline and self.end and self.registration_deadline > self.end:
            errors["registration_deadline"] = _("The deadline must be before the event ends.")
        if self.event_format != EventFormat.ONLINE and not (self.venue_name or self.venue_city):
            errors["venue_city"] = _("Say where the event takes place.")
        if errors:
            raise ValidationError(errors)

    # --- time -------------------------------------------------------------------------

    @property
    def zone(self) -> ZoneInfo:
        """The event's time zone."""
        return ZoneInfo(self.time_zone or DEFAULT_TIME_ZONE)

    @property
    def local_start(self) -> datetime.datetime:
        return timezone.localtime(self.start, self.zone)

    @property
    def local_end(self) -> datetime.datetime:
        return timezone.localtime(self.end, self.zone)

    @property
    def zone_label(self) -> str:
        """The zone in words, in the reader's language, e.g. 'Romania time (UTC+3)'."""
        return time_zone_in_words(self.time_zone or DEFAULT_TIME_ZONE, self.start)

    @property
    def single_day(self) -> bool:
        return self.local_start.date() == self.local_end.date()

    def has_ended(self, now: datetime.datetime | None = None) -> bool:
        return self.end <= (now or timezone.now())

    # --- registration -------------------------------------------------------------------

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    @property
    def is_online(self) -> bool:
        return self.event_format == EventFormat.ONLINE or self.status == EventStatus.MOVED_ONLINE

    @property
    def closes_at(self) -> datetime.datetime:
        """When registration closes: the deadline, or else the start."""
        return self.registration_deadline or self.start

    def registration_open(self, now: datetime.datetime | None = None) -> bool:
        """Whether this site takes registrations for the event at this moment."""
        return (
            self.registration_mode == RegistrationMode.ON_SITE
            and self.status in (EventStatus.SCHEDULED, EventStatus.MOVED_ONLINE)
            and (now or timezone.now()) < self.closes_at
        )

    @cached_property
    def booking_page(self) -> "EventPage":
        """The page whose registrations count for the event: the first of its translations.

        Places are shared by every language version, so registrations in any
        language are kept against one page.
        """
        first = (
            EventPage.objects.filter(translation_key=self.translation_key).order_by("pk").first()
        )
        return first or self

    # --- routes -------------------------------------------------------------------------

    @path("register/", name="register")
    def register(self, request):
        """The registration form (never cached: it carries a CSRF token and live places)."""
        return page_feature("event_registration_form")(request, self)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """The event as an iCalendar file."""
        return page_feature("event_calendar")(request, self)
