"""From a parent's answers to the partners who can help: the services and kinds their choices
point to, and the languages they speak at home."""

from dataclasses import dataclass, field

from django.conf import settings

from ..models import Partner

MAX_MATCHES = 6


@dataclass
class Needs:
    services: set = field(default_factory=set)
    kinds: set = field(default_factory=set)
    languages: set = field(default_factory=set)

    def __bool__(self):
        return bool(self.services or self.kinds)


def needs(chosen):
    """The needs behind the chosen Choice objects."""
    found = Needs()
    for choice in chosen:
        found.services.update(choice.services)
        found.kinds.update(choice.kinds)
        if choice.language and choice.language != settings.LANGUAGE_CODE:
            found.languages.add(choice.language)
    return found


def partners_for(found, site, locale):
    """The school's partners that meet one need or more: those speaking the family's language
    first, then the ones meeting the most needs."""
    if not found:
        return []
    candidates = (
        Partner.objects.of_school(site)
        .in_language(locale)
        .meeting(sorted(found.services), sorted(found.kinds))
    )
    scored = []
    for partner in candidates:
        met = len(found.services & set(partner.services)) + (partner.kind in found.kinds)
        speaks = sorted(found.languages & set(partner.languages))
        partner.speaks_family_language = speaks
        scored.append((not speaks, -met, partner.name, partner))
    scored.sort(key=lambda item: item[:3])
    return [item[3] for item in scored[:MAX_MATCHES]]
