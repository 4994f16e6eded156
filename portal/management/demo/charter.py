"""The demo charter (an adopted version in every language, each with its articles in its own
words, and a French draft in consultation with proposals in every state) and the representatives'
area with two minutes pages."""

import datetime
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from pages.charter.models import CharterArticle, CharterPage, Comment, Proposal, Support
from pages.reps.models import MinutesPage, PrivilegedChoice, RepresentativeAreaPage
from portal import roles

from . import charter_content as words

REPRESENTATIVES = ("representante@demo.passerelle.test", "representant@demo.passerelle.test")
#: The languages the adopted charter is translated into.
LANGUAGES = ("en", "ar", "es", "pt", "tr", "uk")


def _publish(page):
    page.save_revision().publish()
    return page


def _articles(page, code):
    return [
        CharterArticle(
            locale_id=page.locale_id,
            anchor=anchor,
            title=texts[code][0],
            text=texts[code][1],
            plain_words=texts[code][2],
        )
        for anchor, texts in words.ARTICLES
    ]


def _adopted_fields(code):
    return {
        "title": words.TITLE[code],
        "preamble": words.PREAMBLE[code],
        "plain_words": words.PLAIN_WORDS[code],
        "status": "adopted",
        "adopted_on": datetime.date(timezone.localdate().year - 1, 11, 20),
        "adopted_by": words.ADOPTED_BY[code],
    }


def _charter(locales, home):
    fr = locales["fr"]
    page = CharterPage.objects.filter(locale=fr).child_of(home).first()
    if page is not None:
        return page
    page = CharterPage(slug="charte", locale=fr, show_in_menus=True, **_adopted_fields("fr"))
    page.articles = _articles(page, "fr")
    home.add_child(instance=page)
    _publish(page)
    # This year's draft, open for the representatives' proposals.
    draft = page.get_latest_revision_as_object()
    for article in draft.articles.all():
        article.text = words.DRAFT_CHANGES.get(article.anchor, article.text)
    draft.status = "consultation"
    draft.consultation_opens = timezone.now() - timedelta(days=5)
    draft.consultation_closes = timezone.now() + timedelta(days=21)
    _publish(draft)
    return page


def _in_its_own_words(translated, code):
    by_anchor = dict(words.ARTICLES)
    return (
        translated.status == "adopted"
        and translated.adopted_by == words.ADOPTED_BY[code]
        and translated.versions.exists()
        and all(
            (article.title, article.text, article.plain_words) == by_anchor[article.anchor][code]
            for article in translated.articles.all()
            if article.anchor in by_anchor
        )
    )


def translate(page, locales):
    """The adopted charter in every language, its articles in that language's words. A
    translation copied with the French articles (as older demos made them) is put into its own
    words and published again, which adopts it."""
    by_anchor = dict(words.ARTICLES)
    # The copy keeps the French draft's positions, which may tie: each article takes the place
    # it has in the adopted charter, so every database lists them in the same order.
    place = {anchor: index for index, (anchor, _words) in enumerate(words.ARTICLES)}
    for code in LANGUAGES:
        # A language whose home page is not there yet gets its charter when translations.py
        # has made it and comes back here.
        if code not in locales or page.get_parent().get_translation_or_none(locales[code]) is None:
            continue
        translated = page.get_translation_or_none(locales[code])
        if translated is None:
            translated = page.copy_for_translation(locales[code], copy_parents=False, alias=False)
        translated = translated.specific
        if _in_its_own_words(translated, code):
            continue
        for name, value in _adopted_fields(code).items():
            setattr(translated, name, value)
        # Copied from the French draft, it would otherwise say a consultation is open.
        translated.consultation_opens = translated.consultation_closes = None
        translated.save()
        for article in translated.articles.all():
            if article.anchor in by_anchor:
                article.title, article.text, article.plain_words = by_anchor[article.anchor][code]
                article.sort_order = place[article.anchor]
                article.save()
        _publish(translated)


def _consultation(page, people, director):
    if page.proposals.exists():
        return
    made = []
    for index, (kind, anchor, title, text, reason, state, answer) in enumerate(words.PROPOSALS):
        proposal = Proposal.objects.create(
            page=page,
            author=people[index % len(people)],
            kind=kind,
            anchor=anchor,
            title=title,
            text=text,
            reason=reason,
            state=state,
            answer=answer,
            merged_into=made[0] if state == "merged" else None,
            answered_by=director if state != "pending" else None,
            answered_at=timezone.now() if state != "pending" else None,
        )
        made.append(proposal)
    Support.objects.create(proposal=made[0], person=people[-1])
    Support.objects.create(proposal=made[1], person=people[0])
    for index, (anchor, text) in enumerate(words.COMMENTS):
        Comment.objects.create(
            page=page, anchor=anchor, author=people[index % len(people)], text=text
        )


def _area(locales, home, chosen, voters):
    fr = locales["fr"]
    area = RepresentativeAreaPage.objects.filter(locale=fr).child_of(home).first()
    if area is None:
        area = RepresentativeAreaPage(
            title="Espace des représentants",
            slug="representants",
            locale=fr,
            intro="Les comptes rendus des réunions, les documents de travail et la charte en "
            "préparation. Cet espace est réservé aux représentants élus et à la direction.",
            privileged_contact="Disponible le mardi et le jeudi après 17 h, par téléphone au "
            "06 00 00 00 00 ou par courriel.",
        )
        home.add_child(instance=area)
        _publish(area)
    # The representatives chose their privileged representative themselves.
    for person in voters:
        PrivilegedChoice.objects.get_or_create(
            area=area, voter=person, defaults={"candidate": chosen}
        )
    year = timezone.localdate().year
    for minutes in words.MINUTES:
        if MinutesPage.objects.child_of(area).filter(slug=minutes["slug"]).exists():
            continue
        month, day = minutes["date"]
        date = datetime.date(year if month <= timezone.localdate().month else year - 1, month, day)
        page = MinutesPage(
            title=minutes["title"],
            slug=minutes["slug"],
            locale=fr,
            date=date,
            attendees=minutes["attendees"],
            body=[{"type": "paragraph", "value": f"<p>{minutes['body']}</p>"}],
            decisions=minutes["decisions"],
        )
        area.add_child(instance=page)
        _publish(page)
    return area


def _private_documents():
    """A collection only the representatives and the director may open, with the agenda of
    their next meeting."""
    from django.contrib.auth.models import Group
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name="Documents des représentants").first()
    if collection is None:
        collection = root.add_child(name="Documents des représentants")
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(
            Group.objects.filter(name__in=(roles.REPRESENTATIVE, roles.DIRECTOR))
        )
    Document = get_document_model()
    if not Document.objects.filter(collection=collection).exists():
        document = Document(title="Ordre du jour de la réunion de décembre", collection=collection)
        document.file.save(
            "ordre-du-jour-decembre.txt",
            ContentFile(words.AGENDA.encode()),
            save=True,
        )


def build(locales, home):
    User = get_user_model()
    people = list(User.objects.filter(email__in=REPRESENTATIVES).order_by("email").reverse())
    director = User.objects.filter(groups__name=roles.DIRECTOR).order_by("pk").first()
    page = _charter(locales, home)
    translate(page, locales)
    _consultation(page, people, director)
    _area(locales, home, people[0] if people else None, people)
    _private_documents()
    roles.sync()
