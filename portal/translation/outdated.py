"""Translations that fell behind their source page, and the Translators told about them."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

from portal import notify, roles
from portal.schools import school_of


def _translations_of(page):
    return (
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .exclude(locale_id=page.locale_id)
        .select_related("locale")
    )


def translators_of(language_code):
    users = get_user_model().objects.filter(groups__name=roles.TRANSLATOR, is_active=True)
    return [user for user in users if language_code in (user.translates_into or [])]


def page_published(sender, instance, revision=None, **kwargs):
    """page_published receiver: a republished source page puts its translations out of date; a
    translation published after being synced with its source is up to date again."""
    from portal.translation.models import OutdatedTranslation

    page = instance
    if page.locale.language_code == settings.LANGUAGE_CODE:
        now = timezone.now()
        for translated in _translations_of(page):
            record, created = OutdatedTranslation.objects.get_or_create(
                page=translated, defaults={"since": now, "source_revision": revision}
            )
            _tell_translators(record, page, translated, now)
        return
    record = OutdatedTranslation.objects.filter(page=page).first()
    if record is None:
        return
    if is_synced(page):
        record.delete()


def is_synced(translated):
    """Whether `translated` was last synced with its French page after that page last changed:
    wagtail-localize's source was read again ("Sync translated pages") since its publication."""
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.filter(
        object_id=translated.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    french = (
        Page.objects.filter(
            translation_key=translated.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .values_list("last_published_at", flat=True)
        .first()
    )
    if source is None or french is None:
        return True
    return source.last_updated_at >= french


def _tell_translators(record, source_page, translated, now):
    """At most once a day per page: the outbox writes one message per purpose, page and person."""
    if record.notified_at is not None and now - record.notified_at < timezone.timedelta(days=1):
        return
    school = school_of(source_page)
    language = translated.locale.language_code
    recipients = translators_of(language)
    for person in recipients:
        notify.send_later(
            person,
            "translation/email/outdated",
            {
                "source": source_page,
                "translated": translated,
                "language": language,
                "edit_url": school.absolute(
                    reverse("wagtailadmin_pages:edit", args=[translated.pk])
                ),
            },
            school=school,
            purpose=f"translation-outdated-{now:%Y-%m-%d}",
            obj=translated,
        )
    record.notified_at = now
    record.save(update_fields=["notified_at"])
