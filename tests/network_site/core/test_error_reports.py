"""Error reports (the debug page, and any e-mail or tracker that gets them) show where the
error happened, never the values people typed or the register's data."""

import sys

from django.test import RequestFactory
from django.views.debug import get_exception_reporter_class

from members.register.records import BirthDate
from network_site.core.log_privacy import MESSAGE_WITHHELD

# Reports quote the source around each frame: these values are never written whole here.
FAMILY = "".join(("Pope", "scu"))
GIVEN = "".join(("Anas", "tasia"))


def _report(request, action) -> str:
    try:
        action()
    except Exception:
        reporter = get_exception_reporter_class(request)(request, *sys.exc_info())
        return reporter.get_traceback_text() + reporter.get_traceback_html()
    raise AssertionError("the action did not fail")


def test_a_report_hides_what_was_posted_and_asked_but_keeps_ordinary_details():
    request = RequestFactory().post(
        f"/en/events/summer-school/register/?name={FAMILY}", {"email": f"{FAMILY}@example.org"}
    )

    def count_places():
        places_left = "seventeen"
        return int(places_left)

    report = _report(request, count_places)
    assert FAMILY.casefold() not in report.casefold()
    assert "email" in report, "the names of the fields stay"
    assert "invalid literal for int() with base 10: &#x27;seventeen&#x27;" in report
    assert "places_left" in report and "&#x27;seventeen&#x27;" in report, "ordinary locals stay"


def test_a_report_of_an_error_in_the_register_code_shows_no_values_and_no_message():
    request = RequestFactory().get("/en/events/")

    def read_the_date():
        return BirthDate.fromisoformat(FAMILY)

    report = _report(request, read_the_date)
    assert "fromisoformat" in report, "the frames stay"
    assert MESSAGE_WITHHELD in report
    assert FAMILY not in report


def test_every_value_of_a_register_page_is_hidden_even_outside_its_code():
    request = RequestFactory().post("/en/members/register/people/new/", {"given_names": GIVEN})

    def render_the_page():
        context = {"family_names": FAMILY}
        raise KeyError(context["family_names"])

    report = _report(request, render_the_page)
    assert "render_the_page" in report
    assert GIVEN not in report and FAMILY not in report
