"""Paper versions of resources: QR codes back to the online page, and PDFs made on the server."""

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

import segno


def qr_svg(url):
    """An inline SVG QR code for `url`, made here: the page asks nothing of another site."""
    return mark_safe(segno.make(url, error="m").svg_inline(scale=3, dark="#000", light="#fff"))  # noqa: S308 -- segno's own markup


def pdf(template, context, request):
    """Render `template` as a PDF with the print stylesheet; fonts that cover Arabic come first."""
    from weasyprint import CSS, HTML

    html = render_to_string(template, {**context, "for_pdf": True}, request=request)
    stylesheet = CSS(filename=finders.find("css/print.css"))
    return HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf(
        stylesheets=[stylesheet]
    )
