"""Security headers: powerful browser features off, one framing rule said the same way twice."""

import re

import pytest

pytestmark = pytest.mark.django_db

#: Features the site never uses; each name is one Chromium knows (an unknown one logs an error).
FEATURES_OFF = ("camera", "microphone", "geolocation", "payment", "interest-cohort")


def _frame_ancestors(response):
    return re.search(r"frame-ancestors ([^;]+)", response["Content-Security-Policy"]).group(1)


@pytest.mark.parametrize("path", ["/fr/", "/ar/nowhere/", "/fr/search/?q=x", "/fr/accounts/login/"])
def test_powerful_features_are_switched_off(client, home, path):
    policy = client.get(path)["Permissions-Policy"]
    for feature in FEATURES_OFF:
        assert f"{feature}=()" in policy


@pytest.mark.parametrize(("option", "ancestors"), [("DENY", "'none'"), ("SAMEORIGIN", "'self'")])
def test_x_frame_options_and_frame_ancestors_agree(client, home, settings, option, ancestors):
    """Production denies framing: the CSP says the same, so no browser reads two rules."""
    settings.X_FRAME_OPTIONS = option
    response = client.get("/fr/")
    assert response["X-Frame-Options"] == option
    assert _frame_ancestors(response) == ancestors


def test_the_admin_preview_still_opens_in_the_admins_frame(client, home, teacher, settings):
    settings.X_FRAME_OPTIONS = "DENY"
    client.force_login(teacher)
    response = client.get(f"/admin/pages/{home.pk}/edit/preview/")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert _frame_ancestors(response) == "'self'"
    page = client.get("/admin/")
    assert page["X-Frame-Options"] == "DENY"
    assert _frame_ancestors(page) == "'none'"
