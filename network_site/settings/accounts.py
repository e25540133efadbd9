"""Settings of passwords, accounts and second factors (allauth), and of the CMS's sign-in.

Part of ``base``: safe to deploy as they are. Why each rule exists is in
docs/security.md.
"""

from .env import env_int

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# Accounts are created by invitation only: the adapter closes public sign-up.
ACCOUNT_ADAPTER = "members.agencies.adapter.InvitationOnlyAccountAdapter"
# The last second factor of an account cannot be removed.
MFA_ADAPTER = "members.agencies.adapter.SecondFactorKeepingMFAAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_USER_DISPLAY = "members.agencies.adapter.person_display"
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
# Every address that signs in has proved it receives mail (invitations and reset links
# prove it; an address added in the CMS is asked at its first sign-in).
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_PREVENT_ENUMERATION = True
# Addresses and passwords change only here, in allauth's pages: after a fresh sign-in,
# a new address only once it answers its verification, and the person is told at the
# old address (e-mail change) or their address (password change, reset, second factors).
ACCOUNT_CHANGE_EMAIL = True
# The new address proves itself with a code typed here (allauth allows no unverified
# address on an account with a second factor).
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
# A reset asked for an unknown address sends nothing (sign-up is closed anyway), and one
# address gets at most three reset e-mails an hour, however many people ask.
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
ACCOUNT_RATE_LIMITS = {"reset_password": "20/m/ip,3/h/key"}
# Second factor: an authenticator app (TOTP) or a passkey, with recovery codes; required
# for the member area and the CMS (members.agencies.security).
MFA_SUPPORTED_TYPES = ["totp", "webauthn", "recovery_codes"]
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_TOTP_ISSUER = "Homeless Mobile Citizen Network"
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = False
USERSESSIONS_TRACK_ACTIVITY = True
# Sensitive actions ask for the password (or a second factor) again after this long.
ACCOUNT_REAUTHENTICATION_TIMEOUT = env_int("REAUTHENTICATION_TIMEOUT_SECONDS", 300)
# Whatever happens, a session ends this long after sign-in (idle timeout: SESSION_COOKIE_AGE).
SESSION_ABSOLUTE_TIMEOUT_SECONDS = env_int("SESSION_ABSOLUTE_TIMEOUT_SECONDS", 12 * 60 * 60)
# The CMS admin signs in through the same allauth login (with its second factor).
WAGTAILADMIN_LOGIN_URL = "account_login"
# ... and so do readers of pages restricted to signed-in people.
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
# The CMS changes no e-mail address and no password, and has no reset of its own:
# allauth's pages do that, with re-authentication, verification and notice.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "members:home"
# An invitation link works once, for this many days.
INVITATION_VALID_DAYS = env_int("INVITATION_VALID_DAYS", 7)
