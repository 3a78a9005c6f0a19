"""The community's place in the page tree: editors write and translate its intro, and one
GROUPS view restriction on it (focal points and moderators) keeps everyone else out.

Forum, directory and moderation screens are routes under this page (cop/routes.py); their data
are plain models (cop.models.forum and friends), not pages.
"""

from importlib import import_module

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField

from core.models import BasePage
from core.page_cache import generations

ROUTES = "cop.routes"


class CommunityPage(RoutablePageMixin, BasePage):
    intro = RichTextField(
        features=["bold", "italic", "link"],
        help_text="What the community is for, shown above the forum.",
    )
    guidelines = RichTextField(
        features=["bold", "italic", "link", "ul"],
        help_text="House rules, shown beside every form where members write.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("guidelines")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Members' words must not stay in shared caches or on a shared computer.
        response["Cache-Control"] = "private, no-store"
        return response

    @classmethod
    def get_subpage_urls(cls):
        # The screens are listed in cop/routes.py, read by name like a URLconf.
        return tuple(import_module(ROUTES).urlpatterns)

    def cache_generations(self):
        return [generations.PAGES, generations.FORUM]
