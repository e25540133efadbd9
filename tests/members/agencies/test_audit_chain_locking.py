"""Two requests writing to one agency's audit trail at once still make one unbroken chain."""

import threading

import pytest

from django.db import connection, transaction

from members.agencies.audit import broken_links
from members.agencies.models import AuditAction, AuditEvent
from members.agencies.services import audit_event_record
from tests.members.factories import AgencyFactory, MembershipFactory

WRITERS, EVENTS_EACH = 4, 10


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_never_fork_the_chain():
    agency = AgencyFactory()
    staff = [MembershipFactory(agency=agency).user for _ in range(WRITERS)]
    start = threading.Barrier(WRITERS)
    failures = []

    def write(user):
        try:
            start.wait()
            for _ in range(EVENTS_EACH):
                with transaction.atomic():
                    audit_event_record(actor=user, agency=agency, action=AuditAction.PERSON_LIST)
        except Exception as error:  # reported below, in the test's own thread
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(user,)) for user in staff]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    chain = list(AuditEvent.objects.of_agency(agency))
    assert [event.sequence for event in chain] == list(range(1, WRITERS * EVENTS_EACH + 1))
    assert list(broken_links(chain)) == []


@pytest.mark.django_db(transaction=True)
def test_an_audit_event_outside_a_transaction_is_refused():
    agency = AgencyFactory()
    user = MembershipFactory(agency=agency).user
    with pytest.raises(RuntimeError):
        audit_event_record(actor=user, agency=agency, action=AuditAction.PERSON_LIST)
    assert not AuditEvent.objects.exists()
