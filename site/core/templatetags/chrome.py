"""Template tags for the page frame: the language switcher and the 'Get help' link."""

from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page

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
        translations = Page.objects.filter(
            translation_key=page.translation_key, live=True
        ).select_related("locale")
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
    """The URL of the 'Get help' page in the reader's language (English when untranslated)."""
    request = context["request"]
    chrome = SiteChrome.load(request_or_site=request)
    if chrome.help_page_id is None:
        return ""
    help_page = (
        Page.objects.filter(
            translation_key=chrome.help_page.translation_key,
            locale__language_code=get_language(),
            live=True,
        ).first()
        or chrome.help_page
    )
    return help_page.get_url(request) or ""
