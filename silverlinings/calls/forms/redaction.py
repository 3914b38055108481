"""The programme team's redaction of a nomination held for personal data."""

from crispy_forms_gds.layout import Button, Field, Size
from django import forms

from silverlinings.core.forms import govuk_helper

from ..redaction import FlaggedAnswer


def _hint(answer: FlaggedAnswer) -> str:
    return "Flagged: " + "; ".join(f"{finding['label']}: “{finding['excerpt']}”" for finding in answer.findings)


class RedactionForm(forms.Form):
    """One text box per flagged answer, holding the answer as it is now; the team edits what must go."""

    def __init__(self, *args, answers: list[FlaggedAnswer], action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.keys = []
        for answer in answers:
            spec = answer.spec
            self.fields[spec.key] = forms.CharField(
                label=spec.text if spec.kind != "yes_no" else f"{spec.text} (the detail given)",
                help_text=_hint(answer),
                initial=answer.text,
                required=spec.required and spec.kind != "yes_no",
                strip=True,
                widget=forms.Textarea(attrs={"rows": 8 if spec.kind == "long_text" else 3}),
                error_messages={"required": f"Enter the answer to ‘{spec.text}’, with the personal data taken out"},
            )
            self.keys.append(spec.key)
        self.helper = govuk_helper(
            *[Field.textarea(key, label_size=Size.SMALL) for key in self.keys],
            Button("release", "Save and release to the panel"),
            action=action,
        )

    def texts(self) -> dict[str, str]:
        return {key: self.cleaned_data[key].replace("\r\n", "\n") for key in self.keys}
