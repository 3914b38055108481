from django import template

from silverlinings.core import formatting

register = template.Library()


@register.filter
def govuk_datetime(value):
    return formatting.govuk_datetime(value)


@register.filter
def govuk_date(value):
    return formatting.govuk_date(value) if value else ""


@register.filter
def paragraphs(value):
    """Split text on blank lines, for templates that render each paragraph (autoescaped)."""
    return [part.strip() for part in str(value or "").replace("\r\n", "\n").split("\n\n") if part.strip()]


@register.filter
def percent_of(value, total):
    try:
        return round(100 * float(value) / float(total)) if total else 0
    except (TypeError, ValueError):
        return 0
