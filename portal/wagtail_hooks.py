"""The admin's part in keeping private areas private (see portal/roles.py)."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal import private_uploads, roles


@hooks.register("construct_page_chooser_queryset")
def hide_private_areas_from_the_page_chooser(pages, request):
    for path in roles.private_areas_out_of_reach(request.user):
        pages = pages.exclude(path__startswith=path)
    if roles.page_scoped(request.user):
        pages = pages.filter(pk__in=PagePermissionPolicy().explorable_instances(request.user))
    return pages


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def keep_files_of_private_pages_private(request, page):
    private_uploads.keep_private(request, page)


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("insert_global_admin_js")
def admin_js():
    # The words admin.js writes into the translation editor, which has them in English only.
    heading = _("%(source)s to %(target)s translation")
    return format_html(
        '<script src="{}" data-translation-heading="{}" defer></script>',
        static("js/admin.js"),
        heading,
    )
