"""The demo school's four classes and their teachers."""

from django.contrib.auth import get_user_model

from portal.classes.models import SchoolClass

CLASSES = [
    # name, level, teacher's email
    ("CP A", "CP", "enseignant@demo.passerelle.test"),
    ("CE2 B", "CE2", None),
    ("CM1 B", "CM1", "enseignante.cm1@demo.passerelle.test"),
    ("CM2 A", "CM2", None),
]


def build(site):
    teachers = {
        user.email: user for user in get_user_model().objects.filter(email__contains="@demo.")
    }
    for order, (name, level, teacher) in enumerate(CLASSES):
        SchoolClass.objects.get_or_create(
            site=site,
            name=name,
            defaults={"level": level, "teacher": teachers.get(teacher), "sort_order": order},
        )
