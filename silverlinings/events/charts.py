"""Registrations by authority against its places, as bars: geometry here, the template only places shapes."""

from dataclasses import dataclass

WIDTH = 640
LABEL = 150  # room for the authority's name on the left
ROW = 22
BAR = 14


@dataclass
class Bar:
    label: str
    y: int
    text_y: int
    registered_width: int
    allocation_x: int
    registered: int
    allocation: int
    over: bool


@dataclass
class AuthorityChart:
    bars: list[Bar]
    height: int
    width: int = WIDTH
    left: int = LABEL
    top_value: int = 0


def authority_chart(rows) -> AuthorityChart:
    """One bar per authority: its people registered (any place), with a mark at its allocation."""
    top = max([row.registered for row in rows] + [row.allocation for row in rows] + [1])
    scale = (WIDTH - LABEL - 40) / top
    bars = [
        Bar(
            label=row.authority.short_name,
            y=index * ROW + 4,
            text_y=index * ROW + 4 + BAR - 2,
            registered_width=round(row.registered * scale),
            allocation_x=LABEL + round(row.allocation * scale),
            registered=row.registered,
            allocation=row.allocation,
            over=row.authority_places > row.allocation,
        )
        for index, row in enumerate(rows)
    ]
    return AuthorityChart(bars=bars, height=len(rows) * ROW + 8, top_value=top)
