"""Reads of erasures: the owner's status page and the recipients' list to confirm.

None of them reads personal data: an erasure names agencies, dates and the legal hold.
"""

from django.db.models import F, Prefetch

from members.register.erasure import admin_agency_ids
from members.register.models import Erasure, ErasureConfirmation, records_agency_ids


def erasure_for_owner(user, erasure_id) -> Erasure:
    """The erasure, for an admin of the agency that asked for it; ``DoesNotExist`` else."""
    confirmations = ErasureConfirmation.objects.select_related("agency").order_by("agency__name")
    return (
        Erasure.objects.filter(agency_id__in=admin_agency_ids(user))
        .select_related("agency", "requested_by", "erased_by")
        .prefetch_related(Prefetch("confirmations", queryset=confirmations))
        .get(pk=erasure_id)
    )


def erasures_requested(user, limit: int = 200) -> list[Erasure]:
    """The erasures the user's agencies asked for (admins only), newest first."""
    return list(
        Erasure.objects.filter(agency_id__in=admin_agency_ids(user))
        .prefetch_related("confirmations")
        .order_by("-requested_at")[:limit]
    )


def erasures_to_confirm(user) -> list[ErasureConfirmation]:
    """What the user's agencies were asked to erase: waiting ones first, then newest."""
    return list(
        ErasureConfirmation.objects.filter(agency_id__in=records_agency_ids(user))
        .select_related("erasure__agency")
        .order_by(F("confirmed_at").desc(nulls_first=True), "-notified_at")
    )


def erasure_panel(user, person) -> dict | None:
    """What the person page shows of erasure: for the owning agency's admins only, a
    request waiting on a legal hold (or None, and the way to ask for one)."""
    if person.agency_id not in admin_agency_ids(user):
        return None
    return {"held": Erasure.objects.filter(person=person).first()}
