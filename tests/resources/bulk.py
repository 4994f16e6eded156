"""Thousands of resources inserted at once, for the benchmark and the tests that need a library
of real size: saving pages one by one would take minutes."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from resources.models import ResourcePage


def insert_resources(library, rows):
    """Live French resource pages under `library`. Each row holds ResourcePage fields (`title`,
    `slug`, `summary`, `format`...) plus optional `themes` and `levels` lists. Not indexed for
    search. Returns the new pages' ids."""
    content_type = ContentType.objects.get_for_model(ResourcePage)
    start = library.numchild
    pages, extras = [], []
    for n, row in enumerate(rows):
        row = dict(row)
        title, slug = row.pop("title"), row.pop("slug")
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                locale_id=library.locale_id,
                live=True,
                path=Page._get_path(library.path, library.depth + 1, start + n + 1),
                depth=library.depth + 1,
                numchild=0,
                url_path=f"{library.url_path}{slug}/",
            )
        )
        extras.append(row)
    Page.objects.bulk_create(pages, batch_size=1000)
    created = list(Page.objects.filter(path__in=[p.path for p in pages]).order_by("path"))
    children, theme_rows, level_rows = [], [], []
    for page, extra in zip(created, extras, strict=True):
        themes, levels = extra.pop("themes", []), extra.pop("levels", [])
        child = ResourcePage(page_ptr_id=page.pk, **extra)
        child.__dict__.update(
            {f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields}
        )
        children.append(child)
        theme_rows += [
            ResourcePage.themes.through(resourcepage_id=page.pk, theme=t) for t in themes
        ]
        level_rows += [
            ResourcePage.levels.through(resourcepage_id=page.pk, schoollevel=lv) for lv in levels
        ]
    # Multi-table inheritance has no bulk_create: insert the child rows only.
    ResourcePage.objects._insert(
        children, fields=ResourcePage._meta.local_concrete_fields, using="default"
    )
    ResourcePage.themes.through.objects.bulk_create(theme_rows, batch_size=2000)
    ResourcePage.levels.through.objects.bulk_create(level_rows, batch_size=2000)
    Page.objects.filter(pk=library.pk).update(numchild=start + len(pages))
    return [page.pk for page in created]
