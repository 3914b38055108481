"""Writes for the showcase: commissioning, saving reports, moving through review, fact-check and publication.

Call `commission_move` to change a commission's state, never set `status` directly.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from silverlinings.accounts.models import Membership
from silverlinings.accounts.services import membership_grant, membership_revoke, user_get_or_create_contributor
from silverlinings.core.services import audit_record
from silverlinings.jobs.services import job_cancel, job_schedule
from silverlinings.mail.services import email_send

from .. import evidence, search
from ..models import Commission, FactCheck, ReportVersion, StatusChange
from ..models import Status as S

#: The moves a commission may make, and who makes each: the writer sends a draft for review, the team does the rest.
MOVES = {
    (S.COMMISSIONED, S.DRAFTING): "writer",
    (S.DRAFTING, S.TEAM_REVIEW): "writer",
    (S.TEAM_REVIEW, S.DRAFTING): "team",  # changes requested
    (S.TEAM_REVIEW, S.FACT_CHECK): "team",
    (S.FACT_CHECK, S.DRAFTING): "team",  # changes requested
    (S.FACT_CHECK, S.APPROVED): "team",
    (S.APPROVED, S.DRAFTING): "team",
    (S.APPROVED, S.PUBLISHED): "team",
    (S.PUBLISHED, S.DRAFTING): "team",  # taken down to correct it
}
REMIND_BEFORE = timedelta(days=3)


def _unique_slug(title: str) -> str:
    base = slugify(title)[:70] or "report"
    slug, number = base, 2
    while Commission.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def commission_create(
    *,
    call,
    by,
    title: str,
    brief: str,
    due_on,
    fee_note: str = "",
    nomination=None,
    idea=None,
    writer_email: str,
    writer_name: str = "",
    designer_email: str = "",
    designer_name: str = "",
) -> Commission:
    """Commission a report on a selected nomination or a linked idea; invite the writer (and designer)."""
    commission = Commission.objects.create(
        call=call,
        nomination=nomination,
        idea=idea,
        title=title.strip(),
        slug=_unique_slug(title),
        brief=brief.strip(),
        due_on=due_on,
        fee_note=fee_note.strip(),
        created_by=by,
    )
    StatusChange.objects.create(commission=commission, to_status=S.COMMISSIONED, by=by)
    audit_record(actor=by, action="showcase.commissioned", obj=commission, data={"due_on": str(due_on)})
    commission_invite(commission=commission, role="writer", email=writer_email, name=writer_name, by=by)
    if designer_email:
        commission_invite(commission=commission, role="designer", email=designer_email, name=designer_name, by=by)
    commission_jobs_schedule(commission=commission)
    return commission


def commission_invite(*, commission: Commission, role: str, email: str, name: str, by) -> Membership:
    """Give someone (new or known) the writer or designer role for this commission only, and email them."""
    user = user_get_or_create_contributor(email=email, full_name=name.strip())
    membership, _ = membership_grant(user=user, role=role, by=by, scope=commission)
    email_send(
        to=user.email,
        template="showcase/email/invitation",
        context={"commission": commission, "user": user, "role": "writer" if role == "writer" else "designer"},
        sign_in_user=user,
        sign_in_next=reverse("showcase:workspace", kwargs={"pk": commission.pk}),
        idempotency_key=f"showcase-invitation:{commission.pk}:{role}:{user.pk}",
    )
    return membership


def commission_role_give(*, commission: Commission, user, role: str, by) -> Membership:
    """Make a known person the writer or designer of `commission` from their page in the people pages, and
    send them the commission's invitation. Refused once they hold it, and once the report is published."""
    from silverlinings.accounts.selectors import membership_exists

    noun = "writer" if role == "writer" else "designer"
    if membership_exists(user=user, role=role, scope=commission):
        raise ValidationError(f"{user.get_full_name()} is already a {noun} of ‘{commission.title}’")
    if commission.status == S.PUBLISHED:
        raise ValidationError(f"‘{commission.title}’ is published: it needs no new {noun}")
    return commission_invite(commission=commission, role=role, email=user.email, name=user.full_name, by=by)


def commission_role_remove(*, membership: Membership, by) -> None:
    """Take away a writer's or designer's role for one commission; what they wrote stays with the commission."""
    membership_revoke(membership=membership, by=by)


