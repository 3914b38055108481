"""Reports by status over time, for the team's board: how many commissions were in each state at the end of
each day, from the first commission to today, computed from the recorded moves."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone

from silverlinings.core.charts import DayChart, day_line, long_date

from .models import Status, StatusChange

#: What each line counts, in words that read on their own under the chart: "Reports in team review", not
#: "Reports team review".
COUNTED = {
    Status.COMMISSIONED: "Reports commissioned and not yet being drafted",
    Status.DRAFTING: "Reports being drafted",
    Status.TEAM_REVIEW: "Reports in team review",
    Status.FACT_CHECK: "Reports being fact-checked",
    Status.APPROVED: "Reports approved and waiting to be published",
    Status.PUBLISHED: "Reports published",
}


@dataclass
class StatusLine:
    status: str
    label: str
    chart: DayChart
    now: int

    @property
    def counted(self) -> str:
        return COUNTED[self.status]


@dataclass
class StatusOverTime:
    lines: list[StatusLine]
    rows: list[tuple[str, list[int]]]  # (day, count per status), days with a move only
    first: str = ""
    last: str = ""


def status_over_time(*, today: date | None = None) -> StatusOverTime:
    today = today or timezone.localdate()
    moves = list(StatusChange.objects.order_by("at", "pk").values_list("commission_id", "to_status", "at"))
    if not moves:
        return StatusOverTime([], [])
    first = timezone.localtime(moves[0][2]).date()
    days = [first + timedelta(days=n) for n in range((today - first).days + 1)]
    state: dict[int, str] = {}
    counts: dict[str, list[int]] = {value: [] for value in Status.values}
    rows, index = [], 0
    for day in days:
        moved = False
        while index < len(moves) and timezone.localtime(moves[index][2]).date() <= day:
            state[moves[index][0]] = moves[index][1]
            index, moved = index + 1, True
        for value in Status.values:
            counts[value].append(sum(1 for s in state.values() if s == value))
        if moved:
            rows.append((long_date(day), [counts[value][-1] for value in Status.values]))
    lines = [StatusLine(v, label, day_line(counts[v], days), counts[v][-1]) for v, label in Status.choices]
    return StatusOverTime(lines, rows, long_date(days[0]), long_date(days[-1]))
