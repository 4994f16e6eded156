"""For the Director: how many families of each class confirmed reading (counts under 5 are not
shown), and the print pack: one PDF per language, copies per class on its cover."""

from django.conf import settings
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from partners.questionnaire.results import shown
from portal import roles
from portal.classes.models import SchoolClass
from portal.notify import printing
from portal.schools import school_of

from .models import GazettePage, PaperCount


def acknowledgement_rows(source, site):
    """[(section title, [(class, count as shown: "fewer than 5" under five)])] for each section that
    asks families to confirm."""
    rows = []
    for block in source.acknowledged_sections():
        classes = SchoolClass.objects.of_school(site)
        if block.block_type == "class_news":
            classes = classes.filter(pk__in=[int(pk) for pk in block.value["classes"]])
        counted = classes.annotate(
            confirmed=Count(
                "gazette_acknowledgements",
                filter=Q(
                    gazette_acknowledgements__issue=source,
                    gazette_acknowledgements__section=block.id,
                ),
            )
        )
        rows.append(
            (
                block.value["title"],
                [(c, shown(c.confirmed), c.confirmed < 5) for c in counted],
            )
        )
    return rows


@roles.role_required(roles.DIRECTOR)
def acknowledgements(request, page_id):
    page = get_object_or_404(GazettePage, pk=page_id)
    source = page.source()
    school = school_of(source)
    return TemplateResponse(
        request,
        "gazette/admin/acknowledgements.html",
        {
            "page": source,
            "rows": acknowledgement_rows(source, school.site),
            "print": request.GET.get("print") == "1",
        },
    )


@roles.role_required(roles.DIRECTOR)
def print_pack(request, page_id, language):
    if language not in dict(settings.LANGUAGES):
        raise Http404
    from .delivery import issue_in

    source = get_object_or_404(GazettePage, pk=page_id).source()
    issue, fallback = issue_in(source, language)
    school = school_of(source)
    copies = list(
        PaperCount.objects.filter(
            school_class__site=school.site, language=language, copies__gt=0
        ).select_related("school_class")
    )
    url = school.page_url(issue)
    context = {
        "page": issue,
        "self": issue,
        "language": language,
        "in_source_language": fallback,
        "copies": copies,
        "total": sum(c.copies for c in copies),
        "online_url": url,
        "qr": printing.qr_svg(f"{url}?listen=1"),
        "pack": True,
        **issue.get_print_context(request),
    }
    return printing.print_response(
        request,
        "gazette/print/issue.html",
        context,
        as_pdf=request.GET.get("view") != "html",
        filename=f"gazette-{source.number}-{language}",
    )
