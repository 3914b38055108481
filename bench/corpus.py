"""A labelled synthetic corpus of children's services innovations, for the review benchmarks.

Twelve themes, each written from phrase templates with synonyms ("{a|b|c}" picks one), mixed with
shared vocabulary and filler that every theme uses. About 15% of nominations also borrow a sentence
or two from a second theme. Optionally, some nominations get a reworded copy (a planted near-duplicate).

    .venv/bin/python -m bench.corpus --size 2000 --duplicates 0.03 --out var/bench/corpus.jsonl

writes one JSON object a line: {"id", "theme", "text", "copy_of"}.
"""

import argparse
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

THEMES: dict[str, list[str]] = {
    "hybrid child protection conferences": [
        "{We|The safeguarding unit|Our conference chairs} {moved|switched|changed} child protection "
        "conferences to a hybrid {model|format|approach}.",
        "Parents can join the {initial|review} child protection conference {in the room|from home|by "
        "phone} while partners join by video.",
        "{Conference chairs|Independent chairs} were trained to run hybrid meetings {fairly|well|with confidence}.",
        "Attendance of {GPs|health visitors|school nurses|police} at child protection conferences "
        "{rose|went up|improved} sharply.",
        "A hybrid conference room with {a large screen|a ceiling microphone|a speaker bar} lets everyone be heard.",
        "Conference minutes and the child protection plan are {shared|sent} {the same day|within a day}.",
        "{Families|Parents} {said|told us} hybrid conferences felt less {intimidating|formal} than a full room.",
        "{Review|Initial} conferences {now|mostly} run as hybrid meetings {by default|unless a family asks otherwise}.",
        "{Children and young people|Older children} {share their views|give their wishes and "
        "feelings} before the conference by video.",
        "Chairs {check|confirm} who is {in the room|on the call} at the start of each child protection conference.",
    ],
    "virtual school blended learning": [
        "The virtual school {set up|created|ran} blended learning for children in care.",
        "{Tutoring|One to one tuition|Catch up tuition} was delivered online through the virtual school.",
        "Designated teachers {met|joined} the virtual school {headteacher|team} online each {week|fortnight}.",
        "Personal education plans (PEPs) {moved|went} online so {carers|teachers|pupils} could take part.",
        "{Laptops|Tablets|Devices} and {dongles|broadband|data} were {given|loaned} to pupils for remote learning.",
        "A blended {curriculum|timetable} mixed {classroom|school} days with {online lessons|home learning}.",
        "{Attendance|Engagement} of children in care at school {rose|improved} with blended learning.",
        "The virtual school {ran|hosted} online {training|briefings} for designated teachers and "
        "{carers|social workers}.",
        "{Pupils|Children in care} {joined|took part in} virtual school {clubs|enrichment activities} online.",
        "{Exclusions|Absences} of looked after {pupils|children} {fell|went down} with virtual school support.",
    ],
    "remote foster carer recruitment and training": [
        "Foster carer {recruitment|assessment} moved online, with {virtual|video} information evenings.",
        "{Prospective|New|Potential} foster carers completed {Skills to Foster|preparation} training remotely.",
        "Fostering panels {met|were held} online and {approved|recommended} {more|new} carers.",
        "{Enquiries|Applications} from {prospective|potential} foster carers {rose|increased} after online events.",
        "Foster carers {joined|attended} {support groups|training sessions} from home in the evening.",
        "{Form F|Fostering} assessments used video visits alongside a home visit.",
        "{Mentoring|Buddying} for new foster carers {ran|was offered} by video with experienced carers.",
        "Foster carer {reviews|annual reviews} {moved|went} online, with the supervising social "
        "worker joining by video.",
        "{Social media|Online} {campaigns|adverts} {brought in|attracted} {younger|more diverse} "
        "{applicants|enquirers} to fostering.",
        "The fostering {academy|training programme} {put|offered} its {courses|modules} online for carers.",
    ],
    "digital signatures and paperless working": [
        "{Digital|Electronic} signatures {replaced|ended} {wet|paper} signatures on {plans|consent forms|agreements}.",
        "We went paperless, with {forms|documents|records} signed {electronically|digitally} "
        "{through|in} {DocuSign|Adobe Sign|the case system}.",
        "{Parents|Young people|Carers} sign {plans|agreements} on their phone instead of {printing|posting} them.",
        "{Printing|Postage|Paper} costs {fell|dropped} after {digital|electronic} signatures came in.",
        "Consent to share {information|records} is now {captured|recorded} with an electronic signature.",
        "Scanning and filing {paper|printed} forms is no longer needed.",
        "{Section 20|Placement} agreements {are signed|can be signed} {digitally|electronically} {in "
        "minutes|the same day}.",
        "{Delays|Waits} for {signed|returned} {paperwork|forms} {fell|dropped} from weeks to days.",
        "Team administrators no longer {chase|post} {paper|printed} {forms|documents} for signatures.",
        "An {e-signature|electronic signature} {tool|platform} {links|connects} to the {case "
        "management system|case records}.",
    ],
    "family time by video": [
        "Family time {moved|went} {to|onto} video calls when face to face contact {stopped|paused}.",
        "{Contact supervisors|Family time workers} supported video contact between "
        "{children|siblings} and {parents|birth families}.",
        "{Siblings|Brothers and sisters} living apart {kept in touch|stayed in touch} through "
        "{regular|weekly} video family time.",
        "Video contact {suited|worked for} {some|many} {babies|teenagers|families} better than a contact centre.",
        "Guidance on {safe|supervised} video family time was written with {parents|carers}.",
        "Family time {sessions|visits} now mix face to face {contact|meetings} with video calls.",
        "{Foster carers|Carers} {helped|supported} {children|babies} to {join|take part in} video "
        "family time {at home|from the placement}.",
        "{Parents|Birth parents} {read stories|played games|sang songs} with their children during video family time.",
        "Family time {plans|arrangements} {now|routinely} {say|record} when video contact {helps|works best}.",
        "{Tablets|Phones} were {given|loaned} to {parents|families} so video family time could {go ahead|happen}.",
    ],
    "online multi-agency hubs": [
        "The {MASH|multi-agency safeguarding hub|front door} {worked|ran} {virtually|online} with "
        "{police|health|education} partners.",
        "{Daily|Morning} multi-agency {strategy meetings|triage meetings|huddles} {moved|went} online.",
        "{Strategy discussions|Strategy meetings} with police and health are {held|convened} by video within hours.",
        "Partners in the multi-agency hub share {referrals|concerns|information} {online|through a shared workspace}.",
        "{Education|Schools|Health} joined {multi-agency|partnership} {triage|screening} online for the first time.",
        "Multi-agency {decisions|outcomes} are recorded {the same day|straight away} in the hub.",
        "The multi-agency hub {cut|reduced} {waiting|response} times for {referrals|contacts} {sharply|by half}.",
        "{Domestic abuse|MARAC} {meetings|discussions} {joined|moved into} the online multi-agency hub.",
        "{Police|Health} {colleagues|partners} {no longer|do not} need to travel to the MASH {office|building}.",
        "{Threshold|Referral} {decisions|conversations} {involve|include} {schools|education} through the online hub.",
    ],
    "staff wellbeing and remote working": [
        "{Social workers|Practitioners|Staff} {had|were offered} {wellbeing|reflective} {sessions|check-ins} online.",
        "Remote working {policies|guidance} {gave|allowed} {flexibility|flexible hours} to "
        "{practitioners|social workers}.",
        "{Peer support|Wellbeing} {groups|circles} {met|ran} online {weekly|every week} during lockdown.",
        "{Managers|Team managers} {held|ran} {daily|regular} {check-ins|catch ups} to reduce "
        "isolation and {burnout|stress}.",
        "{Wellbeing|Staff} {surveys|pulse surveys} {showed|found} {lower|less} {stress|sickness} with hybrid working.",
        "{Laptops|Equipment} and {home office|desk} {allowances|kit} {supported|helped} remote working.",
        "{Clinical|Reflective} supervision {moved|went} online {for|across} {frontline|all} "
        "{practitioners|social workers}.",
        "{Agency|Locum} {use|spending} {fell|dropped} as {retention|recruitment} improved with flexible working.",
        "{A wellbeing|An employee wellbeing} {hub|offer} {gave|offers} {counselling|mindfulness|yoga} sessions online.",
        "{Newly qualified|ASYE} social workers had {online|virtual} {peer groups|buddy groups} for support.",
    ],
    "youth justice online interventions": [
        "The youth justice {service|team} {delivered|ran} {interventions|programmes|sessions} online.",
        "{Young people|Young people on orders} {completed|attended} {reparation|referral "
        "order|victim awareness} {work|sessions} by video.",
        "{Referral order panels|Youth offender panels} {met|were held} online with {volunteers|panel members}.",
        "{Youth justice|YOT} workers {used|adopted} {apps|games|interactive tools} to keep young people engaged.",
        "{Reoffending|Breach} rates {stayed low|fell} while {supervision|interventions} ran online.",
        "{Court|Police station} {appearances|interviews} {used|were held by} video link with {youth "
        "justice|YOT} support.",
        "{Restorative|Victim} {conferences|meetings} {used|took place by} video with {victims|victim consent}.",
        "{Out of court disposal|Triage} {panels|meetings} {ran|were held} online with police and youth justice.",
        "{Mentors|Youth workers} {kept in touch|stayed in contact} with young people on orders "
        "through {video|messaging} apps.",
        "{Education|Training|Employment} support for young people {on orders|in the youth justice "
        "system} moved online.",
    ],
    "send covid conversations": [
        "{SEND|Special educational needs} {caseworkers|officers} {held|made} Covid conversations with every family.",
        "{Families|Parents} of children with {SEND|an EHCP|special educational needs} {were "
        "called|had a call} {weekly|regularly}.",
        "{EHCP|Education health and care plan} {reviews|assessments} {moved|went} online with "
        "{parents|schools} taking part.",
        "{Annual reviews|EHC needs assessments} were {completed|kept} on time using video {meetings|calls}.",
        "{Risk assessments|Individual risk assessments} {identified|showed} which {SEND|disabled} "
        "pupils needed {school places|support}.",
        "{Short breaks|Respite} for {disabled children|children with SEND} {continued|restarted} "
        "with Covid {safe|secure} plans.",
        "{SENCOs|Special educational needs coordinators} {joined|took part in} {weekly|regular} SEND "
        "{forums|briefings} online.",
        "The parent carer forum {co-produced|wrote} {guidance|FAQs} on SEND during Covid.",
        "{Speech and language|Occupational} therapy {moved|went} online for children with {SEND|an EHCP}.",
        "{Tribunals|Mediation} {meetings|hearings} on {EHCPs|SEND} {were held|ran} by video.",
    ],
    "data sharing with health": [
        "{A shared|A joint} {risk register|vulnerable children register} {brought together|combined} "
        "{health|social care|education} data.",
        "A data sharing agreement with {the CCG|the NHS trust|health partners} {was signed|was "
        "agreed} {in days|in weeks}.",
        "The {risk register|register} {flagged|highlighted} children not seen by {health|school|any professional}.",
        "{Dashboards|Reports} {combined|matched} {school attendance|health visiting|social care} data {daily|weekly}.",
        "{Information governance|IG} {leads|officers} {approved|cleared} data sharing {quickly|at pace}.",
        "{Health|GP} records and {social care|case} records were {matched|linked} to {find|identify} "
        "vulnerable children.",
        "{Hospital|A&E} {attendances|admissions} are {shared|sent} {daily|overnight} with {social "
        "care|the front door}.",
        "A {joint|shared} {dataset|data set} {helped|let} {health|health visitors} and social care "
        "{prioritise|target} {visits|contacts}.",
        "{School nurses|Health visitors} {can now see|see} {social care|safeguarding} flags {in|on} the health record.",
        "{Data protection|Privacy} impact assessments {were completed|came} {quickly|in days} for the register.",
    ],
    "early years outreach": [
        "Early years {practitioners|workers} {made|did} {doorstep|garden} visits to "
        "{families|parents} with {babies|toddlers}.",
        "{Stay and play|Baby massage|Rhyme time} {sessions|groups} {moved|went} online for "
        "{parents|families} of {babies|young children}.",
        "{Children's centres|Family hubs} {ran|delivered} early years outreach {in parks|outdoors|door to door}.",
        "{Home learning|Activity} {packs|bags} were {delivered|dropped off} to {toddlers|pre-school "
        "children|families}.",
        "{Health visitors|Early years workers} {checked|reviewed} {development|the two year check} by video.",
        "{Nursery|Pre-school} {places|settings} {stayed open|were kept} for vulnerable {toddlers|young children}.",
        "{Nursery|Early years} {take-up|attendance} for {funded two year olds|eligible two year "
        "olds} {rose|recovered} after outreach.",
        "{Outreach workers|Family support workers} {called|phoned} families with {babies|under "
        "fives} {weekly|every week}.",
        "{Baby|Infant} {feeding|weaning} {support|groups} {ran|were offered} online {and|or} outdoors.",
        "{Childminders|Early years settings} {had|joined} online {networks|briefings} with the early years team.",
    ],
    "residential placements support": [
        "{Children's homes|Residential homes} {got|received} {daily|extra} support {calls|visits} "
        "from the {placements|commissioning} team.",
        "{Residential|Care home} staff {had|received} {training|advice} online on {infection control|PPE|testing}.",
        "{Placement|Placements} {stability|breakdowns} {improved|fell} with {outreach|therapeutic} "
        "support to residential homes.",
        "{Providers|Residential providers} {joined|attended} a {weekly|regular} {provider "
        "forum|call} to share {pressures|vacancies}.",
        "{Young people|Children} in residential {placements|care} {kept|had} {visits|reviews} from "
        "their social worker by video.",
        "{Sufficiency|Commissioning} {data|tracking} {showed|helped find} residential "
        "{vacancies|beds} {daily|in real time}.",
        "{Children's homes|Residential providers} {had|were offered} {priority|quick} "
        "{testing|access to testing} for staff and young people.",
        "{Therapeutic|Clinical} {consultation|advice} {was offered|ran} online to residential {staff|teams}.",
        "{Placement|Unregistered placement} {moves|searches} {fell|dropped} with {daily|weekly} "
        "residential {tracking|oversight}.",
        "{Registered managers|Home managers} {met|joined} {online|by video} {weekly|every fortnight} "
        "to share {practice|learning}.",
    ],
}

