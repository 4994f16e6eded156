"""A change to the school's own days gives every school's calendar a new revision, so that the
cached school years are computed again (a day may have moved from one school to another)."""

import uuid

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import SchoolCalendarSettings, SchoolDay


@receiver(post_save, sender=SchoolDay, dispatch_uid="school-calendar-day-saved")
@receiver(post_delete, sender=SchoolDay, dispatch_uid="school-calendar-day-deleted")
def new_revision(**kwargs):
    SchoolCalendarSettings.objects.update(revision=uuid.uuid4())
