"""The words of the agenda: what kind of meeting, and for whom."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    PRESENTATION = "presentation", _("Presentation meeting")
    FOLLOW_UP = "follow-up", _("Follow-up or review meeting")
    TRAINING = "training", _("Training or school rules meeting")
    CAFE = "cafe", _("Parents’ café")
    OPEN_MORNING = "open-morning", _("Open morning")
    COUNCIL = "council", _("School council")
    ELECTIONS = "elections", _("Election of parent representatives")
    OUTING = "outing", _("Outing or celebration")


class Audience(models.TextChoices):
    SCHOOL = "school", _("Whole school")
    NURSERY = "nursery", _("Nursery classes (PS, MS, GS)")
    CP = "cp", _("CP")
    CE1 = "ce1", _("CE1")
    CE2 = "ce2", _("CE2")
    CM1 = "cm1", _("CM1")
    CM2 = "cm2", _("CM2")
    #: Private to the representatives and the Director (see EventPage.save).
    REPRESENTATIVES = "representatives", _("Parents’ representatives")


#: What visitors may filter the agenda by: the representatives' meetings are not listed there.
PUBLIC_AUDIENCES = [choice for choice in Audience.choices if choice[0] != Audience.REPRESENTATIVES]


class Companion(models.TextChoices):
    NONE = "", _("I come alone")
    PERSON = "person", _("A person of my choice comes with me")
    INTERPRETER = "interpreter", _("I would like an interpreter")


class MeetingMode(models.TextChoices):
    IN_PERSON = "in-person", _("At school")
    PHONE = "phone", _("By phone")
    VIDEO = "video", _("By video call")
