"""Factories of the member area: people with a verified address, agencies, memberships.

The one way tests build a member: ``MembershipFactory(agency=…, role=…)`` makes the
person too, or gives a place to ``user=`` someone made with ``PersonFactory``.
"""

import factory
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model

from members.agencies.models import Agency, AgencyRole, Membership

PASSWORD = "a-long-test-password-1"


class PersonFactory(DjangoModelFactory):
    """Someone who signs in by e-mail, with the verified address allauth would record."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda number: f"person{number}")
    email = factory.LazyAttribute(lambda person: f"{person.username}@example.org")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified_address(person, create, extracted, **kwargs):
        if create:
            person.emailaddress_set.get_or_create(
                email=person.email, defaults={"verified": True, "primary": True}
            )


class AgencyFactory(DjangoModelFactory):
    """A member agency (not listed publicly unless asked)."""

    class Meta:
        model = Agency

    name = factory.Sequence(lambda number: f"Agency {number}")
    country = "BE"
    city = "Brussels"


class MembershipFactory(DjangoModelFactory):
    """A person's place on an agency's staff (a caseworker unless asked)."""

    class Meta:
        model = Membership

    user = factory.SubFactory(PersonFactory)
    agency = factory.SubFactory(AgencyFactory)
    role = AgencyRole.CASEWORKER
