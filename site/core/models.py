from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Page

from core import page_cache, visibility


class BasePage(Page):
    """What every reader-facing page shares: the sensitive-page rules and the fallback notice."""

    is_sensitive = models.BooleanField(
        default=False,
        help_text=(
            "Pages about reporting and support: adds the quick-exit control, a neutral browser "
            "title and sends no referrer."
        ),
    )

    settings_panels = Page.settings_panels + [FieldPanel("is_sensitive")]

    class Meta:
        abstract = True

    @property
    def is_untranslated_fallback(self) -> bool:
        """True for an alias that shows another locale's content (an untranslated page)."""
        return self.alias_of_id is not None and self.alias_of.locale_id != self.locale_id

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query for the language versions this reader may read: the switcher and the
        # freshness notice share it.
        translations = visibility.readable_translations(request, self)
        context["translations"] = translations
        context["newer_source"] = newer_source(self, translations)
        return context

    def serve(self, request, *args, **kwargs):
        # The visibility rules already let this reader see the page: it may be kept for the
        # readers who see the same (see core.page_cache).
        page_cache.mark_for_storage(request)
        response = super().serve(request, *args, **kwargs)
        if self.is_sensitive:
            response["Referrer-Policy"] = "no-referrer"
        return response

    def cache_generations(self):
        return [page_cache.generations.PAGES]


def newer_source(page: Page, translations: list[Page]) -> Page | None:
    """The source-language page when it was published after this translation, else None.

    wagtail-localize does not flag out-of-date translations: a translation is current when it
    was published after the last publication of its source.
    """
    own = next((t for t in translations if t.pk == page.pk), None)
    if own is None or own.locale.language_code == settings.LANGUAGE_CODE or page.alias_of_id:
        return None
    source = next(
        (t for t in translations if t.locale.language_code == settings.LANGUAGE_CODE), None
    )
    if source is None or source.last_published_at is None or page.last_published_at is None:
        return None
    return source if source.last_published_at > page.last_published_at else None


@register_setting(icon="help")
class SiteChrome(BaseGenericSetting):
    """Parts of the page frame editors choose once for every language."""

    help_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page the 'Get help' link in the header leads to (its translation is used).",
    )

    panels = [FieldPanel("help_page")]

    class Meta:
        verbose_name = "site chrome"

    def cache_generations(self):
        return [page_cache.generations.PAGES]


# The snippets, and the document and image models (WAGTAILDOCS_DOCUMENT_MODEL,
# WAGTAILIMAGES_IMAGE_MODEL), live in their own modules; importing them here registers them.
from core.media import ProtectedDocument, ProtectedImage, ProtectedRendition  # noqa: E402, F401
from core.snippets import (  # noqa: E402, F401
    ContactChannel,
    ContactMethod,
    GlossaryTerm,
    Office,
    OfficeContact,
)
