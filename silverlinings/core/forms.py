"""GOV.UK form rendering shared by every app."""

from crispy_forms_gds.helper import FormHelper


def govuk_helper(*layout, form_tag: bool = True, action: str = "") -> FormHelper:
    """A crispy-forms helper for a GOV.UK form: the browser's own validation is off (novalidate) so
    every error is shown the GOV.UK way, in the summary and on the field."""
    from crispy_forms_gds.layout import Layout

    helper = FormHelper()
    helper.form_tag = form_tag
    helper.form_method = "post"
    helper.form_action = action
    helper.attrs = {"novalidate": ""}
    helper.layout = Layout(*layout)
    return helper
