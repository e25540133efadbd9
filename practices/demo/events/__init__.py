"""Demo content of the dissemination events (English), as plain data.

Dates are relative so the demo always has past and upcoming events: an event
starts ``days_from_today`` days from the day the loader runs (negative: in the
past), at the local time ``starts`` in its ``time_zone``, and ends at ``ends`` on
its last day (``duration_days`` of 1 or 2). Agenda day headings give the day of
the event (1 or 2) instead of a date. Materials of past events are either
generated PDF documents (``paragraphs`` is their text) or links. Organisers and
people are fictional; facts about the network come from the project's source
documents, and every sentence is written for this site. Titles of materials in
other languages are given in that language; their demo text is in English.

One module per event, in the order the listing shows them.
"""

from . import (
    cross_border_case_management_forum_rotterdam,
    decent_work_pathways_madrid,
    housing_first_peer_review_visit_berlin,
    network_launch_conference_brussels,
    open_morning_health_care_lille,
    outreach_in_peoples_own_language_webinar,
    reconnection_working_meeting_bucharest,
    rights_advice_at_the_front_door_dublin,
)

EVENTS: list[dict] = [
    network_launch_conference_brussels.EVENT,
    decent_work_pathways_madrid.EVENT,
    rights_advice_at_the_front_door_dublin.EVENT,
    outreach_in_peoples_own_language_webinar.EVENT,
    housing_first_peer_review_visit_berlin.EVENT,
    open_morning_health_care_lille.EVENT,
    reconnection_working_meeting_bucharest.EVENT,
    cross_border_case_management_forum_rotterdam.EVENT,
]

# Registrations already made when the demo starts. The Berlin visit has two places:
# with one taken, a visitor can take the last, the next joins the waiting list, and
# when the first cancels the waiting person moves up.
REGISTRATIONS: list[dict] = [
    {
        "event": "housing-first-peer-review-visit-berlin",
        "name": "Katarzyna Wiśniewska",
        "email": "katarzyna.wisniewska@example.org",
        "organisation": "Vistula Street Outreach Team",
        "country": "PL",
        "language": "en",
    },
]

INDEXES: dict[str, dict] = {
    "events": {
        "title": "Events",
        "introduction": "Conferences, workshops, study visits and webinars where member "
        "agencies share what works. Register here, and find the slides, reports and "
        "recordings of past events.",
    },
    "materials": {
        "title": "Materials library",
        "introduction": "Slides, reports, recordings and toolkits from the network's events "
        "and guides, in the languages they were made in. Filter by kind, language, theme "
        "or country.",
    },
}

__all__ = ["EVENTS", "INDEXES", "REGISTRATIONS"]
