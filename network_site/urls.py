"""URLs of the whole site.

Language-neutral addresses (health check, robots, sitemap, the CMS) come first;
everything readers see lives under a language prefix such as ``/fr/``.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from members.agencies.directory import agency_directory
from members.agencies.invitation_views import AcceptInvitationView
from members.agencies.mfa_views import KeepLastFactorRemoveWebAuthnView
from network_site import health, views
from network_site.sitemap import MultilingualSitemap
from practices.search import views as search_views

handler404 = "network_site.views.page_not_found"
handler500 = "network_site.views.server_error"

urlpatterns = [
    path("", views.choose_language, name="choose_language"),
    path("health/", health.health, name="health"),
    path("health/live/", health.alive, name="health_alive"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    # The CMS signs in through allauth (password, then the second factor), not its own form.
    path(
        f"{settings.WAGTAILADMIN_PATH}login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    # ... and has no password reset of its own: allauth's is rate-limited and verified.
    re_path(
        rf"^{settings.WAGTAILADMIN_PATH}password_reset/",
        RedirectView.as_view(pattern_name="account_reset_password"),
    ),
    path(settings.WAGTAILADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include("practices.urls")),
    path(
        "accounts/invitation/<str:token>/",
        AcceptInvitationView.as_view(),
        name="accept_invitation",
    ),
    # Before allauth's own: a passkey is removed only if it is not the last factor.
    path(
        "accounts/2fa/webauthn/keys/<int:pk>/remove/",
        KeepLastFactorRemoveWebAuthnView.as_view(),
        name="mfa_remove_webauthn",
    ),
    path("accounts/", include("allauth.urls")),
    path("members/", include("members.urls")),
    path("agencies/", agency_directory, name="agency_directory"),
    # Wagtail's own front-end login takes a password alone: send it to allauth's.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
