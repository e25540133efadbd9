"""Views of the member area's entry."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView


@method_decorator(never_cache, name="dispatch")
class MemberHomeView(LoginRequiredMixin, TemplateView):
    """The first page a signed-in member of staff sees."""

    template_name = "agencies/member_home.html"
