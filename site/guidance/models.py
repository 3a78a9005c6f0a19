from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage


class GuidancePage(BasePage):
    """A plain-language page of guidance: rights, obligations, how to get help."""

    summary = models.CharField(
        max_length=300, help_text="One sentence shown in listings and under the title."
    )
    body = StreamField(BodyBlock(), use_json_field=True)

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "guidance.GuidancePage"]
    subpage_types = ["guidance.GuidancePage"]
