from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from core import visibility
from core.models import BasePage
from guidance.models import RoleGuidePage


class HomePage(BasePage):
    """The front page of one language: what the site is for and where to get help."""

    intro = models.TextField(help_text="Two or three plain sentences on what this site is for.")
    help_heading = models.CharField(max_length=120)
    help_text = models.TextField()

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("help_heading"), FieldPanel("help_text")], "Help panel"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children()
        context["sections"] = visibility.visible_pages(request, children.specific().in_menu())
        context["guides"] = visibility.visible_pages(
            request, RoleGuidePage.objects.child_of(self).order_by("path")
        )
        return context
