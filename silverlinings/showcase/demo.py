"""The demo showcase: a commission in every state, from commissioned to published, on the demo call's selected
nominations. Martha Quill writes most and designs one; Dawn Ashby, a panel member, writes one too."""

from datetime import timedelta

from django.utils import timezone

from silverlinings.accounts.models import MembershipRole
from silverlinings.accounts.selectors import members_of
from silverlinings.calls.models import Call, NominationStatus
from silverlinings.review.models import Outcome
from silverlinings.review.services.decisions import decision_record

from .models import Commission
from .models import Status as S
from .services import commissions as services

STATES = [S.COMMISSIONED, S.DRAFTING, S.TEAM_REVIEW, S.FACT_CHECK, S.APPROVED, S.PUBLISHED, S.PUBLISHED]
PATH = [S.DRAFTING, S.TEAM_REVIEW, S.FACT_CHECK, S.APPROVED, S.PUBLISHED]


def _content(nomination) -> dict:
    answers = nomination.answers
    return {
        "headline": nomination.title,
        "summary": (answers.get("what_you_did") or "")[:400],
        "challenge": answers.get("problem", ""),
        "what_changed": answers.get("what_you_did", ""),
        "difference": answers.get("difference", ""),
        "people": "",
        "time": "",
        "cost": "",
        "technology": answers.get("adoption", ""),
        "supplier": (answers.get("proprietary") or {}).get("detail", ""),
        "advice": "- Start small and test it with one team\n- Ask families what works for them",
        "key_figures": [],
        "quotes": [],
        "contact": {k: (answers.get("contact") or {}).get(k, "") for k in ("name", "role")},
    }


def load(*, stdout, password: str) -> None:
    call = Call.objects.filter(slug="silver-linings").first()
    team = members_of(role=MembershipRole.PROGRAMME_TEAM).order_by("pk").first()
    if call is None or team is None:
        return
    if Commission.objects.filter(call=call).exists():
        stdout.write(f"Showcase: {Commission.objects.filter(call=call).count()} commissions already there.")
        return
    nominations = list(call.nominations.filter(status=NominationStatus.SUBMITTED, ideas=None).order_by("pk"))
    nominations = [n for n in nominations if not n.has_personal_data][: len(STATES)]
    for index, (nomination, state) in enumerate(zip(nominations, STATES, strict=False)):
        decision = getattr(nomination, "decision", None)
        if decision is None or (decision.outcome != Outcome.SELECTED and not decision.released_at):
            decision_record(nomination=nomination, outcome=Outcome.SELECTED, reason="", by=team)
        _commission(nomination, state, team, index)
    _pack(call, team)
    stdout.write(f"Showcase: {len(nominations)} commissions, from commissioned to published, and a published pack.")


def _pack(call, team) -> None:
    from .pack import pack_build_now, pack_for
    from .services.pack import pack_publish, pack_update

    pack = pack_update(
        pack=pack_for(call),
        by=team,
        title="Silver Linings: the innovations that stay",
        subtitle="Showcase reports from the children's services of South East England",
        introduction="During and after Covid-19, people across the 19 authorities found better ways of working. "
        "These reports tell how, so that others can adopt them.",
        foreword="The best of what we learned is here to stay.",
        foreword_by="Director of Children's Services, on behalf of the partnership",
    )
    build = pack_publish(pack=pack, by=team).builds.first()
    pack_build_now(build_id=build.pk)


def _commission(nomination, state, team, index: int) -> None:
    writer = ("panel.kent@example.org", "Dawn Ashby") if index == 2 else ("writer@example.org", "Martha Quill")
    designer = ("writer@example.org", "Martha Quill") if index == 5 else ("", "")
    commission = services.commission_create(
        call=nomination.call,
        by=team,
        nomination=nomination,
        title=nomination.title,
        brief="A four-page showcase report for managers in other authorities who may adopt it.",
        due_on=timezone.localdate() + timedelta(days=index * 4 - 3),
        fee_note=f"£450, PO 4001{index}",
        writer_email=writer[0],
        writer_name=writer[1],
        designer_email=designer[0],
        designer_name=designer[1],
    )
    if state == S.COMMISSIONED:
        return
    services.report_save(commission=commission, content=_content(nomination), by=team)
    for step in PATH[1 : PATH.index(state) + 1]:
        reason = "Agreed by phone with the nominating team." if step == S.APPROVED else ""
        commission = services.commission_move(commission=commission, to=step, by=team, override_reason=reason)
