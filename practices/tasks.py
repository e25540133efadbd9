"""The public site's background tasks, where the scheduler looks for periodic ones.

Each task lives with its feature; this module only makes sure the scheduler
(``network_site.core.scheduling.periodic_tasks``) imports them.
"""

from practices.events.registrations.tasks import purge_past_event_registrations

__all__ = ["purge_past_event_registrations"]
