"""Views of the member area's entry."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from members.agencies.access import (
    audit_log_agencies,
    is_coordinator,
    is_member,
    keeps_records,
    managed_agencies,
    memberships,
)
from members.notifications.selectors import recent_notifications, unread_count


@method_decorator(never_cache, name="dispatch")
class MemberHomeView(LoginRequiredMixin, TemplateView):
    """The first page a signed-in member of staff sees: their agencies, roles, notifications,
    and the register for those who keep records."""

    template_name = "agencies/member_home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["memberships"] = memberships(self.request.user)
        context["is_coordinator"] = is_coordinator(self.request.user)
        context["managed_agencies"] = list(managed_agencies(self.request.user))
        context["keeps_records"] = keeps_records(self.request.user)
        context["audit_log_agencies"] = audit_log_agencies(self.request.user)
        # Notifications are for members and coordinators (their pages are gated alike).
        context["show_notifications"] = is_member(self.request.user)
        if context["show_notifications"]:
            context["recent_notifications"] = recent_notifications(self.request.user)
            context["unread_notifications_count"] = unread_count(self.request.user)
        return context
