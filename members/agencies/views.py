"""Views of the member area's entry."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from members.agencies.access import is_coordinator, memberships


@method_decorator(never_cache, name="dispatch")
class MemberHomeView(LoginRequiredMixin, TemplateView):
    """The first page a signed-in member of staff sees: their agencies and roles."""

    template_name = "agencies/member_home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["memberships"] = memberships(self.request.user)
        context["is_coordinator"] = is_coordinator(self.request.user)
        return context
