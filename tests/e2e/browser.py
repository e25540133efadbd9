"""Helpers of browser tests: accessibility checks with axe, a virtual passkey authenticator,
signing in with an authenticator app."""

from playwright.sync_api import expect

from tests.accounts import TEST_TOTP_SECRET

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(axe, page) -> list[dict]:
    """Run axe-core on the page with the WCAG 2.x A/AA rules; return the violations."""
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return results.response["violations"]


def describe_violations(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']]}" for v in violations
    )


def assert_accessible(axe, page, what: str) -> None:
    """No WCAG 2.x A/AA violations on the page as it is now."""
    violations = axe_violations(axe, page)
    assert violations == [], f"{what}: {describe_violations(violations)}"


def add_virtual_authenticator(page) -> tuple:
    """A platform authenticator in Chromium that says yes to every passkey request.

    Returns the DevTools session and the authenticator's id (to list its credentials).
    """
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    options = {
        "protocol": "ctap2",
        "transport": "internal",
        "hasResidentKey": True,
        "hasUserVerification": True,
        "isUserVerified": True,
        "automaticPresenceSimulation": True,
    }
    added = cdp.send("WebAuthn.addVirtualAuthenticator", {"options": options})
    return cdp, added["authenticatorId"]


def sideways_overflow(page) -> int:
    """How many pixels the loaded page scrolls sideways (0 when it fits the screen).

    Waits for the document to finish loading first, so that a check right after a
    click never reads a document that is still being replaced.
    """
    page.wait_for_load_state("load")
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def sign_in_with_app(page, base: str, email: str, authenticator_app) -> None:
    """Sign in on the site's own forms with the test password and an app's current code."""
    page.goto(f"{base}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill("a-long-test-password-1")
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.get_by_label("Code").fill(authenticator_app.code(TEST_TOTP_SECRET))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Member area", exact=True)).to_be_visible()
