"""The headings of a call, as plain data: shared by the web form, the Word document and the import.

A call's headings are stored as `calls.Question` rows; `HeadingSpec` is the same thing without the
database, so the document code can be used and tested on its own. `SILVER_LININGS_HEADINGS` is the set
a new call starts from (the call page's own headings).
"""

from dataclasses import dataclass, field


class Kind:
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    ONE_CHOICE = "one_choice"
    SEVERAL_CHOICES = "several_choices"
    YES_NO = "yes_no"
    CONTACT = "contact"

    CHOICES = [
        (SHORT_TEXT, "Short text"),
        (LONG_TEXT, "Long text with a word limit"),
        (ONE_CHOICE, "One choice"),
        (SEVERAL_CHOICES, "Several choices"),
        (YES_NO, "Yes or no"),
        (CONTACT, "Contact details"),
    ]


#: The parts of a contact block, in order, with their labels.
CONTACT_PARTS = [("name", "Name"), ("role", "Role"), ("email", "Email"), ("phone", "Telephone")]


@dataclass(frozen=True)
class HeadingSpec:
    """One heading (question) of a call.

    Answer values by kind: SHORT_TEXT and LONG_TEXT → str (paragraphs separated by a blank line, list
    items as lines starting "- "); ONE_CHOICE → str, one of `choices`; SEVERAL_CHOICES → list[str] of
    `choices`; YES_NO → {"answer": bool, "detail": str} where `detail` answers `follow_up` and is
    required when the answer is yes and `follow_up` is set; CONTACT → {"name", "role", "email", "phone"}.
    """

    key: str
    text: str
    kind: str
    hint: str = ""
    required: bool = True
    word_limit: int | None = None
    choices: tuple[str, ...] = field(default_factory=tuple)
    follow_up: str = ""
    section: str = ""


SCALES = (
    "Whole-system change",
    "Service or team practice",
    "Personal work habit",
    "IT hack or tool",
)


def silver_linings_headings(*, authorities: list[str], service_areas: list[str]) -> list[HeadingSpec]:
    """The Silver Linings set, with the partnership's authorities and service areas as choices."""
    about, what, difference, adopt, you = (
        "About the innovation",
        "What you did",
        "The difference it made",
        "Adopting it elsewhere",
        "Your details",
    )
    return [
        HeadingSpec(
            "title",
            "Title of the innovation",
            Kind.SHORT_TEXT,
            section=about,
            hint="A short name another authority would recognise, for example ‘Hybrid child protection conferences’.",
        ),
        HeadingSpec(
            "authority",
            "Authority",
            Kind.ONE_CHOICE,
            choices=tuple(authorities),
            section=about,
            hint="The children's services authority where the innovation happened.",
        ),
        HeadingSpec(
            "organisation",
            "Organisation, school, setting or team",
            Kind.SHORT_TEXT,
            required=False,
            section=about,
            hint="If it was a school, setting, provider or a particular team, name it.",
        ),
        HeadingSpec(
            "service_areas",
            "Service areas",
            Kind.SEVERAL_CHOICES,
            choices=tuple(service_areas),
            section=about,
            hint="Select all that apply.",
        ),
        HeadingSpec(
            "scale",
            "Scale of the innovation",
            Kind.ONE_CHOICE,
            choices=SCALES,
            section=about,
            hint="No idea is too small or too large.",
        ),
        HeadingSpec(
            "problem",
            "The problem or need",
            Kind.LONG_TEXT,
            word_limit=300,
            section=what,
            hint="What were you trying to solve? What was happening before?",
        ),
        HeadingSpec(
            "what_you_did",
            "What you did differently",
            Kind.LONG_TEXT,
            word_limit=500,
            section=what,
            hint="Describe the change so that someone elsewhere could picture it.",
        ),
        HeadingSpec(
            "difference",
            "The difference it made",
            Kind.LONG_TEXT,
            word_limit=500,
            section=difference,
            hint="Evidence for children, families, staff or cost: numbers, feedback, what changed.",
        ),
        HeadingSpec(
            "permanence",
            "Will it become permanent, and how is it being embedded?",
            Kind.LONG_TEXT,
            word_limit=300,
            section=difference,
            hint="For example a changed policy, a new role, a budget, training or a system change.",
        ),
        HeadingSpec(
            "proprietary",
            "Does it use a proprietary software or hardware product?",
            Kind.YES_NO,
            follow_up="Name the supplier and the product",
            section=adopt,
            hint="If it does, we need the supplier's name.",
        ),
        HeadingSpec(
            "adoption",
            "What would another authority need to adopt it?",
            Kind.LONG_TEXT,
            word_limit=300,
            section=adopt,
            hint="People, money, time, skills, technology or agreements.",
        ),
        HeadingSpec(
            "contact", "Contact", Kind.CONTACT, section=you, hint="Who we should contact about this innovation."
        ),
        HeadingSpec(
            "consent_publish",
            "Can we publish this innovation in the showcase, with your name?",
            Kind.YES_NO,
            section=you,
            hint="Nothing is published before you have checked the facts.",
        ),
        HeadingSpec("consent_contact", "Can we contact you about this innovation?", Kind.YES_NO, section=you),
    ]
