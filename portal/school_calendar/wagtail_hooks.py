from django.contrib import messages
from django.template.loader import render_to_string
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.settings.registry import SettingMenuItem
from wagtail.models import Site

from .calendar import calendar_for
from .models import SchoolCalendarSettings, SchoolDay

#: How many of an event's dates off the editor's warning names.
NAMED_DATES = 5


def _site_notices():
    """[(site, [notice])] for each site whose calendar lacks something."""
    found = []
    for site in Site.objects.order_by("pk"):
        notices = calendar_for(site).notices()
        if notices:
            found.append((site, notices))
    return found


class SchoolDayIndexView(generic.IndexView):
    def get(self, request, *args, **kwargs):
        several = Site.objects.count() > 1
        for site, notices in _site_notices():
            for notice in notices:
                label = site.site_name or site.hostname
                messages.warning(request, f"{label} — {notice}" if several else notice)
        return super().get(request, *args, **kwargs)


class SchoolDayCreateView(generic.CreateView):
    def get_initial_form_instance(self):
        # The school whose admin address is open; the Director can choose another.
        return SchoolDay(site=Site.find_for_request(self.request))


class SchoolDayViewSet(ModelViewSet):
    model = SchoolDay
    icon = "date"
    menu_label = gettext_lazy("Days of the school")
    index_view_class = SchoolDayIndexView
    add_view_class = SchoolDayCreateView
    form_fields = ["site", "kind", "start", "end", "note"]
    list_display = ["kind", "start", "end", "note", "site"]
    list_filter = ["site", "kind"]
    list_export = ["site", "kind", "start", "end", "note"]
    search_fields = ["note"]
    ordering = ["start"]


class SettingsEntry(ViewSet):
    """The calendar's settings (where the school is), also reachable from the group's menu."""

    name = "school-calendar-settings"

    def get_menu_item(self, order=None):
        return SettingMenuItem(
            SchoolCalendarSettings, icon="cog", name="school-calendar-settings", order=order or 0
        )


class SchoolCalendarViewSetGroup(ViewSetGroup):
    menu_label = gettext_lazy("School calendar")
    menu_icon = "date"
    menu_order = 250
    items = (SchoolDayViewSet("school-days"), SettingsEntry())


@hooks.register("register_admin_viewset")
def register_school_calendar():
    return SchoolCalendarViewSetGroup()


class CalendarNoticesPanel(Component):
    """On the admin's home page, what the Director must add to the school calendar."""

    order = 90

    def __init__(self, notices):
        self.notices = notices

    def render_html(self, parent_context=None):
        return render_to_string(
            "school_calendar/admin/home_panel.html",
            {"sites": self.notices, "several": Site.objects.count() > 1},
        )


@hooks.register("construct_homepage_panels")
def add_calendar_notices(request, panels):
    if request.user.has_perm("school_calendar.change_schoolcalendarsettings"):
        notices = _site_notices()
        if notices:
            panels.append(CalendarNoticesPanel(notices))


def _warn_about_days_off(request, page):
    """An event set on a holiday is saved, with a warning: a summer fête is fine, a meeting
    on Christmas Day probably a slip. Pages opt in with `school_calendar_dates(zone)`."""
    dates_of = getattr(page, "school_calendar_dates", None)
    if dates_of is None:
        return
    school = calendar_for(page)
    off = [(day, school.entries_on(day)) for day in dates_of(school.zone)]
    off = [(day, entries) for day, entries in off if entries]
    if not off:
        return
    named = "; ".join(
        "{} ({})".format(
            date_format(day, "DATE_FORMAT"),
            ", ".join(entry.label_with_kind for entry in entries),
        )
        for day, entries in off[:NAMED_DATES]
    )
    if len(off) > NAMED_DATES:
        more = len(off) - NAMED_DATES
        named += " " + ngettext("and %(count)s more date", "and %(count)s more dates", more) % {
            "count": more
        }
    messages.warning(
        request,
        _(
            "“%(title)s” falls on days without school: %(dates)s. It is saved: check that "
            "families can come."
        )
        % {"title": page.title, "dates": named},
    )


@hooks.register("after_create_page")
def warn_new_page_on_days_off(request, page):
    _warn_about_days_off(request, page)


@hooks.register("after_edit_page")
def warn_edited_page_on_days_off(request, page):
    _warn_about_days_off(request, page)
