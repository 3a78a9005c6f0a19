from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Page


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

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.is_sensitive:
            response["Referrer-Policy"] = "no-referrer"
        return response


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
