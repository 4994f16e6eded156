"""Front-end views of the agenda: answers to events, appointments, and the organisers' pages
(taking attendance on a phone, a teacher's day). Lists and exports are in the admin."""

import datetime
from itertools import groupby
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Locale

from partners.models import directory_for
from portal import freshness, ids, notify, roles
from portal.classes.models import SchoolClass
from portal.notify import links
from portal.roles import Refused, role_required
from portal.school_calendar.calendar import calendar_for
from portal.schools import school_of

from . import appointments, limits, mail, rsvps
from .calendar import day_or_today
from .forms import BookingForm, CodeForm, OpenSlotsForm, RSVPForm
from .models import RSVP, Booking, EventPage, Slot
from .recurrence import occurrences

staff_only = role_required(roles.TEACHER, roles.DIRECTOR)


def _zone(request):
    return school_of(request).zone


# --- Events and answers ---------------------------------------------------------------------


def event_context(page, request, form=None):
    zone = _zone(request)
    source = page.source
    now = timezone.now()
    upcoming = occurrences(page, zone, since=now)[:8] if page.recurrence else []
    places_left = rsvps.places_left(source) if source.rsvp_enabled else None
    return {
        "zone": zone,
        "local_start": page.start.astimezone(zone),
        "local_end": page.end.astimezone(zone),
        "upcoming": upcoming,
        "fits_working_parents": page.fits_working_parents(zone),
        "rsvp_open": source.rsvp_open(now),
        "places_left": places_left,
        # Full only because of answers waiting for their code: free again soon, never cached.
        "held_briefly": places_left == 0 and rsvps.waiting(source).exists(),
        "rsvp_form": form or RSVPForm(user=request.user),
        "ics_url": reverse("event_ics", kwargs={"page_id": page.pk}),
        "can_manage": roles.has_role(request.user, roles.TEACHER, roles.DIRECTOR),
        "rsvp_list_url": reverse("events:rsvp_list", kwargs={"page_id": source.pk}),
        "partners": _partners(source, page.locale, request),
    }


def _partners(source, locale, request):
    """(partner, address of its page in the school's directory or "") in the visitor's language."""
    found = freshness.remembered(
        f"event-partners:{source.pk}:{locale.language_code}",
        lambda: list(source.partners.all().localize(locale).order_by("name")),
    )
    if not found:
        return []
    directory = directory_for(school_of(request).site, locale)
    return [
        (partner, directory.partner_url(partner, request) if directory else "") for partner in found
    ]


def _known_address(request, email):
    """Whether `email` is the signed-in person's own address: their answer needs no code."""
    user = request.user
    return user.is_authenticated and bool(user.email) and user.email.lower() == email.lower()


def rsvp_post(page, request):
    source = page.source
    status = 400
    form = RSVPForm(request.POST, user=request.user)
    if form.is_valid():
        rsvp = form.save(commit=False)
        rsvp.language = get_language()
        if request.user.is_authenticated:
            rsvp.user = request.user
        known = _known_address(request, rsvp.email)
        try:
            if not limits.allow(request, limits.ANSWER, rsvp.email):
                status = 429
                raise Refused(limits.TOO_MANY)
            if known:
                rsvps.register(source, rsvp)
            else:
                code = rsvps.hold(source, rsvp)
        except Refused as refusal:
            form.add_error(None, str(refusal))
        else:
            if not known:
                token = links.make("rsvp-confirm", rsvp, max_age=rsvps.CODE_VALID)
                notify.tell_if_delayed(request, mail.send_rsvp_code(rsvp, code, page, token))
                return redirect("events:rsvp_confirm", token=token)
            return _answer_recorded(request, rsvp, page)
    context = page.get_context(request)
    context.update(event_context(page, request, form=form))
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _answer_recorded(request, rsvp, page):
    notify.tell_if_delayed(request, mail.send_rsvp_confirmation(rsvp, page))
    if rsvp.updated:
        thanks = _(
            "You had already answered: your answer is changed. We have sent you an email "
            "with the event."
        )
    else:
        thanks = _("Thank you, your answer is recorded. We have sent you an email with the event.")
    messages.success(request, thanks)
    return redirect(page.get_url(request) + "#rsvp")


