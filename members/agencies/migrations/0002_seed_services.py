"""Seeds the kinds of service agencies offer (see members.agencies.models.ServiceKind)."""

from django.db import migrations

SERVICE_CODES = [
    "outreach", "shelter", "day-centre", "housing", "rights-advice", "employment", "health",
    "reconnection",
]  # fmt: skip


def seed(apps, schema_editor):
    service = apps.get_model("agencies", "Service")
    for code in SERVICE_CODES:
        service.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("agencies", "0001_agencies_and_memberships")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
