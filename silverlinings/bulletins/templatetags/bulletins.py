from django import template
from django.utils.safestring import mark_safe

from silverlinings.core import richtext

register = template.Library()


@register.filter
def markdown(value):
    """Text people wrote, as safe HTML with GOV.UK classes (core.richtext)."""
    return mark_safe(richtext.markdown_to_html(value or ""))


@register.filter
def markdown_email(value):
    """The same, for an email: GOV.UK classes swapped for inline styles mail programs keep."""
    html = richtext.markdown_to_html(value or "")
    for css, style in (
        (' class="govuk-body"', ' style="margin:0 0 16px 0;"'),
        (' class="govuk-list govuk-list--bullet"', ' style="margin:0 0 16px 0;padding-left:20px;"'),
        (' class="govuk-list govuk-list--number"', ' style="margin:0 0 16px 0;padding-left:20px;"'),
        (' class="govuk-link"', ' style="color:#1d70b8;"'),
    ):
        html = html.replace(css, style)
    return mark_safe(html)


@register.filter
def markdown_text(value):
    return richtext.markdown_to_text(value or "")
