"""Template tags for the personal parts of shared pages (core.page_cache.holes)."""

from django import template
from django.utils.safestring import mark_safe

from core.page_cache import holes

register = template.Library()


@register.simple_tag(takes_context=True)
def personal(context, name, *args):
    """{% personal "name" arg ... %}: the reader's own text, from the filler `name`."""
    request = context["request"]
    # A marker is letters, digits and colons; a filler's answer is escaped unless it is HTML.
    if holes.active(request):
        return mark_safe(holes.hole(name, args))  # noqa: S308
    return mark_safe(holes.value(request, name, *args))  # noqa: S308


class ChoiceNode(template.Node):
    def __init__(self, name, args, branches):
        self.name, self.args, self.branches = name, args, branches

    def render(self, context):
        request = context["request"]
        name = self.name.resolve(context)
        args = [arg.resolve(context) for arg in self.args]
        if holes.active(request):
            branches = [
                (str(key.resolve(context)), nodelist.render(context))
                for key, nodelist in self.branches
            ]
            return holes.choice(name, args, branches)
        chosen = holes.value(request, name, *args)
        for key, nodelist in self.branches:
            if str(key.resolve(context)) == chosen:
                return nodelist.render(context)
        return ""


@register.tag
def personal_choice(parser, token):
    """{% personal_choice "name" arg ... %}{% when "a" %}...{% when "b" %}...
    {% endpersonal_choice %}: the branch the filler `name` picks for this reader."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("personal_choice needs a filler name")
    name = parser.compile_filter(bits[1])
    args = [parser.compile_filter(bit) for bit in bits[2:]]
    parser.parse(("when",))
    branches = []
    token = parser.next_token()
    while token.contents != "endpersonal_choice":
        parts = token.split_contents()
        if len(parts) != 2:
            raise template.TemplateSyntaxError("{% when %} takes one value")
        key = parser.compile_filter(parts[1])
        branches.append((key, parser.parse(("when", "endpersonal_choice"))))
        token = parser.next_token()
    return ChoiceNode(name, args, branches)
