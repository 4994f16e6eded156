from django import template
from django.utils.safestring import mark_safe

import css_inline

register = template.Library()


def _classes(pks):
    from portal.classes.models import SchoolClass

    ids = [int(pk) for pk in pks or () if str(pk).isdigit()]
    return SchoolClass.objects.filter(pk__in=ids).order_by("sort_order", "name")


@register.filter
def class_names(pks):
    return [c.name for c in _classes(pks)]


@register.filter
def ack_class_choices(pks):
    return [(c.pk, c.name) for c in _classes(pks)]


_inliner = css_inline.CSSInliner(load_remote_stylesheets=False, keep_style_tags=False)


class InlineCssNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        return mark_safe(_inliner.inline(self.nodelist.render(context)))  # noqa: S308 -- our own rendered template


@register.tag
def inline_css(parser, token):
    """{% inline_css %}<html>…<style>…</style>…</html>{% endinline_css %}: the styles written
    into each element, as mail programs drop <style> blocks."""
    nodelist = parser.parse(("endinline_css",))
    parser.delete_first_token()
    return InlineCssNode(nodelist)
