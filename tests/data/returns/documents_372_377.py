# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 372–377, written with 366–371 and read once with them (bench/README.md).

How the file was made: a LibreOffice-style file (its own style names, headings made by direct formatting, a
positional tab between label and answer); an OnlyOffice/WPS-style table with Segoe UI Symbol ticks; a contact
written right to left in Arabic script; hidden text (w:vanish) holding last year's answers; a table row deleted
and typed again under tracked changes (w:trPr/w:del, w:trPr/w:ins); a mail-merged letter whose email is a
HYPERLINK field showing only the name. The XML is written out here and in documents_366_371.py (`RAW`, build.py).
"""

from xml.sax.saxutils import escape

from tests.data.returns.build import RAW, H, P, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q
from tests.data.returns.documents_366_371 import field, para, run, sym, table, xml

_LO_HEAD = '<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/>'
_LO_BODY = '<w:pStyle w:val="TextBody"/>'


def lo_heading(text):
    """A heading as a LibreOffice user makes one: the "Text Body" style, 14 point bold set by hand."""
    return para(xml(run(text, _LO_HEAD)), props=_LO_BODY)


def lo_line(label, answer):
    """ "Label" then a positional tab to the right margin, then the answer, in the "Text Body" style."""
    return para(
        xml(run(label, "<w:b/>")),
        xml('<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>'),
        answer,
        props=_LO_BODY,
    )


# 372: written in LibreOffice: no Word headings, 14 point bold lines, short answers after a positional tab.
doc(
    "372-libreoffice-direct-formatting",
    [
        RAW(
            para(xml(run("Silver Linings nomination", '<w:b/><w:sz w:val="36"/>')), props='<w:pStyle w:val="Title"/>')
            + lo_heading("About the innovation")
            + lo_line(Q["title"], "Care leavers’ council tax card")
            + lo_line(Q["authority"], "Portsmouth")
            + lo_line(Q["organisation"], "Leaving Care Team")
            + lo_line(Q["service_areas"], "Care leavers")
            + lo_line(Q["scale"], "Personal work habit")
            + lo_heading(Q["problem"])
            + para(
                "Care leavers fell into council tax debt in their first year of living alone, although they are exempt until 25.",
                props=_LO_BODY,
            )
            + lo_heading(Q["what_you_did"])
            + para(
                "I made a wallet card with the exemption reference and the revenues team’s direct line, and give it at every tenancy sign-up.",
                props=_LO_BODY,
            )
            + lo_heading(Q["difference"])
            + para("No care leaver on my caseload has had a council tax summons since.", props=_LO_BODY)
            + lo_heading(Q["permanence"])
            + para("The card is now in the team’s tenancy pack.", props=_LO_BODY)
            + lo_line(Q["proprietary"], "No")
            + lo_heading(Q["adoption"])
            + para("A printed card and a named contact in revenues.", props=_LO_BODY)
            + lo_line(Q["contact"], "Kyle Foster, Personal Adviser, kyle.foster@portsmouth.example.gov.uk")
            + lo_line(Q["consent_publish"], "Yes")
            + lo_line(Q["consent_contact"], "Yes")
        ),
    ],
    {
        "title": "Care leavers’ council tax card",
        "authority": "Portsmouth",
        "organisation": "Leaving Care Team",
        "service_areas": ["Care leavers"],
        "scale": "Personal work habit",
        "problem": "Care leavers fell into council tax debt in their first year of living alone, although they are exempt until 25.",
        "what_you_did": "I made a wallet card with the exemption reference and the revenues team’s direct line, and give it at every tenancy sign-up.",
        "difference": "No care leaver on my caseload has had a council tax summons since.",
        "permanence": "The card is now in the team’s tenancy pack.",
        "proprietary": no(),
        "adoption": "A printed card and a named contact in revenues.",
        "contact": contact("Kyle Foster", "Personal Adviser", "kyle.foster@portsmouth.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)


def segoe(ticked):
    return sym("2611" if ticked else "2610", "Segoe UI Symbol")


def ticks(*items):
    made = []
    for ticked, label in items:
        made += [segoe(ticked), f" {label}  "]
    return para(*made)


# 373: an OnlyOffice export: the form's table, choices ticked with Segoe UI Symbol characters, labels and answers tabbed.
doc(
    "373-onlyoffice-symbol-ticks",
    [
        H("Nomination – Silver Linings 2026", 1),
        RAW(
            table(
                [Q["title"], "Nurture breakfast club for excluded pupils"],
                [Q["authority"], "Southampton"],
                [Q["organisation"], "Inclusion and Attendance Service"],
                [
                    Q["service_areas"],
                    ticks(
                        (True, "Mainstream schools"), (False, "Special schools"), (True, "Early help"), (False, "SEND")
                    ),
                ],
                [
                    Q["scale"],
                    ticks(
                        (False, "Whole-system change"),
                        (True, "Service or team practice"),
                        (False, "Personal work habit"),
                    ),
                ],
                [
                    Q["problem"],
                    "Pupils coming back from exclusion missed the first lesson most days and were excluded again within weeks.",
                ],
                [
                    Q["what_you_did"],
                    "A breakfast club at 8am with the same key adult every day for the first six weeks back.",
                ],
                [Q["difference"], "Repeat exclusions within a term fell from 46% to 19%."],
                [Q["permanence"], "Six secondary schools fund it from their own budgets."],
                [Q["proprietary"], ticks((False, "Yes"), (True, "No"))],
                [Q["adoption"], "A key adult's time before school and a breakfast budget."],
                [Q["contact"], "Priya Raman, Inclusion Officer, priya.raman@southampton.example.gov.uk"],
                [Q["consent_publish"], ticks((True, "Yes"), (False, "No"))],
                [Q["consent_contact"], ticks((True, "Yes"), (False, "No"))],
            )
        ),
    ],
    {
        "title": "Nurture breakfast club for excluded pupils",
        "authority": "Southampton",
        "organisation": "Inclusion and Attendance Service",
        "service_areas": ["Mainstream schools", "Early help"],
        "scale": "Service or team practice",
        "problem": "Pupils coming back from exclusion missed the first lesson most days and were excluded again within weeks.",
        "what_you_did": "A breakfast club at 8am with the same key adult every day for the first six weeks back.",
        "difference": "Repeat exclusions within a term fell from 46% to 19%.",
        "permanence": "Six secondary schools fund it from their own budgets.",
        "proprietary": no(),
        "adoption": "A key adult's time before school and a breakfast budget.",
        "contact": contact("Priya Raman", "Inclusion Officer", "priya.raman@southampton.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

_RTL = '<w:rFonts w:cs="Arial"/><w:rtl/>'

# 374: the contact's name typed in Arabic script (a right-to-left run), the rest of the form in English.
doc(
    "374-contact-in-arabic-script",
    [
        H(Q["title"]),
        P("Interpreters booked with the first visit"),
        H(Q["authority"]),
        P("Slough"),
        H(Q["organisation"]),
        P("Children's Services – Front Door"),
        H(Q["service_areas"]),
        P("Children's social care"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Families who speak little English waited for a second visit before an interpreter was there."),
        H(Q["what_you_did"]),
        P("The front door books an interpreter when it allocates the visit, from the language on the referral."),
        H(Q["difference"]),
        P("Assessments for these families finish eleven days sooner on average."),
        H(Q["permanence"]),
        P("It is in the front door's allocation checklist."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A framework contract with an interpreting service."),
        H(Q["contact"]),
        RAW(
            para(
                xml(run("فاطمة حسين", _RTL)),
                ", Team Manager, fatima.hussain@slough.example.gov.uk",
            )
        ),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Interpreters booked with the first visit",
        "authority": "Slough",
        "organisation": "Children's Services – Front Door",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Families who speak little English waited for a second visit before an interpreter was there.",
        "what_you_did": "The front door books an interpreter when it allocates the visit, from the language on the referral.",
        "difference": "Assessments for these families finish eleven days sooner on average.",
        "permanence": "It is in the front door's allocation checklist.",
        "proprietary": no(),
        "adoption": "A framework contract with an interpreting service.",
        "contact": contact("فاطمة حسين", "Team Manager", "fatima.hussain@slough.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

_HIDDEN = "<w:vanish/>"


def hidden_para(text):
    """A whole paragraph of hidden text, its mark hidden too (shows nothing, prints nothing)."""
    return para(xml(run(text, _HIDDEN)), props=f"<w:rPr>{_HIDDEN}</w:rPr>")


# 375: last year's nomination reused: the old answers hidden (w:vanish) rather than deleted, the new ones typed.
doc(
    "375-last-years-answers-hidden",
    [
        H(Q["title"]),
        RAW(para(xml(run("Mentoring for young carers ", _HIDDEN)), "Young carers’ assessment in school")),
        H(Q["authority"]),
        P("Wokingham"),
        H(Q["organisation"]),
        RAW(hidden_para("Young Carers Service") + para("Early Help Hub")),
        H(Q["service_areas"]),
        P("Early help, Mainstream schools"),
        H(Q["scale"]),
        RAW(para(xml(run("Personal work habit", _HIDDEN)), "Service or team practice")),
        H(Q["problem"]),
        RAW(
            hidden_para("Young carers had no mentor outside the family.")
            + para("Young carers were assessed at home, in front of the parent they care for, and said little.")
        ),
        H(Q["what_you_did"]),
        P("The assessment is done at school, with a teacher the young carer chooses."),
        H(Q["difference"]),
        P("Young carers identified at school rose from 40 to 115 in a year."),
        H(Q["permanence"]),
        P("Every secondary school has a young carers lead trained to do it."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A trained lead in each school and the assessment form adapted for schools."),
        H(Q["contact"]),
        RAW(
            hidden_para("Gemma Lyons, Mentoring Coordinator, gemma.lyons@wokingham.example.gov.uk")
            + para("Chloe Barnes, Early Help Manager, chloe.barnes@wokingham.example.gov.uk")
        ),
        H(Q["consent_publish"]),
        RAW(para(xml(run("No", _HIDDEN)), "Yes")),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Young carers’ assessment in school",
        "authority": "Wokingham",
        "organisation": "Early Help Hub",
        "service_areas": ["Early help", "Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Young carers were assessed at home, in front of the parent they care for, and said little.",
        "what_you_did": "The assessment is done at school, with a teacher the young carer chooses.",
        "difference": "Young carers identified at school rose from 40 to 115 in a year.",
        "permanence": "Every secondary school has a young carers lead trained to do it.",
        "proprietary": no(),
        "adoption": "A trained lead in each school and the assessment form adapted for schools.",
        "contact": contact("Chloe Barnes", "Early Help Manager", "chloe.barnes@wokingham.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

_DELETED = '<w:del w:id="91" w:author="Alex" w:date="2026-11-19T09:00:00Z"/>'
_INSERTED = '<w:ins w:id="92" w:author="Alex" w:date="2026-11-19T09:00:00Z"/>'


def deleted_cell(text):
    return para(
        xml(
            f'<w:del w:id="93" w:author="Alex" w:date="2026-11-19T09:00:00Z"><w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
        )
    )


def inserted_cell(text):
    return para(xml(f'<w:ins w:id="94" w:author="Alex" w:date="2026-11-19T09:00:00Z">{run(text)}</w:ins>'))


def row_only_deleted(text):
    """A cell of a row deleted under tracked changes by a program that marks only the row (w:trPr/w:del)."""
    return para(text)


# 376: the contact and organisation rows deleted and typed again under tracked changes, not yet accepted.
doc(
    "376-rows-deleted-and-typed-again",
    [
        H("Silver Linings nomination", 1),
        RAW(
            table(
                [Q["title"], "Text reminders for review health assessments"],
                [Q["authority"], "West Berkshire"],
                [deleted_cell(Q["organisation"]), deleted_cell("Looked After Children Health Team")],
                [inserted_cell(Q["organisation"]), inserted_cell("Children in Care Team")],
                [Q["service_areas"], "Children's social care"],
                [Q["scale"], "IT hack or tool"],
                [Q["problem"], "A third of review health assessments were missed because carers forgot the date."],
                [
                    Q["what_you_did"],
                    "The team's case system sends the carer and the young person a text a week and a day before.",
                ],
                [Q["difference"], "Missed review health assessments fell from 33% to 9%."],
                [Q["permanence"], "The texts are switched on for every child in care."],
                [Q["proprietary"], "No"],
                [Q["adoption"], "A case system able to send texts."],
                [
                    row_only_deleted(Q["contact"]),
                    row_only_deleted("Dan Ward, Team Manager, dan.ward@westberks.example.gov.uk"),
                ],
                [
                    inserted_cell(Q["contact"]),
                    inserted_cell("Sophie Turner, Team Manager, sophie.turner@westberks.example.gov.uk"),
                ],
                [Q["consent_publish"], "Yes"],
                [Q["consent_contact"], "Yes"],
                row_props={2: _DELETED, 3: _INSERTED, 12: _DELETED, 13: _INSERTED},
            )
        ),
    ],
    {
        "title": "Text reminders for review health assessments",
        "authority": "West Berkshire",
        "organisation": "Children in Care Team",
        "service_areas": ["Children's social care"],
        "scale": "IT hack or tool",
        "problem": "A third of review health assessments were missed because carers forgot the date.",
        "what_you_did": "The team's case system sends the carer and the young person a text a week and a day before.",
        "difference": "Missed review health assessments fell from 33% to 9%.",
        "permanence": "The texts are switched on for every child in care.",
        "proprietary": no(),
        "adoption": "A case system able to send texts.",
        "contact": contact("Sophie Turner", "Team Manager", "sophie.turner@westberks.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 377: a mail-merged letter: the email a HYPERLINK field that shows the person's name only; a merge field's
# result left as typed by the merge ("Isle of Wight"); Wingdings 2 ticks for the consents.
doc(
    "377-merged-letter-hyperlink-field",
    [
        RAW(para("Dear Silver Linings team,")),
        RAW(para("Please find our nomination below.")),
        H(Q["title"]),
        P("Island-wide kinship carers' peer group"),
        H(Q["authority"]),
        RAW(para(field("MERGEFIELD Authority", "Isle of Wight"))),
        H(Q["organisation"]),
        P("Kinship Care Team"),
        H(Q["service_areas"]),
        P("Fostering, Children's social care"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Grandparents raising grandchildren felt alone and did not know what support they could ask for."),
        H(Q["what_you_did"]),
        P(
            "A monthly peer group in three towns, led by kinship carers, with a social worker there to answer questions."
        ),
        H(Q["difference"]),
        P("No kinship placement in the group has broken down this year."),
        H(Q["permanence"]),
        P("The group is in the kinship local offer."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Venues in each town and carers willing to lead."),
        H(Q["contact"]),
        RAW(
            para(
                field(
                    'HYPERLINK "mailto:tom.reilly@iow.example.gov.uk"',
                    "Tom Reilly",
                    '<w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/>',
                ),
                ", Kinship Support Worker",
            )
        ),
        H(Q["consent_publish"]),
        RAW(para(sym("F052", "Wingdings 2"), " Yes   ", sym("F0A3", "Wingdings 2"), " No")),
        H(Q["consent_contact"]),
        RAW(para(sym("F052", "Wingdings 2"), " Yes   ", sym("F0A3", "Wingdings 2"), " No")),
    ],
    {
        "title": "Island-wide kinship carers' peer group",
        "authority": "Isle of Wight",
        "organisation": "Kinship Care Team",
        "service_areas": ["Fostering", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Grandparents raising grandchildren felt alone and did not know what support they could ask for.",
        "what_you_did": "A monthly peer group in three towns, led by kinship carers, with a social worker there to answer questions.",
        "difference": "No kinship placement in the group has broken down this year.",
        "permanence": "The group is in the kinship local offer.",
        "proprietary": no(),
        "adoption": "Venues in each town and carers willing to lead.",
        "contact": contact("Tom Reilly", "Kinship Support Worker", "tom.reilly@iow.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
