"""The fixed vocabularies of the register, each a ``TextChoices`` stored by code."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Sex(models.TextChoices):
    """Sex as the person gave it or as recorded in their documents."""

    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Another sex or gender")
    NOT_RECORDED = "not-recorded", _("Not recorded")


class BirthPrecision(models.TextChoices):
    """How much of a date of birth is known."""

    DAY = "day", _("Full date")
    MONTH = "month", _("Year and month")
    YEAR = "year", _("Year only")


class DatePrecision(models.TextChoices):
    """How precisely the date of a movement is known."""

    DAY = "day", _("Day")
    MONTH = "month", _("Month")


class SupportNeed(models.TextChoices):
    """What a person needs help with. Health needs belong in the sensitive section."""

    HOUSING = "housing", _("Housing")
    SHELTER = "shelter", _("A place to sleep tonight")
    DOCUMENTS = "documents", _("Identity documents")
    RESIDENCE_RIGHTS = "residence-rights", _("Residence rights")
    SOCIAL_SECURITY = "social-security", _("Social security and benefits")
    HEALTH_COVER = "health-cover", _("Health insurance cover")
    EMPLOYMENT = "employment", _("Work and training")
    LANGUAGE = "language", _("Language and interpreting")
    LEGAL_ADVICE = "legal-advice", _("Legal advice")
    RECONNECTION = "reconnection", _("Reconnection with family or country")


class LegalBasis(models.TextChoices):
    """The agency's legal basis for processing the person's data (GDPR article 6)."""

    CONSENT = "consent", _("Consent")
    VITAL_INTERESTS = "vital-interests", _("Vital interests")
    PUBLIC_TASK = "public-task", _("Public task")
    LEGITIMATE_INTEREST = "legitimate-interest", _("Legitimate interest")


class MovementKind(models.TextChoices):
    """What happened: a move, a change of contact, or the start or end of support."""

    ARRIVED = "arrived", _("Arrived")
    LEFT = "left", pgettext_lazy("a movement", "Left")
    RETURNED = "returned", _("Returned to country of origin")
    MOVED_ON = "moved-on", _("Moved on")
    WHEREABOUTS_UNKNOWN = "whereabouts-unknown", _("Whereabouts unknown")
    CONTACT_RESUMED = "contact-resumed", _("Contact resumed")
    SUPPORT_STARTED = "support-started", _("Support started")
    SUPPORT_ENDED = "support-ended", _("Support ended")


class MovementReason(models.TextChoices):
    """Why the person moved, as far as anyone knows."""

    WORK = "work", _("Work")
    FAMILY = "family", _("Family")
    SERVICES = "services", _("Access to services")
    HOUSING_LOSS = "housing-loss", _("Loss of housing")
    EVICTION = "eviction", _("Eviction")
    RETURN_PROGRAMME = "return-programme", _("Return programme")
    SAFETY = "safety", _("Safety")
    OTHER = "other", _("Other reason")
    UNKNOWN = "unknown", _("Unknown")


class MovementSource(models.TextChoices):
    """Where the information about a movement comes from."""

    SELF_REPORTED = "self-reported", _("Self-reported")
    CONFIRMED = "confirmed", _("Confirmed by this agency")
    OTHER_AGENCY = "other-agency", _("Reported by another agency")


class PersonStatus(models.TextChoices):
    """Where the person stands now, derived from their movements."""

    SUPPORTED = "supported", _("In support")
    NOT_SUPPORTED = "not-supported", _("Not in support")
    WHEREABOUTS_UNKNOWN = "whereabouts-unknown", _("Whereabouts unknown")
    RETURNED = "returned", _("Returned to country of origin")


class RevealReason(models.TextChoices):
    """Why someone opens a person's sensitive section; recorded in the audit trail."""

    SUPPORT_PLANNING = "support-planning", _("Planning support with the person")
    HEALTH_EMERGENCY = "health-emergency", _("A health emergency")
    SAFEGUARDING = "safeguarding", _("Keeping the person safe")
    REFERRAL = "referral", _("Preparing a referral the person agreed to")
    PERSON_REQUEST = "person-request", _("The person asked to see or correct it")


