"""Seeds the countries the network works in (EU, other EEA states and the UK)."""

from django.db import migrations

COUNTRY_CODES = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    "IS", "LI", "NO", "GB",
]  # fmt: skip


def seed(apps, schema_editor):
    country = apps.get_model("practices", "Country")
    for code in COUNTRY_CODES:
        country.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("practices", "0002_country_countryindexpage_guideindexpage_and_more")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
