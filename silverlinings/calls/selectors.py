"""Queries the call pages need."""

from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Count, Q, QuerySet

from .answers import is_answered
from .headings import HeadingSpec, Purpose
from .models import Call, Nomination, NominationStatus


@dataclass
class Section:
    index: int
    name: str
    specs: list[HeadingSpec]


def call_sections(call: Call) -> list[Section]:
    sections: dict[str, list[HeadingSpec]] = {}
    for spec in call.heading_specs():
        sections.setdefault(spec.section or "Your answers", []).append(spec)
    return [Section(index, name, specs) for index, (name, specs) in enumerate(sections.items(), start=1)]


def calls_public() -> QuerySet[Call]:
    return Call.objects.all()


def calls_for_team() -> QuerySet[Call]:
    return Call.objects.annotate(
        submitted=Count("nominations", filter=Q(nominations__status=NominationStatus.SUBMITTED)),
        drafts=Count("nominations", filter=Q(nominations__status=NominationStatus.DRAFT)),
        flagged=Count(
            "nominations", filter=Q(nominations__status=NominationStatus.SUBMITTED) & ~Q(nominations__personal_data=[])
        ),
    )


def nominations_of(user) -> QuerySet[Nomination]:
    return (
        Nomination.objects.filter(nominator=user)
        .select_related("call", "authority", "decision")
        .order_by("-updated_at")
    )


def released_outcome(nomination: Nomination) -> str:
    """The panel's decision once the team has released it ("Selected for the showcase"…), else ""."""
    try:
        decision = nomination.decision
    except ObjectDoesNotExist:
        return ""
    return decision.get_outcome_display() if decision.released_at else ""


def nominations_for_team(
    call: Call, *, status: str = "", authority_id: str = "", flagged: bool = False
) -> QuerySet[Nomination]:
    queryset = (
        Nomination.objects.filter(call=call)
        .select_related("authority", "nominator")
        .prefetch_related("service_areas")
        .order_by("-submitted_at", "-created_at")
    )
    if status:
        queryset = queryset.filter(status=status)
    if authority_id:
        queryset = queryset.filter(authority_id=authority_id)
    if flagged:
        queryset = queryset.exclude(personal_data=[])
    return queryset


def heading_answer_counts(call: Call) -> dict[str, int]:
    """How many of the call's nominations (drafts included) have answered each heading key.

    One query whatever the number of nominations; read in Python because what counts as answered
    depends on the kind of answer (decision 0004).
    """
    counts: dict[str, int] = {}
    for answers in Nomination.objects.filter(call=call).values_list("answers", flat=True):
        for key, value in (answers or {}).items():
            if is_answered(value):
                counts[key] = counts.get(key, 0) + 1
    return counts


def nomination_document_report(nomination: Nomination) -> dict:
    """What reading its returned document left for the person checking the draft: text that could not be
    placed under a heading, and words written beside an answer. Empty for a nomination not read from one."""
    document = nomination.source_document
    if document is None or not nomination.is_draft:
        return {}
    for form in document.report or []:
        if form.get("nomination") == nomination.pk:
            return {"unplaced": form.get("unplaced", []), "notes": form.get("notes", []), "document": document}
    return {}


#: The answers about who is nominating: what a new nomination starts with, from the nominator's own last ones.
ABOUT_THE_NOMINATOR = (Purpose.AUTHORITY, Purpose.ORGANISATION, Purpose.CONTACT)


def own_latest_answers(person, *, excluding: Nomination | None = None, look_back: int = 20) -> dict[str, object]:
    """The person's own most recent answer to each heading about who is nominating (by purpose, so across
    calls whatever the keys), from the nominations they are the nominator of and from nobody else's."""
    own = (
        Nomination.objects.filter(nominator=person)
        .exclude(pk=getattr(excluding, "pk", None))
        .select_related("call")
        .prefetch_related("call__questions")
        .order_by("-created_at", "-pk")[:look_back]
    )
    found: dict[str, object] = {}
    for nomination in own:
        for purpose in ABOUT_THE_NOMINATOR:
            answer = nomination.answer_for(purpose)
            if purpose not in found and is_answered(answer):
                found[purpose] = answer
    return found