def commission_jobs_schedule(*, commission: Commission) -> None:
    """A reminder a few days before the due date and a note when it is overdue, while the report is being written."""
    due = timezone.make_aware(timezone.datetime.combine(commission.due_on, timezone.datetime.min.time()))
    plans = (
        ("due-reminder", "showcase.due_reminder", due.replace(hour=9) - REMIND_BEFORE, "Reminder"),
        ("overdue", "showcase.overdue", due.replace(hour=9) + timedelta(days=1), "Overdue note"),
    )
    now = timezone.now()
    for what, kind, at, name in plans:
        key = f"commission:{commission.pk}:{what}"
        if at > now and commission.status in (S.COMMISSIONED, S.DRAFTING):
            job_schedule(
                key=key,
                kind=kind,
                name=f"{name} for ‘{commission.title}’",
                run_at=at,
                params={"commission_id": commission.pk},
            )
        else:
            job_cancel(key=key)


def _check_move(commission: Commission, to: str, override_reason: str) -> None:
    if (commission.status, to) not in MOVES:
        raise ValidationError(
            f"A report that is {commission.get_status_display().lower()} cannot move to {S(to).label.lower()}"
        )
    if to == S.APPROVED and not override_reason and not fact_check_approved(commission):
        raise ValidationError(
            {
                "override_reason": "The nominating team has not approved the draft. Wait for them, or give the reason "
                "for approving without them"
            }
        )
    if to == S.PUBLISHED:
        if not evidence.consent_to_publish(commission):
            raise ValidationError(
                "The nominating team has not given consent to publish, so the report cannot be published"
            )
        if evidence.personal_data_flagged(commission):
            raise ValidationError(
                "A nomination behind this report has personal data flagged. Resolve the flag before publishing"
            )


def fact_check_approved(commission: Commission) -> bool:
    checks = list(commission.fact_checks.all())
    return bool(checks) and all(check.answer == FactCheck.Answer.APPROVED for check in checks)


@transaction.atomic
def commission_move(*, commission: Commission, to: str, by, note: str = "", override_reason: str = "") -> Commission:
    """The one way a commission changes state: checks the move, records it, and does what the new state needs."""
    commission = Commission.objects.select_for_update().get(pk=commission.pk)
    _check_move(commission, to, override_reason.strip())
    before = commission.status
    commission.status = to
    if to == S.APPROVED and override_reason.strip():
        commission.fact_check_override = override_reason.strip()
    if to == S.PUBLISHED:
        commission.published_content, commission.published_at = commission.content, timezone.now()
        commission.search_text = search.search_text_for(commission)
    if before == S.PUBLISHED:
        commission.published_content, commission.published_at, commission.search_text = {}, None, ""
    commission.save()
    search.search_index_update(commission)
    StatusChange.objects.create(commission=commission, from_status=before, to_status=to, by=by, note=note.strip())
    audit_record(actor=by, action="showcase.moved", obj=commission, data={"from": before, "to": to, "note": note})
    if to == S.FACT_CHECK:
        fact_check_request(commission=commission, by=by)
    if S.PUBLISHED in (to, before):
        _published_pack_rebuild(commission=commission, by=by)
    commission_jobs_schedule(commission=commission)
    if S.PUBLISHED in (to, before):
        from ..caching import pages_clear
        from ..impact import impact_jobs_schedule

        impact_jobs_schedule(commission=commission)
        transaction.on_commit(lambda: pages_clear(commission=commission))
    return commission


def report_save(*, commission: Commission, content: dict, by, note: str = "") -> ReportVersion:
    """Save the report: the content becomes the current text and a new version. A first save starts drafting."""
    with transaction.atomic():
        commission = Commission.objects.select_for_update().get(pk=commission.pk)
        number = (commission.versions.aggregate(top=Max("number"))["top"] or 0) + 1
        version = ReportVersion.objects.create(
            commission=commission, number=number, content=content, saved_by=by, note=note
        )
        commission.content = content
        commission.save(update_fields=["content", "updated_at"])
        if commission.status == S.COMMISSIONED:
            commission_move(commission=commission, to=S.DRAFTING, by=by)
    return version


def version_restore(*, version: ReportVersion, by) -> ReportVersion:
    return report_save(
        commission=version.commission, content=version.content, by=by, note=f"Restored from version {version.number}"
    )


def fact_check_request(*, commission: Commission, by) -> list[FactCheck]:
    """Ask the nominating team (nominators and contacts) to check the draft; each gets a sign-in link to it."""
    checks = []
    for email, name in evidence.nominating_team(commission):
        user = user_get_or_create_contributor(email=email, full_name=name)
        check, created = FactCheck.objects.get_or_create(commission=commission, checker=user)
        if not created:
            check.answer, check.corrections, check.answered_at = FactCheck.Answer.WAITING, {}, None
            check.save()
        checks.append(check)
        email_send(
            to=user.email,
            template="showcase/email/fact_check",
            context={"commission": commission, "user": user},
            sign_in_user=user,
            sign_in_next=reverse("showcase:fact_check", kwargs={"pk": commission.pk}),
        )
    audit_record(actor=by, action="showcase.fact_check_requested", obj=commission, data={"people": len(checks)})
    return checks


