"""One gate for views, one refusal, one rule for the text people type."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse

import pytest

from portal import roles
from portal.forms import validate_text


@roles.role_required(roles.TEACHER, roles.DIRECTOR)
def staff_view(request):
    return HttpResponse("ok")


def test_anonymous_visitors_are_sent_to_log_in(rf, locales):
    from django.contrib.auth.models import AnonymousUser

    request = rf.get("/fr/appointments/my-day/")
    request.user = AnonymousUser()
    response = staff_view(request)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("role", [roles.PARENT, roles.REPRESENTATIVE, roles.TRANSLATOR])
def test_other_roles_are_refused(rf, users_by_role, role):
    request = rf.get("/")
    request.user = users_by_role[role]
    with pytest.raises(PermissionDenied):
        staff_view(request)


def test_the_right_role_passes(rf, teacher):
    request = rf.get("/")
    request.user = teacher
    assert staff_view(request).content == b"ok"


@pytest.mark.parametrize("text", ["Samira\x00", "\x1b[31m", "a\x07b", "\x7f"])
def test_control_characters_are_refused(text):
    with pytest.raises(ValidationError):
        validate_text(text)


@pytest.mark.parametrize("text", ["Samira Benali", "ligne 1\nligne 2\ttab", "سميرة", ""])
def test_ordinary_text_passes(text):
    validate_text(text)
