"""Background tasks: Django's tasks API with a database backend (django-tasks-db).

Part of ``base``. Tests run tasks at once (test.py). Periodic tasks are declared next
to each task (network_site.core.scheduling), not here.
"""

# E-mails, notifications and Wagtail's search and reference indexing run as tasks
# stored in the database, so they survive a restart; `manage.py db_worker` runs them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
