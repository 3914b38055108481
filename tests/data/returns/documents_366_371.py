# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 366–371, written with 372–377 and read once with them (bench/README.md).

How the file was made, not who wrote it: XML that Word's own typing does not give. Tick boxes as Wingdings
characters written with w:sym; an altChunk (a case-management system's HTML part imported where it stands);
field codes (a HYPERLINK field round an email, a MERGEFIELD left showing «Organisation», a table of contents, a
w:fldSimple); smart tags and custom XML round the answers; content controls inside table cells, some still showing
their prompt; text boxes in a DrawingML group beside the headings. The XML is written out here (`RAW`, build.py).
"""

from xml.sax.saxutils import escape

from tests.data.returns.build import ALT, RAW, H, P, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q


def run(text, props=""):
    """A run of text, with run properties (`props`, XML) if given."""
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs, props=""):
    """A paragraph of runs (a string is a plain run), with paragraph properties (`props`, XML) if given."""
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{''.join(run(item) if isinstance(item, str) else item[0] for item in runs)}</w:p>"


def xml(text):
    """Raw XML for `para`: ("<w:r>…</w:r>",)."""
    return (text,)


def sym(char, font="Wingdings"):
    return xml(f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>')


def table(*rows, row_props=None):
    """A bordered table; a cell is a string (one paragraph) or raw XML starting "<"; `row_props`: row number → trPr XML."""
    body = []
    for number, row in enumerate(rows):
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{cell if cell.startswith("<") else para(cell)}</w:tc>'
            for cell in row
        )
        trpr = (row_props or {}).get(number, "")
        body.append(f"<w:tr>{f'<w:trPr>{trpr}</w:trPr>' if trpr else ''}{cells}</w:tr>")
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>{"".join(body)}</w:tbl>'


def field(instruction, result, props=""):
    """A complex field: its instruction (not shown) and the result it shows."""
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return xml(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r>{rpr}<w:t xml:space="preserve">{escape(result)}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


TICK, BOX = "F0FE", "F06F"  # Wingdings: a ticked box and an empty one, as council templates insert them


def boxes(*items, font="Wingdings"):
    """Runs: each (ticked, label) as a Wingdings box then its label."""
    made = []
    for ticked, label in items:
        made += [sym(TICK if ticked else BOX, font), f" {label}   "]
    return made


# 366: a council's template with Wingdings tick boxes (w:sym) for the choices and the yes-or-no questions, in a table.
doc(
    "366-wingdings-tick-boxes",
    [
        H("Silver Linings nomination form", 1),
        RAW(
            table(
                [Q["title"], "Independent visitors matched in a month"],
                [Q["authority"], "Hampshire"],
                [Q["organisation"], "Children in Care Service"],
                [
                    Q["service_areas"],
                    para(*boxes((True, "Children's social care"), (False, "Early help"), (True, "Fostering")))
                    + para(*boxes((False, "Youth justice"), (False, "Mainstream schools"))),
                ],
                [
                    Q["scale"],
                    para(*boxes((False, "Whole-system change"), (True, "Service or team practice")))
                    + para(*boxes((False, "Personal work habit"), (False, "IT hack or tool"))),
                ],
                [
                    Q["problem"],
                    "Children in care waited over a year for an independent visitor, and some left care before one came.",
                ],
                [
                    Q["what_you_did"],
                    "We recruited visitors through the libraries and matched them at a monthly evening, not one by one.",
                ],
                [
                    Q["difference"],
                    "The wait fell from thirteen months to five weeks; 22 children were matched this year.",
                ],
                [Q["permanence"], "The matching evening is now part of the participation team's calendar."],
                [Q["proprietary"], para(*boxes((False, "Yes"), (True, "No")))],
                [Q["adoption"], "A coordinator one day a week and a room in a library."],
                [Q["contact"], "Helen Price, Participation Lead, helen.price@hants.example.gov.uk, 01962 847 411"],
                [Q["consent_publish"], para(*boxes((True, "Yes"), (False, "No")))],
                [Q["consent_contact"], para(*boxes((True, "Yes"), (False, "No")))],
            )
        ),
    ],
    {
        "title": "Independent visitors matched in a month",
        "authority": "Hampshire",
        "organisation": "Children in Care Service",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Children in care waited over a year for an independent visitor, and some left care before one came.",
        "what_you_did": "We recruited visitors through the libraries and matched them at a monthly evening, not one by one.",
        "difference": "The wait fell from thirteen months to five weeks; 22 children were matched this year.",
        "permanence": "The matching evening is now part of the participation team's calendar.",
        "proprietary": no(),
        "adoption": "A coordinator one day a week and a room in a library.",
        "contact": contact("Helen Price", "Participation Lead", "helen.price@hants.example.gov.uk", "01962 847 411"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

_CHUNK = """<html><head><meta charset="utf-8"><title>Case note export</title></head><body>
<h2>Title of the innovation</h2><p>Family group conferences before court</p>
<h2>Authority</h2><p>Kent</p>
<h2>Organisation, school, setting or team</h2><p>Family Group Conference Service</p>
<h2>Service areas</h2><p>Children's social care</p>
<h2>Scale of the innovation</h2><p>Service or team practice</p>
<h2>The problem or need</h2><p>Families first heard of a plan to go to court in the pre-proceedings letter.</p>
<h2>What you did differently</h2><p>Every family in pre-proceedings is offered a family group conference within three weeks.</p>
<h2>The difference it made</h2><p>Applications to court fell by a quarter; more children stayed with relatives.</p>
<h2>Will it become permanent, and how is it being embedded?</h2><p>It is in the pre-proceedings protocol.</p>
<h2>Does it use a proprietary software or hardware product?</h2><p>No</p>
<h2>What would another authority need to adopt it?</h2><p>Independent coordinators and legal support for the conferences.</p>
<h2>Contact</h2><p>Owen Marsh, FGC Manager, owen.marsh@kent.example.gov.uk</p>
<h2>Can we publish this innovation in the showcase, with your name?</h2><p>Yes</p>
<h2>Can we contact you about this innovation?</h2><p>Yes</p>
<script>alert('x')</script></body></html>"""

# 367: a case-management system's export: one Word line, then the answers in an HTML part imported with altChunk.
doc(
    "367-case-system-alt-chunk",
    [P("Exported from the case management system on 18/11/2026 – Silver Linings nomination"), ALT(_CHUNK)],
    {
        "title": "Family group conferences before court",
        "authority": "Kent",
        "organisation": "Family Group Conference Service",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Families first heard of a plan to go to court in the pre-proceedings letter.",
        "what_you_did": "Every family in pre-proceedings is offered a family group conference within three weeks.",
        "difference": "Applications to court fell by a quarter; more children stayed with relatives.",
        "permanence": "It is in the pre-proceedings protocol.",
        "proprietary": no(),
        "adoption": "Independent coordinators and legal support for the conferences.",
        "contact": contact("Owen Marsh", "FGC Manager", "owen.marsh@kent.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

_HEAD = '<w:pStyle w:val="Heading2"/>'

# 368: field codes: a table of contents field, the title through w:fldSimple, a MERGEFIELD never merged, an email in a HYPERLINK field.
doc(
    "368-field-codes",
    [
        H("Silver Linings nomination", 1),
        RAW(
            para(
                field('TOC \\o "1-3" \\h \\z \\u', "1. The innovation\t2"),
                props="",
            )
            + para("2. How it worked\t3")
            + para("3. Contact and consent\t4")
        ),
        H(Q["title"]),
        RAW(
            para(
                xml(
                    f'<w:fldSimple w:instr=" DOCPROPERTY Title "><w:r><w:t>{escape("Shared care plans on the family’s phone")}</w:t></w:r></w:fldSimple>'
                )
            )
        ),
        H(Q["authority"]),
        P("Surrey"),
        H(Q["organisation"]),
        RAW(para(field("MERGEFIELD Organisation", "«Organisation»"))),
        H(Q["service_areas"]),
        P("SEND, Early help"),
        H(Q["scale"]),
        P("IT hack or tool"),
        H(Q["problem"]),
        P("Parents of disabled children repeated the same care plan to every new worker and nurse."),
        H(Q["what_you_did"]),
        P("The family holds the care plan in an app on their phone and shares it with anyone they choose."),
        H(Q["difference"]),
        P("Families told us they repeat their story far less; 140 families use it."),
        H(Q["permanence"]),
        P("It is now offered at every annual review."),
        H(Q["proprietary"]),
        P("Yes – a licensed care-plan app, paid for by the health partnership."),
        H(Q["adoption"]),
        P("The app licence and an hour's training for workers."),
        H(Q["contact"]),
        RAW(
            para(
                "Rachel Dunn, Service Manager, ",
                field(
                    'HYPERLINK "mailto:rachel.dunn@surreycc.example.gov.uk"',
                    "rachel.dunn@surreycc.example.gov.uk",
                    '<w:rStyle w:val="Hyperlink"/>',
                ),
            )
        ),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Shared care plans on the family’s phone",
        "authority": "Surrey",
        "organisation": None,
        "service_areas": ["SEND", "Early help"],
        "scale": "IT hack or tool",
        "problem": "Parents of disabled children repeated the same care plan to every new worker and nurse.",
        "what_you_did": "The family holds the care plan in an app on their phone and shares it with anyone they choose.",
        "difference": "Families told us they repeat their story far less; 140 families use it.",
        "permanence": "It is now offered at every annual review.",
        "proprietary": yes(
            "a licensed care-plan app, paid for by the health partnership."
        ),  # as written (corrected: a capital was typed here)
        "adoption": "The app licence and an hour's training for workers.",
        "contact": contact("Rachel Dunn", "Service Manager", "rachel.dunn@surreycc.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)


def tagged(text, element="PlaceName"):
    """Text inside an old smart tag (as Word 2003 marked places and names)."""
    return xml(
        f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="{element}">{run(text)}</w:smartTag>'
    )


def custom(inner, element="answer"):
    """XML inside a custom XML element of the council's own schema."""
    return f'<w:customXml w:uri="urn:council:nomination" w:element="{element}">{inner}</w:customXml>'


# 369: a form from a document-assembly template: answers wrapped in custom XML, places and names in smart tags.
doc(
    "369-smart-tags-and-custom-xml",
    [
        RAW(custom(para(run("Silver Linings – nomination", '<w:b/><w:sz w:val="32"/>')), "form")),
        H(Q["title"]),
        RAW(custom(para("Dads’ group at the family hub"), "title")),
        H(Q["authority"]),
        RAW(para(tagged("Medway", "City"))),
        H(Q["organisation"]),
        RAW(custom(para("Family Hubs – Medway East"), "organisation")),
        H(Q["service_areas"]),
        RAW(custom(para("Early help, Early years"), "areas")),
        H(Q["scale"]),
        RAW(custom(para("Service or team practice"), "scale")),
        H(Q["problem"]),
        RAW(
            custom(para("Fathers rarely came to the hub; nearly every session was planned around mothers."), "problem")
        ),
        H(Q["what_you_did"]),
        RAW(
            para(
                "A Saturday morning group run by two dads who had used the hub, with football and a breakfast in ",
                tagged("Radcliffe", "place"),
                ".",
            )
        ),
        H(Q["difference"]),
        RAW(
            custom(
                para("Thirty-five fathers came in the first term; twelve have since joined parenting courses."),
                "difference",
            )
        ),
        H(Q["permanence"]),
        RAW(
            custom(
                para("The group is now in the hub's timetable and the dads are paid as sessional workers."),
                "permanence",
            )
        ),
        H(Q["proprietary"]),
        RAW(custom(para(xml(custom(run("No"), "choice"))), "proprietary")),
        H(Q["adoption"]),
        RAW(custom(para("A Saturday opening and two sessional workers."), "adoption")),
        H(Q["contact"]),
        RAW(para(tagged("Marcus Bell", "PersonName"), ", Hub Manager, marcus.bell@medway.example.gov.uk")),
        H(Q["consent_publish"]),
        RAW(custom(para("Yes"), "consent")),
        H(Q["consent_contact"]),
        RAW(custom(para("Yes"), "consent")),
    ],
    {
        "title": "Dads’ group at the family hub",
        "authority": "Medway",
        "organisation": "Family Hubs – Medway East",
        "service_areas": ["Early help", "Early years"],
        "scale": "Service or team practice",
        "problem": "Fathers rarely came to the hub; nearly every session was planned around mothers.",
        "what_you_did": "A Saturday morning group run by two dads who had used the hub, with football and a breakfast in Radcliffe.",
        "difference": "Thirty-five fathers came in the first term; twelve have since joined parenting courses.",
        "permanence": "The group is now in the hub's timetable and the dads are paid as sessional workers.",
        "proprietary": no(),
        "adoption": "A Saturday opening and two sessional workers.",
        "contact": contact("Marcus Bell", "Hub Manager", "marcus.bell@medway.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)


def control(text, placeholder=False, alias="Answer"):
    """A content control holding a paragraph, in a table cell; `placeholder`: still showing its prompt."""
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    props = '<w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/>' if placeholder else ""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>{shown}<w:text/></w:sdtPr>'
        f"<w:sdtContent>{para(xml(run(text, props)))}</w:sdtContent></w:sdt>"
    )


_PROMPT = "Click or tap here to enter text."

# 370: the form's table with a content control in each answer cell; two left unanswered, still showing the prompt.
doc(
    "370-controls-in-cells-with-prompts",
    [
        H("Silver Linings nomination", 1),
        RAW(
            table(
                [Q["title"], control("Reading buddies for children in care")],
                [Q["authority"], control("Reading")],
                [Q["organisation"], control("Virtual School")],
                [Q["service_areas"], control("Children's social care, Mainstream schools")],
                [Q["scale"], control("Choose an item.", placeholder=True, alias="Scale")],
                [Q["problem"], control("Children in care in Year 3 were on average a year behind in reading.")],
                [
                    Q["what_you_did"],
                    control("Retired teachers read with each child twice a week, at school, for a year."),
                ],
                [Q["difference"], control("Eight in ten children caught up to their age in reading within the year.")],
                [Q["permanence"], control("The virtual school has put it in its pupil premium plan.")],
                [Q["proprietary"], control("No")],
                [Q["adoption"], control(_PROMPT, placeholder=True)],
                [Q["contact"], control("Amira Saleh, Virtual School Head, amira.saleh@reading.example.gov.uk")],
                [Q["consent_publish"], control("Yes")],
                [Q["consent_contact"], control("Yes")],
            )
        ),
    ],
    {
        "title": "Reading buddies for children in care",
        "authority": "Reading",
        "organisation": "Virtual School",
        "service_areas": ["Children's social care", "Mainstream schools"],
        "scale": None,
        "problem": "Children in care in Year 3 were on average a year behind in reading.",
        "what_you_did": "Retired teachers read with each child twice a week, at school, for a year.",
        "difference": "Eight in ten children caught up to their age in reading within the year.",
        "permanence": "The virtual school has put it in its pupil premium plan.",
        "proprietary": no(),
        "adoption": None,
        "contact": contact("Amira Saleh", "Virtual School Head", "amira.saleh@reading.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)


def group_of_boxes(*boxes_text):
    """A DrawingML group of text boxes, anchored beside the text; each box's lines in its own paragraphs."""
    shapes = "".join(
        f'<wps:wsp><wps:cNvPr id="{number + 20}" name="Text Box {number}"/><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="{number * 600000}"/><a:ext cx="2000000" cy="500000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>'
        + "".join(para(line) for line in lines)
        + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        for number, lines in enumerate(boxes_text)
    )
    return xml(
        '<w:r><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
        ' distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="3" behindDoc="0" locked="0"'
        ' layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
        '<wp:posOffset>3600000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="2000000" cy="1800000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="40" name="Group 40"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData'
        ' uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp'
        ' xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wpg:cNvGrpSpPr/><wpg:grpSpPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="1800000"/><a:chOff x="0" y="0"/><a:chExt cx="2000000"'
        f' cy="1800000"/></a:xfrm></wpg:grpSpPr>{shapes}</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
    )


# 371: a leaflet-like form: the "who" answers in a group of text boxes drawn beside the first heading, the rest as text.
doc(
    "371-grouped-text-boxes",
    [
        RAW(
            para(
                run("About the innovation", '<w:b/><w:sz w:val="28"/>'),
                group_of_boxes(
                    [Q["authority"] + ": Slough"],
                    [Q["organisation"] + ": Adolescent Safeguarding Team"],
                    [Q["contact"] + ": Leah Moss, Team Manager, leah.moss@slough.example.gov.uk"],
                ),
            )
        ),
        H(Q["title"]),
        P("Detached youth work at the bus station"),
        H(Q["service_areas"]),
        P("Youth justice, Early help"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P(
            "Young people at risk of exploitation gathered at the bus station after school, out of reach of any service."
        ),
        H(Q["what_you_did"]),
        P("Two youth workers meet them there every weekday from 3pm to 7pm, with the transport police."),
        H(Q["difference"]),
        P("Fifty young people were referred to support in a year; missing episodes fell by a third."),
        H(Q["permanence"]),
        P("It is funded from the exploitation budget for two more years."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Two youth workers and an agreement with the transport police."),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Detached youth work at the bus station",
        "authority": "Slough",
        "organisation": "Adolescent Safeguarding Team",
        "service_areas": ["Youth justice", "Early help"],
        "scale": "Service or team practice",
        "problem": "Young people at risk of exploitation gathered at the bus station after school, out of reach of any service.",
        "what_you_did": "Two youth workers meet them there every weekday from 3pm to 7pm, with the transport police.",
        "difference": "Fifty young people were referred to support in a year; missing episodes fell by a third.",
        "permanence": "It is funded from the exploitation budget for two more years.",
        "proprietary": no(),
        "adoption": "Two youth workers and an agreement with the transport police.",
        "contact": contact("Leah Moss", "Team Manager", "leah.moss@slough.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
