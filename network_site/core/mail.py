"""A development e-mail backend that prints messages as people would read them.

Django's console backend prints the encoded message, where quoted-printable
encoding breaks long lines, and so the links in them, with "=" signs. This one
prints the headers and the decoded text, and lists attachments by name, so a
link can be copied straight from the terminal.
"""

from django.core.mail.backends.console import EmailBackend as ConsoleEmailBackend


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
