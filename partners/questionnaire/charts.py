"""Horizontal bar charts drawn on the server as SVG, with a title and a description; the page
shows the same figures in a table beside each chart. A count under five has no bar, only its
words, so that neither the chart nor the table gives it away."""

import itertools

from django.utils.translation import gettext as _

from .results import SMALL_COUNT, shown

WIDTH = 480
LABEL_WIDTH = 190
BAR_HEIGHT = 22
GAP = 10
_ids = itertools.count(1)


def bars(rows, title):
    """rows: [(label, count)] -> what the chart template draws."""
    largest = max([n for _label, n in rows if n >= SMALL_COUNT], default=0)
    room = WIDTH - LABEL_WIDTH - 110
    drawn = []
    for position, (label, count) in enumerate(rows):
        visible = count >= SMALL_COUNT
        width = round(room * count / largest) if visible and largest else 0
        drawn.append(
            {
                "label": label if len(label) <= 28 else label[:27] + "…",
                "full_label": label,
                "display": shown(count),
                "hidden": not visible,
                "y": position * (BAR_HEIGHT + GAP),
                "text_y": position * (BAR_HEIGHT + GAP) + BAR_HEIGHT * 0.7,
                "width": width,
                "value_x": LABEL_WIDTH + width + 6,
            }
        )
    description = "; ".join(f"{r['full_label']}: {r['display']}" for r in drawn)
    return {
        "id": f"chart-{next(_ids)}",
        "title": title,
        "description": description or _("No answer yet."),
        "bars": drawn,
        "width": WIDTH,
        "label_width": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
        "height": max(len(drawn), 1) * (BAR_HEIGHT + GAP),
    }
