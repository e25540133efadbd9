"""Demo content of the knowledge base (English): vocabularies, countries, updates, images.

The guides live in ``knowledge_guides`` and are re-exported here as ``GUIDES``.
Bodies are lists of (block type, raw value) pairs; an image block names a key of
``IMAGES``, which the loader turns into a generated image. Facts about the network
come from the project's source documents; every sentence is written for this site.
Key figures are rounded and marked as estimates where they are not exact counts.
"""

from practices.demo.guides import GUIDES
from practices.demo.knowledge_countries import COUNTRIES
from practices.demo.knowledge_updates import UPDATES

THEMES: list[dict] = [
    {
        "slug": "rapid-re-housing",
        "name": "Rapid re-housing",
        "description": "Moving people quickly from shelters into ordinary homes, with the "
        "support they need to keep them.",
    },
    {
        "slug": "housing-first",
        "name": "Housing First",
        "description": "A permanent home first, with open-ended support that does not depend "
        "on treatment or sobriety.",
    },
    {
        "slug": "outreach",
        "name": "Outreach",
        "description": "Meeting people where they sleep and spend their days, in their own "
        "language, and building trust over time.",
    },
    {
        "slug": "access-to-health-care",
        "name": "Access to health care",
        "description": "Getting people treated now and restoring their health cover, in the "
        "host country or the country of origin.",
    },
    {
        "slug": "employment-and-training",
        "name": "Employment and training",
        "description": "Pathways back into decent work: documents, skills, certificates and "
        "employers who recruit fairly.",
    },
    {
        "slug": "legal-and-rights-advice",
        "name": "Legal and rights advice",
        "description": "Advice on residence, social rights, unpaid wages and documents, and "
        "help to challenge wrong refusals.",
    },
    {
        "slug": "ethical-reconnection",
        "name": "Reconnection and return support",
        "description": "Voluntary, informed return to the country of origin or to family, "
        "with a checked plan on arrival and no link to enforcement.",
    },
    {
        "slug": "family-support",
        "name": "Family support",
        "description": "Keeping families together and children in school, health care and "
        "safety while the family finds and keeps a home.",
    },
    {
        "slug": "cross-border-case-coordination",
        "name": "Cross-border case coordination",
        "description": "Agencies in different member states handing over and following cases "
        "with the person's consent, so that support does not break off.",
    },
]

TARGET_GROUPS: list[dict] = [
    {
        "slug": "families-with-children",
        "name": "Families with children",
        "description": "Parents and children without a home of their own, including "
        "single-parent families.",
    },
    {
        "slug": "young-people",
        "name": "Young people",
        "description": "Young adults, usually aged 18 to 25, who moved for work or study and "
        "lost their footing.",
    },
    {
        "slug": "women",
        "name": "Women",
        "description": "Women who are homeless, often hidden from view and at risk of "
        "violence and exploitation.",
    },
    {
        "slug": "mental-health-needs",
        "name": "People with mental health needs",
        "description": "People living with mental illness, trauma or addiction who need care "
        "that comes to them.",
    },
    {
        "slug": "roma-communities",
        "name": "Roma communities",
        "description": "Roma families and individuals, who face discrimination in housing, "
        "work and services in many countries.",
    },
    {
        "slug": "recently-arrived-workers",
        "name": "Recently arrived workers",
        "description": "People who came to work, often through agencies, and lost their job "
        "and accommodation together.",
    },
    {
        "slug": "people-sleeping-rough",
        "name": "People sleeping rough",
        "description": "People who sleep in the street, in parks, stations or other places "
        "not meant for living.",
    },
]

IMAGES: dict[str, dict] = {
    "family-home": {
        "title": "Demo illustration: houses with lit windows",
        "alt": "Illustration of a row of small houses with lit windows on a warm background",
        "palette": ((233, 128, 84), (112, 58, 118)),
        "motif": "houses",
    },
    "housing-first": {
        "title": "Demo illustration: homes on a green hill",
        "alt": "Illustration of simple houses on a green hill",
        "palette": ((74, 156, 112), (28, 72, 92)),
        "motif": "houses",
    },
    "street-outreach": {
        "title": "Demo illustration: a path to a doorway",
        "alt": "Illustration of stepping stones winding towards a lit doorway",
        "palette": ((44, 96, 150), (18, 36, 78)),
        "motif": "path",
    },
    "work-and-training": {
        "title": "Demo illustration: a path towards work",
        "alt": "Illustration of a winding path of stones on an amber background",
        "palette": ((226, 166, 62), (150, 72, 42)),
        "motif": "path",
    },
    "health-care": {
        "title": "Demo illustration: circles of care",
        "alt": "Illustration of overlapping soft circles joined by lines",
        "palette": ((204, 76, 96), (92, 42, 112)),
        "motif": "circles",
    },
    "service-network": {
        "title": "Demo illustration: a network of services",
        "alt": "Illustration of connected circles on a teal background",
        "palette": ((34, 134, 124), (22, 60, 92)),
        "motif": "circles",
    },
    "europe-map": {
        "title": "Demo illustration: places across Europe",
        "alt": "Abstract map of points across Europe joined by arcs",
        "palette": ((54, 74, 156), (20, 30, 72)),
        "motif": "map",
    },
    "policy-map": {
        "title": "Demo illustration: a map of cooperation",
        "alt": "Abstract map of highlighted places on a violet background",
        "palette": ((122, 92, 172), (48, 38, 98)),
        "motif": "map",
    },
}

__all__ = ["COUNTRIES", "GUIDES", "IMAGES", "TARGET_GROUPS", "THEMES", "UPDATES"]
