"""Forms of the writer's workspace and the fact-check: the report section by section, and corrections to it."""

from crispy_forms_gds.layout import HTML, Button, Field, Fieldset, Size
from django import forms

from silverlinings.core.forms import govuk_helper
from silverlinings.core.richtext import markdown_errors, word_count

from ..sections import KEY_FIGURES, QUOTES, SECTIONS


class ReportForm(forms.Form):
    """The report, section by section. Text is Markdown: paragraphs, lists, links and emphasis."""

    def __init__(self, *args, supplier_required: bool, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.supplier_required = supplier_required
        layout = []
        for section in SECTIONS:
            rich = section.rich
            widget = forms.Textarea(attrs={"rows": 5}) if rich else forms.TextInput()
            self.fields[section.key] = forms.CharField(
                label=section.title, help_text=section.hint, required=False, widget=widget, max_length=20000
            )
            layout.append(
                Field.textarea(section.key, max_words=section.word_limit) if rich else Field.text(section.key)
            )
        figures = []
        for n in range(1, KEY_FIGURES + 1):
            self.fields[f"figure_{n}_number"] = forms.CharField(label=f"Figure {n}", required=False, max_length=20)
            self.fields[f"figure_{n}_label"] = forms.CharField(
                label=f"What figure {n} counts", required=False, max_length=120
            )
            figures += [Field.text(f"figure_{n}_number", field_width=10), Field.text(f"figure_{n}_label")]
        layout.append(Fieldset(*figures, legend="Key figures", legend_size=Size.MEDIUM))
        for n in range(1, QUOTES + 1):
            self.fields[f"quote_{n}_text"] = forms.CharField(
                label=f"Quote {n}", required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
            )
            self.fields[f"quote_{n}_who"] = forms.CharField(label=f"Who said quote {n}", required=False, max_length=150)
            self.fields[f"quote_{n}_consent"] = forms.BooleanField(
                label=f"They agreed to be quoted (quote {n})", required=False
            )
            layout.append(
                Fieldset(
                    Field.textarea(f"quote_{n}_text"),
                    Field.text(f"quote_{n}_who"),
                    Field.checkbox(f"quote_{n}_consent"),
                    legend=f"Quote {n}",
                    legend_size=Size.MEDIUM,
                )
            )
        contact = []
        for part, label in (("name", "Name"), ("role", "Role"), ("email", "Email address")):
            self.fields[f"contact_{part}"] = forms.CharField(label=f"Contact: {label}", required=False, max_length=150)
            contact.append(Field.text(f"contact_{part}"))
        layout.append(Fieldset(*contact, legend="Contact", legend_size=Size.MEDIUM))
        layout.append(HTML('<div class="govuk-button-group">'))
        layout.append(Button("save", "Save a version"))
        layout.append(HTML("</div>"))
        self.helper = govuk_helper(*layout, action=action)

    @staticmethod
    def initial_from(content: dict) -> dict:
        initial = {section.key: content.get(section.key, "") for section in SECTIONS}
        for n, figure in enumerate(content.get("key_figures", [])[:KEY_FIGURES], start=1):
            initial[f"figure_{n}_number"], initial[f"figure_{n}_label"] = figure.get("number"), figure.get("label")
        for n, quote in enumerate(content.get("quotes", [])[:QUOTES], start=1):
            initial.update(
                {
                    f"quote_{n}_text": quote.get("text"),
                    f"quote_{n}_who": quote.get("who"),
                    f"quote_{n}_consent": quote.get("consent"),
                }
            )
        for part, value in (content.get("contact") or {}).items():
            initial[f"contact_{part}"] = value
        return initial

    def clean(self):
        data = super().clean()
        for section in SECTIONS:
            text = data.get(section.key, "")
            if section.rich and (problems := markdown_errors(text)):
                self.add_error(section.key, f"{section.title}: {problems[0]}")
            if section.word_limit and word_count(text) > section.word_limit:
                self.add_error(
                    section.key,
                    f"{section.title} must be {section.word_limit} words or fewer. It has {word_count(text)}",
                )
        if self.supplier_required and not data.get("supplier", "").strip():
            self.add_error("supplier", "Enter the supplier: the innovation uses a proprietary product")
        for n in range(1, KEY_FIGURES + 1):
            if bool(data.get(f"figure_{n}_number")) != bool(data.get(f"figure_{n}_label")):
                self.add_error(f"figure_{n}_label", f"Enter both the figure and what it counts for figure {n}")
        for n in range(1, QUOTES + 1):
            if data.get(f"quote_{n}_text") and not data.get(f"quote_{n}_who"):
                self.add_error(f"quote_{n}_who", f"Enter who said quote {n}")
        return data

    def content(self) -> dict:
        """The report as saved: text trimmed, with a browser's \r\n line endings as \n, so that a section sent
        back unchanged compares equal to the version it came from."""
        data = {key: _text(value) if isinstance(value, str) else value for key, value in self.cleaned_data.items()}
        content = {section.key: data.get(section.key, "") for section in SECTIONS}
        content["key_figures"] = [
            {"number": data[f"figure_{n}_number"], "label": data[f"figure_{n}_label"]}
            for n in range(1, KEY_FIGURES + 1)
            if data.get(f"figure_{n}_number")
        ]
        content["quotes"] = [
            {
                "text": data[f"quote_{n}_text"],
                "who": data[f"quote_{n}_who"],
                "consent": bool(data.get(f"quote_{n}_consent")),
            }
            for n in range(1, QUOTES + 1)
            if data.get(f"quote_{n}_text")
        ]
        content["contact"] = {part: data.get(f"contact_{part}", "") for part in ("name", "role", "email")}
        return content


def _text(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


class FactCheckForm(forms.Form):
    """Approve the draft, or suggest corrections section by section."""

    def __init__(self, *args, sections, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = sections
        layout = []
        for section in sections:
            self.fields[f"correction_{section.key}"] = forms.CharField(
                label=f"Correction to ‘{section.title}’ (optional)",
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
            layout.append(Field.textarea(f"correction_{section.key}"))
        layout.append(HTML('<div class="govuk-button-group">'))
        layout.append(Button("approve", "Approve the draft"))
        layout.append(Button.secondary("suggest", "Send my corrections"))
        layout.append(HTML("</div>"))
        self.helper = govuk_helper(*layout, action=action)

    def corrections(self) -> dict[str, str]:
        return {s.key: self.cleaned_data.get(f"correction_{s.key}", "") for s in self.sections}
