"""Fixed scales and kinds of the knowledge base."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EvidenceLevel(models.TextChoices):
    """How strong the evidence is that a practice works, from first signs to proof."""

    EMERGING = "emerging", _("Emerging")
    PROMISING = "promising", _("Promising")
    EVALUATED = "evaluated", _("Evaluated")
    EVIDENCE_BASED = "evidence-based", _("Evidence-based")

    @classmethod
    def explained(cls) -> list[tuple[str, str, str]]:
        """(value, label, explanation) for every level, in order of strength."""
        explanations = {
            cls.EMERGING: _(
                "A new practice with a clear rationale. Early experience is encouraging, "
                "but results have not yet been measured."
            ),
            cls.PROMISING: _(
                "Results have been monitored over time, for example housing outcomes or "
                "tenancies kept, and point in the right direction, without a formal evaluation."
            ),
            cls.EVALUATED: _(
                "An independent or internal evaluation has measured the results against "
                "stated aims, and the report is available."
            ),
            cls.EVIDENCE_BASED: _(
                "Several evaluations, including at least one with a comparison group, show "
                "that the practice achieves its aims in more than one place."
            ),
        }
        return [(level.value, level.label, explanations[level]) for level in cls]


class UpdateKind(models.TextChoices):
    """What kind of update a post is."""

    NEWS = "news", _("News")
    POLICY_BRIEF = "policy-brief", _("Policy brief")
    STATEMENT = "statement", _("Statement")


class EventFormat(models.TextChoices):
    """Where an event takes place."""

    IN_PERSON = "in-person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("In person and online")


class EventStatus(models.TextChoices):
    """Whether an event goes ahead as announced."""

    SCHEDULED = "scheduled", _("Scheduled")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", pgettext_lazy("event status", "Cancelled")
    MOVED_ONLINE = "moved-online", _("Moved online")


class RegistrationMode(models.TextChoices):
    """How people sign up for an event."""

    NONE = "none", _("No registration needed")
    ON_SITE = "on-site", _("Registration on this site")
    EXTERNAL = "external", _("Registration on another website")


class RegistrationStatus(models.TextChoices):
    """Where a registration stands."""

    CONFIRMED = "confirmed", pgettext_lazy("registration status", "Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("registration status", "Cancelled")


class MaterialKind(models.TextChoices):
    """What a document or link from an event or guide is."""

    SLIDES = "slides", _("Slides")
    REPORT = "report", _("Report")
    RECORDING = "recording", _("Recording")
    TOOLKIT = "toolkit", _("Toolkit")
    OTHER = "other", _("Other document")


class LatestContentKind(models.TextChoices):
    """What a "latest content" block of the home page lists; the label is its usual heading."""

    GUIDES = "guides", _("Latest guides")
    EVENTS = "events", _("Upcoming events")
    UPDATES = "updates", _("Latest updates")


class SiteView(models.TextChoices):
    """Pages of the site that are not edited in the CMS, which a menu may link to by name."""

    AGENCY_DIRECTORY = "agency_directory", _("Member agencies")
