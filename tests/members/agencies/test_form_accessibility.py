"""Forms of the member area and of allauth's pages, as a screen-reader user meets them."""

from django.urls import reverse

from tests.accounts import sign_in
from tests.html import attributes, find, find_all, parse, text
from tests.members.factories import PASSWORD, invite


def _described_by_ids_exist(page) -> None:
    """Every aria-describedby and aria-labelledby names elements that are on the page."""
    for attribute in ("aria-describedby", "aria-labelledby"):
        for element in find_all(page, **{attribute.replace("-", "_"): True}):
            for identifier in attributes(element)[attribute].split():
                assert len(find_all(page, id=identifier)) == 1, (
                    f"{element!r} points at #{identifier}, which is not on the page once"
                )


def _invalid(page) -> set[str]:
    return {attributes(field)["name"] for field in find_all(page, aria_invalid="true")}


def test_the_invite_form_posts_to_its_own_address_after_the_password_check(client, people):
    sign_in(client, people["admin_a"])  # signed in a while ago: inviting asks again
    invite_url = reverse("members:staff_invite", kwargs={"agency_id": people["a"].pk})
    asked = client.post(invite_url, {"email": "not-an-address", "role": "member"})
    assert asked.status_code == 302 and "/accounts/reauthenticate/" in asked["Location"]
    # After the password, the suspended submission is answered: its form has an error ...
    answered = client.post(asked["Location"], {"password": PASSWORD})
    assert answered.status_code == 200
    page = parse(answered)
    assert _invalid(page) == {"email"}
    # ... and the corrected form goes to the invitation page, not to the password check.
    (form,) = [
        form
        for form in find_all(page, "form", method="post")
        if find_all(form, "input", name="email")
    ]
    assert attributes(form)["action"] == invite_url
    _described_by_ids_exist(page)


def test_sign_in_errors_are_announced_and_the_fields_marked(client, people):
    empty = parse(client.post("/en/accounts/login/", {"login": "", "password": ""}))
    assert _invalid(empty) == {"login", "password"}
    summary = find(empty, role="alert")
    assert [attributes(link)["href"] for link in find_all(summary, "a")] == [
        "#id_login",
        "#id_password",
    ]
    _described_by_ids_exist(empty)
    wrong = parse(
        client.post("/en/accounts/login/", {"login": "admin_a@example.org", "password": "wrong"})
    )
    assert "not correct" in text(find(wrong, role="alert"))
    _described_by_ids_exist(wrong)


def test_the_second_factor_page_has_no_broken_button_and_a_quiet_cancel(client, people):
    response = client.post(
        "/en/accounts/login/", {"login": "admin_a@example.org", "password": PASSWORD}
    )
    assert "/accounts/2fa/authenticate/" in response["Location"]
    page = parse(client.get(response["Location"]))
    for button in find_all(page, "button", form=True):
        assert len(find_all(page, "form", id=attributes(button)["form"])) == 1, button
    cancels = [button for button in find_all(page, "button") if text(button) == "Cancel"]
    assert cancels
    for cancel in cancels:
        classes = attributes(cancel).get("class", "").split()
        assert "button--secondary" in classes, cancel
    wrong_code = parse(client.post(response["Location"], {"code": "000000"}))
    assert _invalid(wrong_code) == {"code"}
    assert find_all(wrong_code, role="alert")
    _described_by_ids_exist(wrong_code)


def test_every_member_form_points_its_descriptions_at_existing_ids(client, people):
    _invitation, token = invite(people["a"], "new@example.org", "member", people["admin_a"])
    accept = client.post(
        f"/en/accounts/invitation/{token}/",
        {"first_name": "", "last_name": "", "password1": "short", "password2": "other"},
    )
    accept_page = parse(accept)
    assert _invalid(accept_page) >= {"first_name", "password2"}
    assert find_all(accept_page, class_="error-summary")
    _described_by_ids_exist(accept_page)
    reset = parse(client.post("/en/accounts/password/reset/", {"email": "not-an-address"}))
    assert _invalid(reset) == {"email"}
    _described_by_ids_exist(reset)
    sign_in(client, people["admin_a"], recently=True)
    invite_url = reverse("members:staff_invite", kwargs={"agency_id": people["a"].pk})
    invite_page = parse(client.post(invite_url, {"email": "", "role": "nobody"}))
    assert _invalid(invite_page) == {"email", "role"}
    summary = find(invite_page, class_="error-summary")
    assert [attributes(link)["href"] for link in find_all(summary, "a")] == [
        "#id_email",
        "#id_role",
    ]
    _described_by_ids_exist(invite_page)
    preferences = parse(client.get(reverse("members:notification_preferences")))
    _described_by_ids_exist(preferences)
