"""Partners and questions that were live before their translations were reviewed get a first
revision, their live one: without it the admin's translation editor shows a live translation as
a draft."""

from django.db import migrations

from portal.revision_backfill import give_live_rows_a_revision


def forwards(apps, schema_editor):
    give_live_rows_a_revision(apps, "partners", "partner", "name")
    give_live_rows_a_revision(apps, "partners", "question", "text")


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0002_translations_reviewed"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
