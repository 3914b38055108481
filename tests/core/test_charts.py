"""Charts of a figure a day: each on its own scale, with its values and dates labelled."""

from datetime import date, timedelta

from silverlinings.core.charts import day_columns, day_line

NOVEMBER = [date(2026, 11, 1) + timedelta(days=n) for n in range(30)]


def test_columns_are_scaled_to_the_busiest_day_with_labelled_values_and_dates():
    chart = day_columns([1, 0, 3], NOVEMBER[:3])

    assert [(bar["y"], bar["height"], bar["value"], bar["label"]) for bar in chart.bars] == [
        (124.0, 56.0, 1, "1 November 2026"),
        (180.0, 0.0, 0, "2 November 2026"),
        (12.0, 168.0, 3, "3 November 2026"),
    ]
    assert [(tick.at, tick.label) for tick in chart.y_ticks] == [(180.0, "0"), (68.0, "2"), (12.0, "3")]
    assert [tick.label for tick in chart.x_ticks] == ["1 Nov", "2 Nov", "3 Nov"]


def test_the_running_total_has_a_scale_of_its_own():
    chart = day_line([1, 1, 4], NOVEMBER[:3])

    assert chart.line == "144.7,138.0 338.0,138.0 531.3,12.0"
    assert [tick.label for tick in chart.y_ticks] == ["0", "2", "4"]


def test_a_month_gets_six_evenly_spread_date_labels():
    chart = day_columns([1] * 30, NOVEMBER)

    assert [tick.label for tick in chart.x_ticks] == ["1 Nov", "7 Nov", "13 Nov", "18 Nov", "24 Nov", "30 Nov"]


def test_no_nominations_yet_draws_an_empty_chart():
    chart = day_columns([], [])

    assert (chart.bars, chart.x_ticks, [tick.label for tick in chart.y_ticks]) == ([], [], ["0"])
