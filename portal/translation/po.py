"""Checks on a PO file sent back by an outside translator, before wagtail-localize imports it.

wagtail-localize skips what it does not recognise and imports the rest; here a file that is
broken, made for another page or language, or that loses a link or placeholder, is refused as a
whole, with the line named, so that nothing half-imported reaches a page."""

import os
import re
import tempfile

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin.views.pages.utils import get_valid_next_url_from_request

import polib

#: Marks a translation must keep: the link and formatting tags wagtail-localize writes into
#: strings (<a id="1">…</a>, <b>) and format placeholders ({name}, %(name)s, %s).
MARKS = re.compile(r"</?[a-z]+(?: id=\"\d+\")?>|\{[^{}]*\}|%\([^)]+\)[sd]|%[sd]")
SYNTAX_LINE = re.compile(r"line (\d+)")


def _parse(content):
    # polib reads a path or a text: always hand it a file, so a text naming a path is never read.
    with tempfile.NamedTemporaryFile(delete=False, suffix=".po") as handle:
        handle.write(content)
    try:
        return polib.pofile(handle.name, encoding="utf-8"), None
    except UnicodeDecodeError:
        return None, _("The file is not a PO file written in UTF-8.")
    except OSError as error:
        found = SYNTAX_LINE.search(str(error))
        line = found.group(1) if found else "?"
        return None, _("The PO file cannot be read: line %(line)s is broken.") % {"line": line}
    finally:
        os.unlink(handle.name)


def problems(translation, content):
    """What is wrong with `content` (bytes) as a PO file for `translation`, one message per
    problem, each naming its line; empty when the file may be imported."""
    po, error = _parse(content)
    if error:
        return [error]
    found = []
    made_for = po.metadata.get("X-WagtailLocalize-TranslationID")
    if made_for != str(translation.uuid):
        found.append(_("This PO file was made for another page or translation (its header)."))
    language = po.metadata.get("Language")
    target = translation.target_locale.language_code
    if language and language.replace("_", "-").lower().split("-")[0] != target:
        found.append(
            _("This PO file is for the language “%(found)s”, not “%(wanted)s” (its header).")
            % {"found": language, "wanted": target}
        )
    known = set(translation.source.stringsegment_set.values_list("string__data", "context__path"))
    for entry in po:
        if (entry.msgid, entry.msgctxt) not in known:
            found.append(
                _("Line %(line)s: this text is not in the page: “%(text)s”.")
                % {"line": entry.linenum, "text": entry.msgid[:80]}
            )
            continue
        if entry.msgstr and sorted(MARKS.findall(entry.msgid)) != sorted(
            MARKS.findall(entry.msgstr)
        ):
            found.append(
                _("Line %(line)s: the translation must keep %(marks)s as they are.")
                % {"line": entry.linenum, "marks": " ".join(MARKS.findall(entry.msgid)) or "—"}
            )
    return found


def guard_upload(request, translation_id):
    """Refuse a PO upload that has problems (a response), or let wagtail-localize import it."""
    from wagtail_localize.models import Translation

    upload = request.FILES.get("file")
    translation = Translation.objects.filter(pk=translation_id).first()
    if translation is None or upload is None:
        return None
    content = upload.read()
    upload.seek(0)
    found = problems(translation, content)
    if not found:
        return None
    for problem in found[:10]:
        messages.error(request, _("Nothing was imported. %(problem)s") % {"problem": problem})
    target = translation.get_target_instance()
    fallback = (
        reverse("wagtailadmin_pages:edit", args=[target.pk]) if hasattr(target, "path") else "/"
    )
    return redirect(get_valid_next_url_from_request(request) or fallback)
