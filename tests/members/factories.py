"""Factories of the member area: people with a verified address, agencies, memberships.

The one way tests build a member: ``MembershipFactory(agency=…, role=…)`` makes the
person too, or gives a place to ``user=`` someone made with ``PersonFactory``.
"""

import factory
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from members.agencies.access import COORDINATORS_GROUP
from members.agencies.invitation_tokens import invitation_token
from members.agencies.models import Agency, AgencyRole, Membership
from members.agencies.services import invitation_create
from tests.accounts import give_second_factor

PASSWORD = "a-long-test-password-1"


class PersonFactory(DjangoModelFactory):
    """Someone who signs in by e-mail, with the verified address allauth would record."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

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


def make_user(django_user_model, username: str):
    """A person who signs in by e-mail, with the verified address allauth would record."""
    return PersonFactory(username=username)


def build_people() -> dict:
    """The agencies and people of the ``people`` fixture.

    Everyone has an authenticator app except ``no_second_factor``, whichever way the
    test that builds them treats new users.
    """
    django_user_model = get_user_model()
    agency_a = AgencyFactory(
        name="Agency A",
        country="BE",
        city="Brussels",
        contact_email="contact@agency-a.example.org",
        contact_phone="+32 2 000 00 00",
        listed_publicly=True,
    )
    agency_b = AgencyFactory(
        name="Agency B",
        country="RO",
        city="Cluj",
        contact_email="b@example.org",
        listed_publicly=True,
    )
    hidden = AgencyFactory(name="Unlisted agency", country="BE", city="Ghent")
    users = {}
    for role, username in [
        (AgencyRole.AGENCY_ADMIN, "admin_a"),
        (AgencyRole.CASEWORKER, "caseworker_a"),
        (AgencyRole.MEMBER, "member_a"),
    ]:
        users[username] = make_user(django_user_model, username)
        MembershipFactory(user=users[username], agency=agency_a, role=role)
    users["caseworker_b"] = make_user(django_user_model, "caseworker_b")
    MembershipFactory(user=users["caseworker_b"], agency=agency_b, role=AgencyRole.CASEWORKER)
    users["coordinator"] = make_user(django_user_model, "coordinator")
    users["coordinator"].groups.add(Group.objects.get_or_create(name=COORDINATORS_GROUP)[0])
    users["outsider"] = make_user(django_user_model, "outsider")
    # A caseworker of A who has not set up a second factor yet.
    users["no_second_factor"] = make_user(django_user_model, "no_second_factor")
    MembershipFactory(user=users["no_second_factor"], agency=agency_a, role=AgencyRole.CASEWORKER)
    for username, user in users.items():
        if username == "no_second_factor":
            user.authenticator_set.all().delete()
        else:
            give_second_factor(user)
    return {"a": agency_a, "b": agency_b, "hidden": hidden, **users}


def invite(agency, email: str, role: str, invited_by):
    """An invitation and the link's token, without going through the e-mail."""
    invitation = invitation_create(agency=agency, email=email, role=role, invited_by=invited_by)
    return invitation, invitation_token(invitation)
