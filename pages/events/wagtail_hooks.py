"""The Agenda menu of the admin: answers to events, appointment slots and bookings, to filter,
search and export. Teachers see their own events' answers and their own slots only."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

import django_filters

from portal import roles
from portal.notify.exports import SafeExportIndexView

from .models import RSVP, Booking, EventPage, Slot


def _sees_everything(user):
    return roles.has_role(user, roles.DIRECTOR)


class OwnRowsIndexView(SafeExportIndexView):
    """A Teacher's listing holds only what is theirs (see each viewset's `own`); each row's
    event or slot is read with it (`related`)."""

    own = None
    related = ()

    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related(*self.related)
        if _sees_everything(self.request.user):
            return queryset
        return queryset.filter(**{self.own: self.request.user})


class AnswerIndexView(OwnRowsIndexView):
    own, related = "event__owner", ("event",)

    def get_base_queryset(self):
        # An answer still waiting for its emailed code does not count yet.
        return super().get_base_queryset().filter(confirmed_at__isnull=False)


class SlotIndexView(OwnRowsIndexView):
    own, related = "host", ("host", "site")


class BookingIndexView(OwnRowsIndexView):
    own, related = "slot__host", ("slot__host",)


class AnswerFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=_("Event"), queryset=EventPage.objects.order_by("-start")
    )
    event__start = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=DateRangePickerWidget
    )
    event__class_name = django_filters.CharFilter(label=_("Class"), lookup_expr="icontains")

    class Meta:
        model = RSVP
        fields = ["event", "needs_interpreter", "attended"]


class RSVPViewSet(ModelViewSet):
    model = RSVP
    icon = "user"
    menu_label = _("Answers to events")
    index_view_class = AnswerIndexView
    list_display = ["name", "event", "people", "interpreter_language", "created_at", "cancelled_at"]
    filterset_class = AnswerFilterSet
    search_fields = ["name", "email", "event__title"]
    list_export = [
        "name",
        "email",
        "event",
        "people",
        "interpreter_language",
        "needs_accessibility",
        "needs_childcare",
        "created_at",
        "cancelled_at",
        "attended",
    ]
    export_filename = "answers"
    ordering = ["-created_at"]
    inspect_view_enabled = True
    form_fields = ["name"]


class SlotFilterSet(WagtailFilterSet):
    start = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = Slot
        fields = ["host", "site", "start"]


class SlotViewSet(ModelViewSet):
    model = Slot
    icon = "time"
    menu_label = _("Appointment slots")
    index_view_class = SlotIndexView
    list_display = ["start", "end", "host", "place", "site"]
    filterset_class = SlotFilterSet
    search_fields = ["place", "host__first_name", "host__last_name"]
    list_export = ["start", "end", "host", "place"]
    export_filename = "slots"
    ordering = ["start"]
    form_fields = ["place"]


class BookingFilterSet(WagtailFilterSet):
    slot__start = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=DateRangePickerWidget
    )
    child_class = django_filters.CharFilter(label=_("Class"), lookup_expr="icontains")

    class Meta:
        model = Booking
        fields = ["slot__host", "mode", "companion"]


class BookingViewSet(ModelViewSet):
    model = Booking
    icon = "date"
    menu_label = _("Appointments")
    index_view_class = BookingIndexView
    list_display = ["name", "slot", "child_class", "mode", "interpreter_language", "confirmed_at"]
    filterset_class = BookingFilterSet
    search_fields = ["name", "email", "child_class"]
    list_export = [
        "name",
        "email",
        "phone",
        "child_class",
        "slot",
        "mode",
        "companion",
        "interpreter_language",
        "confirmed_at",
        "cancelled_at",
    ]
    export_filename = "appointments"
    ordering = ["slot__start"]
    inspect_view_enabled = True
    form_fields = ["name"]


class AgendaViewSetGroup(ViewSetGroup):
    menu_label = _("Agenda")
    menu_icon = "date"
    menu_order = 250
    items = (
        RSVPViewSet("agenda_answers"),
        SlotViewSet("agenda_slots"),
        BookingViewSet("agenda_bookings"),
    )


for _model in (RSVP, Slot, Booking):
    register_permission_policy(_model, roles.ViewOnlyPolicy(_model))


@hooks.register("register_admin_viewset")
def register_agenda():
    return AgendaViewSetGroup()


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.has_role(request.user, roles.TEACHER, roles.DIRECTOR)


@hooks.register("register_admin_menu_item")
def register_my_appointments():
    # Without a language prefix: the front-end page opens in the person's language.
    return StaffMenuItem(_("My appointments"), "/appointments/my-day/", icon_name="date", order=251)


@hooks.register("register_admin_menu_item")
def register_open_new_times():
    return StaffMenuItem(_("Open new times"), "/appointments/open/", icon_name="time", order=252)


@hooks.register("register_admin_menu_item")
def register_who_came():
    return StaffMenuItem(
        _("Who came to my appointments"), "/appointments/who-came/", icon_name="tick", order=253
    )
