"""The public directory, each partner's page, and the export in the national standard."""

import datetime
import io

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import formats
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wagtail.models import Site

from portal.models import SchoolSettings
from portal.schools import school_of

from . import directory as filters
from . import hours
from .models import Partner
from .standard import export
from .vocabulary import KINDS, SERVICES, language_label, language_local_name


def _time(moment):
    return formats.time_format(moment.time(), "TIME_FORMAT")


def plain_status(status, now):
    """Open or closed now, said in plain words."""
    if not status.known:
        return ""
    if status.open:
        if status.change and status.change.date() == now.date():
            return _("Open now, until %(time)s.") % {"time": _time(status.change)}
        return _("Open now.")
    if status.change is None:
        return _("Closed now.")
    days = (status.change.date() - now.date()).days
    if days == 0:
        return _("Closed now. Opens today at %(time)s.") % {"time": _time(status.change)}
    if days == 1:
        return _("Closed now. Opens tomorrow at %(time)s.") % {"time": _time(status.change)}
    return _("Closed now. Opens on %(day)s at %(time)s.") % {
        "day": formats.date_format(status.change, "l"),
        "time": _time(status.change),
    }


def week(parsed, now):
    """The next seven days, each with its opening times: [(label, [(start, end)])]."""
    start = datetime.datetime.combine(now.date(), datetime.time())
    days = []
    for offset in range(7):
        day = start + datetime.timedelta(days=offset)
        if offset == 0:
            label = _("Today")
        elif offset == 1:
            label = _("Tomorrow")
        else:
            label = formats.date_format(day, "l").capitalize()
        days.append({"label": label, "date": day.date(), "times": []})
    if parsed is None:
        return days
    by_date = {d["date"]: d for d in days}
    end = start + datetime.timedelta(days=7)
    for begin, finish, state, _comment in parsed.intervals(start, end):
        if state != hours.State.OPEN:
            continue
        for date, part_end in hours.covered_days(begin, finish):
            if date in by_date:
                part_start = max(begin, datetime.datetime.combine(date, datetime.time()))
                closing = _("midnight") if part_end.time() == datetime.time() else _time(part_end)
                by_date[date]["times"].append((_time(part_start), closing))
    return days


def _facets(selection):
    names = {"service": _("Help offered"), "kind": _("Kind of place"), "lang": _("Language spoken")}
    options = {
        "service": SERVICES.choices,
        "kind": KINDS.choices,
        "lang": [(code, language_label(code)) for code in filters.SPOKEN_LANGUAGES],
    }
    facets = []
    for name, label in names.items():
        facets.append(
            {
                "name": name,
                "label": label,
                "options": [
                    {
                        "value": value,
                        "label": text,
                        "local": language_local_name(value) if name == "lang" else "",
                        "checked": value in selection.chosen[name],
                    }
                    for value, text in options[name]
                ],
            }
        )
    return facets


def _quick(selection):
    """Chips for the choices parents make most: when, how much, and what kind of place."""
    switches = [
        ("free", _("Free of charge")),
        ("evening", _("Open in the evening")),
        ("weekend", _("Open at the weekend")),
    ]
    return {
        "when": [
            {
                "label": label,
                "on": name in selection.switches,
                "toggle": selection.toggle(name, "1"),
            }
            for name, label in switches
        ],
        "kind": [
            {
                "label": label,
                "on": code in selection.chosen["kind"],
                "toggle": selection.toggle("kind", code),
            }
            for code, label in KINDS.choices
        ],
    }


def _chosen_labels(selection):
    """The filters in use, each with the address that removes it."""
    labels = {
        "service": dict(SERVICES.choices),
        "kind": dict(KINDS.choices),
        "lang": {code: language_label(code) for code in filters.SPOKEN_LANGUAGES},
    }
    switch_labels = {
        "free": _("Free of charge"),
        "evening": _("Open in the evening"),
        "weekend": _("Open at the weekend"),
    }
    chosen = [
        {"label": labels[name][value], "remove": "?" + selection.query(without=(name, value))}
        for name, values in selection.chosen.items()
        for value in values
    ]
    chosen += [
        {"label": switch_labels[name], "remove": "?" + selection.query(without=(name, "1"))}
        for name in filters.SWITCHES
        if name in selection.switches
    ]
    return chosen


def for_cards(partners, request, site, page):
    """What a partner card shows beyond the partner: open now, and its page's address."""
    now = hours.local_now(school_of(request).zone)
    for partner in partners:
        partner.now_status = partner.status(now)
        partner.now_text = plain_status(partner.now_status, now)
        partner.url = page.partner_url(partner, request) if page else ""
    return partners


def directory(request, page):
    site = Site.find_for_request(request)
    selection = filters.read(request.GET)
    partners = list(
        filters.apply(Partner.objects.of_school(site).in_language(page.locale), selection)
        .select_related("locale")
        .order_by("name")
    )
    for_cards(partners, request, site, page)
    return TemplateResponse(
        request,
        "partners/partner_index_page.html",
        {
            "page": page,
            "self": page,
            "partners": partners,
            "selection": selection,
            "facets": _facets(selection),
            "quick": _quick(selection),
            "chosen": _chosen_labels(selection),
            "notice": _("Some filters in this address are unknown and were ignored.")
            if selection.ignored
            else "",
        },
    )


def partner_page(request, page, slug):
    site = Site.find_for_request(request)
    partner = (
        Partner.objects.of_school(site)
        .in_language(page.locale)
        .filter(slug=slug)
        .select_related("locale")
        .first()
    )
    if partner is None:
        raise Http404
    now = hours.local_now(school_of(request).zone)
    parsed = partner.hours_parsed
    status = hours.status(parsed, now)
    return TemplateResponse(
        request,
        "partners/partner_page.html",
        {
            "page": page,
            "self": page,
            "partner": partner,
            "status": status,
            "status_text": plain_status(status, now),
            "week": week(parsed, now) if parsed else [],
            "services": [SERVICES.label(code) for code in partner.services],
            "languages": [
                {"code": code, "label": language_label(code), "local": language_local_name(code)}
                for code in partner.languages
            ],
            "directory_url": page.get_url(request),
        },
    )


@require_GET
def partners_csv(request):
    """The school's partners in the national standard for places of digital mediation."""
    site = Site.find_for_request(request)
    partners = Partner.objects.of_school(site).live().source().order_by("name") if site else []
    school = SchoolSettings.for_site(site).school_name if site else ""
    stream = io.StringIO()
    export.write(partners, stream, source=school)
    response = HttpResponse(stream.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="partners.csv"'
    return response