def _event_page_for(request, event):
    """The event in the visitor's language when it is translated, else the source page."""
    found = event.get_translation_or_none(Locale.get_active())
    return (found or event).specific


def rsvp_confirm(request, token):
    rsvp = _linked("rsvp-confirm", token, RSVP.objects.select_related("event"))
    if rsvp is None:
        return _invalid_link(request)
    page = _event_page_for(request, rsvp.event)
    if rsvp.confirmed_at:
        messages.info(request, _("Your answer is already confirmed."))
        return redirect(page.get_url(request) + "#rsvp")
    form = CodeForm(request.POST or None)
    refusal = None
    if request.method == "POST" and form.is_valid():
        try:
            answer = rsvps.confirm(rsvp, form.cleaned_data["code"])
        except Refused as error:
            refusal = str(error)
        else:
            if answer is not None:
                return _answer_recorded(request, answer, page)
            form.add_error("code", _("This code is not right. Check the email and try again."))
    return TemplateResponse(
        request,
        "events/rsvp_confirm.html",
        {
            "rsvp": rsvp,
            "event_page": page,
            "form": form,
            "refusal": refusal,
            "local_start": rsvp.event.start.astimezone(_zone(request)),
        },
        status=400 if request.method == "POST" else 200,
    )


def _invalid_link(request):
    return TemplateResponse(request, "events/link_invalid.html", {}, status=400)


def _linked(purpose, token, queryset):
    try:
        return links.read(purpose, token, queryset)
    except links.Invalid:
        return None


def rsvp_cancel(request, token):
    rsvp = _linked("rsvp", token, RSVP.objects.select_related("event"))
    if rsvp is None:
        return _invalid_link(request)
    if rsvp.cancelled_at:
        return TemplateResponse(request, "events/rsvp_cancelled.html", {"already": True})
    if request.method == "POST":
        rsvps.cancel(rsvp)
        return TemplateResponse(request, "events/rsvp_cancelled.html", {"already": False})
    return TemplateResponse(
        request, "events/rsvp_cancel.html", {"rsvp": rsvp, "zone": _zone(request)}
    )


@staff_only
def rsvp_list(request, page_id):
    event = get_object_or_404(EventPage, pk=page_id)
    answers = list(
        RSVP.objects.filter(event=event, confirmed_at__isnull=False).order_by(
            "cancelled_at", "created_at"
        )
    )
    if request.method == "POST":
        came = ids.parse_all(request.POST.getlist("came"))
        for answer in answers:
            if answer.cancelled_at is None:
                answer.attended = answer.pk in came
        RSVP.objects.bulk_update(answers, ["attended"])
        messages.success(request, _("Attendance saved."))
        return redirect(request.path)
    active = [a for a in answers if a.cancelled_at is None]
    return TemplateResponse(
        request,
        "events/rsvp_list.html",
        {
            "event": event,
            "answers": answers,
            "people": sum(a.people for a in active),
            "zone": _zone(request),
            "started": event.start <= timezone.now(),
            "export_url": reverse("agenda_answers:index") + "?" + urlencode({"event": event.pk}),
        },
    )


# --- Appointments ---------------------------------------------------------------------------


def appointments_index(request):
    school = school_of(request)
    zone = school.zone
    User = get_user_model()
    free = appointments.free_slots(site=school.site)
    hosts = (
        User.objects.filter(Exists(free.filter(host=OuterRef("pk"))))
        .annotate(free=Count("appointment_slots", filter=Q(appointment_slots__in=free)))
        .prefetch_related(
            "groups",
            Prefetch(
                "classes_taught",
                queryset=SchoolClass.objects.of_school(school.site),
                to_attr="school_classes",
            ),
        )
        .order_by("last_name")
    )
    host = None
    days = []
    host_id = ids.parse(request.GET.get("host"))
    if host_id is not None:
        host = hosts.filter(pk=host_id).first()
        if host is not None:
            slots = list(free.filter(host=host)[:300])
            for slot in slots:
                slot.after_work = slot.fits_working_parents(zone)
            days = [
                (day, list(items))
                for day, items in groupby(slots, key=lambda s: s.start.astimezone(zone).date())
            ]
    return TemplateResponse(
        request,
        "events/appointments.html",
        {"hosts": hosts, "host": host, "days": days, "zone": zone},
    )


