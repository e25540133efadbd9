"""Project middleware."""

from django.conf import settings
from django.utils.translation import get_language_from_path


class RememberLanguageMiddleware:
    """Remembers the language a reader last chose, for the next visit to ``/``.

    A reader chooses a language by following the switcher (or any link) to a
    language-prefixed page. When that page answers successfully, its language is
    stored in the language cookie, which the root redirect reads first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method != "GET" or response.status_code != 200:
            return response
        language = get_language_from_path(request.path_info)
        if language and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
                httponly=True,
            )
        return response


class AdminContentSecurityPolicyMiddleware:
    """Gives the Wagtail admin its own, wider Content-Security-Policy.

    Wagtail's editor still writes inline ``<script>`` initialisers (date pickers)
    and inline styles whose content depends on the editor's language, so neither
    hashes nor nonces can cover them. Only responses under the admin path get
    ``ADMIN_CSP``; every public and member page keeps the strict ``SECURE_CSP``.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = f"/{settings.WAGTAILADMIN_PATH}"

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(self.prefix):
            response._csp_config = settings.ADMIN_CSP
        return response


class PermissionsPolicyMiddleware:
    """Sends ``Permissions-Policy``: the browser features pages may use (``PERMISSIONS_POLICY``).

    The site needs none of camera, microphone, location, payment or device access,
    so a script that got in could not reach them either; passkeys (WebAuthn) stay
    allowed for the site itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response
