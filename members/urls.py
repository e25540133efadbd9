"""URLs of the member area, under ``/<language>/members/``.

Every name here is in the authorisation matrix (tests/members/test_authorization_matrix.py).
Included URL lists have no namespace of their own: their names live in ``members``.
"""

from django.urls import URLPattern, include, path

from members.agencies import audit_views, staff_views
from members.agencies.permissions import member_required
from members.agencies.views import MemberHomeView
from members.notifications import urls as notification_urls
from members.register import urls as register_urls


def members_only(patterns: list[URLPattern]) -> list[URLPattern]:
    """The patterns of an app below ``members.agencies``, each view behind the member check."""
    return [
        URLPattern(
            pattern.pattern, member_required(pattern.callback), pattern.default_args, pattern.name
        )
        for pattern in patterns
    ]


app_name = "members"

urlpatterns = [
    path("", MemberHomeView.as_view(), name="home"),
    path("notifications/", include(members_only(notification_urls.urlpatterns))),
    path("register/", include(register_urls.urlpatterns)),
    path("agencies/<uuid:agency_id>/staff/", staff_views.StaffView.as_view(), name="staff"),
    path(
        "agencies/<uuid:agency_id>/staff/invite/",
        staff_views.InviteView.as_view(),
        name="staff_invite",
    ),
    path(
        "agencies/<uuid:agency_id>/staff/<uuid:membership_id>/role/",
        staff_views.ChangeRoleView.as_view(),
        name="staff_change_role",
    ),
    path(
        "agencies/<uuid:agency_id>/staff/<uuid:membership_id>/remove/",
        staff_views.RemoveStaffView.as_view(),
        name="staff_remove",
    ),
    path(
        "agencies/<uuid:agency_id>/invitations/<uuid:invitation_id>/withdraw/",
        staff_views.RevokeInvitationView.as_view(),
        name="invitation_withdraw",
    ),
    path(
        "agencies/<uuid:agency_id>/audit/",
        audit_views.AuditLogView.as_view(),
        name="audit_log",
    ),
    path(
        "agencies/<uuid:agency_id>/audit/export/",
        audit_views.AuditExportView.as_view(),
        name="audit_export",
    ),
]
