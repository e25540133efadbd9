"""The site header on a phone: a menu button that JavaScript shows; without it, a plain list."""

from tests.html import attributes, find, find_all, text


def test_header_offers_a_menu_button_for_the_collapsed_phone_layout(client, site_tree):
    header = find(client.get("/en/about-us/"), "header", class_="site-header")
    button = find(header, "button", class_="site-header__menu-button")
    assert text(button) == "Menu"
    assert attributes(button)["type"] == "button"
    assert attributes(button)["aria-expanded"] == "false"
    # The button names what it opens and closes: the tools and the main menu.
    controlled = attributes(button)["aria-controls"].split()
    assert controlled and all(find_all(header, id=name) for name in controlled)
    assert find(header, "nav", class_="site-nav").attributes["id"] in controlled
    # Without JavaScript the button stays hidden and the menu is a plain list.
    assert "hidden" in attributes(button)
    assert text(find(header, "ul", class_="site-nav__list")) == "About us"
