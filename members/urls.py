"""URLs of the member area, under ``/<language>/members/``."""

from django.urls import path

from members.agencies.views import MemberHomeView

app_name = "members"

urlpatterns = [
    path("", MemberHomeView.as_view(), name="home"),
]
