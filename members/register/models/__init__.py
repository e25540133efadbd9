"""The register's models: people with their movements and notes (``people``), and
what crosses to other agencies with the person's consent (``sharing``)."""

from members.register.models.discovery import ContactRequest, DiscoveryLookup
from members.register.models.erasure import Erasure, ErasureConfirmation
from members.register.models.people import (
    CaseNote,
    Movement,
    Person,
    records_agency_ids,
)
from members.register.models.sharing import Consent, Referral, Share

__all__ = [
    "CaseNote",
    "Consent",
    "ContactRequest",
    "DiscoveryLookup",
    "Erasure",
    "ErasureConfirmation",
    "Movement",
    "Person",
    "Referral",
    "Share",
    "records_agency_ids",
]
