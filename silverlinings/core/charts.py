"""Geometry for small SVG charts, computed here so templates only place shapes.

SVG attributes (x, y, width, height) are not styles, so they are allowed by the Content-Security-Policy.
"""

from dataclasses import dataclass


@dataclass
class ColumnChart:
    width: int
    height: int
    bars: list[dict]
    line: str  # polyline points for the running total
    max_value: int
    max_total: int
    ticks: list[dict]


def column_chart(values: list[int], labels: list[str], *, height: int = 160, bar: int = 8, gap: int = 2) -> ColumnChart:
    """Columns for `values` with a running-total line scaled to the same height."""
    left, bottom, top_pad = 40, 24, 10
    plot = height - bottom - top_pad
    top = max(values, default=0) or 1
    running, total = [], 0
    for value in values:
        total += value
        running.append(total)
    top_total = total or 1
    bars, points = [], []
    for index, (value, label) in enumerate(zip(values, labels, strict=True)):
        x = left + index * (bar + gap)
        h = round(plot * value / top)
        bars.append({"x": x, "y": top_pad + plot - h, "width": bar, "height": h, "label": label, "value": value})
        points.append(f"{x + bar / 2:.1f},{top_pad + plot - plot * running[index] / top_total:.1f}")
    steps = sorted({0, round(top / 2), top})
    ticks = [{"y": top_pad + plot - round(plot * step / top), "value": step} for step in steps]
    width = left + len(values) * (bar + gap) + 10
    return ColumnChart(width, height, bars, " ".join(points), top, total, ticks)
