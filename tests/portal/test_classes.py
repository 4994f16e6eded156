"""Classes belong to one school: the same name can exist in two schools, never twice in one."""

from io import StringIO

from django.core.management import call_command
from django.db import IntegrityError

from wagtail.models import Page, Site

import pytest

from portal.classes.models import SchoolClass
from tests.factories import SchoolClassFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_school(home):
    root = Page.get_first_root_node()
    other_home = Page(title="Autre école", slug="autre-ecole", locale=home.locale)
    root.add_child(instance=other_home)
    return Site.objects.create(hostname="autre.example.org", root_page=other_home)


def test_a_class_name_is_unique_within_a_school(site):
    """Two "CM1 B" in one school would split its families between two lists."""
    SchoolClassFactory(site=site, name="CM1 B")
    with pytest.raises(IntegrityError):
        SchoolClassFactory(site=site, name="CM1 B")


def test_each_school_sees_only_its_own_classes(site, other_school):
    """A second school on the same deployment has its own classes, even with the same names."""
    ours = SchoolClassFactory(site=site, name="CM1 B", sort_order=2)
    first = SchoolClassFactory(site=site, name="CP A", sort_order=1)
    SchoolClassFactory(site=other_school, name="CM1 B")
    assert list(SchoolClass.objects.of_school(site)) == [first, ours]


def test_directors_manage_classes_and_teachers_only_read_them(client, director, teacher, site):
    """The admin list of classes: a Director adds one, a Teacher may look but not add."""
    SchoolClassFactory(site=site, name="CE2 B")
    client.force_login(director)

    response = client.get("/admin/classes/")
    assert response.status_code == 200
    assert "CE2 B" in response.content.decode()
    response = client.post(
        "/admin/classes/new/",
        {"site": site.pk, "name": "CM2 A", "level": "CM2", "teacher": teacher.pk, "sort_order": 3},
    )
    assert response.status_code == 302
    assert SchoolClass.objects.get(name="CM2 A").teacher == teacher
    client.force_login(teacher)
    assert client.get("/admin/classes/new/").status_code in (302, 403)
    assert not SchoolClass.objects.filter(name="CM3").exists()


def test_demo_school_has_four_classes_with_their_teachers(locales):
    call_command("bootstrap_demo", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    classes = {c.name: c for c in SchoolClass.objects.of_school(site).select_related("teacher")}
    assert list(classes) == ["CP A", "CE2 B", "CM1 B", "CM2 A"]
    assert classes["CM1 B"].teacher.email == "enseignante.cm1@demo.passerelle.test"