def book_slot(request, slot_id):
    school = school_of(request)
    zone = school.zone
    slot = Slot.objects.select_related("host").filter(pk=slot_id, site=school.site).first()
    if slot is None:
        raise Http404
    refusal = None
    status = 400 if request.method == "POST" else 200
    now = timezone.now()
    taken = slot.start <= now or appointments.holding(slot.bookings.all(), now).exists()
    form = BookingForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        booking = form.save(commit=False)
        booking.language = get_language()
        account = request.user.is_authenticated
        if account:
            booking.user = request.user
        try:
            # A family with an account is known; anyone else is limited, per client and per
            # address, and only once the time is known to be free (a refusal costs nothing).
            if not account:
                appointments.check_free(slot, now)
                if not limits.allow(request, limits.BOOKING, booking.email):
                    status = 429
                    raise Refused(limits.TOO_MANY)
            code = appointments.book(slot, booking, confirmed=account)
        except Refused as error:
            refusal = str(error)
        else:
            token = links.make("booking", booking)
            if account:
                notify.tell_if_delayed(request, mail.send_booking_confirmation(booking))
                messages.success(
                    request, _("Your appointment is booked. We have sent you an email.")
                )
                return redirect("events:booking_manage", token=token)
            booking.code = code
            notify.tell_if_delayed(request, mail.send_booking_code(booking))
            return redirect("events:booking_confirm", token=token)
    return TemplateResponse(
        request,
        "events/book.html",
        {
            "slot": slot,
            "form": form,
            "refusal": refusal,
            "taken": taken and refusal is None,
            "zone": zone,
        },
        status=status,
    )


def booking_confirm(request, token):
    booking = _linked("booking", token, Booking.objects.select_related("slot__host", "slot__site"))
    if booking is None:
        return _invalid_link(request)
    if booking.confirmed_at:
        return redirect("events:booking_manage", token=token)
    form = CodeForm(request.POST or None)
    refusal = None
    if request.method == "POST" and form.is_valid():
        try:
            if appointments.confirm(booking, form.cleaned_data["code"]):
                notify.tell_if_delayed(request, mail.send_booking_confirmation(booking))
                messages.success(
                    request, _("Your appointment is booked. We have sent you an email.")
                )
                return redirect("events:booking_manage", token=token)
            form.add_error("code", _("This code is not right. Check the email and try again."))
        except Refused as error:
            refusal = str(error)
    return TemplateResponse(
        request,
        "events/booking_confirm.html",
        {"booking": booking, "form": form, "refusal": refusal, "zone": _zone(request)},
        status=400 if request.method == "POST" else 200,
    )


def booking_manage(request, token):
    zone = _zone(request)
    booking = _linked("booking", token, Booking.objects.select_related("slot__host", "slot__site"))
    if booking is None or booking.confirmed_at is None:
        return _invalid_link(request)
    refusal = None
    if request.method == "POST" and booking.cancelled_at is None:
        if request.POST.get("action") == "cancel":
            appointments.cancel(booking)
            booking.refresh_from_db()
            notify.tell_if_delayed(request, mail.send_booking_cancelled(booking, booking.slot_id))
            messages.success(request, _("Your appointment is cancelled."))
            return redirect("events:booking_manage", token=token)
        slot_id = ids.parse(request.POST.get("slot"))
        new_slot = (
            appointments.free_slots(host=booking.slot.host, site=booking.slot.site_id)
            .filter(pk=slot_id)
            .first()
            if slot_id is not None
            else None
        )
        if new_slot is None:
            refusal = _("This time is no longer free. Please choose another one.")
        else:
            old_slot_id = booking.slot_id
            try:
                appointments.move(booking, new_slot)
            except Refused as error:
                refusal = str(error)
            else:
                booking = Booking.objects.select_related("slot__host", "slot__site").get(
                    pk=booking.pk
                )
                mail.withdraw_reminder(booking, old_slot_id)
                notify.tell_if_delayed(request, mail.send_booking_confirmation(booking))
                messages.success(
                    request, _("Your appointment is moved. We have sent you an email.")
                )
                return redirect("events:booking_manage", token=token)
    other_slots = []
    if booking.cancelled_at is None:
        other_slots = list(
            appointments.free_slots(host=booking.slot.host, site=booking.slot.site_id)[:60]
        )
    return TemplateResponse(
        request,
        "events/booking_manage.html",
        {"booking": booking, "other_slots": other_slots, "refusal": refusal, "zone": zone},
        status=400 if refusal else 200,
    )


