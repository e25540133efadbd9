"""Finding 7 (health): the public sees only ok or failing; monitoring sees the parts."""

from datetime import timedelta

import pytest

from django.test import override_settings
from django.utils import timezone

PUBLIC = {"REMOTE_ADDR": "203.0.113.5"}


def test_the_public_sees_only_ok(client, db):
    response = client.get("/health/", **PUBLIC)
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@override_settings(HEALTH_CHECK_TOKEN="monitoring-token-123")
@pytest.mark.parametrize(
    ("authorization", "details"),
    [("Bearer monitoring-token-123", True), ("Bearer wrong", False), ("", False)],
)
def test_monitoring_with_the_token_sees_each_part(client, db, authorization, details):
    body = client.get("/health/", HTTP_AUTHORIZATION=authorization, **PUBLIC).json()
    assert ("checks" in body) is details


def test_this_machine_sees_each_part(client, db):
    body = client.get("/health/", REMOTE_ADDR="127.0.0.1").json()
    assert set(body["checks"]) == {"database", "cache", "task_queue"}


def test_behind_a_proxy_on_this_machine_the_public_still_sees_only_ok(client, db, settings):
    """The proxy connects from 127.0.0.1; the client is who it forwarded."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    body = client.get(
        "/health/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5"
    ).json()
    assert body == {"status": "ok"}


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_a_failing_part_is_not_named_to_the_public(client, db):
    from django_tasks_db.models import DBTaskResult

    from wagtail.tasks import update_reference_index_task

    update_reference_index_task.enqueue("wagtailcore", "page", 1)
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(hours=1))
    response = client.get("/health/", **PUBLIC)
    assert response.status_code == 503
    assert response.json() == {"status": "failing"}
