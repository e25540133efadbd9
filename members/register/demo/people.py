"""The demo register's fictional people: names, birth, contact, profile, and their story.

Plain data, no database: ``members.register.demo.loader`` records it through the
services. Names come from Faker's locale of each citizenship (Greek and Bulgarian
ones in their own script, with a Latin spelling as another name for some); everything
is drawn from generators seeded with the agency's name, so the demo is the same on
every machine and every day (its dates count back from today, so that it stays current).
"""

import datetime
import random
from dataclasses import dataclass, field

from anyascii import anyascii
from faker import Faker

from members.register.demo import data
from members.register.demo.data import CaseloadPlan
from members.register.demo.histories import DemoEvent, DemoNote, History
from members.register.records import BirthDate, Contact, Identity, Sensitive
from members.register.vocabulary import LegalBasis, Sex, SupportNeed

BIRTHS_COUNTED_FROM = datetime.date(2026, 1, 1)


@dataclass
class DemoPerson:
    """One fictional person and their history, ready for the services."""

    identity: Identity
    sex: str
    citizenship: str
    languages: list[str]
    support_needs: list[str]
    legal_basis: str
    legal_basis_on: datetime.date
    contact: Contact = field(default_factory=Contact)
    sensitive: Sensitive = field(default_factory=Sensitive)
    events: list[DemoEvent] = field(default_factory=list)
    notes: list[DemoNote] = field(default_factory=list)


class Caseload:
    """Draws the fictional people of one agency: always the same ones for its name."""

    def __init__(self, plan: CaseloadPlan, today: datetime.date):
        self.plan, self.today = plan, today
        # Not for security: a fixed seed, so that the demo is the same every time.
        self.random = random.Random(f"demo-register:{plan.agency}")  # noqa: S311
        self._fakers: dict[str, Faker] = {}

    def people(self) -> list[DemoPerson]:
        return [self._person() for _ in range(self.plan.size)]

    def _faker(self, country: str) -> Faker:
        if country not in self._fakers:
            fake = Faker(data.LOCALE[country])
            fake.seed_instance(f"demo-register:{self.plan.agency}:{country}")
            self._fakers[country] = fake
        return self._fakers[country]

    def _names(self, country: str, female: bool) -> tuple[str, str]:
        fake = self._faker(country)
        if country in data.GIVEN_NAMES:
            given = self.random.choice(data.GIVEN_NAMES[country][female])
        else:
            given = fake.first_name_female() if female else fake.first_name_male()
        family = (fake.last_name_female() if female else fake.last_name_male()).split("-")[0]
        if country == "LT" and female:  # Kazlauskas, Kazlauskienė
            family = family.rstrip("sy").removesuffix("a").removesuffix("i").removesuffix("u")
            family += "ienė"
        if country in data.TWO_FAMILY_NAMES:
            family = f"{family} {fake.last_name()}"
        return given, family

    def _birth(self) -> BirthDate:
        # Counted from a fixed day, not today: the same people on every day's demo.
        born = BIRTHS_COUNTED_FROM - datetime.timedelta(
            days=self.random.randint(19 * 365, 66 * 365)
        )
        known = self.random.random()
        if known < 0.1:
            return BirthDate(born.year)
        if known < 0.2:
            return BirthDate(born.year, born.month)
        return BirthDate(born.year, born.month, born.day)

    def _identity(self, country: str, sex: str) -> Identity:
        female = sex == Sex.FEMALE or (sex != Sex.MALE and self.random.random() < 0.5)
        given, family = self._names(country, female)
        latin = anyascii(f"{given} {family}")
        # The spelling on a foreign document, or the name without its accents.
        other = (latin,) if latin != f"{given} {family}" and self.random.random() < 0.6 else ()
        return Identity(given, family, self._birth(), other)

    def _contact(self, identity: Identity) -> Contact:
        rng = self.random
        if rng.random() < 0.55:
            return Contact()
        dial = rng.choice(("32", "40", "48", "49", "353", "31", "33"))
        phone = f"+{dial} 555 {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
        email = ""
        if rng.random() < 0.35:
            name = f"{identity.given_names}.{identity.family_names}"
            email = anyascii(name).casefold().replace(" ", "") + "@example.org"
        return Contact(phone, email, rng.choice(data.WHEREABOUTS[self.plan.city]))

    def _languages(self, citizenship: str) -> list[str]:
        rng = self.random
        languages = [data.LANGUAGE[citizenship]]
        if citizenship in ("RO", "BG", "SK", "HU") and rng.random() < 0.15:
            languages.append("rom")
        if citizenship in ("LV", "LT") and rng.random() < 0.4:
            languages.append("ru")
        if rng.random() < 0.4:
            languages.append(rng.choice(("en", "de", "fr", "it", "es")))
        return list(dict.fromkeys(languages))

    def _legal_basis(self) -> str:
        bases = (
            LegalBasis.CONSENT,
            LegalBasis.VITAL_INTERESTS,
            LegalBasis.LEGITIMATE_INTEREST,
            LegalBasis.PUBLIC_TASK,
        )
        return self.random.choices(bases, (75, 10, 10, 5))[0]

    def _person(self) -> DemoPerson:
        rng = self.random
        citizenship = rng.choices(list(self.plan.origins), list(self.plan.origins.values()))[0]
        sex = rng.choices((Sex.MALE, Sex.FEMALE, Sex.NOT_RECORDED, Sex.OTHER), (60, 35, 4, 1))[0]
        identity = self._identity(citizenship, sex)
        profile = {
            "languages": self._languages(citizenship),
            "support_needs": rng.sample(SupportNeed.values, rng.randint(1, 3)),
            "legal_basis": self._legal_basis(),
            "contact": self._contact(identity),
        }
        if rng.random() < 0.08:
            profile["sensitive"] = Sensitive(*rng.choice(data.SENSITIVE))
        history = History(self.plan, self.today, rng).draw(citizenship)
        return DemoPerson(
            identity=identity,
            sex=sex,
            citizenship=citizenship,
            legal_basis_on=history.support_began or history.events[0].date,
            events=history.events,
            notes=history.notes,
            **profile,
        )
