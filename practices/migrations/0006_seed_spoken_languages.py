"""Seeds the languages events and materials can be in (see network_site.core.spoken_languages)."""

from django.db import migrations

LANGUAGE_CODES = [
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
    "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "uk", "ar", "ru", "tr", "rom",
]  # fmt: skip


def seed(apps, schema_editor):
    language = apps.get_model("practices", "SpokenLanguage")
    for code in LANGUAGE_CODES:
        language.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("practices", "0005_events_and_materials")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
