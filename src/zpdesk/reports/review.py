"""The yearly review as a printable report (PDF / Print Preview) and as CSV.

``paint_review`` is the one drawing routine: Print Preview's ``paintRequested`` and the
PDF export both call it. The document is a QTextDocument (it paginates and numbers the
pages) with the charts of ``reports.charts`` as images.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from sqlalchemy.orm import Session

from zpdesk import locale_format as fmt
from zpdesk.domain.enums import Decision
from zpdesk.domain.review import (
    ReviewRow,
    RowKind,
    TrendSeries,
    Verdict,
    YearReview,
    euros,
    shown_amounts,
    total_row,
)
from zpdesk.files import atomic_path, check_pdf
from zpdesk.reports import charts
from zpdesk.services import review as review_service
from zpdesk.services.csv_export import write_csv_atomic

TREND_YEARS = 5
CSV_COLUMNS = (
    "network",
    "revenue",
    "costs",
    "hours",
    "net",
    "net_per_hour",
    "referrals_received",
    "referrals_received_value",
    "referrals_given",
    "referrals_given_value",
    "fulfilment",
    "attendance_rate",
    "decision",
    "decision_note",
)
CSV_OWN = "own acquisition"
CSV_TOTAL = "total"

_DECISIONS = {
    Decision.CONTINUE: "Continue",
    Decision.RENEGOTIATE: "Renegotiate",
    Decision.REDUCE: "Reduce",
    Decision.LEAVE: "Leave",
}


def decision_text(decision: Decision | None) -> str:
    # The same words as ui.labels, in this report's translation context.
    return (
        "" if decision is None else QCoreApplication.translate("ReviewReport", _DECISIONS[decision])
    )


@dataclass(frozen=True)
class ReviewReport:
    review: YearReview
    trend: list[TrendSeries]
    generated_on: date


def build_report(
    session: Session, year: int, now: datetime, trend_years: int = TREND_YEARS
) -> ReviewReport:
    """Gather the review of ``year`` and the trend of the years up to it."""
    own, total = (
        QCoreApplication.translate("ReviewReport", "Own acquisition"),
        QCoreApplication.translate("ReviewReport", "Total"),
    )
    reviews = review_service.review_years(
        session, year - trend_years + 1, year, now, own_name=own, total_name=total
    )
    series = review_service.trend(session, year, trend_years, now, own_name=own)
    return ReviewReport(review=reviews[year], trend=series, generated_on=now.date())


# ------------------------------------------------------------------ CSV


def _euro_text(value: Decimal) -> str:
    return f"{value:.2f}"


def _hours_text(minutes: int) -> str:
    return f"{(Decimal(minutes) / 60).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):.2f}"


def _pct_text(fraction: Decimal | None) -> str:
    if fraction is None:
        return ""
    return f"{(fraction * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):.1f}"


def csv_rows(review: YearReview) -> list[list[str]]:
    """One row per network, then ``own acquisition`` and ``total``; euros with a dot."""
    rows = []
    for row, shown in zip(review.rows, shown_amounts(review), strict=True):
        name = {RowKind.OWN_ACQUISITION: CSV_OWN, RowKind.TOTAL: CSV_TOTAL}.get(row.kind, row.name)
        per_hour = row.net_per_hour_cents
        f = row.figures
        rows.append(
            [
                name,
                _euro_text(shown.revenue),
                _euro_text(shown.costs),
                _hours_text(row.minutes),
                _euro_text(shown.net),
                "" if per_hour is None else _euro_text(euros(per_hour)),
                str(f.referrals_received),
                _euro_text(euros(f.referrals_received_cents)),
                str(f.referrals_given),
                _euro_text(euros(f.referrals_given_cents)),
                _pct_text(row.fulfilment),
                _pct_text(row.attendance_rate),
                "" if row.decision is None else row.decision.value,
                row.decision_note,
            ]
        )
    return rows


def write_review_csv(review: YearReview, path: Path | str) -> Path:
    """The review as CSV, written atomically."""
    return write_csv_atomic(path, CSV_COLUMNS, csv_rows(review))


# ------------------------------------------------------------------ words


@dataclass(frozen=True)
class Summary:
    """The summary in words: an opening, one line per kind of pay-off, a closing."""

    opening: str
    verdicts: list[tuple[str, str]]  # (what kind of pay-off, which networks with a figure)
    closing: str

    def paragraphs(self) -> list[str]:
        lines = [self.opening, *(f"{head} {names}" for head, names in self.verdicts)]
        return [line for line in [*lines, self.closing] if line]


def summarise(review: YearReview) -> Summary:
    """Which networks pay off in money, which in other value, which cost more than they bring."""
    year = str(review.year)
    target = fmt.money(review.target_rate_cents, 0)
    networks = review.networks
    total = review.total
    if not networks and total.figures.is_empty:
        return Summary(
            QCoreApplication.translate(
                "ReviewReport", "Nothing was recorded for %1: no networks, revenue or costs."
            ).replace("%1", year),
            [],
            "",
        )
    count = (
        QCoreApplication.translate("ReviewReport", "In %1 you were part of one network.")
        if len(networks) == 1
        else QCoreApplication.translate(
            "ReviewReport", "In %1 you were part of %2 networks."
        ).replace("%2", str(len(networks)))
    )
    opening = (
        count.replace("%1", year)
        + " "
        + QCoreApplication.translate(
            "ReviewReport",
            "Together with your own acquisition they brought %1 in revenue; costs (fees, other "
            "expenses and commission) came to %2, leaving %3 net.",
        )
        .replace("%1", fmt.money(total.revenue_cents, 0))
        .replace("%2", fmt.money(total.costs_cents, 0))
        .replace("%3", fmt.money(total.net_cents, 0))
    )
    in_networks = total_row(networks, "")
    if in_networks.net_per_hour_cents is not None:
        opening += " " + (
            QCoreApplication.translate(
                "ReviewReport",
                "The networks themselves took %1 hours and yielded %2 net: %3 per hour against "
                "your target of %4.",
            )
            .replace("%1", fmt.hours(in_networks.minutes, 0))
            .replace("%2", fmt.money(in_networks.net_cents, 0))
            .replace("%3", fmt.money(in_networks.net_per_hour_cents, 0))
            .replace("%4", target)
        )

    def per_hour_text(row: ReviewRow) -> str:
        value = row.net_per_hour_cents
        if value is None:
            return QCoreApplication.translate("ReviewReport", "%1 net, no hours").replace(
                "%1", fmt.money(row.net_cents, 0)
            )
        return QCoreApplication.translate("ReviewReport", "%1 per hour").replace(
            "%1", fmt.money(value, 0)
        )

    def other_value_text(row: ReviewRow) -> str:
        parts = []
        if row.fulfilment is not None:
            parts.append(
                QCoreApplication.translate("ReviewReport", "fulfilment %1").replace(
                    "%1", fmt.percent(row.fulfilment)
                )
            )
        f = row.figures
        parts.append(
            QCoreApplication.translate("ReviewReport", "referrals: %1 received, %2 given")
            .replace("%1", str(f.referrals_received))
            .replace("%2", str(f.referrals_given))
        )
        return "; ".join(parts)

    def net_text(row: ReviewRow) -> str:
        return QCoreApplication.translate("ReviewReport", "%1 net").replace(
            "%1", fmt.money(row.net_cents, 0)
        )

    def names(rows: list[ReviewRow], detail: Callable[[ReviewRow], str] | None) -> str:
        if detail is None:
            return ", ".join(row.name for row in rows) + "."
        return ", ".join(f"{row.name} ({detail(row)})" for row in rows) + "."

    groups: dict[Verdict, list[ReviewRow]] = {verdict: [] for verdict in Verdict}
    for row in networks:
        groups[row.verdict(review.target_rate_cents)].append(row)
    heads: list[tuple[Verdict, str, Callable[[ReviewRow], str] | None]] = [
        (
            Verdict.ABOVE_TARGET,
            QCoreApplication.translate(
                "ReviewReport", "Pays off in money, at or above your target rate:"
            ),
            per_hour_text,
        ),
        (
            Verdict.PROFITABLE,
            QCoreApplication.translate("ReviewReport", "Earns money, but below your target rate:"),
            per_hour_text,
        ),
        (
            Verdict.OTHER_VALUE,
            QCoreApplication.translate(
                "ReviewReport", "Pays off in other ways than money (expectations met, referrals):"
            ),
            other_value_text,
        ),
        (
            Verdict.COSTS_ONLY,
            QCoreApplication.translate("ReviewReport", "Costs more than it brings so far:"),
            net_text,
        ),
        (
            Verdict.NO_ACTIVITY,
            QCoreApplication.translate("ReviewReport", "Nothing recorded:"),
            None,
        ),
    ]
    verdicts = [
        (head, names(groups[verdict], detail)) for verdict, head, detail in heads if groups[verdict]
    ]

    closing = []
    own = review.own
    if own.revenue_cents:
        share = Decimal(own.revenue_cents) / total.revenue_cents
        closing.append(
            QCoreApplication.translate(
                "ReviewReport", "Your own acquisition brought %1 (%2 of all revenue)."
            )
            .replace("%1", fmt.money(own.revenue_cents, 0))
            .replace("%2", fmt.percent(share))
        )
    ended = [row.name for row in networks if row.ended]
    if ended:
        closing.append(
            QCoreApplication.translate("ReviewReport", "Membership ended: %1.").replace(
                "%1", ", ".join(ended)
            )
        )
    open_decisions = [row.name for row in networks if row.decision is None]
    if open_decisions:
        closing.append(
            QCoreApplication.translate("ReviewReport", "No decision recorded yet for: %1.").replace(
                "%1", ", ".join(open_decisions)
            )
        )
    return Summary(opening, verdicts, " ".join(closing))


# ------------------------------------------------------------------ the document

STYLE = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #222; }
h1 { font-size: 17pt; margin-bottom: 0; color: #1f3a5f; }
h2 { font-size: 11.5pt; margin-top: 14px; margin-bottom: 6px; color: #1f3a5f; }
p.sub { color: #666; font-size: 8.5pt; margin-top: 2px; }
p { margin-top: 3px; margin-bottom: 3px; }
ul { margin-top: 2px; margin-bottom: 2px; }
li { margin-bottom: 2px; }
table.figures { border-collapse: collapse; font-size: 7.5pt; }
table.figures th { background-color: #1f3a5f; color: white; font-weight: bold; font-size: 7pt; }
table.figures td { border-bottom: 1px solid #d8dde6; }
tr.own td { background-color: #f4f1ec; }
tr.total td { background-color: #e6ebf2; font-weight: bold; }
span.small { font-size: 6.5pt; color: #666; }
span.good { color: #2e7d32; }
span.bad { color: #c62828; }
span.ended { color: #888; font-size: 6.5pt; }
table.decisions { border-collapse: collapse; }
table.decisions td { border-bottom: 1px solid #d8dde6; }
table.decisions th { border-bottom: 1px solid #1f3a5f; }
p.note { color: #555; font-size: 7pt; }
"""
# whole euros in the printed table keep it readable on A4; the CSV keeps the cents
WHOLE = Decimal(1)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _table_html(review: YearReview) -> str:
    headers = [
        (QCoreApplication.translate("ReviewReport", "Network"), "left", 18),
        (QCoreApplication.translate("ReviewReport", "Revenue"), "right", 9),
        (QCoreApplication.translate("ReviewReport", "Costs"), "right", 9),
        (QCoreApplication.translate("ReviewReport", "Net"), "right", 9),
        (QCoreApplication.translate("ReviewReport", "Hours"), "right", 7),
        (QCoreApplication.translate("ReviewReport", "Net per hour"), "right", 8),
        (QCoreApplication.translate("ReviewReport", "Referrals received"), "right", 9),
        (QCoreApplication.translate("ReviewReport", "Referrals given"), "right", 9),
        (QCoreApplication.translate("ReviewReport", "Fulfilment"), "right", 10),
        (QCoreApplication.translate("ReviewReport", "Attendance"), "right", 12),
    ]
    out = [
        '<table class="figures" width="100%" cellspacing="0" cellpadding="3"><thead><tr>',
        *(
            f'<th align="{align}" width="{width}%">{_e(text)}</th>'
            for text, align, width in headers
        ),
        "</tr></thead>",
    ]
    target = review.target_rate_cents

    def pair(count: int, cents: int) -> str:
        if count == 0:
            return "0"
        return f'{count}<br><span class="small">{_e(fmt.money(cents, 0))}</span>'

    def money_html(value: Decimal) -> str:
        cls = ' class="bad"' if value < 0 else ""
        return f"<span{cls}>{_e(fmt.money(value * 100, 0))}</span>"

    for row, shown in zip(review.rows, shown_amounts(review, WHOLE), strict=True):
        css = {RowKind.OWN_ACQUISITION: "own", RowKind.TOTAL: "total"}.get(row.kind, "")
        per_hour = row.net_per_hour_cents
        per_hour_html = "–"
        if per_hour is not None:
            cls = "good" if per_hour >= target else ("bad" if per_hour < 0 else "")
            per_hour_html = f'<span class="{cls}">{_e(fmt.money(per_hour, 0))}</span>'
        name = _e(row.name)
        if row.ended:
            name += f'<br><span class="ended">{_e(QCoreApplication.translate("ReviewReport", "membership ended"))}</span>'  # noqa: E501
        f = row.figures
        cells = [
            (name, "left"),
            (money_html(shown.revenue), "right"),
            (money_html(shown.costs), "right"),
            (money_html(shown.net), "right"),
            (_e(fmt.hours(row.minutes)), "right"),
            (per_hour_html, "right"),
            (pair(f.referrals_received, f.referrals_received_cents), "right"),
            (pair(f.referrals_given, f.referrals_given_cents), "right"),
            (_e(fmt.percent(row.fulfilment)) or "–", "right"),
            (_e(fmt.percent(row.attendance_rate)) or "–", "right"),
        ]
        out.append(f'<tr class="{css}">')
        out += [f'<td align="{align}">{text}</td>' for text, align in cells]
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def _decisions_html(review: YearReview) -> str:
    out = [
        '<table class="decisions" width="100%" cellspacing="0" cellpadding="4">',
        f"<tr><th align=left width=28%>{_e(QCoreApplication.translate('ReviewReport', 'Network'))}</th>"  # noqa: E501
        f"<th align=left width=19%>{_e(QCoreApplication.translate('ReviewReport', 'Decision'))}</th>"  # noqa: E501
        f"<th align=left>{_e(QCoreApplication.translate('ReviewReport', 'Note'))}</th></tr>",
    ]
    for row in review.networks:
        decision = (
            f"<i>{_e(QCoreApplication.translate('ReviewReport', 'not decided yet'))}</i>"
            if row.decision is None
            else f"<b>{_e(decision_text(row.decision))}</b>"
        )
        note = _e(row.decision_note).replace("\n", "<br>")
        out.append(f"<tr><td>{_e(row.name)}</td><td>{decision}</td><td>{note}</td></tr>")
    out.append("</table>")
    return "".join(out)


