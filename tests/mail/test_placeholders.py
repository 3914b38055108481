import pytest
from django.utils.safestring import mark_safe

from silverlinings.mail.placeholders import TemplateError, fill, placeholder_errors, placeholders_used

VALUES = {"name": lambda: "Siobhán O'Neil & Co", "list": lambda: mark_safe("<ul><li>One</li></ul>")}


def test_plain_text_is_filled_in_without_escaping():
    assert fill("Dear {name}, {{not a placeholder}}", VALUES) == "Dear Siobhán O'Neil & Co, {not a placeholder}"


def test_html_escapes_values_but_keeps_safe_html():
    assert fill("<p>{name}</p>{list}", VALUES, html=True) == (
        "<p>Siobhán O&#x27;Neil &amp; Co</p><ul><li>One</li></ul>"
    )


def test_placeholders_are_listed_once_in_order_of_use():
    assert placeholders_used("{b} {a} {b} {{c}}") == ["b", "a"]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("Hello {nominee}", "{nominee} is not a placeholder of this email. Use one of: {name}, {call}"),
        ("Hello {name.upper}", "‘{name.upper}’ is not a placeholder. Placeholders are names in braces, like {name}"),
        ("Hello {name!r}", "‘{name!r}’ is not a placeholder. Placeholders are names in braces, like {name}"),
        ("Hello {name:>20}", "‘{name:>20}’ is not a placeholder. Placeholders are names in braces, like {name}"),
        ("Hello {}", "‘{}’ is not a placeholder. Placeholders are names in braces, like {name}"),
        ("Hello {name", "A ‘{’ has no matching ‘}’. To show a brace, type it twice: {{"),
        ("Hello name}", "A ‘}’ has no matching ‘{’. To show a brace, type it twice: }}"),
    ],
)
def test_a_template_with_an_unknown_or_broken_placeholder_is_an_error(text, error):
    assert placeholder_errors(text, ["name", "call"]) == [error]


def test_a_required_placeholder_must_be_used():
    assert placeholder_errors("Hello {name}", ["name", "link"], required=["link"]) == [
        "Include {link}: the email is no use without it"
    ]
    assert placeholder_errors("Hello {name}: {link}", ["name", "link"], required=["link"]) == []


def test_filling_a_broken_template_raises_the_same_error():
    with pytest.raises(TemplateError, match="has no matching"):
        fill("Hello {name", VALUES)