SHARED = [
    "{This|The change} started {during|in} the first lockdown in {March|April|May} 2020.",
    "{Feedback|Comments} from {families|parents|partners} {has been|was} {positive|very positive|encouraging}.",
    "We {plan|want|intend} to keep {this|the new approach} after the pandemic.",
    "It {saved|cut} {travel time|hours of travel|mileage} for {staff|social workers|practitioners}.",
    "{Social workers|Practitioners} {said|told us} the {online|virtual} {meetings|sessions} {worked well|were easier}.",
    "We {learned|found} that {online|virtual|video} {meetings|calls} {suit|work for} {some|many} families but not all.",
    "The {idea|work} {came from|was led by} {a frontline practitioner|a team manager|the service manager}.",
    "{Partners|Schools|Health colleagues} {were|have been} {supportive|keen} and "
    "{attendance|engagement} {rose|improved}.",
    "We {used|chose} {Microsoft Teams|Zoom|Google Meet|WhatsApp video} because {families|staff} already had it.",
    "{Costs|Spending} {fell|went down} and {time|capacity} was {freed up|released} for direct work.",
]

FILLER = [
    "{Attendance|Take-up|Engagement|Satisfaction} {rose|went up|moved} from NUM% to NUM% {in|over} NUM {months|weeks}.",
    "{Sam|Priya|Tom|Aisha|Gareth|Joanna|Kwame|Ruth}, a {team manager|senior practitioner|service "
    "manager|coordinator}, {led|championed|drove} it.",
    "{About|Around|More than} NUM {families|children|carers|practitioners} {have taken part|took "
    "part|benefited} so far.",
    "{It|This} {is|has been} {simple|easy} to {copy|adopt|set up} in another authority.",
    "{We|The team} would be {happy|glad} to talk to {colleagues|other authorities} about it.",
    "{More|Further} {detail|evidence} {is available|can be shared} on request.",
    "{Numbers|Figures} are {small|modest} but the {trend|direction} is {clear|encouraging}.",
    "{Young people|Children and families} {helped|were involved in} {shaping|designing} the {work|approach}.",
]

