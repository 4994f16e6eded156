"""Adopted versions of the charter, and readable differences between two texts.

A difference marks words, not only colours: added words are in `<ins>`, removed ones in `<del>`,
each announced by a hidden label ("added", "removed") for screen readers and printouts in black
and white."""

import difflib
import re

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.html import escape, format_html, format_html_join
from django.utils.translation import gettext as _

#: Words with the spaces after them, so that the text reads back exactly as it was and a
#: rewritten sentence is one removal and one addition rather than a word-by-word patchwork.
_TOKENS = re.compile(r"\s+|\S+\s*")


def record_adopted_version(sender, instance, **kwargs):
    """page_published receiver: publishing the charter as adopted keeps that text as a new
    version, unless it is the same text as the last one."""
    if instance.status != "adopted":
        return
    from .models import CharterVersion

    with transaction.atomic():
        articles = instance.snapshot()
        last = instance.versions.select_for_update().order_by("-number").first()
        if last and last.articles == articles and last.preamble == instance.preamble:
            return
        number = (instance.versions.aggregate(top=Max("number"))["top"] or 0) + 1
        CharterVersion.objects.create(
            page=instance,
            number=number,
            adopted_on=instance.adopted_on or timezone.localdate(),
            adopted_by=instance.adopted_by,
            preamble=instance.preamble,
            articles=articles,
        )


def _mark(tag, label, words):
    return format_html(
        '<{tag}><span class="visually-hidden">{label} </span>{words}</{tag}>',
        tag=tag,
        label=label,
        words="".join(words),
    )


def words_diff(old, new):
    """`new` with the words added since `old` in <ins> and those removed in <del>: safe HTML."""
    before, after = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    parts = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape("".join(after[j1:j2])))
            continue
        if op in ("delete", "replace"):
            parts.append(_mark("del", _("removed:"), before[i1:i2]))
        if op in ("insert", "replace"):
            parts.append(_mark("ins", _("added:"), after[j1:j2]))
    # Every part is already escaped or built with format_html.
    return format_html_join("", "{}", ((part,) for part in parts))


def articles_diff(old_articles, new_articles):
    """One entry per article of either text, in the new order then the removed ones: `state` is
    "added", "removed", "changed" or "same"; `title` and `text` are safe HTML diffs."""
    old_by_anchor = {article["anchor"]: article for article in old_articles}
    new_anchors = {article["anchor"] for article in new_articles}
    entries = []
    for article in new_articles:
        before = old_by_anchor.get(article["anchor"])
        if before is None:
            state = "added"
            before = {"title": "", "text": ""}
        elif before["title"] == article["title"] and before["text"] == article["text"]:
            state = "same"
        else:
            state = "changed"
        entries.append(
            {
                "anchor": article["anchor"],
                "state": state,
                "title": words_diff(before["title"], article["title"]),
                "text": words_diff(before["text"], article["text"]),
            }
        )
    for article in old_articles:
        if article["anchor"] not in new_anchors:
            entries.append(
                {
                    "anchor": article["anchor"],
                    "state": "removed",
                    "title": words_diff(article["title"], ""),
                    "text": words_diff(article["text"], ""),
                }
            )
    return entries
