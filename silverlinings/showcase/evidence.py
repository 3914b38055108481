"""What a report is written from: the nominations behind a commission, their answers, the panel's comments for
the nominator and the decision. Every read of a nomination's answers for the showcase goes through here, so
that when answers are keyed by purpose only this module changes."""

from dataclasses import dataclass, field

from silverlinings.calls.answers import answers_as_text
from silverlinings.calls.models import Nomination

#: The answers a report's facts rest on, by the key the Silver Linings headings give them.
CONSENT_TO_PUBLISH = "consent_publish"
PROPRIETARY = "proprietary"
CONTACT = "contact"
CONSENT_TO_CONTACT = "consent_contact"


@dataclass
class Answer:
    question: str
    text: str


@dataclass
class Evidence:
    nomination: Nomination
    answers: list[Answer] = field(default_factory=list)
    comments_for_nominator: list[str] = field(default_factory=list)
    decision: str = ""
    decision_reason: str = ""


def nominations_for(commission) -> list[Nomination]:
    """The nomination, or every version of a linked idea, in reference order."""
    if commission.nomination_id:
        return [commission.nomination]
    return list(commission.idea.nominations.select_related("authority", "nominator", "call").order_by("reference"))


def evidence_for(commission) -> list[Evidence]:
    from silverlinings.review.models import Decision
    from silverlinings.review.services.decisions import comments_for_nominator

    found = []
    for nomination in nominations_for(commission):
        texts = answers_as_text(nomination.call.heading_specs(), nomination.answers)
        answers = [Answer(spec.text, texts[spec.key]) for spec in nomination.call.heading_specs() if texts[spec.key]]
        decision = Decision.objects.filter(nomination=nomination).first()
        found.append(
            Evidence(
                nomination=nomination,
                answers=answers,
                comments_for_nominator=comments_for_nominator(nomination),
                decision=decision.get_outcome_display() if decision else "",
                decision_reason=decision.reason if decision else "",
            )
        )
    return found


def uses_proprietary_product(commission) -> bool:
    return any((n.answers.get(PROPRIETARY) or {}).get("answer") for n in nominations_for(commission))


def consent_to_publish(commission) -> bool:
    """Every nominating team agreed that their innovation may be published."""
    return all((n.answers.get(CONSENT_TO_PUBLISH) or {}).get("answer") for n in nominations_for(commission))


def personal_data_flagged(commission) -> bool:
    return any(n.has_personal_data for n in nominations_for(commission))


def nominating_team(commission) -> list[tuple[str, str]]:
    """(email, name) of each nominator and each named contact, once per address."""
    people: dict[str, str] = {}
    for nomination in nominations_for(commission):
        people.setdefault(nomination.nominator.email.lower(), nomination.nominator.full_name)
        contact = nomination.answers.get(CONTACT) or {}
        if contact.get("email"):
            people.setdefault(contact["email"].strip().lower(), contact.get("name", ""))
    return list(people.items())


def contact_of(commission) -> dict:
    for nomination in nominations_for(commission):
        if contact := nomination.answers.get(CONTACT):
            return contact
    return {}


def contact_for_enquiries(commission) -> dict:
    """The contact people may write to through the showcase: only one who agreed to be contacted."""
    for nomination in nominations_for(commission):
        contact = nomination.answers.get(CONTACT) or {}
        if contact.get("email") and (nomination.answers.get(CONSENT_TO_CONTACT) or {}).get("answer"):
            return contact
    return {}


def authorities_of(commission) -> set[int]:
    return {n.authority_id for n in nominations_for(commission) if n.authority_id}
