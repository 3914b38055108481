from django import forms, template

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


@register.filter
def summary_errors(form) -> list[tuple[str, str]]:
    """(field id, message) for the error summary, each message once per field: non-field errors link to
    the first field; a field made of several boxes links to the first box the message is about."""
    from crispy_forms_gds.templatetags.crispy_forms_gds import field_errors

    first_id = _target(form.visible_fields()[0], form.visible_fields()[0].auto_id) if form.visible_fields() else ""
    rows = [(first_id, str(error)) for error in form.non_field_errors()]
    for field in form.visible_fields():
        seen = set()
        for field_id, errors in field_errors(field):
            for error in errors:
                if str(error) not in seen:
                    seen.add(str(error))
                    rows.append((_target(field, field_id), str(error)))
    return rows


def _target(field, field_id: str) -> str:
    """Where a summary link goes: a field of radios or checkboxes has no element of its own id; its boxes are
    numbered from 1 (`<id>_1`, as crispy-forms-gds and our own tables number them), so it goes to the first."""
    if field_id == field.auto_id and isinstance(field.field.widget, (forms.RadioSelect, forms.CheckboxSelectMultiple)):
        return f"{field.auto_id}_1"
    return field_id