def review_document(report: ReviewReport) -> QTextDocument:
    """The whole report as a document, charts included as images."""
    review = report.review
    doc = QTextDocument()
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    images = {
        "chart:net-per-hour": charts.net_per_hour_chart(review),
        "chart:revenue-hours": charts.revenue_hours_chart(review),
        "chart:trend": charts.trend_chart(report.trend, review.target_rate_cents),
    }
    for url, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    title = QCoreApplication.translate("ReviewReport", "Yearly review %1").replace(
        "%1", str(review.year)
    )
    subtitle = (
        QCoreApplication.translate(
            "ReviewReport", "Which networks pay off? Made on %1 · target rate %2 per hour"
        )
        .replace("%1", fmt.day(report.generated_on, long=True))
        .replace("%2", fmt.money(review.target_rate_cents))
    )
    if review.until is not None:
        subtitle += " · " + QCoreApplication.translate("ReviewReport", "up to %1").replace(
            "%1", fmt.day(review.until, long=True)
        )
    summary = summarise(review)
    years = sorted({p.year for s in report.trend for p in s.points if p.minutes})
    if len(years) > 1:
        trend_title = (
            QCoreApplication.translate("ReviewReport", "Net per hour, %1–%2")
            .replace("%1", str(years[0]))
            .replace("%2", str(years[-1]))
        )
    else:
        trend_title = QCoreApplication.translate("ReviewReport", "Net per hour over the years")
    verdicts = "".join(
        f"<li><b>{_e(head)}</b> {_e(names)}</li>" for head, names in summary.verdicts
    )
    parts = [
        f"<h1>{_e(title)}</h1><p class=sub>{_e(subtitle)}</p>",
        f"<h2>{_e(QCoreApplication.translate('ReviewReport', 'Summary'))}</h2>",
        f"<p>{_e(summary.opening)}</p>",
        f"<ul>{verdicts}</ul>" if verdicts else "",
        f"<p>{_e(summary.closing)}</p>" if summary.closing else "",
        f"<h2>{_e(QCoreApplication.translate('ReviewReport', 'Figures per network'))}</h2>",
        _table_html(review),
        f"<p class=note>{_e(_definitions())}</p>",
    ]
    if review.networks:
        parts += [
            f"<h2>{_e(QCoreApplication.translate('ReviewReport', 'Decisions for %1').replace('%1', str(review.year + 1)))}</h2>",  # noqa: E501
            _decisions_html(review),
        ]
    parts += [
        f"<h2>{_e(QCoreApplication.translate('ReviewReport', 'Net per invested hour'))}</h2>",  # noqa: E501
        '<p><img src="chart:net-per-hour" width="640"></p>',
        f"<h2>{_e(QCoreApplication.translate('ReviewReport', 'Revenue against hours invested'))}</h2>",  # noqa: E501
        '<p><img src="chart:revenue-hours" width="640"></p>',
        f"<h2>{_e(trend_title)}</h2>",
        '<p><img src="chart:trend" width="640"></p>',
    ]
    doc.setHtml("<html><body>" + "".join(parts) + "</body></html>")
    return doc


