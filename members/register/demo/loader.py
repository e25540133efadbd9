"""Loads the demo register: each active demo agency's fictional caseload, through the services.

Every person, movement and case note is recorded by a member of the agency's own
staff through ``members.register.services``, exactly as the screens do, so the
demo has real ciphertext, blind indexes, whereabouts and an audit trail. An agency
that already has people in the register is left alone: loading again creates nothing.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from members.agencies.access import RECORD_ROLES
from members.agencies.demo_accounts import DEMO_ACCOUNTS
from members.agencies.models import Agency, AgencyRole, Membership
from members.agencies.services import membership_add
from members.register import services
from members.register.demo.data import PLANS, RECORDS_STAFF
from members.register.demo.people import Caseload, DemoPerson
from members.register.models import Person
from members.register.records import BirthDate, Identity

# Someone the Brussels agency has recorded, whose spelling variant the demo caseworker
# can try to record to see the duplicate warning (`make run` and the README say so).
KNOWN_PERSON_AGENCY = "Carrefour Accueil Bruxelles"
KNOWN_PERSON = Identity("Florin", "Dumitrescu", BirthDate(1986, 5, 14))
DUPLICATE_TRY = "Florin Dumitresco, born in 1986 (the register has Florin Dumitrescu)"


def _demo_recorders(agency: Agency) -> list:
    """The demo logins that keep the agency's records, caseworkers first."""
    usernames = [
        account["username"]
        for account in sorted(DEMO_ACCOUNTS, key=lambda a: a.get("agency_role") != "caseworker")
        if account.get("agency") == agency.name and account.get("agency_role") in RECORD_ROLES
    ]
    users = get_user_model().objects.in_bulk(usernames, field_name="username")
    return [users[name] for name in usernames if name in users]


def _records_staff(agency: Agency) -> tuple[list, list[str]]:
    """The agency's records staff: its demo logins, or a caseworker who cannot sign in."""
    recorders = _demo_recorders(agency)
    if recorders or agency.name not in RECORDS_STAFF:
        return recorders, []
    created = []
    username = f"register-demo-{slugify(agency.name)}"
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        first_name, last_name = RECORDS_STAFF[agency.name]
        # No password and no verified address: the account cannot sign in.
        user = get_user_model().objects.create_user(
            username=username,
            email=f"{username}@example.org",
            first_name=first_name,
            last_name=last_name,
        )
        created.append(f"account {username} (caseworker who cannot sign in)")
    if not Membership.objects.active().filter(user=user, agency=agency).exists():
        membership_add(user=user, agency=agency, role=AgencyRole.CASEWORKER)
        created.append(f"membership {username}: caseworker of {agency.name}")
    return [user], created


def _record(person: DemoPerson, *, user, agency: Agency) -> str:
    """Record one person, their movements and notes; a line saying what was made."""
    recorded = services.person_record(
        user=user,
        agency=agency,
        identity=person.identity,
        contact=person.contact,
        sensitive=person.sensitive,
        sex=person.sex,
        citizenship=person.citizenship,
        languages=person.languages,
        support_needs=person.support_needs,
        legal_basis=person.legal_basis,
        legal_basis_on=person.legal_basis_on,
    )
    movements = []
    for event in person.events:
        movements.append(
            services.movement_record(
                user=user,
                person=recorded,
                kind=event.kind,
                date=event.date,
                date_precision=event.date_precision,
                from_country=event.origin[0],
                from_place=event.origin[1],
                to_country=event.destination[0],
                to_place=event.destination[1],
                reason=event.reason,
                source=event.source,
                note=event.note,
                supersedes=None if event.corrects is None else movements[event.corrects],
            )
        )
    notes = []
    for note in person.notes:
        notes.append(
            services.note_write(
                user=user,
                person=recorded,
                body=note.body,
                written_on=note.written_on,
                supersedes=None if note.corrects is None else notes[note.corrects],
            )
        )
    return f"person {recorded.pk} of {agency.name}: {len(movements)} movements, {len(notes)} notes"


def _with_known_person(people: list[DemoPerson]) -> list[DemoPerson]:
    """The caseload with its first Romanian as the person of the duplicate warning."""
    first = next(index for index, person in enumerate(people) if person.citizenship == "RO")
    people[first].identity = KNOWN_PERSON
    return people


@transaction.atomic
def load_demo_register() -> list[str]:
    """Record the caseload of every active demo agency that has no people yet."""
    today = timezone.localdate()
    created: list[str] = []
    agencies = Agency.objects.filter(name__in=[plan.agency for plan in PLANS], active=True)
    by_name = {agency.name: agency for agency in agencies}
    for plan in PLANS:
        agency = by_name.get(plan.agency)
        if agency is None:
            continue
        recorders, made = _records_staff(agency)
        created += made
        if not recorders or Person.objects.visible_to(recorders[0]).filter(agency=agency).exists():
            continue
        people = Caseload(plan, today).people()
        if plan.agency == KNOWN_PERSON_AGENCY:
            people = _with_known_person(people)
        for number, person in enumerate(people):
            # In agencies with two records logins, one person in four is the admin's.
            user = recorders[1] if len(recorders) > 1 and number % 4 == 3 else recorders[0]
            created.append(_record(person, user=user, agency=agency))
    return created
