"""Template tags for the page frame: the language switcher and the 'Get help' link."""

from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info

from core import navigation, visibility

register = template.Library()


@register.inclusion_tag("core/includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """One link per language (to this page's translation, or to that language's home page),
    folded behind the name of the current one."""
    request = context["request"]
    current = get_language()
    urls = {}
    translations = context.get("translations")
    if translations is None and page is not None and getattr(page, "translation_key", None):
        translations = visibility.readable_translations(request, page)
    for translation in translations or ():
        urls[translation.locale.language_code] = translation.get_url(request)
    # Every language the site has a home page in, in the settings' order.
    homes = navigation.frame(request).homes
    links = [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": urls.get(code) or homes[code],
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
        if code in homes
    ]
    return {"links": links, "current": next((link for link in links if link["current"]), None)}


@register.simple_tag(takes_context=True)
def help_page_url(context):
    """The URL of the 'Get help' page this reader may read, in their language (see
    core.navigation.help_url)."""
    return navigation.help_url(context["request"])
