"""The health check reports each part and fails loudly, without leaking anything."""

from datetime import timedelta

import pytest

from django.db import connection
from django.test import override_settings
from django.utils import timezone


def test_health_is_ok_when_everything_works(client, db):
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "task_queue"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db(transaction=True)
def test_health_names_the_database_when_it_cannot_be_reached(client):
    original = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT="1")  # nothing listens there
    try:
        response = client.get("/health/")
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(original)
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "failing"
    assert "database" in body["failing"]
    assert body["checks"]["cache"]["status"] == "ok"
    assert "127.0.0.1" not in response.content.decode()
    assert original["NAME"] not in response.content.decode()


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_health_reports_a_stalled_task_queue(client, db):
    from django_tasks_db.models import DBTaskResult

    from wagtail.tasks import update_reference_index_task

    update_reference_index_task.enqueue("wagtailcore", "page", 1)
    assert client.get("/health/").json()["checks"]["task_queue"]["ready"] == 1
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(hours=1))
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["failing"] == ["task_queue"]


def test_liveness_answers_without_the_database(client):
    response = client.get("/health/live/")
    assert response.status_code == 200
    assert response.content == b"ok"
