"""Demo member agencies and member accounts for development; loading them again changes nothing.

Nine fictional agencies in eight countries (two in Belgium): seven are listed in the
public directory, one is a member that chose not to be listed and one is a former
member (inactive, unlisted). The member accounts come from ``DEMO_ACCOUNTS`` with
``"kind": "member"``: each names the agency and role it holds, or is a coordinator.
All names, addresses and numbers are made up.
"""

from allauth.account.models import EmailAddress

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from members.agencies.access import COORDINATORS_GROUP
from members.agencies.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from members.agencies.models import Agency, AgencyRole, Membership, Service, ServiceKind
from members.agencies.roles import ensure_coordinator_role
from members.agencies.services import agency_save, membership_add
from members.notifications.models import Notification, NotificationKind

DEMO_AGENCIES = [
    {
        "name": "Carrefour Accueil Bruxelles",
        "country": "BE",
        "city": "Brussels",
        "website": "https://example.org/carrefour-accueil",
        "contact_email": "carrefour-accueil@example.org",
        "contact_phone": "+32 2 555 01 47",
        "services": [
            ServiceKind.OUTREACH,
            ServiceKind.DAY_CENTRE,
            ServiceKind.RIGHTS_ADVICE,
            ServiceKind.RECONNECTION,
        ],
        "languages": ["fr", "nl", "en", "ro", "pl", "bg"],
        "description": (
            "A day centre near the Gare du Midi whose street team meets newly arrived EU "
            "citizens sleeping rough, explains their residence and social rights, and helps "
            "them return home safely when that is what they choose."
        ),
        "listed_publicly": True,
        "active": True,
    },
    {
        "name": "Vrije Haven Antwerpen",
        "country": "BE",
        "city": "Antwerp",
        "website": "https://example.org/vrije-haven",
        "contact_email": "vrije-haven@example.org",
        "contact_phone": "+32 3 555 28 90",
        "services": [ServiceKind.SHELTER, ServiceKind.HEALTH],
        "languages": ["nl", "fr", "en", "pl"],
        "description": (
            "Night shelter with 40 beds and a nurse-led clinic, open to people whatever "
            "their residence status, including those not entitled to municipal shelters."
        ),
        "listed_publicly": True,
        "active": True,
    },
    {
        "name": "Fundația Punte Acasă",
        "country": "RO",
        "city": "Cluj-Napoca",
        "website": "https://example.org/punte-acasa",
        "contact_email": "punte-acasa@example.org",
        "contact_phone": "+40 264 555 318",
        "services": [ServiceKind.RECONNECTION, ServiceKind.HOUSING, ServiceKind.RIGHTS_ADVICE],
        "languages": ["ro", "rom", "hu", "en"],
        "description": (
            "Supports people and families coming back to Romania after homelessness abroad: "
            "a caseworker meets them on arrival, sorts out documents and benefits, and finds "
            "a flat with them, working closely with Roma community mediators."
        ),
        "listed_publicly": True,
        "active": True,
    },
    {
        "name": "Fundacja Nowy Próg",
        "country": "PL",
        "city": "Warsaw",
        "website": "https://example.org/nowy-prog",
        "contact_email": "nowy-prog@example.org",
        "contact_phone": "+48 22 555 64 12",
        "services": [ServiceKind.SHELTER, ServiceKind.EMPLOYMENT, ServiceKind.RECONNECTION],
        "languages": ["pl", "uk", "ru", "en"],
        "description": (
            "Runs a hostel and a job-readiness workshop for men returning to Poland, and "
            "answers calls from partner agencies abroad about people who want to come home."
        ),
        "listed_publicly": True,
        "active": True,
    },
    {
        "name": "Anlaufstelle Brückenschlag e.V.",
        "country": "DE",
        "city": "Berlin",
        "website": "https://example.org/brueckenschlag",
        "contact_email": "brueckenschlag@example.org",
        "contact_phone": "+49 30 5550 2741",
        "services": [ServiceKind.DAY_CENTRE, ServiceKind.RIGHTS_ADVICE, ServiceKind.HEALTH],
        "languages": ["de", "pl", "ro", "bg", "en"],
        "description": (
            "A drop-in advice service for EU citizens without a home in Berlin, with "
            "counsellors who speak their language, help with employment and benefit claims, "
            "and a weekly doctor's consultation for people without health insurance."
        ),
        "listed_publicly": True,
        "active": True,
    },
    {
        "name": "Harbour Lane Housing Support",
        "country": "IE",
        "city": "Dublin",
        "website": "https://example.org/harbour-lane",
        "contact_email": "harbour-lane@example.org",
        "contact_phone": "+353 1 555 0192",
        "services": [ServiceKind.HOUSING, ServiceKind.OUTREACH, ServiceKind.EMPLOYMENT],
        "languages": ["en", "ga", "pl", "lt", "ro"],
        "description": (
            "Housing First tenancies with intensive support for people who have slept rough "
            "for a long time, with an outreach worker dedicated to EU mobile citizens."
        ),
        "listed_publicly": True,
        "active": True,
    },
    {
        "name": "Stichting Dwarsstraat Opvang",
        "country": "NL",
        "city": "Rotterdam",
        "website": "https://example.org/dwarsstraat",
        "contact_email": "dwarsstraat@example.org",
        "contact_phone": "+31 10 555 3817",
        "services": [ServiceKind.OUTREACH, ServiceKind.SHELTER, ServiceKind.RECONNECTION],
        "languages": ["nl", "en", "pl", "bg", "ro"],
        "description": (
            "Winter shelter and year-round street work in the port area; the team helps "
            "seasonal workers who lost their job and their bed at the same time."
        ),
        "listed_publicly": True,
        "active": True,
    },
    {
        "name": "Association Le Relais des Quais",
        "country": "FR",
        "city": "Marseille",
        "website": "https://example.org/relais-des-quais",
        "contact_email": "relais-des-quais@example.org",
        "contact_phone": "+33 4 91 55 50 73",
        "services": [ServiceKind.DAY_CENTRE, ServiceKind.HEALTH, ServiceKind.RIGHTS_ADVICE],
        "languages": ["fr", "ar", "ro", "it", "en"],
        "description": (
            "Day centre offering showers, meals, a mailing address and access to rights; "
            "a member of the network that prefers not to appear in the public directory."
        ),
        "listed_publicly": False,
        "active": True,
    },
    {
        "name": "Fundación Techo Compartido",
        "country": "ES",
        "city": "Madrid",
        "website": "https://example.org/techo-compartido",
        "contact_email": "techo-compartido@example.org",
        "contact_phone": "+34 91 555 27 64",
        "services": [ServiceKind.HOUSING, ServiceKind.EMPLOYMENT],
        "languages": ["es", "ro", "en"],
        "description": (
            "Shared supported flats and job coaching for people leaving long-term "
            "homelessness; its membership of the network has lapsed."
        ),
        "listed_publicly": False,
        "active": False,
    },
]


