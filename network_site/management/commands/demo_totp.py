"""Prints the current second-factor codes of the demo accounts (development only)."""

import time

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from members.agencies.demo_mfa import demo_codes


class Command(BaseCommand):
    help = "Show the authenticator-app codes of the demo accounts (development only)."
    # The codes come from the secrets alone: no database, so no system checks (which
    # would open it) and an answer in about a second.
    requires_system_checks = []

    def handle(self, *args, **options):
        try:
            rows = demo_codes()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        seconds_left = 30 - int(time.time()) % 30
        self.stdout.write(f"Codes valid for another {seconds_left} s (a new one every 30 s):")
        for account, secret, code in rows:
            self.stdout.write(f"  {code}  {account['email']:34} secret {secret}")
