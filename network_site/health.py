"""The health check at ``/health/``: is the database, the cache and the task queue working?

Load balancers and monitoring call it. It answers 200 when every part works and 503
when one fails. Anyone sees only that: ``{"status": "ok"}`` or ``"failing"``. The
state of each part and the queue's backlog are shown to monitoring that presents
``HEALTH_CHECK_TOKEN`` (``Authorization: Bearer …``) and to requests from this
machine (the client address as the rate limits find it, so not a proxy's). Even
then nothing secret: no host names, versions or error messages.
"""

import ipaddress
import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.views.decorators.cache import never_cache

from network_site.core.ratelimit import client_address

logger = logging.getLogger(__name__)


def check_database() -> dict:
    """Run a trivial query on every configured database."""
    for alias in connections:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
    return {"status": "ok"}


def check_cache() -> dict:
    """Write a value to the cache and read it back."""
    key = f"health-check:{uuid.uuid4()}"
    cache.set(key, "ok", timeout=10)
    if cache.get(key) != "ok":
        raise RuntimeError("cache did not return the value it was given")
    cache.delete(key)
    return {"status": "ok"}


def check_task_queue() -> dict:
    """Check that queued tasks are being picked up by a worker.

    With the database backend, a task that has been ready for longer than
    ``TASK_QUEUE_MAX_WAIT_SECONDS`` means no worker is running.
    """
    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    backend_name = type(backend).__name__
    if backend_name != "DatabaseBackend":
        return {"status": "ok", "backend": backend_name}
    from django_tasks_db.models import DBTaskResult

    ready = DBTaskResult.objects.filter(status="READY")
    max_wait = timedelta(seconds=getattr(settings, "TASK_QUEUE_MAX_WAIT_SECONDS", 600))
    stalled = ready.filter(enqueued_at__lt=timezone.now() - max_wait).exists()
    result = {"status": "ok", "backend": backend_name, "ready": ready.count()}
    if stalled:
        result["status"] = "failing"
        result["reason"] = "tasks are waiting longer than expected: is the worker running?"
    return result


CHECKS = {"database": check_database, "cache": check_cache, "task_queue": check_task_queue}


@never_cache
def alive(request: HttpRequest) -> HttpResponse:
    """Liveness: the process answers. Touches nothing else, so it is also the bare baseline."""
    return HttpResponse("ok", content_type="text/plain")


def may_see_details(request: HttpRequest) -> bool:
    """Monitoring with the token, or a request from this machine itself."""
    token = settings.HEALTH_CHECK_TOKEN
    presented = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if token and presented and constant_time_compare(presented, token):
        return True
    try:
        return ipaddress.ip_address(client_address(request)).is_loopback
    except ValueError:
        return False


@never_cache
def health(request: HttpRequest) -> JsonResponse:
    """Report ok or failing (503); the state of each part only to ``may_see_details``."""
    report: dict[str, dict] = {}
    for name, check in CHECKS.items():
        try:
            report[name] = check()
        except Exception:  # any failure of a part is reported, never raised
            logger.exception("Health check of %s failed", name)
            report[name] = {"status": "failing"}
    failing = [name for name, result in report.items() if result["status"] != "ok"]
    body = {"status": "failing" if failing else "ok"}
    if may_see_details(request):
        body["checks"] = report
        if failing:
            body["failing"] = failing
    return JsonResponse(body, status=503 if failing else 200)
