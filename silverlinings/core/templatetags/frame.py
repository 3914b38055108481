"""`{% kept_for_visitors "name" %}…{% endkept_for_visitors %}`: a part of the outer frame that is the same for every
visitor who is not signed in on pages in the same menu entry, made once per process (core/frame.py)."""

from django import template
from django.template.loader_tags import BlockNode

from silverlinings.core import frame

register = template.Library()


class KeptForVisitorsNode(template.Node):
    # Its nodes hold no block (checked when parsed): `{% extends %}` need not look inside on every page.
    child_nodelists = ()

    def __init__(self, name: str, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        key = context.get("visitor_frame")
        if key is None:  # someone signed in, or a template rendered without a request
            return self.nodelist.render(context)
        return frame.part(self.name, key, lambda: self.nodelist.render(context))


@register.tag
def kept_for_visitors(parser, token):
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one quoted name")
    nodelist = parser.parse(("endkept_for_visitors",))
    parser.delete_first_token()
    if nodelist.get_nodes_by_type(BlockNode):
        raise template.TemplateSyntaxError(f"{bits[0]} cannot hold a block: a block differs from page to page")
    return KeptForVisitorsNode(bits[1][1:-1], nodelist)
