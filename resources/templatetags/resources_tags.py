from django import template

register = template.Library()


@register.filter
def get_label(labels, slug):
    """The visitor-language label of a vocabulary slug."""
    return labels.get(slug, slug) if labels else slug
