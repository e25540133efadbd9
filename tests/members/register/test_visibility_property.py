"""For random agencies, staff and people: the register's list and its person pages agree.

Every person in a user's list opens for them, and every person who opens for them is in
their list; people of agencies where they keep no records do neither.
"""

import random
import re

import pytest

from django.urls import reverse

from members.agencies.models import AgencyRole
from members.register.models import Person
from members.register.views.people import PEOPLE_PER_PAGE
from tests.accounts import give_second_factor, sign_in
from tests.html import links, parse
from tests.members.factories import AgencyFactory, MembershipFactory, PersonFactory
from tests.members.register.factories import record_person

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
            record_person(by=user, agency=agency)
    return staff


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


@pytest.mark.parametrize("seed", [1, 2])
def test_the_list_and_the_person_pages_agree(client, seed):
    staff = random_network(random.Random(seed))
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
