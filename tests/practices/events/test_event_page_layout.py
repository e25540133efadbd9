"""An event page on a phone: the way to register is near the top, not after the programme."""

from tests.factories import make_event
from tests.html import find, links, parse, text


def _header_links(response) -> list[str]:
    return links(find(parse(response), "header", class_="event__header"))


def test_open_event_offers_registration_in_its_header(client, event_index):
    event = make_event(event_index)
    register = f"{event.url}register/"
    response = client.get(event.url)
    header = find(parse(response), "header", class_="event__header")
    assert text(find(header, "a", href=register)) == "Register"


def test_external_registration_is_offered_in_the_header_too(client, event_index):
    event = make_event(
        event_index, registration_mode="external", registration_url="https://example.org/join"
    )
    assert "https://example.org/join" in _header_links(client.get(event.url))


def test_ended_or_cancelled_event_offers_no_registration_in_its_header(client, event_index):
    ended = make_event(event_index, days_ahead=-3)
    cancelled = make_event(event_index, status="cancelled")
    for event in (ended, cancelled):
        assert f"{event.url}register/" not in _header_links(client.get(event.url))
