"""The form of the designed pack's page: its words, each theme's colour and the order of the chapters."""

from crispy_forms_gds.layout import Button, Field, Fieldset, Size
from django import forms

from silverlinings.core.forms import govuk_helper
from silverlinings.core.richtext import markdown_errors


class PackForm(forms.Form):
    """The pack's words, a colour for each theme's chapter and the order of the chapters."""

    title = forms.CharField(label="Title on the cover", max_length=200, error_messages={"required": "Enter a title"})
    subtitle = forms.CharField(label="Subtitle (optional)", max_length=300, required=False)
    introduction = forms.CharField(
        label="Introduction (optional)", required=False, widget=forms.Textarea(attrs={"rows": 6}), max_length=20000
    )
    foreword = forms.CharField(
        label="Foreword (optional)", required=False, widget=forms.Textarea(attrs={"rows": 6}), max_length=20000
    )
    foreword_by = forms.CharField(
        label="Who signs the foreword (optional)",
        max_length=200,
        required=False,
        help_text="For example, ‘Jane Smith, Director of Children's Services, Kent’.",
    )

    def __init__(self, *args, themes, colours, action: str, **kwargs):
        from ..pack import COLOURS

        super().__init__(*args, **kwargs)
        self.themes = themes
        chapters = []
        for position, theme in enumerate(themes, start=1):
            self.fields[f"colour_{theme.pk}"] = forms.ChoiceField(
                label=f"Colour of ‘{theme.label}’",
                choices=[(k, name) for k, (name, _) in COLOURS.items()],
            )
            self.fields[f"position_{theme.pk}"] = forms.IntegerField(
                label=f"Position of ‘{theme.label}’",
                min_value=1,
                max_value=len(themes),
                widget=forms.TextInput(attrs={"inputmode": "numeric"}),
                error_messages={
                    "invalid": f"Enter the position of ‘{theme.label}’ as a number, like 2",
                    "required": f"Enter the position of ‘{theme.label}’",
                    "min_value": f"The position of ‘{theme.label}’ must be 1 or more",
                    "max_value": f"The position of ‘{theme.label}’ must be {len(themes)} or less",
                },
            )
            self.initial.setdefault(f"colour_{theme.pk}", colours.get(str(theme.pk), "blue"))
            self.initial.setdefault(f"position_{theme.pk}", position)
            chapters += [Field(f"colour_{theme.pk}"), Field.text(f"position_{theme.pk}", field_width=2)]
        layout = [
            Field.text("title"),
            Field.text("subtitle"),
            Field.textarea("introduction"),
            Field.textarea("foreword"),
            Field.text("foreword_by"),
        ]
        if chapters:
            layout.append(Fieldset(*chapters, legend="Chapters, one for each theme", legend_size=Size.MEDIUM))
        layout.append(Button("save", "Save the pack"))
        self.helper = govuk_helper(*layout, action=action)

    def clean(self):
        data = super().clean()
        for name in ("introduction", "foreword"):
            if problems := markdown_errors(data.get(name, "")):
                self.add_error(name, f"{self.fields[name].label.removesuffix(' (optional)')}: {problems[0]}")
        self._refuse_shared_positions(data)
        return data

    def _refuse_shared_positions(self, data: dict) -> None:
        """Two chapters at one position: the error is on each chapter after the first one there."""
        at: dict[int, list] = {}
        for theme in self.themes:
            if (position := data.get(f"position_{theme.pk}")) is not None:
                at.setdefault(position, []).append(theme)
        for position, themes in at.items():
            if len(themes) > 1:
                names = [f"‘{theme.label}’" for theme in themes]
                together = f"{', '.join(names[:-1])} and {names[-1]}"
                both = "both" if len(themes) == 2 else "all"
                message = f"{together} are {both} at position {position}: give each chapter a different position"
                for theme in themes[1:]:
                    self.add_error(f"position_{theme.pk}", message)

    def values(self) -> dict:
        data = self.cleaned_data
        ordered = sorted(self.themes, key=lambda t: (data.get(f"position_{t.pk}") or 0, t.label))
        return {
            **{name: data[name] for name in ("title", "subtitle", "introduction", "foreword", "foreword_by")},
            "colours": {str(t.pk): data[f"colour_{t.pk}"] for t in self.themes},
            "chapter_order": [t.pk for t in ordered],
        }
