"""Words, numbers and colours the report charts share on screen and on paper.

The Reports tab (Qt charts) and the PDF summary (fpdf2, in the core) label their axes, bars and
rates the same way, so both take them from here.
"""

from __future__ import annotations

from collab_desktop.domain.locale_format import percent, short_date, short_month_year
from collab_desktop.domain.report_buckets import MONTH, QUARTER, SESSION, MixBucket
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate

# Series colours that read on light and dark backgrounds (the calendar colours, in a mixing order).
SERIES_COLOURS = (
    "#1E88E5",
    "#E53935",
    "#43A047",
    "#FB8C00",
    "#8E24AA",
    "#00ACC1",
    "#6D4C41",
    "#C0CA33",
    "#D81B60",
    "#546E7A",
)
# More bars than this cannot be told apart.
MAX_BARS = 24
MIX_TITLES = {
    SESSION: QT_TRANSLATE_NOOP("ReportLabels", "Who attends: participant types per session"),
    MONTH: QT_TRANSLATE_NOOP("ReportLabels", "Who attends: participant types per month"),
    QUARTER: QT_TRANSLATE_NOOP("ReportLabels", "Who attends: participant types per quarter"),
}
MIX_YEAR_TITLE = QT_TRANSLATE_NOOP("ReportLabels", "Who attends: participant types per year")


def rate_text(rate: float | None) -> str:
    """A rate as a whole percentage, or a dash when there is nothing to divide by."""
    return "—" if rate is None else percent(rate)


def series_hex(index: int) -> str:
    """The colour (#RRGGBB) of the index-th series, repeating after the last."""
    return SERIES_COLOURS[index % len(SERIES_COLOURS)]


def nice_step(maximum: float, ticks: int = 5) -> int:
    """A whole-number tick step of 1, 2 or 5 times a power of ten, giving about `ticks` steps."""
    rough = max(maximum / ticks, 1)
    power = 1
    while power * 10 <= rough:
        power *= 10
    for factor in (1, 2, 5, 10):
        if factor * power >= rough:
            return factor * power
    return 10 * power


def axis_top(maximum: float, step: int) -> int:
    """The top of a count axis: a whole step above the data, with headroom when it is exact."""
    top = max(step, -(-int(maximum) // step) * step)
    if maximum > 0 and top == maximum:
        top += step  # a line's top point is not cut in half by the frame
    return top


def mix_title(grain: str, sessions: int) -> str:
    """The participant-mix chart's title for bars per session, month, quarter or year."""
    title = translate("ReportLabels", MIX_TITLES.get(grain, MIX_YEAR_TITLE))
    if grain == SESSION:
        return title
    if sessions == 1:
        return translate("ReportLabels", "{title} (1 session)").format(title=title)
    return translate("ReportLabels", "{title} (%n sessions)", None, sessions).format(title=title)


def bucket_label(bucket: MixBucket, grain: str) -> str:
    """A short axis label: the session's date, or the month, quarter or year."""
    if grain == SESSION:
        return short_date(bucket.start)
    if grain == MONTH:
        return short_month_year(bucket.start)
    if grain == QUARTER:
        return translate("ReportLabels", "Q{quarter} {year}").format(
            quarter=(bucket.start.month - 1) // 3 + 1, year=bucket.start.year
        )
    return str(bucket.start.year)


def unique_labels(labels: list[str]) -> list[str]:
    """The labels with repeats numbered (a category axis merges equal ones)."""
    seen: set[str] = set()
    result = []
    for base in labels:
        label, n = base, 2
        while label in seen:
            label, n = f"{base} ({n})", n + 1
        seen.add(label)
        result.append(label)
    return result
