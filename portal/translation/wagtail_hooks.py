from urllib.parse import urlsplit

from django.conf import settings
from django.urls import Resolver404, path, resolve, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from portal import (
    ids,  # noqa: F401  (registers <id:…>)
    roles,
)
from portal.translation import access, views
from portal.translation.access import may_work_in


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("translation/status/", views.status_report, name="translation_status"),
        path(
            "translation/<id:translation_id>/review/",
            views.request_review,
            name="translation_request_review",
        ),
    ]


class StatusMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.has_role(request.user, roles.DIRECTOR, roles.TRANSLATOR)


@hooks.register("register_reports_menu_item")
def register_status_report():
    return StatusMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        icon_name="site",
        order=8900,
    )


@hooks.register("register_page_header_buttons")
def submit_for_review_button(page, user, view_name=None, next_url=None):
    """On a translated page, its Translator sends it for review (they do not publish)."""
    yield from review_buttons(page, user)


def review_buttons(obj, user):
    """ "Submit translation for review" on a translated page or snippet, for whoever translates
    into its language."""
    from wagtail_localize.models import Translation

    if obj.locale.language_code == settings.LANGUAGE_CODE or not may_work_in(user, obj.locale):
        return
    translation = Translation.objects.filter(
        source__object_id=obj.translation_key, target_locale_id=obj.locale_id, enabled=True
    ).first()
    if translation is None:
        return
    yield Button(
        _("Submit translation for review"),
        reverse("translation_request_review", args=[translation.pk]),
        icon_name="tasks",
        priority=50,
    )


@hooks.register("construct_snippet_listing_buttons")
def offer_translators_no_sync_of_every_language(buttons, snippet, user):
    """Syncing every language of a snippet at once is the Director's (a Translator gets 403
    there): a Translator is not offered the button."""
    if not access.is_limited(user):
        return
    buttons[:] = [button for button in buttons if not _syncs_every_language(button)]


def _syncs_every_language(button):
    try:
        return resolve(urlsplit(button.url).path).url_name == "update_translations"
    except Resolver404:
        return False
