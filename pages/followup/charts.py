"""Small bar charts drawn on the server as SVG: the quarters of this school year beside last
year's. Each has a title and a description for screen readers, and the page puts the same
figures in a table beside it; hidden figures (fewer than 5 families) draw no bar."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from .indicators import hidden
from .periods import quarter_short, year_label

WIDTH, HEIGHT, BAR, GAP = 240, 90, 18, 6


def bar_chart(row, chart_id):
    this, last = row.series
    unit = row.indicator.unit
    values = [v for _q, v in this + last if not hidden(v, unit)]
    top = max(values, default=0) or 1
    bars = []
    for n, (quarter, value) in enumerate(last):
        bars.append(_bar(n, quarter, value, unit, top, "followup-chart__bar--last", 0))
    for n, (quarter, value) in enumerate(this):
        bars.append(_bar(n, quarter, value, unit, top, "followup-chart__bar", BAR))
    description = _("Quarters of this school year beside last year’s: %(figures)s") % {
        "figures": "; ".join(
            f"{quarter.label} {row.shown(value)}" for quarter, value in last + this
        )
    }
    return format_html(
        # Quarters run left to right in every language, like the figures' table beside it.
        '<svg class="followup-chart" role="img" direction="ltr" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
        'aria-labelledby="{id}-t {id}-d"><title id="{id}-t">{title}</title>'
        '<desc id="{id}-d">{desc}</desc>{bars}'
        '<line x1="0" y1="{base}" x2="{w}" y2="{base}" class="followup-chart__axis"/>{labels}'
        "{legend}</svg>",
        w=WIDTH,
        h=HEIGHT + 36,
        id=chart_id,
        title=row.indicator.label,
        desc=description,
        bars=format_html_join("", "{}", ((bar,) for bar in bars if bar)),
        base=HEIGHT,
        labels=format_html_join(
            "",
            '<text x="{}" y="{}" text-anchor="middle" class="followup-chart__label">{}</text>',
            ((n * (2 * BAR + GAP) + BAR, HEIGHT + 13, quarter_short(n + 1)) for n in range(4)),
        ),
        legend=_legend(this, last),
    )


def _legend(this, last):
    """Which colour is which year, named by the years themselves (the same in every language)."""
    keys = [(0, last, "followup-chart__bar--last"), (WIDTH // 2, this, "followup-chart__bar")]
    return format_html_join(
        "",
        '<rect x="{}" y="{}" width="10" height="10" class="{}"/>'
        '<text x="{}" y="{}" class="followup-chart__label">{}</text>',
        (
            (x, HEIGHT + 22, css, x + 14, HEIGHT + 31, year_label(quarters[0][0].year))
            for x, quarters, css in keys
            if quarters
        ),
    )


def _bar(n, quarter, value, unit, top, css, shift):
    if hidden(value, unit) or not value:
        return ""
    height = max(1, round(HEIGHT * value / top))
    return format_html(
        '<rect x="{}" y="{}" width="{}" height="{}" class="{}"/>',
        n * (2 * BAR + GAP) + shift,
        HEIGHT - height,
        BAR - 2,
        height,
        css,
    )


def for_rows(rows):
    """Draw each row's chart, kept on the row as `row.chart`."""
    for row in rows:
        row.chart = bar_chart(row, f"chart-{row.indicator.key}")
    return rows
