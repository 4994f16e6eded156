import django.db.models.functions.text
from django.conf import settings
from django.db import migrations, models

ANSWER_FIELDS = (
    "name",
    "language",
    "people",
    "needs_interpreter",
    "interpreter_language",
    "needs_accessibility",
    "needs_childcare",
    "user_id",
)


def merge_duplicate_answers(apps, schema_editor):
    """Before one answer per person and event is enforced, fold each person's answers into their
    first one (the one their emailed cancel link points to), with their latest choices."""
    RSVP = apps.get_model("events", "RSVP")
    groups = {}
    for answer in RSVP.objects.order_by("created_at", "pk"):
        groups.setdefault((answer.event_id, answer.email.lower()), []).append(answer)
    for answers in groups.values():
        if len(answers) < 2:
            continue
        kept, others = answers[0], answers[1:]
        active = [a for a in answers if a.cancelled_at is None]
        latest = (active or answers)[-1]
        for field in ANSWER_FIELDS:
            setattr(kept, field, getattr(latest, field))
        kept.cancelled_at = None if active else latest.cancelled_at
        marks = [a.attended for a in answers if a.attended is not None]
        kept.attended = any(marks) if marks else None
        kept.save()
        RSVP.objects.filter(pk__in=[a.pk for a in others]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_slot_school_and_admin_labels"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(merge_duplicate_answers, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="rsvp",
            constraint=models.UniqueConstraint(
                models.F("event"),
                django.db.models.functions.text.Lower("email"),
                name="events_rsvp_one_per_person_and_event",
            ),
        ),
    ]
