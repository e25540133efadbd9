"""Views of notifications: the list, marking read, and the preferences form.

Each person sees only their own notifications. Who may enter the member area at all
is decided above this app: ``members/urls.py`` puts these views behind the member
check of ``members.agencies``.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, ListView

from members.notifications.forms import NotificationPreferencesForm
from members.notifications.models import Notification
from members.notifications.selectors import deliveries_for, notifications_for, unread_count
from members.notifications.services import (
    notification_mark_all_read,
    notification_mark_read,
    notification_preferences_update,
)


def _local_path(request: HttpRequest, target: str) -> bool:
    return target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


def _back(request: HttpRequest) -> HttpResponseRedirect:
    """Back to the page the form was on (a path on this site), else to the list."""
    target = request.POST.get("next", "")
    if not _local_path(request, target):
        target = reverse("members:notifications")
    return HttpResponseRedirect(target)


@method_decorator(never_cache, name="dispatch")
class NotificationListView(LoginRequiredMixin, ListView):
    """The person's notifications, newest first; unread ones are marked "New"."""

    template_name = "notifications/notification_list.html"
    context_object_name = "notifications"
    paginate_by = 25

    def get_queryset(self):
        return notifications_for(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["unread_count"] = unread_count(self.request.user)
        return context


@method_decorator(never_cache, name="dispatch")
class NotificationReadView(LoginRequiredMixin, View):
    """Marks one notification read (POST only), then opens its link or goes back."""

    def post(self, request, notification_id):
        try:
            notification = notification_mark_read(
                user=request.user, notification_id=notification_id
            )
        except Notification.DoesNotExist:
            raise Http404 from None
        if request.POST.get("open") and _local_path(request, notification.link):
            return HttpResponseRedirect(notification.link)
        return _back(request)


@method_decorator(never_cache, name="dispatch")
class NotificationsReadAllView(LoginRequiredMixin, View):
    """Marks all of the person's notifications read (POST only)."""

    def post(self, request):
        notification_mark_all_read(user=request.user)
        messages.success(request, _("All your notifications are marked as read."))
        return _back(request)


@method_decorator(never_cache, name="dispatch")
class NotificationPreferencesView(LoginRequiredMixin, FormView):
    """How the person wants to receive each kind of notification."""

    template_name = "notifications/notification_preferences.html"
    form_class = NotificationPreferencesForm
    success_url = reverse_lazy("members:notification_preferences")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "deliveries": deliveries_for(self.request.user)}

    def form_valid(self, form):
        notification_preferences_update(user=self.request.user, deliveries=form.cleaned_data)
        messages.success(self.request, _("Your notification preferences are saved."))
        return super().form_valid(form)
