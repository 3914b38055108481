import io
from datetime import timedelta

from django.utils import timezone

from silverlinings.calls.models import Call
from silverlinings.review.services.decisions import decision_record
from silverlinings.showcase.models import Status
from silverlinings.showcase.services import commissions as services
from tests.accounts.factories import ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination


def team():
    return ProgrammeTeamFactory(email="commissioner@seslip.example.org")


def the_call() -> Call:
    return Call.objects.filter(slug="silver-linings").first() or make_call()


def selected_nomination(*, nominator=None, title: str = "Hybrid child protection conferences", **answers):
    nomination = submitted_nomination(the_call(), nominator=nominator, title=title, **answers)
    decision_record(nomination=nomination, outcome="selected", reason="A clear, transferable change.", by=team())
    return nomination


CONTENT = {
    "headline": "Conferences on time rose to 93%",
    "summary": "Kent runs child protection conferences with the family in the room and partners by video.",
    "challenge": "Partners could not travel to conferences.",
    "what_changed": "Families meet the chair in person while partners join by video.",
    "difference": "Conferences on time rose from **71%** to 93%.",
    "people": "",
    "time": "",
    "cost": "",
    "technology": "",
    "supplier": "",
    "advice": "- Train the chairs\n- Test the speakers",
    "key_figures": [{"number": "93%", "label": "of conferences on time"}],
    "quotes": [{"text": "We hear from everyone now.", "who": "A conference chair", "consent": True}],
    "contact": {"name": "Sam Kaur", "role": "Team Manager", "email": "sam.kaur@kent.example.org"},
}

#: The moves that bring a new commission to each state.
PATH = [Status.DRAFTING, Status.TEAM_REVIEW, Status.FACT_CHECK, Status.APPROVED, Status.PUBLISHED]


def make_commission(
    *,
    writer=None,
    nominator=None,
    status: str = Status.COMMISSIONED,
    title="Hybrid conferences",
    due_in_days: int = 14,
    nomination=None,
):
    """A commission made by the team through the services, moved on to `status` the way people move it."""
    nomination = nomination or selected_nomination(nominator=nominator)
    by = team()
    commission = services.commission_create(
        call=nomination.call,
        by=by,
        nomination=nomination,
        title=title,
        brief="Tell the story for other authorities.",
        due_on=timezone.localdate() + timedelta(days=due_in_days),
        fee_note="£450, PO 40012",
        writer_email=writer.email if writer else "new.writer@example.org",
        writer_name="Morgan Lee",
    )
    if status == Status.COMMISSIONED:
        return commission
    services.report_save(commission=commission, content=CONTENT, by=by)
    for step in PATH[1 : PATH.index(status) + 1]:
        override = "Agreed by phone with the team manager." if step == Status.APPROVED else ""
        commission = services.commission_move(commission=commission, to=step, by=by, override_reason=override)
    return commission


def jpeg(size=(40, 30), exif: bytes | None = None) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (30, 110, 180)).save(out, format="JPEG", **({"exif": exif} if exif else {}))
    return out.getvalue()