def fact_check_answer(*, check: FactCheck, approve: bool, corrections: dict[str, str]) -> FactCheck:
    corrections = {key: text.strip() for key, text in corrections.items() if text.strip()}
    if not approve and not corrections:
        raise ValidationError("Suggest a correction to at least one section, or approve the draft")
    check.answer = FactCheck.Answer.APPROVED if approve else FactCheck.Answer.CORRECTIONS
    check.corrections, check.answered_at = corrections, timezone.now()
    check.save()
    audit_record(
        actor=check.checker,
        action="showcase.fact_checked",
        obj=check.commission,
        data={"answer": check.answer, "sections": sorted(corrections)},
    )
    for member in _team_emails():
        email_send(to=member, template="showcase/email/fact_check_answered", context={"check": check})
    return check


def _team_emails() -> list[str]:
    return [settings.CONTACT_EMAIL] if settings.CONTACT_EMAIL else []


def report_image_add(*, commission: Commission, data: bytes, alt_text: str, caption: str, credit: str, by):
    """Add a picture to a report; raises `core.images.ImageRefused` with a GOV.UK message when it cannot be used."""
    from django.core.files.base import ContentFile

    from silverlinings.core.images import image_clean, image_variants

    from ..models import ReportImage

    clean = image_clean(data)
    web = image_variants(clean.data, widths=(1280,))
    web = next(v for v in web if v.format != "WEBP")
    image = ReportImage(
        commission=commission,
        width=clean.width,
        height=clean.height,
        alt_text=alt_text.strip(),
        caption=caption.strip(),
        credit=credit.strip(),
        uploaded_by=by,
    )
    image.file.save(f"original{clean.extension}", ContentFile(clean.data), save=False)
    image.web_file.save(f"web.{web.format.lower().replace('jpeg', 'jpg')}", ContentFile(web.data), save=False)
    image.save()
    audit_record(actor=by, action="showcase.image_added", obj=commission, data={"image": image.pk})
    _report_page_clear(commission)
    return image


def report_image_remove(*, image, by) -> None:
    audit_record(actor=by, action="showcase.image_removed", obj=image.commission, data={"image": image.pk})
    _report_page_clear(image.commission)
    image.file.delete(save=False)
    image.web_file.delete(save=False)
    image.delete()


def adoption_record(*, commission: Commission, by, kind: str):
    """Record that the person's authority has adopted, or is trying, the innovation: once per authority, the
    latest answer counts."""
    from ..models import Adoption

    adoption, _ = Adoption.objects.update_or_create(
        commission=commission, authority_id=by.authority_id, defaults={"kind": kind, "recorded_by": by}
    )
    audit_record(actor=by, action="showcase.adoption_recorded", obj=commission, data={"kind": kind})
    _report_page_clear(commission)
    return adoption


def enquiry_count(*, email: str, client: str) -> None:
    """Count one message to a team from this client and this sender, or raise `TooMany` over the limit."""
    from silverlinings.core.limits import count_within

    count_within(
        name="showcase:enquiries",
        limits=settings.SHOWCASE_ENQUIRY_LIMITS,
        keys={"client": client, "address": email.strip().lower()},
    )


def enquiry_send(*, commission: Commission, name: str, email: str, organisation: str, message: str) -> bool:
    """Pass a reader's message to the team behind an innovation, without showing the reader their address."""
    contact = evidence.contact_for_enquiries(commission)
    if not contact:
        return False
    email_send(
        to=contact["email"],
        template="showcase/email/enquiry",
        context={
            "commission": commission,
            "contact": contact,
            "name": name.strip(),
            "email": email.strip(),
            "organisation": organisation.strip(),
            "message": message.strip(),
        },
    )
    audit_record(actor=None, action="showcase.enquiry_sent", obj=commission, data={})
    return True


def _published_pack_rebuild(*, commission: Commission, by) -> None:
    """A published pack follows its reports: publishing or taking one down makes the pack again."""
    from ..models import Pack
    from .pack import pack_build_request

    pack = Pack.objects.filter(call=commission.call, published_at__isnull=False).first()
    if pack is not None:
        pack_build_request(pack=pack, by=by)


def _report_page_clear(commission: Commission) -> None:
    from ..caching import report_page_clear

    transaction.on_commit(lambda: report_page_clear(commission=commission))


def team_comment_add(*, commission: Commission, by, text: str):
    """The team's comment on the draft, which the writer sees beside the evidence."""
    from ..models import TeamComment

    if not text.strip():
        raise ValidationError({"text": "Enter your comment for the writer"})
    comment = TeamComment.objects.create(commission=commission, author=by, text=text.strip())
    audit_record(actor=by, action="showcase.commented", obj=commission, data={"comment": comment.pk})
    return comment
