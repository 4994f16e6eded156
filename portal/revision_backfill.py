"""For data migrations: the translatable snippets that were live before their translations were
reviewed have no revision. The admin and wagtail-localize's editor read "published" from the
live revision, so without one a live translation shows as a draft to the people who edit it.

Each such row is given a first revision of what families read now, as its live revision. Only
the historical models of the migration are used (the real ones may have columns the database
does not have yet), with modelcluster's serialisation, the one Wagtail keeps in revisions.
"""

import datetime

from django.utils import timezone

from modelcluster.models import get_all_child_relations, get_serializable_data_for_fields


def _content(row):
    """What `serializable_data()` gives for the row: its fields, and its children (a question's
    choices)."""
    data = get_serializable_data_for_fields(row)
    for relation in get_all_child_relations(type(row)):
        name = relation.get_accessor_name()
        data[name] = [get_serializable_data_for_fields(child) for child in getattr(row, name).all()]
    return data


def give_live_rows_a_revision(apps, app_label, model_name, title_field):
    """Every live row of the model without a live revision gets one. A row already has a newer
    draft (a new wording in review) when it has revisions: that draft stays the latest, and the
    live revision is dated just before it."""
    model = apps.get_model(app_label, model_name)
    rows = model.objects.filter(live=True, live_revision__isnull=True)
    if not rows.exists():
        return
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type, _created = ContentType.objects.get_or_create(
        app_label=app_label, model=model_name
    )
    for row in rows.iterator():
        created_at = timezone.now()
        earlier = Revision.objects.filter(content_type=content_type, object_id=str(row.pk))
        first = earlier.order_by("created_at").values_list("created_at", flat=True).first()
        if first is not None:
            created_at = first - datetime.timedelta(seconds=1)
        revision = Revision.objects.create(
            content_type=content_type,
            base_content_type=content_type,
            object_id=str(row.pk),
            created_at=created_at,
            content=_content(row),
            object_str=getattr(row, title_field),
        )
        # update(): the row's own save() would change what it holds (a partner's "updated on").
        changes = {"live_revision": revision}
        if row.latest_revision_id is None:
            changes["latest_revision"] = revision
        model.objects.filter(pk=row.pk).update(**changes)
        # The editor opens a row in review at its draft, which names the live revision as every
        # revision saved after a publication does.
        for draft in earlier.exclude(pk=revision.pk):
            if draft.content.get("live_revision") is None:
                draft.content["live_revision"] = revision.pk
                draft.save(update_fields=["content"])
