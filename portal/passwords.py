"""Passwords that open a page or a collection of documents (Wagtail's view restrictions), limited
per client and per protected area so that they cannot be found by trying.

Only wrong passwords count. The rates are `ACCOUNT_RATE_LIMITS["view_restriction_password"]`,
kept in the shared cache by allauth's rate limiter, which reads the client address the way the
sign-in limits do (`TRUSTED_PROXY_COUNT`).
"""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail import views as page_views
from wagtail.documents.views import serve as document_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from allauth.core import ratelimit

ACTION = "view_restriction_password"


def _over_limit(request, area):
    return request.method == "POST" and not ratelimit.consume(
        request, action=ACTION, key=area, dry_run=True
    )


def _count_if_wrong(request, area, response):
    # Wagtail redirects after a right password and shows the form again after a wrong one.
    if request.method == "POST" and response.status_code != 302:
        ratelimit.consume(request, action=ACTION, key=area)
    return response


def _form_again(request, restriction):
    messages.error(
        request, _("Too many wrong passwords. Please wait a few minutes, then try again.")
    )
    initial = {"return_url": request.POST.get("return_url", "")[:2000]}
    return PasswordViewRestrictionForm(instance=restriction, initial=initial)


def page_password(request, page_view_restriction_id, page_id):
    area = f"page:{page_view_restriction_id}"
    if _over_limit(request, area):
        restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
        page = get_object_or_404(Page, id=page_id).specific
        form = _form_again(request, restriction)
        response = page.serve_password_required_response(request, form, request.path)
        response.status_code = 429
        return response
    response = page_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    return _count_if_wrong(request, area, response)


def collection_password(request, restriction_id):
    area = f"collection:{restriction_id}"
    if _over_limit(request, area):
        restriction = get_object_or_404(CollectionViewRestriction, id=restriction_id)
        template = settings.WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE
        context = {"form": _form_again(request, restriction), "action_url": request.path}
        return TemplateResponse(request, template, context, status=429)
    response = document_views.authenticate_with_password(request, restriction_id)
    return _count_if_wrong(request, area, response)
