"""URLs of notifications, included under ``/<language>/members/notifications/``.

No ``app_name``: the names live in the ``members`` namespace (``members:notifications``).
"""

from django.urls import path

from members.notifications import views

urlpatterns = [
    path("", views.NotificationListView.as_view(), name="notifications"),
    path(
        "<uuid:notification_id>/read/",
        views.NotificationReadView.as_view(),
        name="notification_read",
    ),
    path("read-all/", views.NotificationsReadAllView.as_view(), name="notifications_read_all"),
    path(
        "preferences/",
        views.NotificationPreferencesView.as_view(),
        name="notification_preferences",
    ),
]
