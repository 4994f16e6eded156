"""For the Director: how many families of each class confirmed reading (counts under 5 are not
shown), and the print packs: one PDF per language, copies per class on its cover, then one part
per class with only that class's news; each class's part is also a PDF of its own."""

from django.conf import settings
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.text import slugify

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


def _paper_counts(site, language=None):
    counts = PaperCount.objects.filter(school_class__site=site, copies__gt=0).select_related(
        "school_class"
    )
    return counts.filter(language=language) if language else counts


@roles.role_required(roles.DIRECTOR)
def print_packs(request, page_id):
    """Every print pack of an issue: per language, its classes and their copies."""
    source = get_object_or_404(GazettePage, pk=page_id).source()
    school = school_of(source)
    languages = {}
    for count in _paper_counts(school.site):
        languages.setdefault(count.language, []).append(count)
    return TemplateResponse(
        request,
        "gazette/admin/print_packs.html",
        {
            "page": source,
            "languages": [
                (code, name, languages[code], sum(c.copies for c in languages[code]))
                for code, name in settings.LANGUAGES
                if code in languages
            ],
        },
    )


@roles.role_required(roles.DIRECTOR)
def print_pack(request, page_id, language, class_id=None):
    """The print pack of one language (every class with copies), or of one class in it."""
    if language not in dict(settings.LANGUAGES):
        raise Http404
    from .delivery import issue_in

    source = get_object_or_404(GazettePage, pk=page_id).source()
    issue, fallback = issue_in(source, language)
    school = school_of(source)
    copies = list(_paper_counts(school.site, language))
    if class_id is not None:
        school_class = get_object_or_404(SchoolClass.objects.of_school(school.site), pk=class_id)
        found = [c.copies for c in copies if c.school_class_id == school_class.pk]
        parts = [(school_class, found[0] if found else 0)]
        copies = []
    else:
        parts = [(c.school_class, c.copies) for c in copies] or [(None, 0)]
    url = school.page_url(issue)
    context = {
        **issue.get_print_context(request),
        "page": issue,
        "self": issue,
        "source": source,
        "language": language,
        "in_source_language": fallback,
        "copies": copies,
        "total": sum(c.copies for c in copies),
        "parts": [
            (school_class, count, issue.sections_for({school_class.pk} if school_class else None))
            for school_class, count in parts
        ],
        "online_url": url,
        "qr": printing.qr_svg(f"{url}?listen=1"),
        "pack": True,
    }
    name = f"gazette-{source.number}-{language}"
    if class_id is not None:
        name += f"-{slugify(parts[0][0].name) or parts[0][0].pk}"
    return printing.print_response(
        request,
        "gazette/print/pack.html",
        context,
        as_pdf=request.GET.get("view") != "html",
        filename=name,
    )