class ChangeReason(models.TextChoices):
    """Why someone changes a person's identity; recorded in the audit trail."""

    CORRECTION = "correction", _("Correcting a mistake")
    NEW_INFORMATION = "new-information", _("New information from the person")
    DOCUMENTS_SEEN = "documents-seen", _("Documents seen")
    PERSON_REQUEST = "person-request", _("The person asked for the change")


class SharePart(models.TextChoices):
    """A part of a person's record that a referral, transfer or share may carry."""

    IDENTITY = "identity", _("Identity")
    MOVEMENTS = "movements", _("Movements")
    NOTES = "notes", _("Case notes")
    SENSITIVE = "sensitive", _("Sensitive section")


class ReferralKind(models.TextChoices):
    """A referral shares the record while the sender keeps it; a transfer hands it over."""

    REFERRAL = "referral", _("Referral")
    TRANSFER = "transfer", _("Transfer")


class ReferralPurpose(models.TextChoices):
    """Why a record goes to another agency: also what the person agreed it is used for."""

    CONTINUED_SUPPORT = "continued-support", _("Continuing support in another place")
    HOUSING = "housing", _("Finding housing or shelter")
    HEALTH_CARE = "health-care", _("Access to health care")
    LEGAL_ADVICE = "legal-advice", _("Legal and residence advice")
    RETURN_HOME = "return-home", _("Support to return to the country of origin")


class ReferralState(models.TextChoices):
    """Where an offer to another agency stands."""

    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    EXPIRED = "expired", _("Expired without an answer")


class DeclineReason(models.TextChoices):
    """Why a receiving agency declined an offer."""

    NO_CAPACITY = "no-capacity", _("No capacity at the moment")
    OUT_OF_AREA = "out-of-area", _("The person is outside our area")
    NOT_OUR_SERVICE = "not-our-service", _("We do not offer this support")
    PERSON_NOT_HERE = "person-not-here", _("The person has not arrived here")


class ConsentMethod(models.TextChoices):
    """How consent was given, or that another legal basis covers the sharing."""

    SIGNED_FORM = "signed-form", _("Signed form")
    VERBAL_WITNESSED = "verbal-witnessed", _("Spoken, with a witness")
    LEGAL_BASIS = "legal-basis", _("Another legal basis")


class ConsentGiver(models.TextChoices):
    """Who gave consent: the person, or someone entitled to act for them."""

    PERSON = "person", _("The person")
    REPRESENTATIVE = "representative", _("A legal representative")


class ShareEnd(models.TextChoices):
    """Why a share ended before its expiry, or that it expired."""

    CONSENT_REVOKED = "consent-revoked", _("Consent was revoked")
    ENDED_BY_OWNER = "ended-by-owner", _("Ended by the owning agency")
    ENDED_BY_RECIPIENT = "ended-by-recipient", _("Ended by the receiving agency")
    EXPIRED = "expired", _("Expired")
    # Transfers (issue 15): the receiving agency took the record over, so its share
    # gave way to ownership.
    TRANSFERRED = "transferred", _("The agency took the record over")


class ContactState(models.TextChoices):
    """Where a contact request stands, as the receiving agency decided it.

    The asking agency is told "declined" and "answered"; an ignored request looks to
    it like one still waiting until it expires.
    """

    PENDING = "pending", _("Waiting for an answer")
    DECLINED = "declined", pgettext_lazy("a contact request", "Declined")
    IGNORED = "ignored", _("Ignored")
    ANSWERED = "answered", _("Answered with a referral")


class ContactDecision(models.TextChoices):
    """What a receiving agency does with a contact request."""

    IGNORE = "ignore", _("Ignore it")
    DECLINE = "decline", _("Decline it")
    REFER = "refer", _("Start a referral back, with the person's consent")


# Erasure on request (issue 15, deliverable 4).
class ErasureState(models.TextChoices):
    """Where a request to erase a person's record stands."""

    HELD = "held", _("Postponed by a legal hold")
    ERASED = "erased", _("Erased")


class RetentionKeepReason(models.TextChoices):
    """Why the owning agency keeps a record active past the retention period (issue 15).

    Codes, never free text: the reason goes into the audit trail, which holds no
    personal data.
    """

    STILL_SUPPORTED = "still-supported", _("We still support the person")
    EXPECTED_BACK = "expected-back", _("We expect the person to come back")
    PROCEEDINGS = "proceedings", _("Legal or administrative proceedings are open")
    PERSON_REQUEST = "person-request", _("The person asked us to keep it")
