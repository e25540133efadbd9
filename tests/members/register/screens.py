"""Helpers of the tests of the register's person screens: their addresses, the audit rows a
request writes, and a person whose every encrypted part carries a canary value."""

from contextlib import contextmanager

from django.db.models import Max
from django.urls import reverse

from members.agencies.models import AuditEvent
from members.register.records import BirthDate, Contact, Sensitive
from tests.members.register.factories import record_person

CANARY_HEALTH = "canary-health-Qx7Hb2"
CANARY_COMMUNITY = "canary-community-Zr4Kp9"
CANARY_OTHER = "canary-other-Wm8Tc5"
CANARIES = (CANARY_HEALTH, CANARY_COMMUNITY, CANARY_OTHER)


def url(name: str, person, **kwargs) -> str:
    return reverse(f"members:{name}", kwargs={"person_id": person.pk, **kwargs})


@contextmanager
def audit_rows(agency):
    """Collects the audit rows that the block writes to ``agency``'s trail, in order."""
    last = AuditEvent.objects.filter(agency=agency).aggregate(last=Max("sequence"))["last"] or 0
    rows: list[AuditEvent] = []
    yield rows
    rows.extend(AuditEvent.objects.filter(agency=agency, sequence__gt=last).order_by("sequence"))


def described(rows) -> list[tuple]:
    """Audit rows as (action, person, reason, detail), for comparing with what is expected."""
    return [(row.action, row.person_uuid, row.reason, row.detail) for row in rows]


def person_with_canaries(by, **fields):
    """A person whose sensitive section holds unusual strings that must never leak."""
    return record_person(
        by=by,
        given_names=fields.pop("given_names", "Ioana Maria"),
        family_names=fields.pop("family_names", "Dumitrescu"),
        birth=fields.pop("birth", BirthDate(1985, 3)),
        other_names=fields.pop("other_names", ("Ioana Dumitru",)),
        contact=fields.pop(
            "contact", Contact(phone="+40 700 000 001", whereabouts="Gare du Midi, mornings")
        ),
        sensitive=Sensitive(health=CANARY_HEALTH, community=CANARY_COMMUNITY, other=CANARY_OTHER),
        **fields,
    )
