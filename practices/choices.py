"""Fixed scales and kinds of the knowledge base."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EvidenceLevel(models.TextChoices):
    """How strong the evidence is that a practice works, from first signs to proof."""

    EMERGING = "emerging", _("Emerging")
    PROMISING = "promising", _("Promising")
    EVALUATED = "evaluated", _("Evaluated")
    EVIDENCE_BASED = "evidence-based", _("Evidence-based")

    @classmethod
    def explained(cls) -> list[tuple[str, str, str]]:
        """(value, label, explanation) for every level, in order of strength."""
        explanations = {
            cls.EMERGING: _(
                "A new practice with a clear rationale. Early experience is encouraging, "
                "but results have not yet been measured."
            ),
            cls.PROMISING: _(
                "Results have been monitored over time, for example housing outcomes or "
                "tenancies kept, and point in the right direction, without a formal evaluation."
            ),
            cls.EVALUATED: _(
                "An independent or internal evaluation has measured the results against "
                "stated aims, and the report is available."
            ),
            cls.EVIDENCE_BASED: _(
                "Several evaluations, including at least one with a comparison group, show "
                "that the practice achieves its aims in more than one place."
            ),
        }
        return [(level.value, level.label, explanations[level]) for level in cls]


class UpdateKind(models.TextChoices):
    """What kind of update a post is."""

    NEWS = "news", _("News")
    POLICY_BRIEF = "policy-brief", _("Policy brief")
    STATEMENT = "statement", _("Statement")