@staff_only
def host_day(request):
    zone = _zone(request)
    today = timezone.now().astimezone(zone).date()
    # A day near year 1 or 9999 has no neighbours to link to: it shows today instead.
    day = day_or_today(request.GET.get("day"), today)
    since = datetime.datetime.combine(day, datetime.time(0), zone)
    until = since + datetime.timedelta(days=1)
    active = Booking.objects.active().filter(confirmed_at__isnull=False)
    slots = (
        Slot.objects.filter(host=request.user, start__gte=since, start__lt=until)
        .prefetch_related(Prefetch("bookings", queryset=active, to_attr="active_bookings"))
        .order_by("start")
    )
    return TemplateResponse(
        request,
        "events/host_day.html",
        {
            "day": day,
            "slots": slots,
            "zone": zone,
            "previous": (day - datetime.timedelta(days=1)).isoformat(),
            "next": (day + datetime.timedelta(days=1)).isoformat(),
        },
    )


#: Past appointments on one page of the host's attendance list.
ATTENDANCE_PAGE = 40
#: What each row's choice records: came, did not come, not said yet.
ATTENDANCE_VALUES = {"yes": True, "no": False, "unknown": None}


@staff_only
def appointment_attendance(request):
    """The host's past appointments, newest first: who came, who did not (one form, no script).
    A host sees and changes only the appointments of their own slots."""
    past = (
        Booking.objects.active()
        .filter(slot__host=request.user, confirmed_at__isnull=False, slot__start__lt=timezone.now())
        .select_related("slot")
        .order_by("-slot__start", "-pk")
    )
    page = Paginator(past, ATTENDANCE_PAGE).get_page(request.GET.get("page"))
    if request.method == "POST":
        asked = list(ids.parse_all(request.POST.getlist("booking")))[:ATTENDANCE_PAGE]
        chosen = {
            pk: ATTENDANCE_VALUES[request.POST.get(f"came-{pk}")]
            for pk in asked
            if request.POST.get(f"came-{pk}") in ATTENDANCE_VALUES
        }
        for value in ATTENDANCE_VALUES.values():
            keys = [pk for pk, given in chosen.items() if given is value]
            if keys:
                past.filter(pk__in=keys).update(attended=value)
        messages.success(request, _("Attendance saved."))
        return redirect(f"{request.path}?{urlencode({'page': page.number})}")
    return TemplateResponse(
        request,
        "events/appointment_attendance.html",
        {"page": page, "zone": _zone(request), "choices": ATTENDANCE_VALUES},
    )


def _skipped_days(skipped):
    """ "Monday 21 December (Christmas holidays)", …, in the visitor's language."""
    return "; ".join(
        f"{date_format(day, 'l j F')} ({', '.join(entry.name for entry in entries)})"
        for day, entries in skipped
    )


@staff_only
def open_slots(request):
    school = school_of(request)
    zone = school.zone
    form = OpenSlotsForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            planned = appointments.plan_slots(
                data["first_day"],
                data["weekday"],
                data["start"],
                data["end"],
                data["minutes"],
                data["weeks"],
                zone,
                calendar=calendar_for(request),
            )
        except Refused as error:
            form.add_error(None, str(error))
        else:
            skipped = _skipped_days(planned.skipped)
            if not planned and skipped:
                form.add_error(
                    None,
                    _(
                        "All the chosen days are holidays, public holidays or days off: "
                        "%(days)s. Choose other weeks."
                    )
                    % {"days": skipped},
                )
            else:
                created = appointments.open_slots(request.user, planned, data["place"], school.site)
                messages.success(request, _("%(count)s new slots are open.") % {"count": created})
                if skipped:
                    messages.info(
                        request,
                        _("No slots on these holidays and days off: %(days)s.") % {"days": skipped},
                    )
                return redirect("events:host_day")
    return TemplateResponse(
        request,
        "events/open_slots.html",
        {"form": form},
        status=400 if request.method == "POST" else 200,
    )
