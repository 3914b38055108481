"""Geometry for small SVG charts of one figure a day, computed here so templates only place shapes.

Each chart has its own vertical scale and labelled axes: the daily counts as columns, and the running
total as a line in a chart of its own, so neither is read against the other's numbers. SVG attributes
(x, y, width, height) are not styles, so they are allowed by the Content-Security-Policy.
"""

from dataclasses import dataclass, field
from datetime import date

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 12, 40  # room for the value labels on the left, dates below
MAX_DATE_LABELS = 6


@dataclass
class Tick:
    at: float  # x for a date, y for a value
    label: str


@dataclass
class DayChart:
    values: list[int]
    bars: list[dict] = field(default_factory=list)
    line: str = ""  # polyline points
    y_ticks: list[Tick] = field(default_factory=list)
    x_ticks: list[Tick] = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    bottom: int = HEIGHT - BOTTOM

    @property
    def top_value(self) -> int:
        return max(self.values, default=0)


def short_date(day: date) -> str:
    return f"{day.day} {day:%b}"


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _y(value: float, top: int) -> float:
    plot = HEIGHT - BOTTOM - TOP
    return round(TOP + plot - plot * value / (top or 1), 1)


def _value_ticks(top: int) -> list[Tick]:
    steps = sorted({0, (top + 1) // 2, top}) if top else [0]
    return [Tick(_y(step, top), str(step)) for step in steps]


def _date_ticks(days: list[date], slot: float) -> list[Tick]:
    if not days:
        return []
    count = min(MAX_DATE_LABELS, len(days))
    indexes = sorted({round(i * (len(days) - 1) / max(count - 1, 1)) for i in range(count)})
    return [Tick(round(LEFT + slot * (index + 0.5), 1), short_date(days[index])) for index in indexes]


def day_columns(values: list[int], days: list[date]) -> DayChart:
    """A column for each day's value, on a scale from 0 to the largest."""
    chart = DayChart(values)
    slot = (chart.right - LEFT) / max(len(values), 1)
    top = chart.top_value
    for index, (value, day) in enumerate(zip(values, days, strict=True)):
        y = _y(value, top)
        chart.bars.append(
            {
                "x": round(LEFT + slot * index + slot * 0.1, 1),
                "y": y,
                "width": round(slot * 0.8, 1),
                "height": round(chart.bottom - y, 1),
                "label": long_date(day),
                "value": value,
            }
        )
    chart.y_ticks, chart.x_ticks = _value_ticks(top), _date_ticks(days, slot)
    return chart


def day_line(values: list[int], days: list[date]) -> DayChart:
    """A line through each day's value (a running total, say), on a scale from 0 to the largest."""
    chart = DayChart(values)
    slot = (chart.right - LEFT) / max(len(values), 1)
    top = chart.top_value
    chart.line = " ".join(
        f"{LEFT + slot * (index + 0.5):.1f},{_y(value, top):.1f}" for index, value in enumerate(values)
    )
    chart.y_ticks, chart.x_ticks = _value_ticks(top), _date_ticks(days, slot)
    return chart