def _definitions() -> str:
    return QCoreApplication.translate(
        "ReviewReport",
        "Amounts in whole euros (the CSV export has cents). Revenue: revenue entries dated in the "
        "year of work that came through the network. Costs: expenses for the network dated in "
        "the year (the membership fee included) plus commission on that revenue. Hours: attended "
        "meetings (past meetings count unless marked absent, cancelled or sent a substitute) plus "
        "time entries. Referrals received: engagements referred through the network that started "
        "in the year, with their whole revenue. Referrals given: with their estimated value. "
        "Fulfilment: the importance-weighted latest check-ins of the expectations open at the end "
        "of the year. Attendance: attended of past meetings not cancelled by the network.",
    )


def paint_review(device: QPagedPaintDevice, report: ReviewReport) -> None:
    """Draw the report on a printer or PDF writer: the one routine for preview and PDF."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
    )
    device.setPageLayout(layout)
    document = review_document(report)
    document.setPageSize(QSizeF())  # let print() paginate with its 2 cm margins and page numbers
    document.print_(device)


def write_pdf(report: ReviewReport, path: Path | str) -> Path:
    """The report as an A4 PDF, written atomically and owner-only (``zpdesk.files``)."""
    target = Path(path)
    with atomic_path(target, check=check_pdf) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setTitle(
            QCoreApplication.translate("ReviewReport", "Yearly review %1").replace(
                "%1", str(report.review.year)
            )
        )
        writer.setCreator("zpdesk")
        writer.setResolution(300)
        paint_review(writer, report)
        del writer  # flushes and closes the file
    return target
