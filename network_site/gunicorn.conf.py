"""How production runs gunicorn: ``gunicorn -c network_site/gunicorn.conf.py network_site.wsgi``.

The master loads the site once before forking (``preload_app``), so its workers share
the libraries, the URL tables and the code instead of each loading its own copy; what
one more worker costs is then what it writes after the fork (docs/benchmarks.md
measures both ways). Two consequences for operators: a ``HUP`` restarts the workers
but does not reload the code, so a deploy restarts the service; and nothing may open a
connection or start a thread while the site loads (the hooks below close anything
that did, so no two workers ever share a socket).

Settings from the environment: ``BIND`` (default ``0.0.0.0:8000``), ``WEB_CONCURRENCY``
(workers, default 3), ``GUNICORN_MAX_REQUESTS`` (a worker is replaced after about
this many requests, default 5000; 0 never), and gunicorn's own ``GUNICORN_CMD_ARGS``.
"""

import gc
import os

bind = os.environ.get("BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
preload_app = True
# A worker keeps every interface language it has served (about 1.3 MB each): replacing
# it now and then returns that memory. The jitter keeps workers from restarting together.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 10
# Requests slower than this are cut off and the worker replaced.
timeout = 30


def when_ready(server):
    """Build the URL tables in the master as well, so workers share them too."""
    from django.urls import get_resolver

    get_resolver().reverse_dict  # noqa: B018 - the property builds and caches the table


def pre_fork(server, worker):
    """Hand each worker no open connection, and objects the collector leaves alone.

    ``gc.freeze()`` moves everything the master loaded out of the collector's reach:
    otherwise a worker's first collection writes to every object, and the pages it
    shares with the master become its own copies.
    """
    from django.core.cache import caches
    from django.db import connections

    connections.close_all()
    for cache in caches.all(initialized_only=True):
        cache.close()
    gc.freeze()
