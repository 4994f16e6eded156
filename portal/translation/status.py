"""The state of every page's translations: up to date, out of date since a date, not yet
published (a draft families do not see), or missing.

Read in a fixed number of queries whatever the number of pages: the source pages, their
translations, the out-of-date records and the sections, each in one query."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"
NOT_PUBLISHED = "not_published"
MISSING = "missing"
STATUS_LABELS = {
    UP_TO_DATE: _("Up to date"),
    OUT_OF_DATE: _("Out of date"),
    NOT_PUBLISHED: _("Not yet published"),
    MISSING: _("Missing"),
}


@dataclass
class Row:
    page_id: int
    title: str
    page_type: str
    content_type_id: int
    section: str
    section_id: int | None
    language: str
    status: str
    since: datetime | None
    translated_id: int | None

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


def languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def source_pages(site_root):
    pages = Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True)
    if site_root is not None:
        pages = pages.filter(path__startswith=site_root.path)
    else:
        pages = pages.filter(depth__gt=1)
    return pages


def rows(site_root, *, language=None, content_type_id=None, section_id=None, status=None):
    sources = list(
        source_pages(site_root)
        .order_by("path")
        .values("id", "title", "content_type_id", "path", "depth", "translation_key")
    )
    section_depth = (site_root.depth if site_root is not None else 2) + 1
    sections = {page["path"]: page for page in sources if page["depth"] == section_depth}
    keys = source_pages(site_root).values("translation_key")
    translations = {}
    for found in (
        Page.objects.filter(translation_key__in=keys, alias_of__isnull=True)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .values(
            "id", "translation_key", "locale__language_code", "live", "outdated_translation__since"
        )
    ):
        translations[(found["translation_key"], found["locale__language_code"])] = found
    wanted = [language] if language else languages()
    result = []
    for page in sources:
        if content_type_id and page["content_type_id"] != int(content_type_id):
            continue
        section = sections.get(page["path"][: section_depth * Page.steplen])
        if section_id and (section is None or section["id"] != int(section_id)):
            continue
        model = ContentType.objects.get_for_id(page["content_type_id"]).model_class()
        for code in wanted:
            found = translations.get((page["translation_key"], code))
            if found is None:
                state, since, translated_id = MISSING, None, None
            elif not found["live"]:
                state, since, translated_id = NOT_PUBLISHED, None, found["id"]
            elif found["outdated_translation__since"] is not None:
                state, since = OUT_OF_DATE, found["outdated_translation__since"]
                translated_id = found["id"]
            else:
                state, since, translated_id = UP_TO_DATE, None, found["id"]
            if status and state != status:
                continue
            result.append(
                Row(
                    page_id=page["id"],
                    title=page["title"],
                    page_type=str(model._meta.verbose_name) if model else "",
                    content_type_id=page["content_type_id"],
                    section=section["title"] if section else "",
                    section_id=section["id"] if section else None,
                    language=code,
                    status=state,
                    since=since,
                    translated_id=translated_id,
                )
            )
    return result


def totals(found_rows):
    """Per language: how many up to date, out of date, not yet published and missing, and the
    share up to date."""
    per = {}
    for row in found_rows:
        counts = per.setdefault(
            row.language, {UP_TO_DATE: 0, OUT_OF_DATE: 0, NOT_PUBLISHED: 0, MISSING: 0}
        )
        counts[row.status] += 1
    result = []
    for code, counts in per.items():
        total = sum(counts.values())
        result.append(
            {
                "language": code,
                "total": total,
                **counts,
                "percent": round(100 * counts[UP_TO_DATE] / total) if total else 0,
            }
        )
    return result


def queue_first(found_rows, own_languages):
    """A Translator's own work first: their languages, what needs doing before what is done."""
    order = {OUT_OF_DATE: 0, NOT_PUBLISHED: 1, MISSING: 2, UP_TO_DATE: 3}
    return sorted(
        found_rows,
        key=lambda row: (row.language not in own_languages, order[row.status]),
    )
