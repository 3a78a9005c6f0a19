from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from core import demo_users, visibility
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
        # A handful of pages each: read them, then ask the rule about these only (one small
        # query on their translation keys), rather than filter the whole tree in SQL.
        sections = self.get_children().in_menu().defer_streamfields().specific()
        context["sections"] = visibility.readable(request, list(sections))
        guides = RoleGuidePage.objects.child_of(self).defer_streamfields().order_by("path")
        context["guides"] = visibility.readable(request, list(guides))
        if settings.DEMO_SIGN_IN_HINT and not request.user.is_authenticated:
            context["demo_sign_in"] = demo_users.sign_in_hint()
        return context
