"""Who comes into the register's screens, and how a person in a URL is found.

The register answers 404 to everyone who may not read records (anonymous readers
are sent to sign in first): a plain member, a coordinator, another agency's staff
never learn whether a page or a person exists. Every register page is ``no-store``.
Which people a user sees is decided by ``visible_to`` alone; these mixins only
resolve the URL through it.
"""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache

from members.agencies.models import Agency
from members.register.models import Person, records_agency_ids
from members.register.selectors import visible_person


@method_decorator(never_cache, name="dispatch")
class RecordsRequiredMixin(LoginRequiredMixin):
    """Only agency admins and caseworkers (of an active agency) come in; others get 404."""

    def dispatch(self, request, *args, **kwargs):
        # Whatever someone typed into a register address stays out of the language
        # switcher's links (``network_site.core.languages.view_versions``).
        request.query_stays_private = True
        if request.user.is_authenticated and not records_agency_ids(request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def records_agencies(self) -> list[Agency]:
        """The agencies whose records the user keeps (almost always one)."""
        return list(Agency.objects.filter(pk__in=records_agency_ids(self.request.user)))


class PersonMixin(RecordsRequiredMixin):
    """The person named by ``person_id`` in the URL, if visible to the user; else 404.

    ``part``: the page needs that part of the record (a ``SharePart`` code), which a
    share must cover; ``owner_only``: the page is for the owning agency's staff alone.
    The services check the same again; this keeps a form from showing at all."""

    part: str | None = None
    owner_only = False

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            try:
                self.person = visible_person(
                    request.user, kwargs["person_id"], self.part, owner=self.owner_only
                )
            except Person.DoesNotExist:
                raise Http404 from None
        return super().dispatch(request, *args, **kwargs)
