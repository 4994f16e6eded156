"""A translation goes through "Translation review" before it is live."""

from django.urls import reverse

from wagtail.models import Page, Workflow

import pytest

from portal.translation.review import WORKFLOW_NAME
from tests.factories import UserFactory


@pytest.fixture
def arabic(parent_space, locales, start, director, fill_strings):
    return fill_strings(start(parent_space, locales["ar"], director), "ع")


@pytest.fixture
def submitted(as_user, translator_ar, arabic):
    response = as_user(translator_ar).post(reverse("translation_request_review", args=[arabic.pk]))
    assert response.status_code == 302
    return Page.objects.get(pk=arabic.get_target_instance().pk).specific


def test_translated_trees_follow_the_review_workflow(arabic, parent_space, locales):
    page = arabic.get_target_instance()
    assert page.get_workflow().name == WORKFLOW_NAME
    # French pages keep the school's own workflow.
    assert parent_space.get_workflow() != Workflow.objects.get(name=WORKFLOW_NAME)


def test_a_submitted_translation_waits_for_review(submitted):
    assert not submitted.live
    assert submitted.current_workflow_state.status == "in_progress"
    assert submitted.get_latest_revision().content["title"].startswith("ع")


def _approve(client, page):
    task_state = page.current_workflow_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )


def test_the_translator_who_submitted_it_cannot_approve_it(as_user, translator_ar, submitted):
    task = submitted.current_workflow_task
    assert task.specific.get_actions(submitted, translator_ar) == []
    assert _approve(as_user(translator_ar), submitted).status_code == 403
    submitted.refresh_from_db()
    assert not submitted.live
    assert submitted.current_workflow_task_state.status == "in_progress"


def test_a_translator_of_another_language_cannot_approve_it(as_user, translator_es, submitted):
    response = _approve(as_user(translator_es), submitted)
    assert response.status_code == 403
    submitted.refresh_from_db()
    assert not submitted.live


def test_another_translator_of_the_language_publishes_it(as_user, submitted, locales):
    reviewer = UserFactory(email="samir@example.org", role="Translator")
    reviewer.translates_into = ["ar"]
    reviewer.save()
    _approve(as_user(reviewer), submitted)
    submitted.refresh_from_db()
    assert submitted.live
    assert submitted.title.startswith("ع")


def test_a_director_publishes_it(as_user, director, submitted):
    _approve(as_user(director), submitted)
    submitted.refresh_from_db()
    assert submitted.live
