"""A Translator's translation of a theme, a partner or a question goes through "Translation
review" before families see it: it is not live, not shown, and the Translator cannot publish it;
a Director or another Translator of its language approves, which publishes it."""

from html import unescape
from urllib.parse import urlencode

from django.contrib.admin.utils import quote
from django.urls import reverse

from wagtail.models import TaskState, Workflow
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

import pytest

from portal import roles
from portal.translation.models import TranslationReviewTask
from portal.translation.review import WORKFLOW_NAME, ensure_workflow, reviewed_snippets
from resources.taxonomy import Theme
from tests.factories import UserFactory
from tests.partners.factories import PartnerFactory
from tests.resources.factories import ThemeFactory

ARABIC_NAME = "الواجبات والتعلم"


def _url(instance, action, *args):
    return reverse(instance.snippet_viewset.get_url_name(action), args=[quote(instance.pk), *args])


def _review_url(translation):
    return reverse("translation_request_review", args=[translation.pk])


def _translate(client, translation, value):
    """Translate every string of the snippet as the editor does, one PUT per segment."""
    for segment in translation.source.stringsegment_set.order_by("order"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(
            url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 201)


@pytest.fixture
def arabic_library(library, translate_page):
    return translate_page(library, "ar", title="المكتبة")


@pytest.fixture
def homework(make_resource, vocabulary):
    """A French theme that a resource uses and that has no Arabic name yet."""
    make_resource(title="Aider aux devoirs", themes=("homework",))
    return vocabulary["homework"]


@pytest.fixture
def translation(homework, locales, translator_ar):
    """The Translator starts the Arabic theme ("Translate") and fills its name in the editor."""
    translate_object(homework, [locales["ar"]], user=translator_ar)
    found = Translation.objects.get(
        source__object_id=homework.translation_key, target_locale=locales["ar"]
    )
    return found


@pytest.fixture
def submitted(as_user, translator_ar, translation):
    client = as_user(translator_ar)
    _translate(client, translation, ARABIC_NAME)
    assert client.post(_review_url(translation)).status_code == 302
    return Theme.objects.get(pk=translation.get_target_instance().pk)


def _approve(client, theme):
    task_state = theme.current_workflow_task_state
    return client.post(_url(theme, "workflow_action", "approve", task_state.pk), {"comment": ""})


def _shown(client, page):
    client.logout()
    return client.get(page.url).content.decode()


def test_the_six_snippets_follow_the_review_workflow_but_not_in_french(locales, homework):
    ensure_workflow()
    assert {m._meta.model_name for m in reviewed_snippets()} == {
        name for _label, name in roles.TRANSLATABLE_SNIPPETS
    }
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    for model in reviewed_snippets():
        assert model.get_default_workflow() == workflow
    assert homework.get_workflow() is None
    arabic = ThemeFactory(
        slug="devoirs", name="x", locale=locales["ar"], translation_key=homework.translation_key
    )
    assert arabic.get_workflow() == workflow


def test_a_new_translation_waits_for_review_and_is_not_shown(
    client, submitted, arabic_library, homework
):
    assert not submitted.live
    assert submitted.current_workflow_state.status == "in_progress"
    assert submitted.get_latest_revision_as_object().name == ARABIC_NAME
    assert Theme.labels("ar")["devoirs"] == homework.name
    html = _shown(client, arabic_library)
    assert homework.name in html and ARABIC_NAME not in html


def test_the_editor_shows_the_translation_in_review(as_user, translator_ar, director, submitted):
    for user in (translator_ar, director):
        response = as_user(user).get(_url(submitted, "edit"))
        assert response.status_code == 200
        assert _url(submitted, "workflow_history") in response.content.decode()


@pytest.mark.parametrize(
    "sent",
    [{"action": "publish"}, {"action-publish": "1", "name": ARABIC_NAME, "slug": "devoirs"}],
    ids=["translation-editor", "snippet-form"],
)
def test_the_translator_cannot_publish_it(
    as_user,
    translator_ar,
    translation,
    arabic_library,
    homework,
    django_capture_on_commit_callbacks,
    sent,
):
    client = as_user(translator_ar)
    _translate(client, translation, ARABIC_NAME)
    target = translation.get_target_instance()
    editor = unescape(client.get(_url(target, "edit")).content.decode())
    assert '"canPublish": false' in editor
    # wagtail-localize publishes once the request's transaction is committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url(target, "edit"), {"sort_order": 0, **sent})
    assert response.status_code == 403
    target.refresh_from_db()
    assert not target.live and target.name != ARABIC_NAME
    assert target.current_workflow_state is None
    assert not translator_ar.has_perm("resources.publish_theme")
    html = _shown(client, arabic_library)
    assert homework.name in html and ARABIC_NAME not in html


def test_the_translator_who_submitted_it_cannot_approve_it(
    client, as_user, translator_ar, submitted, arabic_library, homework
):
    task = submitted.current_workflow_task
    assert task.get_actions(submitted, translator_ar) == []
    assert _approve(as_user(translator_ar), submitted).status_code == 403
    state = submitted.current_workflow_task_state
    collect = _url(submitted, "collect_workflow_action_data", "approve", state.pk)
    assert as_user(translator_ar).get(collect).status_code == 403
    submitted.refresh_from_db()
    assert not submitted.live
    # Still waiting for someone else's review; families read the French name meanwhile.
    assert submitted.current_workflow_task_state.status == "in_progress"
    html = _shown(client, arabic_library)
    assert homework.name in html and ARABIC_NAME not in html


def test_a_translator_of_another_language_neither_sees_nor_approves_it(
    as_user, translator_es, submitted
):
    task = TranslationReviewTask.objects.get(name=WORKFLOW_NAME)
    assert not task.get_task_states_user_can_moderate(translator_es).exists()
    assert _approve(as_user(translator_es), submitted).status_code == 403
    submitted.refresh_from_db()
    assert not submitted.live


def test_a_director_approves_and_families_read_the_arabic_name(
    client, as_user, director, submitted, arabic_library, homework
):
    task = TranslationReviewTask.objects.get(name=WORKFLOW_NAME)
    assert task.get_task_states_user_can_moderate(director).filter(
        revision__object_id=str(submitted.pk)
    )
    # "Awaiting your review" on the dashboard names it.
    dashboard = as_user(director).get(reverse("wagtailadmin_home")).content.decode()
    assert ARABIC_NAME in dashboard
    assert _approve(as_user(director), submitted).status_code == 302
    submitted.refresh_from_db()
    assert submitted.live and submitted.name == ARABIC_NAME
    state = TaskState.objects.filter(revision__object_id=str(submitted.pk)).get()
    assert state.status == "approved" and state.finished_by == director
    html = _shown(client, arabic_library)
    assert ARABIC_NAME in html


def test_another_translator_of_the_language_approves_it(as_user, submitted, locales):
    reviewer = UserFactory(email="samir@example.org", role=roles.TRANSLATOR)
    reviewer.translates_into = ["ar"]
    reviewer.save()
    task = TranslationReviewTask.objects.get(name=WORKFLOW_NAME)
    assert task.get_task_states_user_can_moderate(reviewer).exists()
    _approve(as_user(reviewer), submitted)
    submitted.refresh_from_db()
    assert submitted.live and submitted.name == ARABIC_NAME


def test_a_new_wording_of_a_live_translation_keeps_the_old_one_until_approved(
    as_user, director, translator_ar, submitted, translation
):
    _approve(as_user(director), submitted)
    client = as_user(translator_ar)
    _translate(client, translation, "الواجبات")
    client.post(_review_url(translation))
    submitted.refresh_from_db()
    assert submitted.live and submitted.name == ARABIC_NAME
    assert Theme.labels("ar")["devoirs"] == ARABIC_NAME
    assert submitted.get_latest_revision_as_object().name == "الواجبات"
    _approve(as_user(director), submitted)
    submitted.refresh_from_db()
    assert submitted.name == "الواجبات"


@pytest.mark.parametrize("who", ["anonymous", "parent", "teacher"])
def test_visitors_and_other_roles_are_refused_the_review(client, parent, teacher, translation, who):
    if who != "anonymous":
        client.force_login(parent if who == "parent" else teacher)
    for method in ("get", "post"):
        response = getattr(client, method)(_review_url(translation))
        if who == "anonymous":
            assert response.status_code == 302 and "/login/" in response["Location"]
        elif who == "parent":
            assert response.status_code == 403
        else:
            # The admin answers a refusal by its dashboard, with "you do not have permission".
            assert response.status_code == 302 and "/login/" not in response["Location"]
    target = translation.get_target_instance()
    assert target.current_workflow_state is None and not target.live


def test_a_partner_translation_is_not_in_the_directory_until_approved(
    client, as_user, director, translator_ar, locales, home, translate_page
):
    from tests.partners.factories import PartnerIndexPageFactory

    directory = PartnerIndexPageFactory(parent=home)
    arabic_directory = translate_page(directory, "ar", title="الشركاء")
    partner = PartnerFactory(name="Maison des familles", summary="Aide aux démarches.")
    translate_object(partner, [locales["ar"]], user=translator_ar)
    translation = Translation.objects.get(target_locale=locales["ar"])
    _translate(as_user(translator_ar), translation, "مساعدة في الإجراءات")
    as_user(translator_ar).post(_review_url(translation))
    assert "Aide aux démarches." in _shown(client, arabic_directory)
    arabic = translation.get_target_instance()
    _approve(as_user(director), arabic)
    html = _shown(client, arabic_directory)
    assert "مساعدة في الإجراءات" in html and "Aide aux démarches." not in html


def test_directors_publish_french_terms_and_a_draft_is_not_shown(as_user, director, locales):
    client = as_user(director)
    add = reverse(Theme.snippet_viewset.get_url_name("add"))
    data = {"name": "Santé", "slug": "sante", "sort_order": 1, "locale": locales["fr"].pk}
    assert client.post(add, {**data, "action-publish": "1"}).status_code == 302
    assert Theme.objects.get(slug="sante").live
    assert client.post(add, {**data, "name": "Sommeil", "slug": "sommeil"}).status_code == 302
    draft = Theme.objects.get(slug="sommeil")
    assert not draft.live
    assert "sommeil" not in Theme.labels("fr") and "sante" in Theme.labels("fr")


def test_a_new_wording_of_a_live_question_keeps_its_choices_until_approved(
    as_user, director, translator_ar, site, locales
):
    from wagtail_localize.models import TranslationSource

    from partners.models import Question
    from partners.questionnaire import defaults

    defaults.install(site)
    french = Question.objects.source().get(pictogram="computer")
    arabic = french.get_translation(locales["ar"])
    before = (arabic.text, sorted(arabic.choices.values_list("pk", "label")))
    source, _created = TranslationSource.get_or_create_from_instance(french)
    translation = Translation.objects.create(
        source=source, target_locale=locales["ar"], enabled=True
    )
    client = as_user(translator_ar)
    _translate(client, translation, "سؤال")
    assert client.post(_review_url(translation)).status_code == 302
    arabic = Question.objects.get(pk=arabic.pk)
    assert arabic.live
    assert (arabic.text, sorted(arabic.choices.values_list("pk", "label"))) == before
    _approve(as_user(director), arabic)
    arabic = Question.objects.get(pk=arabic.pk)
    assert arabic.text == "سؤال"
    assert set(arabic.choices.values_list("label", flat=True)) == {"سؤال"}
