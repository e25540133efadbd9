"""The agency directory in a right-to-left language: names, places and contacts keep
their own direction."""

from tests.accounts import sign_in
from tests.html import attributes, find, find_all, parse, text


def test_names_and_contacts_keep_their_direction_on_an_arabic_page(client, people, site_tree):
    sign_in(client, people["member_a"])
    page = parse(client.get("/ar/agencies/"))
    assert attributes(find(page, "html"))["dir"] == "rtl"
    cards = find_all(page, "article", class_="agency-card")
    names = [text(find(find(card, "h3"), "bdi")) for card in cards]
    assert sorted(names) == ["Agency A", "Agency B"]
    phone = find(page, "a", href="tel:+3220000000")
    email = find(page, "a", href="mailto:contact@agency-a.example.org")
    assert attributes(phone)["dir"] == attributes(email)["dir"] == "ltr"


def test_names_inserted_into_member_area_sentences_are_isolated(client, people, site_tree):
    sign_in(client, people["admin_a"])
    home = parse(client.get("/ar/members/"))
    lead = find(find(home, "header", class_="page-header"), "p", class_="lead")
    assert [text(name) for name in find_all(lead, "bdi")] == [
        people["admin_a"].get_full_name() or people["admin_a"].email
    ]
    agency = people["admin_a"].memberships.get().agency
    staff = parse(client.get(f"/ar/members/agencies/{agency.pk}/staff/"))
    assert [text(name) for name in find_all(find(staff, "h1"), "bdi")] == [agency.name]