AUTHORITIES = [
    "Kent",
    "Medway",
    "Surrey",
    "East Sussex",
    "West Sussex",
    "Brighton and Hove",
    "Hampshire",
    "Portsmouth",
    "Southampton",
    "Isle of Wight",
    "Buckinghamshire",
    "Milton Keynes",
    "Oxfordshire",
    "Reading",
    "Slough",
    "West Berkshire",
    "Wokingham",
    "Bracknell Forest",
    "Windsor and Maidenhead",
]

SYNONYMS = {
    "moved": "shifted",
    "online": "virtually",
    "families": "parents",
    "weekly": "every week",
    "rose": "increased",
    "support": "help",
    "training": "sessions",
    "meetings": "calls",
    "children": "young people",
    "started": "began",
    "positive": "good",
    "shared": "circulated",
    "staff": "colleagues",
    "held": "run",
    "now": "today",
}

_CHOICE = re.compile(r"\{([^{}]*)\}")


@dataclass
class Nomination:
    id: int
    theme: int
    text: str
    copy_of: int | None = None


def _fill(template: str, rng: random.Random) -> str:
    text = _CHOICE.sub(lambda match: rng.choice(match.group(1).split("|")), template)
    return re.sub("NUM", lambda match: str(rng.randint(2, 95)), text)


