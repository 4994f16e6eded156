"""Paper versions: print views, QR codes back to the online page, and PDFs made on the server.

`print_response()` is the one way a page or a sheet answers in print or as a PDF; page types get
their print/ and pdf/ routes from pages.mixins.PrintableMixin, which calls it.
"""

from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

import segno

from portal import ratelimit

#: The rate at which one client may have PDFs made (`PORTAL_RATE_LIMITS`); made ones are cached.
PDF_ACTION = "pdf"
#: A cached PDF is kept this long; a new revision or language has another key anyway.
PDF_CACHE_SECONDS = 24 * 3600


def qr_svg(url):
    """An inline SVG QR code for `url`, made here: the page asks nothing of another site."""
    return mark_safe(segno.make(url, error="m").svg_inline(scale=3, dark="#000", light="#fff"))  # noqa: S308 -- segno's own markup


def pdf(template, context, request):
    """`template` rendered as an A4 PDF with the print stylesheet (fonts that cover Arabic first)."""
    from weasyprint import CSS, HTML

    html = render_to_string(template, {**context, "for_pdf": True}, request=request)
    stylesheet = CSS(filename=finders.find("css/print.css"))
    return HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf(
        stylesheets=[stylesheet]
    )


def print_response(
    request, template, context, *, as_pdf=False, filename="document", cache_key=None
):
    """The print view of `template`, or with `as_pdf` the same page as a PDF download named
    `filename`.pdf. With `cache_key` (what the PDF depends on: page, revision, language, school)
    the PDF is made once and kept. Making one costs the server up to a second, so one client may
    only have a few made in a row: then it is offered the print view."""
    if not as_pdf:
        return render(request, template, context)
    key = f"pdf:{cache_key}" if cache_key else None
    body = cache.get(key) if key else None
    if body is None:
        if not ratelimit.allow(request, PDF_ACTION):
            later = render(
                request,
                "notify/pdf_later.html",
                {"print_url": request.path.removesuffix("pdf/") + "print/"},
                status=429,
            )
            later["Retry-After"] = "60"
            return later
        body = pdf(template, context, request)
        if key:
            cache.set(key, body, PDF_CACHE_SECONDS)
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}.pdf"'
    return response
