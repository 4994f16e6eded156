"""New minutes are emailed to the representatives, once, at a time quiet hours allow."""

from django.conf import settings
from django.contrib.auth import get_user_model

from portal import notify, roles
from portal.schools import school_of


def representatives():
    return get_user_model().objects.filter(groups__name=roles.REPRESENTATIVE, is_active=True)


def tell_representatives(sender, instance, **kwargs):
    """page_published receiver: each representative hears of the minutes once (the outbox
    writes one message per page and person, so republishing sends nothing new)."""
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        # Translations are announced with the French page they translate.
        return
    school = school_of(instance)
    for person in representatives():
        notify.send_later(
            person,
            "reps/email/minutes",
            {"minutes": instance, "url": school.page_url(instance)},
            school=school,
            purpose="minutes",
            obj=instance,
        )
