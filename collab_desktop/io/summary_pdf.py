"""A one-page PDF summary of a report for the sponsor: headline figures, three charts, a table.

Drawn with fpdf2 from the same Report the Reports tab shows, so the window and the command line
(``collab-desktop summary``) make the same page. Black on white, fonts embedded, real text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from fpdf import FPDF

from collab_desktop.domain.locale_format import short_month_year, whole_number
from collab_desktop.domain.report_buckets import SESSION, mix_buckets
from collab_desktop.domain.report_labels import (
    MAX_BARS,
    bucket_label,
    mix_title,
    rate_text,
    unique_labels,
)
from collab_desktop.domain.report_records import Report, share
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import vocabulary_label
from collab_desktop.io.pdf_charts import (
    INK,
    MUTED,
    RULE,
    Box,
    Series,
    bar_chart,
    column_chart,
    label,
    line_chart,
)
from collab_desktop.io.pdf_text import FAMILY, new_pdf, printable

MM = 72 / 25.4
MARGIN = 12 * MM
GAP = 4 * MM
PAPERS = ("a4", "letter")
MAX_MONTH_LABELS = 8  # at most this many month labels under the attendance line
BOX_FILL = (241, 243, 244)
STRIPE = (246, 247, 248)


@dataclass(frozen=True, slots=True)
class SummaryTitle:
    """The page's title (the collaborative) and subtitle (what and which dates)."""

    title: str
    subtitle: str


def headline_figures(report: Report) -> list[tuple[str, str]]:
    """(value, label) pairs for the row of big numbers, in the chosen language."""
    mix = report.mix.sessions
    partners = share(sum(x.patient_family for x in mix), sum(x.attended for x in mix))
    certified = len({c.contact_id for c in report.certificates})
    spanning = len(report.spanning)
    if spanning == 1:
        spanning_text = translate("SummaryPdf", "person active in more than one collaborative")
    else:
        spanning_text = translate("SummaryPdf", "people active in more than one collaborative")
    if certified == 1:
        certified_text = translate(
            "SummaryPdf", "person attended at least {count} sessions of a series"
        )
    else:
        certified_text = translate(
            "SummaryPdf", "people attended at least {count} sessions of a series"
        )
    attended_text = translate(
        "SummaryPdf", "attended, {absent} absent, {excused} excused (attendance rate {rate})"
    )
    return [
        (whole_number(report.members.active), translate("SummaryPdf", "active members")),
        (
            whole_number(len(report.sessions)),
            translate("SummaryPdf", "sessions (cancelled ones left out)"),
        ),
        (
            whole_number(report.attended),
            attended_text.format(
                absent=whole_number(report.absent),
                excused=whole_number(report.excused),
                rate=rate_text(report.rate),
            ),
        ),
        (
            rate_text(partners),
            translate("SummaryPdf", "of attendees are patient and family partners"),
        ),
        (whole_number(spanning), spanning_text),
        (whole_number(certified), certified_text.format(count=report.min_attended)),
    ]


def type_rows(report: Report) -> list[tuple[str, int, int, str]]:
    """Per participant type: active members, attendances and their share of all attendances."""
    attendances: dict[str, int] = {}
    for x in report.mix.sessions:
        for ptype, n in x.counts.items():
            attendances[ptype] = attendances.get(ptype, 0) + n
    total = sum(attendances.values())
    labels = [r.label for r in report.members.by_type]
    labels += [t for t in report.mix.types if t not in labels]
    members = {r.label: r for r in report.members.by_type}
    rows = []
    for name in labels:
        row = members.get(name)
        active, inactive = (row.active, row.inactive) if row else (0, 0)
        came = attendances.get(name, 0)
        if active or inactive or came:
            rows.append((vocabulary_label(name), active, came, rate_text(share(came, total))))
    return rows


def footer_lines(report: Report) -> list[str]:
    """The annual gathering's headline (when in range) and how the figures are counted."""
    lines = []
    if report.annual:
        g = report.annual[-1]
        lines.append(
            translate(
                "SummaryPdf",
                "Annual gathering {year}: {people} people from {collaboratives} "
                "collaboratives attended (attendance rate {rate}), "
                "{partners} patient and family partners.",
            ).format(
                year=g.year,
                people=g.people,
                collaboratives=g.collaboratives,
                rate=rate_text(g.rate),
                partners=rate_text(g.patient_family_share),
            )
        )
    lines.append(
        translate(
            "SummaryPdf",
            "Members are counted once each; attendances are sessions attended. "
            "Cancelled sessions are left out. Made with Collab Desktop.",
        )
    )
    return lines


