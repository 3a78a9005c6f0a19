"""Template tags for the site menu and the breadcrumbs (see core.navigation)."""

from django import template

from core import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def site_menu(context):
    """{% site_menu as items %}: this reader's menu items, in this language."""
    return navigation.menu(context["request"])


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page, include_page=False):
    """{% breadcrumb_trail page as crumbs %}: the ancestors of `page` this reader may read
    (and `page` itself with include_page=True, on screens below it)."""
    return navigation.breadcrumbs(context["request"], page, include_page=include_page)
