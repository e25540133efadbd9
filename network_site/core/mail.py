"""Mail helpers: e-mails from templates in the recipient's language, and a development
backend that prints messages as people would read them.

Every e-mail of the site is two templates, ``<name>_subject.txt`` and
``<name>_body.txt``, rendered in the recipient's language (``templated_email``).

Django's console backend prints the encoded message, where quoted-printable
encoding breaks long lines, and so the links in them, with "=" signs. This one
prints the headers and the decoded text, and lists attachments by name, so a
link can be copied straight from the terminal.
"""

from django.core.mail import EmailMessage
from django.core.mail.backends.console import EmailBackend as ConsoleEmailBackend
from django.template.loader import render_to_string
from django.utils import translation


def templated_email(template: str, context: dict, *, to: str, language: str) -> EmailMessage:
    """The e-mail of ``<template>_subject.txt`` and ``<template>_body.txt`` in ``language``.

    The subject is folded onto one line (a template's line breaks would end the header).
    Build language-dependent parts of the context (addresses, names) in the same
    language before calling.
    """
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}_body.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=[to])


class ReadableConsoleEmailBackend(ConsoleEmailBackend):
    """Writes each message's headers, plain text and attachment names to the console."""

    def write_message(self, message):
        lines = [
            f"Subject: {message.subject}",
            f"From: {message.from_email}",
            f"To: {', '.join(message.to)}",
            "",
            message.body,
        ]
        for attachment in message.attachments:
            name = getattr(attachment, "filename", None) or attachment[0]
            mimetype = getattr(attachment, "mimetype", None) or attachment[2]
            lines.append(f"[attached: {name} ({mimetype})]")
        self.stream.write("\n".join(lines) + "\n")
        self.stream.write("-" * 79 + "\n")
