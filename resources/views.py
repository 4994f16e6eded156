import hashlib

from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal import freshness
from portal.highlight import page_passage
from portal.notify import printing
from portal.roles import DIRECTOR, TEACHER, has_role, role_required

from . import browse, queries

PER_PAGE = 12
WEEK_SHEET_MAX = 6


def library(request, page):
    labels = queries.labels()
    selection = browse.read(request.GET, labels)
    counts, page_obj, resources = _find(selection, request.GET.get("page"))
    for resource in resources:
        resource.passage = page_passage(resource, selection.query) if selection.query else ""
    facets = _facets(labels, selection, counts)
    _add_toggle_links(facets, selection)
    notices = []
    if selection.ignored:
        notices.append(_("Some filters in this address are unknown and were ignored."))
    if selection.shortened:
        notices.append(
            _("Your search was shortened to its first %(count)d characters.")
            % {"count": browse.MAX_QUERY_LENGTH}
        )
    return render(
        request,
        "resources/resource_index_page.html",
        {
            "page": page,
            "self": page,
            "selection": selection,
            "page_obj": page_obj,
            "resources": resources,
            "facets": facets,
            "easy_count": counts["easy"],
            "labels": labels,
            "notices": notices,
            "extra_query": _keep(selection),
            "chosen_count": sum(len(values) for values in selection.chosen.values())
            + selection.easy,
            "without_easy": _without_easy(selection),
            "week_url": page.url + page.reverse_subpage("week_sheet"),
            "can_print_week": has_role(request.user, TEACHER, DIRECTOR),
        },
    )


def _find(selection, page):
    """browse.find(), kept until something changes: at 10,000 resources its counts read the whole
    library (about 50 ms on PostgreSQL), and visitors open the same few pages and searches."""
    chosen = sorted((facet, sorted(values)) for facet, values in selection.chosen.items())
    wanted = browse.page_number(page)
    shape = (
        f"{get_language()}|{selection.query}|{chosen}|{selection.easy}|{selection.sort}|{wanted}"
    )
    key = "library-page:" + hashlib.sha256(shape.encode()).hexdigest()
    return freshness.remembered(key, lambda: browse.find(selection, wanted, PER_PAGE))


def _keep(selection):
    """The selection as a query string prefix for pagination links."""
    pairs = [(facet, value) for facet, values in selection.chosen.items() for value in values]
    if selection.query:
        pairs.insert(0, ("q", selection.query))
    if selection.easy:
        pairs.append(("easy", "1"))
    if selection.query:
        pairs.append(("sort", selection.sort))
    return urlencode(pairs) + "&" if pairs else ""


def _without_easy(selection):
    """The address of the same choice without "easy to read only", to remove that filter."""
    pairs = [("q", selection.query)] if selection.query else []
    pairs += [(name, value) for name, values in selection.chosen.items() for value in values]
    return "?" + urlencode(pairs)


def _facets(labels, selection, counts):
    from django.conf import settings

    names = {
        "theme": _("Theme"),
        "level": _("School level"),
        "format": _("Format"),
        "lang": _("Available in"),
    }
    options = {**labels, "lang": dict(settings.LANGUAGES)}
    facets = []
    for facet in browse.FACETS:
        facets.append(
            {
                "name": facet,
                "label": names[facet],
                "options": [
                    {
                        "value": value,
                        "label": label,
                        "count": counts[facet].get(value, 0),
                        "checked": value in selection.chosen[facet],
                    }
                    for value, label in options[facet].items()
                ],
            }
        )
    return facets


def _add_toggle_links(facets, selection):
    """Each option also as a link that adds or removes it: one tap on a phone, no JavaScript."""
    for facet in facets:
        for option in facet["options"]:
            chosen = {name: list(values) for name, values in selection.chosen.items()}
            values = chosen[facet["name"]]
            if option["value"] in values:
                values.remove(option["value"])
            else:
                values.append(option["value"])
            pairs = [("q", selection.query)] if selection.query else []
            pairs += [(name, value) for name, vals in chosen.items() for value in vals]
            if selection.easy:
                pairs.append(("easy", "1"))
            option["toggle"] = "?" + urlencode(pairs)


@role_required(TEACHER, DIRECTOR)
def week_sheet(request, library_page):
    """A one-page sheet of chosen resources with their QR codes, for a teacher to hand out."""
    candidates = list(queries.visible().order_by("title").select_related("locale"))
    known = {str(r.pk): r for r in candidates}
    wanted = request.GET.getlist("r")[:50]
    chosen = [known[value] for value in dict.fromkeys(wanted) if value in known]
    error = ""
    if "r" in request.GET and not chosen:
        error = _("Choose at least one resource.")
    elif len(chosen) > WEEK_SHEET_MAX:
        error = _("A one-page sheet holds at most %(count)d resources.") % {"count": WEEK_SHEET_MAX}
    if chosen and not error:
        items = [
            {"resource": r, "qr": printing.qr_svg(request.build_absolute_uri(f"{r.url}?listen=1"))}
            for r in chosen
        ]
        context = {
            "page": library_page,
            "items": items,
            "query": urlencode([("r", r.pk) for r in chosen]),
        }
        return printing.print_response(
            request,
            "resources/print/week.html",
            context,
            as_pdf=request.GET.get("format") == "pdf",
            filename="resources-of-the-week",
        )
    return render(
        request,
        "resources/week_form.html",
        {
            "page": library_page,
            "candidates": candidates,
            "chosen": {str(r.pk) for r in chosen},
            "error": error,
            "maximum": WEEK_SHEET_MAX,
        },
        status=400 if error else 200,
    )
