"""Signal wiring of the agencies app: sessions and second factors.

Signing in starts the absolute session clock; enrolling a first second
factor proves it for the session; disabling a person ends their sessions at once (the
membership services do the same for someone who loses their last place).
"""

from allauth.mfa.signals import authenticator_added

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save

from members.agencies.security import end_all_sessions, first_factor_enrolled, remember_sign_in


def person_saved(sender, instance, created, **kwargs) -> None:
    """A disabled person is signed out everywhere."""
    if not created and not instance.is_active:
        end_all_sessions(instance)


def connect() -> None:
    user_logged_in.connect(remember_sign_in, dispatch_uid="session-clock")
    authenticator_added.connect(first_factor_enrolled, dispatch_uid="first-factor-proof")
    post_save.connect(person_saved, sender=get_user_model(), dispatch_uid="person-disabled")
