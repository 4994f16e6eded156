"""The admin's part in keeping private areas private (see portal/roles.py)."""

from wagtail import hooks

from portal import roles


@hooks.register("construct_page_chooser_queryset")
def hide_private_areas_from_the_page_chooser(pages, request):
    for path in roles.private_areas_out_of_reach(request.user):
        pages = pages.exclude(path__startswith=path)
    return pages
