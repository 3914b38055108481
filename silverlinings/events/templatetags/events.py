from django import template
from django.utils.safestring import mark_safe

from silverlinings.core.formatting import govuk_time as _govuk_time
from silverlinings.core.richtext import markdown_to_html

register = template.Library()


@register.filter
def govuk_time(value):
    return _govuk_time(value) if value else ""


@register.filter
def markdown(value):
    return mark_safe(markdown_to_html(value or ""))


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None
