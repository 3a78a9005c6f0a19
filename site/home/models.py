from collections import defaultdict

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from core import demo_users, visibility
from core.models import BasePage
from core.visibility.pages import READABLE_FIELDS
from guidance.models import RoleGuidePage

CARD_FIELDS = (*READABLE_FIELDS, "title", "url_path", "content_type_id")


def with_summaries(pages: list[Page]) -> list[Page]:
    """Give each page its type's `summary` (blank when its type has none) in one query: a
    UNION over the page types present, rather than a query per type as .specific() does."""
    ids_by_model = defaultdict(list)
    for page in pages:
        model = page.specific_class
        if model is not None and any(f.name == "summary" for f in model._meta.fields):
            ids_by_model[model].append(page.pk)
    parts = [
        model.objects.filter(pk__in=ids).order_by().values_list("pk", "summary")
        for model, ids in ids_by_model.items()
    ]
    summaries = dict(parts[0].union(*parts[1:], all=True)) if parts else {}
    for page in pages:
        page.summary = summaries.get(page.pk, "")
    return pages


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
        sections = list(self.get_children().in_menu().only(*CARD_FIELDS).order_by("path"))
        guides = list(RoleGuidePage.objects.child_of(self).only(*CARD_FIELDS).order_by("path"))
        readable_ids = {page.pk for page in visibility.readable(request, sections + guides)}
        context["sections"] = with_summaries([p for p in sections if p.pk in readable_ids])
        context["guides"] = [page for page in guides if page.pk in readable_ids]
        if settings.DEMO_SIGN_IN_HINT and not request.user.is_authenticated:
            context["demo_sign_in"] = demo_users.sign_in_hint()
        return context
