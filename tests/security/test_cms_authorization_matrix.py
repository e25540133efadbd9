"""Which CMS pages each demo role may open: the CMS's authorisation matrix.

Every admin URL that takes no argument is walked from the URL resolver and opened
by each role; the set a role opens (200) must be exactly the one written here. A
new admin page, or a change of permissions, therefore fails this test until someone
decides who should see it. (Pages of one object are covered where they matter:
memberships in test_separation_of_duties, registrations in test_event_admin.)
"""

import pytest

from django.contrib.auth.models import Group
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from members.agencies.roles import ensure_coordinator_role
from practices.events.organisers import ORGANISERS_GROUP, ensure_event_organiser_role
from practices.translation.translators import ensure_translation_roles, translator_group_name
from tests.accounts import sign_in
from tests.members.factories import make_user

SNIPPETS = ("footercontent", "mainmenu", "targetgroup", "theme")
CHOOSER_VIEWS = ("choose", "choose_results", "chosen_multiple")

# What everybody with CMS rights opens: the dashboard, their account page, choosers
# used inside editing forms, the reports Wagtail filters by permission, and the
# project's translation status (itself filtered: test_low_findings).
EVERY_CMS_ROLE = {
    "wagtailadmin_home",
    "wagtailadmin_account",
    "wagtailadmin_dismissibles",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_tag_autocomplete",
    "wagtail_localize:javascript_catalog",
    "wagtail_localize:translations_report",
    "wagtail_localize:translations_report_results",
    "translation_status",
    "wagtailadmin_api:documents:listing",
    "wagtailadmin_api:images:listing",
    "wagtailadmin_api:pages:listing",
    "wagtailadmin_choose_page",
    "wagtailadmin_choose_page_search",
    "wagtailadmin_choose_page_chosen_multiple",
    "wagtailadmin_choose_page_anchor_link",
    "wagtailadmin_choose_page_email_link",
    "wagtailadmin_choose_page_external_link",
    "wagtailadmin_choose_page_phone_link",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
    "wagtailadmin_workflows:task_chooser",
    "wagtailadmin_workflows:task_chooser_create",
    "wagtailadmin_workflows:task_chooser_results",
    "wagtailsearchpromotions:chooser",
    "wagtailsearchpromotions:chooserresults",
    *(f"wagtaildocs_chooser:{view}" for view in CHOOSER_VIEWS),
    *(f"wagtailimages_chooser:{view}" for view in CHOOSER_VIEWS),
    *(
        f"wagtailsnippetchoosers_practices_{snippet}:{view}"
        for snippet in SNIPPETS
        for view in CHOOSER_VIEWS
    ),
}
MEDIA_LIBRARY = {
    *(f"wagtail{kind}:{view}" for kind in ("docs", "images")
      for view in ("index", "index_results", "add", "add_multiple")),
    "wagtaildocs_chooser:create",
    "wagtailimages_chooser:create",
}  # fmt: skip
PAGE_REPORTS = {
    f"wagtailadmin_reports:{report}{suffix}"
    for report in ("aging_pages", "page_types_usage", "workflow", "workflow_tasks")
    for suffix in ("", "_results")
}
# Pages nobody opens with GET: add forms of read-only models, redirects and POST-only views.
NOBODY = {
    "event_registrations:add",
    "membership:add",
    "wagtailsnippets:index",
    "wagtailadmin_api:documents:find",
    "wagtailadmin_api:images:find",
    "wagtailadmin_api:pages:find",
    "wagtailadmin_block_preview",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_complete",
    "wagtailredirects:process_import",
}
# Wagtail's own deliberate 500 page, for testing error reporting; not a page to open.
NOT_WALKED = {"wagtailadmin_error_test"}


def admin_url_names(patterns=None, prefix="", namespace=None) -> set[str]:
    """Every named CMS URL without arguments, from the URL resolver."""
    names = set()
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace])) or None
            names |= admin_url_names(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif (
            isinstance(pattern, URLPattern)
            and pattern.name
            and not pattern.pattern.regex.groups
            and (prefix + str(pattern.pattern)).startswith("cms/")
        ):
            names.add(":".join(filter(None, [namespace, pattern.name])))
    return names - NOT_WALKED


OPENS = {
    # The CMS administrator: everything but what nobody opens.
    "editor": lambda every: every - NOBODY,
    # Translators: their language's pages (the explorer sends them to its home),
    # search and page reports; no users, groups, sites, snippets or media library.
    "translator": lambda every: (
        EVERY_CMS_ROLE
        | PAGE_REPORTS
        | {"wagtailadmin_pages:search", "wagtailadmin_pages:search_results"}
    ),
    # Event organisers: the registrations and the media library (events' materials).
    "organiser": lambda every: (
        EVERY_CMS_ROLE
        | MEDIA_LIBRARY
        | {"event_registrations:index", "event_registrations:index_results"}
    ),
    # Coordinators: agencies; memberships only to look at.
    "coordinator": lambda every: (
        EVERY_CMS_ROLE
        | {"agency:index", "agency:index_results", "agency:add"}
        | {"membership:index", "membership:index_results"}
    ),
    # Agency staff have no CMS rights: every page says so (403).
    "agency staff": lambda every: set(),
}


@pytest.fixture
def roles(knowledge_tree, people, django_user_model):
    ensure_coordinator_role()
    ensure_event_organiser_role()
    ensure_translation_roles()
    editor = make_user(django_user_model, "editor")
    editor.is_superuser = True
    editor.save()
    translator = make_user(django_user_model, "translator")
    translator.groups.add(Group.objects.get(name=translator_group_name("fr")))
    organiser = make_user(django_user_model, "organiser")
    organiser.groups.add(Group.objects.get(name=ORGANISERS_GROUP))
    return {
        "editor": editor,
        "translator": translator,
        "organiser": organiser,
        "coordinator": people["coordinator"],
        "agency staff": people["member_a"],
    }


@pytest.mark.parametrize("role", sorted(OPENS))
def test_each_role_opens_exactly_its_cms_pages(client, roles, role):
    every = admin_url_names()
    sign_in(client, roles[role])
    opened = set()
    for name in sorted(every):
        response = client.get(reverse(name))
        if response.status_code == 200:
            opened.add(name)
        elif role == "agency staff":
            assert response.status_code in (302, 403), name
    expected = OPENS[role](every)
    assert opened == expected, (
        f"{role} opens more: {sorted(opened - expected)}; less: {sorted(expected - opened)}"
    )


def test_the_matrix_names_only_existing_pages():
    every = admin_url_names()
    named = EVERY_CMS_ROLE | MEDIA_LIBRARY | PAGE_REPORTS | NOBODY
    assert named <= every, sorted(named - every)
