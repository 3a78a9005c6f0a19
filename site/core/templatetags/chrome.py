"""Template tags for the page frame: the language switcher and the 'Get help' link."""

from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale

from core import visibility
from core.models import SiteChrome

register = template.Library()


@register.inclusion_tag("core/includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """One link per language: to this page's translation, or to that language's home page."""
    request = context["request"]
    current = get_language()
    urls = {}
    translations = context.get("translations")
    if translations is None and page is not None and getattr(page, "translation_key", None):
        translations = visibility.readable_translations(request, page)
    for translation in translations or ():
        urls[translation.locale.language_code] = translation.get_url(request)
    links = []
    configured = [code for code, _ in settings.LANGUAGES]
    for locale in Locale.objects.filter(language_code__in=configured).order_by("pk"):
        code = locale.language_code
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": urls.get(code) or f"/{code}/",
                "current": code == current,
            }
        )
    return {"links": links}


@register.simple_tag(takes_context=True)
def help_page_url(context):
    """The URL of the 'Get help' page in the reader's language (the chosen page when it is not
    translated), among the versions this reader may read; none when they may read none."""
    request = context["request"]
    chrome = SiteChrome.load(request_or_site=request)
    if chrome.help_page_id is None:
        return ""
    readable = visibility.readable_translations(request, chrome.help_page)
    help_page = next(
        (page for page in readable if page.locale.language_code == get_language()),
        next((page for page in readable if page.pk == chrome.help_page_id), None),
    )
    return (help_page.get_url(request) or "") if help_page is not None else ""