def summary_pdf(
    report: Report, heading: SummaryTitle, made: date, paper: str = "a4",
    created: datetime | None = None,
) -> bytes:  # fmt: skip
    """The PDF bytes of the one-page summary on A4 or Letter paper."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}: {paper!r}")
    pdf = new_pdf("portrait", paper, created)
    pdf.set_title(printable(f"{heading.title}: {heading.subtitle}"))
    pdf.set_margins(MARGIN, MARGIN)
    pdf.c_margin = 0  # text starts where its box does, as in the boxes and table laid out here
    pdf.add_page()
    width = pdf.w - 2 * MARGIN
    y = _header(pdf, heading, made, width)
    y = _headlines(pdf, report, Box(MARGIN, y, width, 19 * MM)) + GAP
    trend = report.trend
    every = max(1, -(-len(trend) // MAX_MONTH_LABELS))
    line_chart(
        pdf, Box(MARGIN, y, width, 58 * MM), translate("SummaryPdf", "Attendance over time"),
        [short_month_year(m.month) for m in trend], every,
        [Series(translate("SummaryPdf", "Registered"), [m.registered for m in trend]),
         Series(translate("SummaryPdf", "Attended"), [m.attended for m in trend])],
        translate("SummaryPdf", "People"),
    )  # fmt: skip
    y += 58 * MM + GAP
    _mix(pdf, report, Box(MARGIN, y, width, 62 * MM))
    y += 62 * MM + GAP
    bottom = pdf.h - MARGIN - 10 * MM
    half = (width - GAP) / 2
    rows = report.members.by_type
    bar_chart(
        pdf, Box(MARGIN, y, half, bottom - y - GAP),
        translate("SummaryPdf", "Members by participant type"),
        [vocabulary_label(r.label) for r in rows],
        [Series(translate("SummaryPdf", "Active"), [r.active for r in rows]),
         Series(translate("SummaryPdf", "Inactive"), [r.inactive for r in rows])],
        translate("SummaryPdf", "People"),
    )  # fmt: skip
    _type_table(pdf, report, Box(MARGIN + half + GAP, y, half, bottom - y - GAP))
    pdf.set_xy(MARGIN, bottom)
    pdf.set_font(FAMILY, "", 7)
    pdf.set_text_color(*MUTED)
    pdf.multi_cell(width, 9, printable("\n".join(footer_lines(report))), align="L")
    return bytes(pdf.output())


def _header(pdf: FPDF, heading: SummaryTitle, made: date, width: float) -> float:
    """Title, subtitle and the day made; returns the y below the rule under them."""
    label(
        pdf,
        Box(MARGIN, MARGIN, width, 10),
        translate("SummaryPdf", "Made {day}").format(day=f"{made:%Y-%m-%d}"),
        8,
        "R",
        ink=MUTED,
    )
    pdf.set_font(FAMILY, "B", 18)
    pdf.set_text_color(*INK)
    pdf.set_xy(MARGIN, MARGIN)
    pdf.multi_cell(width * 0.8, 22, printable(heading.title), align="L")
    label(pdf, Box(MARGIN, pdf.get_y(), width, 14), heading.subtitle, 10, ink=MUTED)
    y = pdf.get_y() + 14 + 2 * MM
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.8)
    pdf.line(MARGIN, y, MARGIN + width, y)
    return y + GAP


def _headlines(pdf: FPDF, report: Report, box: Box) -> float:
    """A row of big numbers with a short label under each; returns the y below."""
    figures = headline_figures(report)
    gap = 3 * MM
    each = (box.w - gap * (len(figures) - 1)) / len(figures)
    for index, (value, text) in enumerate(figures):
        x = box.x + index * (each + gap)
        pdf.set_fill_color(*BOX_FILL)
        pdf.rect(x, box.y, each, box.h, style="F")
        inner = Box(x + 2 * MM, box.y + 1.5 * MM, each - 4 * MM, box.h - 2.5 * MM)
        label(pdf, Box(inner.x, inner.y, inner.w, 18), value, 15, style="B")
        pdf.set_font(FAMILY, "", 7)
        pdf.set_text_color(*MUTED)
        pdf.set_xy(inner.x, inner.y + 20)
        pdf.multi_cell(inner.w, 8, text, align="L")
    return box.bottom


def _mix(pdf: FPDF, report: Report, box: Box) -> None:
    """Participant types among attendees per session (or per month, quarter, year when many)."""
    mix = report.mix
    grain, buckets = mix_buckets(mix.sessions, MAX_BARS) if mix.sessions else (SESSION, [])
    column_chart(
        pdf, box, mix_title(grain, len(mix.sessions)),
        unique_labels([bucket_label(b, grain) for b in buckets]),
        [Series(vocabulary_label(t), [b.counts.get(t, 0) for b in buckets]) for t in mix.types],
        translate("SummaryPdf", "Attendees"),
    )  # fmt: skip


def _type_table(pdf: FPDF, report: Report, box: Box) -> None:
    """Members and attendances per participant type, with a total row."""
    title = translate("SummaryPdf", "Members and attendances by participant type")
    label(pdf, Box(box.x, box.y, box.w, 14), title, 9, style="B")
    y = box.y + 16
    data = type_rows(report)
    if not data:
        label(pdf, Box(box.x, y, box.w, 12), translate("SummaryPdf", "No members in scope."), 8)
        return
    members, came = sum(r[1] for r in data), sum(r[2] for r in data)
    rows: list[Sequence[str]] = [
        (
            translate("SummaryPdf", "Participant type"),
            translate("SummaryPdf", "Active"),
            translate("SummaryPdf", "Attended"),
            translate("SummaryPdf", "Share"),
        )
    ]
    rows += [(name, whole_number(a), whole_number(n), pct) for name, a, n, pct in data]
    rows.append(
        (
            translate("SummaryPdf", "Total"),
            whole_number(members),
            whole_number(came),
            rate_text(share(came, came)),
        )
    )
    height = 4.6 * MM
    for number, cells in enumerate(rows):
        if y + height > box.bottom:
            break
        if number % 2 == 0 and number:
            pdf.set_fill_color(*STRIPE)
            pdf.rect(box.x, y, box.w, height, style="F")
        bold = "B" if number in (0, len(rows) - 1) else ""
        x = box.x
        for index, (cell, part) in enumerate(zip(cells, (0.42, 0.21, 0.21, 0.16), strict=True)):
            inner = Box(x + 1.5 * MM, y, box.w * part - 3 * MM, height)
            label(pdf, inner, cell, 8, "L" if index == 0 else "R", bold)
            x += box.w * part
        y += height
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.6)
    pdf.line(box.x, y, box.right, y)
