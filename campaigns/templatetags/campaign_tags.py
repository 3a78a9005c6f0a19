from django import template

from campaigns.banners import live_banner

register = template.Library()


@register.simple_tag(takes_context=True)
def home_banner(context):
    """The live phase's banner for this reader (see campaigns.banners.live_banner)."""
    request = context.get("request")
    return live_banner(request) if request is not None else None
