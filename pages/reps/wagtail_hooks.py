"""The privileged representative is the team's first contact among the parents: the admin's home
page shows who it is to the teachers and the Director, who do not all open the representatives'
area."""

from django.conf import settings
from django.template.loader import render_to_string

from wagtail import hooks
from wagtail.admin.ui.components import Component

from portal import roles
from portal.schools import school_of

from .models import RepresentativeAreaPage


class PrivilegedRepresentativePanel(Component):
    order = 80

    def __init__(self, area):
        self.area = area

    def render_html(self, parent_context=None):
        return render_to_string(
            "reps/admin/privileged_panel.html",
            {"area": self.area, "privileged": self.area.privileged()},
        )


@hooks.register("construct_homepage_panels")
def add_privileged_representative(request, panels):
    if not roles.has_role(request.user, roles.TEACHER, roles.DIRECTOR):
        return
    school = school_of(request)
    if school.site is None:
        return
    area = (
        RepresentativeAreaPage.objects.live()
        .in_site(school.site)
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("privileged_representative")
        .first()
    )
    if area is not None:
        panels.append(PrivilegedRepresentativePanel(area))
