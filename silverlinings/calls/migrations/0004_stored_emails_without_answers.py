"""Nomination emails no longer carry the answers (decision 0030): take them out of the copies stored in the
outbox and out of the team's saved wording, which could otherwise no longer be filled in."""

from django.db import migrations

KEYS = ("calls/email/nomination_submitted", "calls/email/nomination_keyed_in")
TEXT_START = "Your answers\n------------\n"
HTML_START = '<h2 style="font-size:24px;">Your answers</h2>'
HTML_END = "</td></tr>"
NOTE = "(The answers are no longer kept in stored emails.)\n\n"


def _text_without_answers(text: str) -> str:
    start = text.find(TEXT_START)
    if start == -1:
        return text
    lines = text.rstrip("\n").split("\n")
    return text[:start] + NOTE + lines[-1] + "\n"


def _html_without_answers(html: str) -> str:
    start = html.find(HTML_START)
    if start == -1:
        return html
    end = html.find(HTML_END, start)
    return html[:start] + (html[end:] if end != -1 else "")


def _wording_without_answers(text: str) -> str:
    text = text.replace(TEXT_START, "").replace("------------\n", "").replace(HTML_START, "")
    return text.replace("{answers}", "")


def forwards(apps, schema_editor):
    Message = apps.get_model("mail", "Message")
    for message in Message.objects.filter(template__in=KEYS).iterator():
        message.body_text = _text_without_answers(message.body_text)
        message.body_html = _html_without_answers(message.body_html)
        message.save(update_fields=["body_text", "body_html"])
    MailTemplate = apps.get_model("mail", "MailTemplate")
    for saved in MailTemplate.objects.filter(key__in=KEYS):
        saved.text, saved.html = _wording_without_answers(saved.text), _wording_without_answers(saved.html)
        saved.save(update_fields=["text", "html"])


class Migration(migrations.Migration):
    dependencies = [("calls", "0003_personal_data_held"), ("mail", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
