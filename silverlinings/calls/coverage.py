"""The coverage dashboard's figures: a fixed number of queries however many nominations there are."""

from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone

from silverlinings.core.charts import DayChart, day_columns, day_line, long_date
from silverlinings.directory.models import Authority, ServiceArea

from .headings import Purpose
from .models import Call, Channel, Nomination, NominationStatus


@dataclass
class Bar:
    label: str
    value: int
    percent: int = 0


@dataclass
class OverTime:
    daily: DayChart  # nominations sent each day
    running: DayChart  # the total sent so far, on its own scale
    rows: list[tuple[str, int, int]]  # (day, sent that day, total so far) for the days anything was sent
    first: str
    last: str

    @property
    def max_total(self) -> int:
        return self.running.top_value

    @property
    def busiest(self) -> tuple[str, int] | None:
        return max(((day, sent) for day, sent, _ in self.rows), key=lambda row: row[1], default=None)


@dataclass
class Coverage:
    total: int
    authorities: list[dict]
    service_areas: list[ServiceArea]
    by_scale: list[Bar]
    by_channel: list[Bar]
    over_time: OverTime
    without: list[Authority]
    flagged: int
    drafts: int
    max_cell: int = 0
    responded: int = field(default=0)


def _bars(pairs: list[tuple[str, int]]) -> list[Bar]:
    top = max((value for _, value in pairs), default=0)
    return [Bar(label, value, round(100 * value / top) if top else 0) for label, value in pairs]


def _heat(value: int, top: int) -> int:
    """Heat-map level 0–4 for a cell."""
    if not value or not top:
        return 0
    return min(4, 1 + (4 * value - 1) // top) if top > 1 else 4


def coverage_for(call: Call) -> Coverage:
    submitted = Nomination.objects.filter(call=call, status=NominationStatus.SUBMITTED)
    authorities = list(Authority.objects.all())
    areas = list(ServiceArea.objects.all())
    per_authority = dict(submitted.values_list("authority_id").annotate(n=Count("id")).order_by())
    cells: dict[tuple[int, int], int] = {}
    through = Nomination.service_areas.through.objects.filter(nomination__in=submitted)
    for authority_id, area_id, count in (
        through.values_list("nomination__authority_id", "servicearea_id").annotate(n=Count("id")).order_by()
    ):
        cells[(authority_id, area_id)] = count
    top = max(cells.values(), default=0)
    rows = [
        {
            "authority": authority,
            "total": per_authority.get(authority.pk, 0),
            "cells": [
                {
                    "area": area,
                    "value": cells.get((authority.pk, area.pk), 0),
                    "level": _heat(cells.get((authority.pk, area.pk), 0), top),
                }
                for area in areas
            ],
        }
        for authority in authorities
    ]
    scales = dict(submitted.values_list("scale").annotate(n=Count("id")).order_by())
    scale_order = list(call.questions.filter(purpose=Purpose.SCALE).values_list("choices", flat=True).first() or [])
    channels = dict(submitted.values_list("channel").annotate(n=Count("id")).order_by())
    counts = Nomination.objects.filter(call=call).values_list("status").annotate(n=Count("id")).order_by()
    by_status = dict(counts)
    return Coverage(
        total=sum(per_authority.values()),
        authorities=rows,
        service_areas=areas,
        by_scale=_bars(
            [(scale, scales.get(scale, 0)) for scale in scale_order]
            + [(scale or "Not given", n) for scale, n in scales.items() if scale not in scale_order]
        ),
        by_channel=_bars([(label, channels.get(value, 0)) for value, label in Channel.choices]),
        over_time=_over_time(call, submitted),
        without=[authority for authority in authorities if not per_authority.get(authority.pk)],
        flagged=submitted.exclude(personal_data=[]).count(),
        drafts=by_status.get(NominationStatus.DRAFT, 0),
        max_cell=top,
        responded=sum(1 for authority in authorities if per_authority.get(authority.pk)),
    )


def _over_time(call: Call, submitted) -> OverTime:
    """Nominations per day from the call's opening to today (or its close), and the running total."""
    per_day = dict(
        submitted.annotate(day=TruncDate("submitted_at", tzinfo=timezone.get_current_timezone()))
        .values_list("day")
        .annotate(n=Count("id"))
        .order_by()
    )
    start: date = timezone.localtime(call.opens_at).date()
    end: date = min(timezone.localdate(), timezone.localtime(call.closes_at).date())
    if per_day:
        start, end = min(start, min(per_day)), max(end, max(per_day))
    days = []
    day = start
    while day <= end and len(days) < 400:
        days.append(day)
        day += timedelta(days=1)
    sent = [per_day.get(day, 0) for day in days]
    totals = list(accumulate(sent))
    rows = [(long_date(day), count, total) for day, count, total in zip(days, sent, totals, strict=True) if count]
    return OverTime(
        daily=day_columns(sent, days),
        running=day_line(totals, days),
        rows=rows,
        first=long_date(days[0]) if days else "",
        last=long_date(days[-1]) if days else "",
    )