def _text(theme: int, rng: random.Random, *, mix_with: int | None) -> str:
    names = list(THEMES)
    own = rng.sample(THEMES[names[theme]], rng.randint(2, 4))
    borrowed = rng.sample(THEMES[names[mix_with]], rng.randint(1, 2)) if mix_with is not None else []
    shared = rng.sample(SHARED, rng.randint(1, 3)) + rng.sample(FILLER, rng.randint(1, 3))
    sentences = [*own, *borrowed, *shared]
    rng.shuffle(sentences)
    place = rng.choice(AUTHORITIES)
    opening = _fill("{In|At} PLACE, {we|the service} {tried|introduced|tested} something new.", rng)
    return " ".join([opening.replace("PLACE", place)] + [_fill(sentence, rng) for sentence in sentences])


def _reword(text: str, rng: random.Random) -> str:
    """A lightly edited copy: some synonyms, one sentence dropped or moved, a typo or two."""
    sentences = re.split(r"(?<=\.)\s+", text)
    if len(sentences) > 4 and rng.random() < 0.5:
        sentences.pop(rng.randrange(1, len(sentences)))
    elif len(sentences) > 2:
        index = rng.randrange(1, len(sentences))
        sentences.insert(rng.randrange(1, len(sentences)), sentences.pop(index))
    words = " ".join(sentences).split(" ")
    for index, word in enumerate(words):
        if word in SYNONYMS and rng.random() < 0.6:
            words[index] = SYNONYMS[word]
        elif len(word) > 6 and rng.random() < 0.03:
            cut = rng.randrange(1, len(word) - 1)
            words[index] = word[:cut] + word[cut + 1] + word[cut] + word[cut + 2 :]
    return " ".join(words)


