"""The toolkit's index pages: each lists the resources its reader may see (toolkit.listing)."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.models import BasePage
from toolkit.listing import build_listing


class ToolkitIndexPage(BasePage):
    """A section of the toolkit. The main one lists every resource the reader may see,
    including those of the sections inside it (such as the focal point kit)."""

    intro = models.TextField(blank=True, help_text="Two or three plain sentences.")

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "toolkit.ToolkitIndexPage"]
    subpage_types = ["toolkit.ResourcePage", "toolkit.ToolkitIndexPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = build_listing(request, self)
        return context
