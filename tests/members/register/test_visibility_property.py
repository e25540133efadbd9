"""For random agencies, staff, people and shares: the register's list and its person pages agree.

Every person in a user's list opens for them, and every person who opens for them is in
their list; people of agencies where they keep no records do neither, unless an active
share opens them to such an agency (an expired, ended or revoked one opens nothing).
"""

import datetime
import random
import re

import pytest

from django.urls import reverse
from django.utils import timezone

from members.agencies.models import AgencyRole
from members.register.models import Person, Share
from members.register.views.people import PEOPLE_PER_PAGE
from members.register.vocabulary import SharePart
from tests.accounts import give_second_factor, sign_in
from tests.html import links, parse
from tests.members.factories import AgencyFactory, MembershipFactory, PersonFactory
from tests.members.register.factories import record_person, share_person

pytestmark = pytest.mark.django_db
PERSON_LINK = re.compile(r"/members/register/people/([0-9a-f-]{36})/$")
ROLES = [AgencyRole.AGENCY_ADMIN, AgencyRole.CASEWORKER, AgencyRole.MEMBER]


def random_network(rng: random.Random):
    agencies = [AgencyFactory(country=rng.choice(["BE", "RO", "PL", "DE"])) for _ in range(3)]
    staff = []
    for _ in range(6):
        user = PersonFactory()
        give_second_factor(user)
        for agency in rng.sample(agencies, rng.choice([1, 1, 2])):
            MembershipFactory(user=user, agency=agency, role=rng.choice(ROLES))
        staff.append(user)
    recorders = [
        (m.user, m.agency)
        for user in staff
        for m in user.memberships.all()
        if m.role != AgencyRole.MEMBER
    ]
    for _ in range(rng.randint(PEOPLE_PER_PAGE, PEOPLE_PER_PAGE + 5)):
        if recorders:
            user, agency = rng.choice(recorders)
            person = record_person(by=user, agency=agency)
            random_shares(rng, person, [a for a in agencies if a != agency])
    return staff


# A share in each state: open, or closed in one of the ways that must open nothing.
SHARE_STATES = [
    {},
    {},
    {"expires_in": -datetime.timedelta(days=1)},
    {"ended": True},
    {"revoked": True},
]


def random_shares(rng: random.Random, person, others) -> None:
    """None, one or two shares of ``person`` with other agencies, of random scope and state."""
    for agency in rng.sample(others, min(len(others), rng.choice([0, 1, 2]))):
        scope = [part for part in SharePart.values if rng.random() < 0.5]
        share_person(person, agency, scope=scope, **rng.choice(SHARE_STATES))


def listed_people(client) -> set[str]:
    """Everyone the register's list shows, page after page."""
    found, number = set(), 1
    while True:
        response = client.get(reverse("members:register"), {"page": number})
        if response.status_code == 404:
            return found
        page_links = {
            m.group(1) for href in links(parse(response)) if (m := PERSON_LINK.search(href))
        }
        if number > 1 and not page_links - found:
            return found
        found |= page_links
        number += 1


@pytest.mark.parametrize("seed", [1, 2, 4])
def test_the_list_and_the_person_pages_agree(client, seed):
    staff = random_network(random.Random(seed))
    through_shares = 0
    everyone = [str(pk) for pk in Person.objects.values_list("pk", flat=True)]
    for user in staff:
        client.logout()
        sign_in(client, user)
        listed = listed_people(client)
        opens = {
            pk
            for pk in everyone
            if client.get(reverse("members:register_person", kwargs={"person_id": pk})).status_code
            == 200
        }
        assert listed == opens, f"seed {seed}: list and pages disagree for {user}"
        assert listed == {
            str(pk) for pk in Person.objects.visible_to(user).values_list("pk", flat=True)
        }
        assert listed == expected_for(user), f"seed {seed}: {user} sees the wrong people"
        through_shares += len(
            listed - {str(pk) for pk in Person.objects.owned_by(user).values_list("pk", flat=True)}
        )
    assert through_shares, f"seed {seed}: no one saw a shared person; the test proves too little"


def expected_for(user) -> set[str]:
    """Worked out from the rows, without the access rule: the people of the agencies where
    the user keeps records, and those an open share (not ended, expired or revoked) gives
    one of these agencies."""
    now = timezone.now()
    agencies = {
        m.agency_id for m in user.memberships.filter(active=True) if m.role != AgencyRole.MEMBER
    }
    seen = {str(p.pk) for p in Person.objects.all() if p.agency_id in agencies}
    for share in Share.objects.select_related("consent"):
        if (
            share.agency_id in agencies
            and share.ended_at is None
            and share.expires_at > now
            and share.consent.revoked_at is None
        ):
            seen.add(str(share.person_id))
    return seen
