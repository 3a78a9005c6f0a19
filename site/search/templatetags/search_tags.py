from django import template
from django.utils.translation import get_language_info

register = template.Library()


@register.filter
def label(value, labels):
    """The label of a facet value, or the value itself when there is none."""
    return labels.get(value, value)


@register.filter
def get(mapping, key):
    return mapping.get(key, "")


@register.filter
def language_name(code):
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


@register.simple_tag(takes_context=True)
def with_param(context, name, value):
    """The current query string with one parameter set (or removed when empty), page reset."""
    params = context["request"].GET.copy()
    params.pop("page", None)
    if value:
        params[name] = value
    else:
        params.pop(name, None)
    return "?" + params.urlencode()