def _ensure_agencies() -> list[str]:
    created = []
    # Seeded by a migration; created here too, for databases emptied by transactional tests.
    services = {code: Service.objects.get_or_create(code=code)[0] for code in ServiceKind.values}
    languages = {
        code: Agency.languages.field.related_model.objects.get_or_create(code=code)[0]
        for spec in DEMO_AGENCIES
        for code in spec["languages"]
    }
    for spec in DEMO_AGENCIES:
        if Agency.objects.filter(name=spec["name"]).exists():
            continue
        fields = {k: v for k, v in spec.items() if k not in ("services", "languages")}
        agency = agency_save(
            agency=Agency(**fields),
            services=[services[str(code)] for code in spec["services"]],
            languages=[languages[code] for code in spec["languages"]],
        )
        listed = "listed" if agency.listed_publicly else "not listed"
        state = "" if agency.active else ", inactive"
        created.append(f"agency {agency.name} ({agency.country}, {listed}{state})")
    return created


def ensure_verified_address(user) -> list[str]:
    """Sign-in is by e-mail and asks for a verified address: give the demo account the one
    allauth would have verified (an invitation does the same for real accounts)."""
    if EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists():
        return []
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return [f"verified e-mail address {user.email}"]


def ensure_demo_account(account: dict, *, superuser: bool = False) -> tuple:
    """The demo account (created if missing, with its verified address) and what was made."""
    user_model = get_user_model()
    created = []
    user = user_model.objects.filter(username=account["username"]).first()
    if user is None:
        make = user_model.objects.create_superuser if superuser else user_model.objects.create_user
        user = make(
            username=account["username"],
            email=account["email"],
            password=DEMO_PASSWORD,
            first_name=account["first_name"],
            last_name=account["last_name"],
        )
        created.append(f"account {account['email']}")
    return user, created + ensure_verified_address(user)


def _ensure_account(account: dict, coordinators: Group) -> list[str]:
    user, created = ensure_demo_account(account)
    if account.get("coordinator") and not user.groups.filter(pk=coordinators.pk).exists():
        user.groups.add(coordinators)
        created.append(f"{user.username} in group {coordinators.name}")
    if account.get("agency"):
        agency = Agency.objects.get(name=account["agency"])
        role = AgencyRole(account["agency_role"])
        if not Membership.objects.filter(user=user, agency=agency, active=True).exists():
            membership_add(user=user, agency=agency, role=role)
            created.append(f"membership {user.username}: {role.label} of {agency.name}")
    if not Notification.objects.filter(recipient=user).exists():
        created += _demo_notifications(user, account)
    return created


def _demo_notifications(user, account: dict) -> list[str]:
    """A few notifications, so the member home shows what they look like."""
    notes = [
        Notification(
            recipient=user,
            kind=NotificationKind.NETWORK,
            title="Registration is open for the network's meeting in Bucharest",
            body="Places are limited; the programme and the materials are on the event page.",
            link="/en/events/",
        ),
        Notification(
            recipient=user,
            kind=NotificationKind.ACCOUNT,
            title="Welcome to the member area",
            body="Your second factor is set up. Keep your recovery codes somewhere safe.",
            link="/en/accounts/2fa/",
            read_at=timezone.now(),
        ),
    ]
    if account.get("agency_role") == AgencyRole.AGENCY_ADMIN:
        notes.append(
            Notification(
                recipient=user,
                kind=NotificationKind.AGENCY_STAFF,
                title=f"A caseworker joined {account['agency']}",
                link="/en/members/",
            )
        )
    Notification.objects.bulk_create(notes)
    return [f"{len(notes)} notifications for {user.username}"]


@transaction.atomic
def load_demo_agencies() -> list[str]:
    """Create the missing demo agencies, the coordinators group and the member accounts."""
    created = []
    group_existed = Group.objects.filter(name=COORDINATORS_GROUP).exists()
    coordinators = ensure_coordinator_role()
    if not group_existed:
        created.append(f"group {COORDINATORS_GROUP}")
    created += _ensure_agencies()
    for account in DEMO_ACCOUNTS:
        if account.get("kind") == "member":
            created += _ensure_account(account, coordinators)
    return created