def generate(size: int, *, seed: int = 0, mixed: float = 0.15, duplicates: float = 0.0) -> list[Nomination]:
    """`size` nominations (ids 1..size), themes spread evenly; `duplicates` of them are reworded copies."""
    rng = random.Random(seed)
    copies = int(size * duplicates)
    originals = size - copies
    nominations = []
    for number in range(1, originals + 1):
        theme = rng.randrange(len(THEMES))
        mix_with = rng.choice([t for t in range(len(THEMES)) if t != theme]) if rng.random() < mixed else None
        nominations.append(Nomination(number, theme, _text(theme, rng, mix_with=mix_with)))
    for number, original in enumerate(rng.sample(nominations, copies), start=originals + 1):
        nominations.append(Nomination(number, original.theme, _reword(original.text, rng), copy_of=original.id))
    return nominations


def theme_names() -> list[str]:
    return list(THEMES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--duplicates", type=float, default=0.03)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("var/bench/corpus.jsonl"))
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for item in generate(args.size, seed=args.seed, duplicates=args.duplicates):
            row = {"id": item.id, "theme": theme_names()[item.theme], "text": item.text, "copy_of": item.copy_of}
            handle.write(json.dumps(row) + "\n")
    print(f"Wrote {args.size} nominations to {args.out}")


if __name__ == "__main__":
    main()
