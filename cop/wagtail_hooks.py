"""Editors manage the forum's categories in the Wagtail admin (Snippets › Forum categories)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cop.models import Category


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = "Forum categories"
    list_display = ["name", "kind", "slug", "position"]
    list_filter = ["kind"]


register_snippet(CategoryViewSet)
