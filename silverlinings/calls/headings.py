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


class Purpose:
    """What the service does with a heading's answer. Code asks for answers by purpose, never by key:
    the team may rename a key, and a new call may word its headings differently."""

    NONE = ""
    TITLE = "title"
    AUTHORITY = "authority"
    ORGANISATION = "organisation"
    SERVICE_AREAS = "service_areas"
    SCALE = "scale"
    CONTACT = "contact"
    CONSENT_PUBLISH = "consent_publish"
    CONSENT_CONTACT = "consent_contact"
    SUPPLIER = "supplier"
    FREE_TEXT = "free_text"

    CHOICES = [
        (NONE, "None of these: an answer only people read"),
        (TITLE, "The innovation's title"),
        (AUTHORITY, "The authority it comes from"),
        (ORGANISATION, "The school, setting or team it comes from"),
        (SERVICE_AREAS, "The service areas"),
        (SCALE, "The scale"),
        (CONTACT, "The contact"),
        (CONSENT_PUBLISH, "Consent to publish"),
        (CONSENT_CONTACT, "Consent to contact"),
        (SUPPLIER, "A supplier's product"),
        (FREE_TEXT, "Free text describing the innovation"),
    ]

    #: The type of answer each purpose needs.
    KINDS = {
        TITLE: (Kind.SHORT_TEXT,),
        AUTHORITY: (Kind.ONE_CHOICE,),
        ORGANISATION: (Kind.SHORT_TEXT,),
        SERVICE_AREAS: (Kind.SEVERAL_CHOICES,),
        SCALE: (Kind.ONE_CHOICE,),
        CONTACT: (Kind.CONTACT,),
        CONSENT_PUBLISH: (Kind.YES_NO,),
        CONSENT_CONTACT: (Kind.YES_NO,),
        SUPPLIER: (Kind.YES_NO,),
        FREE_TEXT: (Kind.SHORT_TEXT, Kind.LONG_TEXT),
    }
    #: Purposes of which a call has at most one heading.
    ONCE = frozenset(
        {TITLE, AUTHORITY, ORGANISATION, SERVICE_AREAS, SCALE, CONTACT, CONSENT_PUBLISH, CONSENT_CONTACT, SUPPLIER}
    )
    #: Purposes the lists, the coverage, the exports and the panel's anonymised view need: never removed.
    RELIED_ON = frozenset({TITLE, AUTHORITY, SERVICE_AREAS, SCALE, CONTACT})
    #: Answers that say who sent a nomination, left out of the panel's anonymised view.
    IDENTIFYING = frozenset({AUTHORITY, ORGANISATION, CONTACT})

    @classmethod
    def label(cls, purpose: str) -> str:
        return dict(cls.CHOICES).get(purpose, purpose)


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
    purpose: str = Purpose.NONE


def specs_for(specs: list[HeadingSpec], *purposes: str) -> list[HeadingSpec]:
    """The headings with one of `purposes`, in order."""
    return [spec for spec in specs if spec.purpose in purposes]


def answer_for(specs: list[HeadingSpec], answers: dict, purpose: str):
    """The answer to the call's heading with `purpose` (one of `Purpose.ONCE`), or None if it has none."""
    found = specs_for(specs, purpose)
    return answers.get(found[0].key) if found else None


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
            purpose=Purpose.TITLE,
        ),
        HeadingSpec(
            "authority",
            "Authority",
            Kind.ONE_CHOICE,
            choices=tuple(authorities),
            section=about,
            hint="The children's services authority where the innovation happened.",
            purpose=Purpose.AUTHORITY,
        ),
        HeadingSpec(
            "organisation",
            "Organisation, school, setting or team",
            Kind.SHORT_TEXT,
            required=False,
            section=about,
            hint="If it was a school, setting, provider or a particular team, name it.",
            purpose=Purpose.ORGANISATION,
        ),
        HeadingSpec(
            "service_areas",
            "Service areas",
            Kind.SEVERAL_CHOICES,
            choices=tuple(service_areas),
            section=about,
            hint="Select all that apply.",
            purpose=Purpose.SERVICE_AREAS,
        ),
        HeadingSpec(
            "scale",
            "Scale of the innovation",
            Kind.ONE_CHOICE,
            choices=SCALES,
            section=about,
            hint="No idea is too small or too large.",
            purpose=Purpose.SCALE,
        ),
        HeadingSpec(
            "problem",
            "The problem or need",
            Kind.LONG_TEXT,
            word_limit=300,
            section=what,
            hint="What were you trying to solve? What was happening before?",
            purpose=Purpose.FREE_TEXT,
        ),
        HeadingSpec(
            "what_you_did",
            "What you did differently",
            Kind.LONG_TEXT,
            word_limit=500,
            section=what,
            hint="Describe the change so that someone elsewhere could picture it.",
            purpose=Purpose.FREE_TEXT,
        ),
        HeadingSpec(
            "difference",
            "The difference it made",
            Kind.LONG_TEXT,
            word_limit=500,
            section=difference,
            hint="Evidence for children, families, staff or cost: numbers, feedback, what changed.",
            purpose=Purpose.FREE_TEXT,
        ),
        HeadingSpec(
            "permanence",
            "Will it become permanent, and how is it being embedded?",
            Kind.LONG_TEXT,
            word_limit=300,
            section=difference,
            hint="For example a changed policy, a new role, a budget, training or a system change.",
            purpose=Purpose.FREE_TEXT,
        ),
        HeadingSpec(
            "proprietary",
            "Does it use a proprietary software or hardware product?",
            Kind.YES_NO,
            follow_up="Name the supplier and the product",
            section=adopt,
            hint="If it does, we need the supplier's name.",
            purpose=Purpose.SUPPLIER,
        ),
        HeadingSpec(
            "adoption",
            "What would another authority need to adopt it?",
            Kind.LONG_TEXT,
            word_limit=300,
            section=adopt,
            hint="People, money, time, skills, technology or agreements.",
            purpose=Purpose.FREE_TEXT,
        ),
        HeadingSpec(
            "contact",
            "Contact",
            Kind.CONTACT,
            section=you,
            hint="Who we should contact about this innovation.",
            purpose=Purpose.CONTACT,
        ),
        HeadingSpec(
            "consent_publish",
            "Can we publish this innovation in the showcase, with your name?",
            Kind.YES_NO,
            section=you,
            hint="Nothing is published before you have checked the facts.",
            purpose=Purpose.CONSENT_PUBLISH,
        ),
        HeadingSpec(
            "consent_contact",
            "Can we contact you about this innovation?",
            Kind.YES_NO,
            section=you,
            purpose=Purpose.CONSENT_CONTACT,
        ),
    ]
