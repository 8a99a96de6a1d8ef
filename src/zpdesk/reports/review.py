"""The yearly review as a printable report (PDF / Print Preview) and as CSV.

``paint_review`` is the one drawing routine: Print Preview's ``paintRequested`` and the
PDF export both call it. The document is a QTextDocument (it paginates and numbers the
pages) with the charts of ``reports.charts`` as images.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QSizeF, QUrl
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
    money_places,
    shown_amounts,
)
from zpdesk.files import atomic_path, check_pdf
from zpdesk.locale_format import fill
from zpdesk.reports import charts
from zpdesk.services import review as review_service
from zpdesk.services.csv_export import write_csv_atomic

TREND_YEARS = 5
# The existing columns keep their names and places; the new ones follow them.
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
    "work_hours",
    "effective_rate",
    "verdict",
    "expected_fees",
)
CSV_OWN = "own acquisition"
CSV_TOTAL = "total"


def decision_text(decision: Decision | None) -> str:
    """The decision in words (the same words as ui.labels, in this report's context)."""
    if decision is None:
        return ""
    texts = {
        Decision.CONTINUE: QCoreApplication.translate("ReviewReport", "Continue"),
        Decision.RENEGOTIATE: QCoreApplication.translate("ReviewReport", "Renegotiate"),
        Decision.REDUCE: QCoreApplication.translate("ReviewReport", "Reduce"),
        Decision.LEAVE: QCoreApplication.translate("ReviewReport", "Leave"),
    }
    return texts[decision]


def verdict_text(verdict: Verdict | None) -> str:
    """A verdict in words, for the table, the window and the PDF; "" for none."""
    if verdict is None:
        return ""
    texts = {
        Verdict.AT_OR_ABOVE_TARGET: QCoreApplication.translate(
            "ReviewReport", "At or above target"
        ),
        Verdict.BELOW_TARGET: QCoreApplication.translate("ReviewReport", "Below target"),
        Verdict.OTHER_VALUE: QCoreApplication.translate("ReviewReport", "Pays in other ways"),
        Verdict.COSTS_MORE: QCoreApplication.translate("ReviewReport", "Costs more than it brings"),
    }
    return texts[verdict]


class ReviewCounts(QObject):
    """The review's texts with a count, in Qt's %n plural forms ("1 network", "2 networks").

    lupdate reads plural forms only from ``self.tr(text, "", n)``, hence a QObject.
    """

    def networks(self, count: int) -> str:
        return self.tr("In %1 you were part of %n network(s).", "", count)

    def expected_fees(self, count: int) -> str:
        return self.tr("%n membership fee(s) counted as expected, not booked: %1.", "", count)

    def referrals(self, count: int) -> str:
        return self.tr("%n referral(s)", "", count)


def hours_text(minutes: int | Decimal) -> str:
    """Hours with the language's unit and decimal sign: "3.8 h" / "3,8 u"."""
    return fill(QCoreApplication.translate("ReviewReport", "%1 h"), fmt.hours(minutes))


def own_label() -> str:
    return QCoreApplication.translate("ReviewReport", "Own acquisition")


def total_label() -> str:
    """What the totals row (and the summary's rates) include."""
    return QCoreApplication.translate("ReviewReport", "Total (networks and own acquisition)")


@dataclass(frozen=True)
class ReviewReport:
    review: YearReview
    trend: list[TrendSeries]
    generated_on: date


def build_report(
    session: Session, year: int, now: datetime, trend_years: int = TREND_YEARS
) -> ReviewReport:
    """Gather the review of ``year`` and the trend of the years up to it."""
    reviews = review_service.review_years(
        session, year - trend_years + 1, year, now, own_name=own_label(), total_name=total_label()
    )
    series = review_service.trend_of(reviews)
    return ReviewReport(review=reviews[year], trend=series, generated_on=now.date())


# ------------------------------------------------------------------ CSV


def _euro_text(value: Decimal) -> str:
    return f"{value:.2f}"


def _hours_csv(minutes: int | Decimal) -> str:
    return f"{(Decimal(minutes) / 60).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):.2f}"


def _pct_text(fraction: Decimal | None) -> str:
    if fraction is None:
        return ""
    return f"{(fraction * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):.1f}"


def _rate_csv(cents: Decimal | None) -> str:
    return "" if cents is None else _euro_text(euros(cents))


def csv_rows(review: YearReview) -> list[list[str]]:
    """One row per network, then ``own acquisition`` and ``total``; euros with a dot."""
    rows = []
    for row, shown in zip(review.rows, shown_amounts(review), strict=True):
        name = {RowKind.OWN_ACQUISITION: CSV_OWN, RowKind.TOTAL: CSV_TOTAL}.get(row.kind, row.name)
        verdict = row.verdict(review.target_rate_cents)
        f = row.figures
        rows.append(
            [
                name,
                _euro_text(shown.revenue),
                _euro_text(shown.costs),
                _hours_csv(row.minutes),
                _euro_text(shown.net),
                _rate_csv(row.net_per_hour_cents),
                str(f.referrals_received),
                _euro_text(euros(f.referrals_received_cents)),
                str(f.referrals_given),
                _euro_text(euros(f.referrals_given_cents)),
                _pct_text(row.fulfilment),
                _pct_text(row.attendance_rate),
                "" if row.decision is None else row.decision.value,
                row.decision_note,
                _hours_csv(row.work_minutes),
                _rate_csv(row.effective_rate_cents),
                "" if verdict is None else verdict.value,
                _euro_text(euros(f.expected_fee_cents)),
            ]
        )
    return rows


def write_review_csv(review: YearReview, path: Path | str) -> Path:
    """The review as CSV, written atomically."""
    return write_csv_atomic(path, CSV_COLUMNS, csv_rows(review))


# ------------------------------------------------------------------ words


@dataclass(frozen=True)
class Summary:
    """The summary in words: an opening, one line per verdict, a closing."""

    opening: str
    verdicts: list[tuple[str, str]]  # (the verdict, its networks each with the deciding figure)
    closing: str

    def paragraphs(self) -> list[str]:
        lines = [self.opening, *(f"{head} {names}" for head, names in self.verdicts)]
        return [line for line in [*lines, self.closing] if line]


def rate_text(cents: Decimal | None, places: int) -> str:
    """A rate per hour as shown in the summary and the printed table ("–" for none)."""
    if cents is None:
        return "–"
    return fill(QCoreApplication.translate("ReviewReport", "%1 per hour"), fmt.money(cents, places))


def deciding_figure(row: ReviewRow, target_rate_cents: int, places: int) -> str:
    """The figure that decided a network's verdict, in words."""
    verdict = row.verdict(target_rate_cents)
    net = fmt.money(row.net_cents, places)
    if verdict in (Verdict.AT_OR_ABOVE_TARGET, Verdict.BELOW_TARGET):
        if row.effective_rate_cents is None:
            return fill(QCoreApplication.translate("ReviewReport", "%1 net, no hours"), net)
        return fill(
            QCoreApplication.translate("ReviewReport", "effective rate %1"),
            rate_text(row.effective_rate_cents, places),
        )
    if row.fulfilment is None:
        return fill(
            QCoreApplication.translate("ReviewReport", "net %1, expectations not checked"), net
        )
    return fill(
        QCoreApplication.translate("ReviewReport", "net %1, fulfilment %2"),
        net,
        fmt.percent(row.fulfilment),
    )


def expected_fees_text(review: YearReview, places: int) -> str:
    """Which fees count as expected (not booked), or "" when none."""
    rows = [row for row in review.networks if row.figures.expected_fees]
    if not rows:
        return ""
    count = sum(row.figures.expected_fees for row in rows)
    names = ", ".join(
        f"{row.name} {fmt.money(row.figures.expected_fee_cents, places)}" for row in rows
    )
    return fill(ReviewCounts().expected_fees(count), names)


def summarise(review: YearReview) -> Summary:
    """The year in words; networks grouped by verdict, each with the figure that decided it."""
    year = str(review.year)
    places = money_places(review)
    target = fmt.money(review.target_rate_cents, places)
    networks = review.networks
    total = review.total
    if not networks and total.figures.is_empty:
        return Summary(
            fill(
                QCoreApplication.translate(
                    "ReviewReport", "Nothing was recorded for %1: no networks, revenue or costs."
                ),
                year,
            ),
            [],
            "",
        )
    opening = [
        fill(ReviewCounts().networks(len(networks)), year),
        fill(
            QCoreApplication.translate(
                "ReviewReport",
                "Together with your own acquisition they brought %1 in revenue; costs (fees, other "
                "expenses and commission) came to %2, leaving %3 net.",
            ),
            fmt.money(total.revenue_cents, places),
            fmt.money(total.costs_cents, places),
            fmt.money(total.net_cents, places),
        ),
    ]
    if total.effective_rate_cents is not None:
        opening.append(
            fill(
                QCoreApplication.translate(
                    "ReviewReport",
                    "%1: %2 networking and %3 on the work; %4 per networking hour, an effective "
                    "rate of %5 against your target of %6.",
                ),
                total_label(),
                hours_text(total.minutes),
                hours_text(total.work_minutes),
                fmt.money(total.net_per_hour_cents, places) or "–",
                rate_text(total.effective_rate_cents, places),
                target,
            )
        )
    fees = expected_fees_text(review, places)
    if fees:
        opening.append(fees)

    groups: dict[Verdict, list[ReviewRow]] = {verdict: [] for verdict in Verdict}
    for row in networks:
        verdict = row.verdict(review.target_rate_cents)
        if verdict is not None:
            groups[verdict].append(row)
    heads = {
        Verdict.AT_OR_ABOVE_TARGET: QCoreApplication.translate(
            "ReviewReport", "Pays at or above your target rate:"
        ),
        Verdict.BELOW_TARGET: QCoreApplication.translate(
            "ReviewReport", "Earns money, but below your target rate:"
        ),
        Verdict.OTHER_VALUE: QCoreApplication.translate(
            "ReviewReport", "Pays in other ways than money (expectations met):"
        ),
        Verdict.COSTS_MORE: QCoreApplication.translate(
            "ReviewReport", "Costs more than it brings:"
        ),
    }
    verdicts = [
        (
            heads[verdict],
            ", ".join(
                f"{row.name} ({deciding_figure(row, review.target_rate_cents, places)})"
                for row in rows
            )
            + ".",
        )
        for verdict, rows in groups.items()
        if rows
    ]

    closing = []
    given = [row for row in networks if row.figures.referrals_given]
    if given:
        closing.append(
            fill(
                QCoreApplication.translate(
                    "ReviewReport", "Referrals you gave (shown, never counted as pay): %1."
                ),
                ", ".join(
                    f"{row.name} ({ReviewCounts().referrals(row.figures.referrals_given)})"
                    for row in given
                ),
            )
        )
    own = review.own
    if own.revenue_cents:
        share = Decimal(own.revenue_cents) / total.revenue_cents
        closing.append(
            fill(
                QCoreApplication.translate(
                    "ReviewReport", "Your own acquisition brought %1 (%2 of all revenue)."
                ),
                fmt.money(own.revenue_cents, places),
                fmt.percent(share),
            )
        )
    ended = [row.name for row in networks if row.ended]
    if ended:
        closing.append(
            fill(
                QCoreApplication.translate("ReviewReport", "Membership ended: %1."),
                ", ".join(ended),
            )
        )
    open_decisions = [row.name for row in networks if row.decision is None]
    if open_decisions:
        closing.append(
            fill(
                QCoreApplication.translate("ReviewReport", "No decision recorded yet for: %1."),
                ", ".join(open_decisions),
            )
        )
    return Summary(" ".join(opening), verdicts, " ".join(closing))


# ------------------------------------------------------------------ the document

STYLE = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #222; }
h1 { font-size: 17pt; margin-bottom: 0; color: #1f3a5f; }
h2 { font-size: 11.5pt; margin-top: 14px; margin-bottom: 6px; color: #1f3a5f; }
p.sub { color: #666; font-size: 8.5pt; margin-top: 2px; }
p { margin-top: 3px; margin-bottom: 3px; }
ul { margin-top: 2px; margin-bottom: 2px; }
li { margin-bottom: 2px; }
table.figures { border-collapse: collapse; font-size: 7pt; }
table.figures th { background-color: #1f3a5f; color: white; font-weight: bold; font-size: 6.5pt; }
table.figures td { border-bottom: 1px solid #d8dde6; }
tr.own td { background-color: #f4f1ec; }
tr.total td { background-color: #e6ebf2; font-weight: bold; }
span.small { font-size: 6pt; color: #666; }
span.good { color: #2e7d32; }
span.bad { color: #c62828; }
span.ended { color: #888; font-size: 6pt; }
table.decisions { border-collapse: collapse; }
table.decisions td { border-bottom: 1px solid #d8dde6; }
table.decisions th { border-bottom: 1px solid #1f3a5f; }
p.note { color: #555; font-size: 7pt; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=False)


_GLUE = (
    (re.compile(r"€ (?=[-\u2212\d])"), "€\u00a0"),  # € 1.234 (Dutch puts a space after €)
    (re.compile(r"(\d) (?=%|u\b|h\b)"), "\\1\u00a0"),  # 30 %, 3,8 u, 3.8 h
)


def unbreakable(text: str) -> str:
    """Running text whose amounts, percentages and hours never break across lines."""
    for pattern, glue in _GLUE:
        text = pattern.sub(glue, text)
    return text


def _nowrap(text: str) -> str:
    """Text that never breaks inside (amounts, rates, hours): non-breaking spaces."""
    return _e(text).replace(" ", "&nbsp;")


def _table_html(review: YearReview) -> str:
    """The figures table; amounts in whole euros unless those would not add up (then cents)."""
    places = money_places(review)
    headers = [
        (QCoreApplication.translate("ReviewReport", "Network"), "left"),
        (QCoreApplication.translate("ReviewReport", "Revenue"), "right"),
        (QCoreApplication.translate("ReviewReport", "Costs"), "right"),
        (QCoreApplication.translate("ReviewReport", "Net"), "right"),
        (QCoreApplication.translate("ReviewReport", "Hours invested"), "right"),
        (QCoreApplication.translate("ReviewReport", "Work hours"), "right"),
        (QCoreApplication.translate("ReviewReport", "Net per networking hour"), "right"),
        (QCoreApplication.translate("ReviewReport", "Effective rate"), "right"),
        (QCoreApplication.translate("ReviewReport", "Verdict"), "left"),
        (QCoreApplication.translate("ReviewReport", "Referrals received"), "right"),
        (QCoreApplication.translate("ReviewReport", "Referrals given"), "right"),
        (QCoreApplication.translate("ReviewReport", "Fulfilment"), "right"),
        (QCoreApplication.translate("ReviewReport", "Attendance"), "right"),
    ]
    target = review.target_rate_cents

    def pair(count: int, cents: int) -> str:
        if count == 0:
            return "0"
        return f'{count}<br><span class="small">{_nowrap(fmt.money(cents, places))}</span>'

    def money_html(value: Decimal) -> str:
        cls = ' class="bad"' if value < 0 else ""
        return f"<span{cls}>{_nowrap(fmt.money(value * 100, places))}</span>"

    def costs_html(row: ReviewRow, value: Decimal) -> str:
        cents = row.figures.expected_fee_cents
        if not cents:
            return money_html(value)
        expected = fill(
            QCoreApplication.translate("ReviewReport", "incl. %1 expected fee"),
            fmt.money(cents, places),
        )
        return f'{money_html(value)}<br><span class="small">{_nowrap(expected)}</span>'

    body: list[str] = []
    texts: list[list[str]] = []
    for row, shown in zip(
        review.rows, shown_amounts(review, Decimal(1).scaleb(-places)), strict=True
    ):
        css = {RowKind.OWN_ACQUISITION: "own", RowKind.TOTAL: "total"}.get(row.kind, "")
        rate = row.effective_rate_cents
        rate_html = "–"
        if rate is not None:
            cls = "good" if rate >= target else ("bad" if rate < 0 else "")
            rate_html = f'<span class="{cls}">{_nowrap(fmt.money(rate, places))}</span>'
        per_hour = row.net_per_hour_cents
        per_hour_html = "–" if per_hour is None else _nowrap(fmt.money(per_hour, places))
        name = _e(row.name)
        if row.ended:
            ended = QCoreApplication.translate("ReviewReport", "membership ended")
            name += f'<br><span class="ended">{_e(ended)}</span>'
        f = row.figures
        cells = [
            (name, "left"),
            (money_html(shown.revenue), "right"),
            (costs_html(row, shown.costs), "right"),
            (money_html(shown.net), "right"),
            (_nowrap(fmt.hours(row.minutes)), "right"),
            (_nowrap(fmt.hours(row.work_minutes)), "right"),
            (per_hour_html, "right"),
            (rate_html, "right"),
            (_e(verdict_text(row.verdict(target))), "left"),
            (pair(f.referrals_received, f.referrals_received_cents), "right"),
            (pair(f.referrals_given, f.referrals_given_cents), "right"),
            (_nowrap(fmt.percent(row.fulfilment)) or "–", "right"),
            (_nowrap(fmt.percent(row.attendance_rate)) or "–", "right"),
        ]
        body.append(f'<tr class="{css}">')
        body += [
            f'<td align="{align}">{text}</td>'
            if index in WRAPPING
            else f'<td align="{align}" style="{NOWRAP}">{text}</td>'
            for index, (text, align) in enumerate(cells)
        ]
        body.append("</tr>")
        texts.append([text for text, _align in cells])
    widths, titles = _column_layout([text for text, _align in headers], texts)
    head = [
        '<table class="figures" width="100%" cellspacing="0" cellpadding="2"><thead><tr>',
        *(
            f'<th align="{align}" width="{width}%">{title}</th>'
            for (_text, align), width, title in zip(headers, widths, titles, strict=True)
        ),
        "</tr></thead>",
    ]
    return "".join([*head, *body, "</table>"])


# the text width of a landscape A4 page with print()'s 2 cm margins, in points
TEXT_WIDTH_PT = (297 - 40) / 25.4 * 72
PADDING_PT = 6.0  # a cell's padding (2 px each side) and border, and a little air
WRAPPING = (0, 8)  # names and verdicts wrap between words; figures never wrap
NOWRAP = "white-space: nowrap; border-bottom: 1px solid #d8dde6"  # inline: keeps the border
NAME_MIN_PT = 95.0  # a name such as 'Interim Collectief' on one line


def _column_layout(headers: list[str], rows: list[list[str]]) -> tuple[list[int], list[str]]:
    """Column widths (percent of the table) and header texts for the figures table.

    Measured in the table's fonts: every figure fits on one line (it never wraps), the
    names and verdicts wrap between words and take what is left. Long header words break
    only where their translation put a soft hyphen ("doorver\u00adwijzingen").
    """
    from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication

    def metrics(size: float, bold: bool = False) -> QFontMetricsF:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        return QFontMetricsF(font)

    screen = QGuiApplication.primaryScreen()
    to_pt = 72.0 / (screen.logicalDotsPerInchX() if screen is not None else 96.0)
    head, cell, small = metrics(6.5, bold=True), metrics(7), metrics(6)

    def width(font: QFontMetricsF, text: str, slack: float = 1.2) -> float:
        # slack: printed glyphs come out wider than the screen metrics say (hinting)
        return font.horizontalAdvance(text) * to_pt * slack + PADDING_PT

    def lines(html_text: str) -> list[tuple[QFontMetricsF, str]]:
        result = []
        for part in html_text.split("<br>"):
            font = small if 'class="small"' in part or 'class="ended"' in part else cell
            result.append((font, html.unescape(re.sub(r"<[^>]+>", "", part))))
        return result

    content = []
    for index in range(len(headers)):
        widest = PADDING_PT
        for row in rows:
            for font, text in lines(row[index]):
                pieces = text.split() if index in WRAPPING else [text]
                widest = max(widest, *(width(font, piece) for piece in pieces or [""]))
        content.append(widest)
    header_need = [
        max(
            (width(head, f"{piece}-", 1.5) for piece in re.split(r"[\s\u00ad]+", h) if piece),
            default=0.0,
        )
        for h in headers
    ]
    content[0] = max(content[0], NAME_MIN_PT)  # names keep room for a word or two
    needs = [max(c, h) for c, h in zip(content, header_need, strict=True)]
    needs[0] = content[0]
    if sum(needs) > TEXT_WIDTH_PT:  # the headers ask too much: they get what figures leave
        spare = max(TEXT_WIDTH_PT - sum(content), 0.0)
        wants = [max(0.0, h - c) for c, h in zip(content, header_need, strict=True)]
        wants[0] = 0.0
        share = min(1.0, spare / (sum(wants) or 1.0))
        needs = [c + w * share for c, w in zip(content, wants, strict=True)]
    needs[0] += max(TEXT_WIDTH_PT - sum(needs), 0.0)  # the names take the rest
    total = sum(needs)
    exact = [need / total * 100 for need in needs]
    percents = [0] + [max(1, round(value + 0.25)) for value in exact[1:]]
    percents[0] = 100 - sum(percents)  # the figures' columns rounded up a little: names give way

    # translations may carry soft hyphens (U+00AD) where a long word may break
    texts = [_e(header) for header in headers]
    return percents, texts


def _decisions_html(review: YearReview) -> str:
    network = QCoreApplication.translate("ReviewReport", "Network")
    decision_head = QCoreApplication.translate("ReviewReport", "Decision")
    note_head = QCoreApplication.translate("ReviewReport", "Note")
    undecided = QCoreApplication.translate("ReviewReport", "not decided yet")
    out = [
        '<table class="decisions" width="100%" cellspacing="0" cellpadding="4">',
        f"<tr><th align=left width=28%>{_e(network)}</th>"
        f"<th align=left width=19%>{_e(decision_head)}</th>"
        f"<th align=left>{_e(note_head)}</th></tr>",
    ]
    for row in review.networks:
        decision = (
            f"<i>{_e(undecided)}</i>"
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
        "chart:effective-rate": charts.effective_rate_chart(review),
        "chart:revenue-hours": charts.revenue_hours_chart(review),
        "chart:trend": charts.trend_chart(report.trend, review.target_rate_cents),
    }
    for url, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    title = fill(QCoreApplication.translate("ReviewReport", "Yearly review %1"), review.year)
    subtitle = fill(
        QCoreApplication.translate(
            "ReviewReport", "Which networks pay off? Made on %1 · target rate %2 per hour"
        ),
        fmt.day(report.generated_on, long=True),
        fmt.money(review.target_rate_cents),
    )
    if review.until is not None:
        subtitle += " · " + fill(
            QCoreApplication.translate("ReviewReport", "up to %1"), fmt.day(review.until, long=True)
        )
    summary = summarise(review)
    years = sorted({p.year for s in report.trend for p in s.points})
    if len(years) > 1:
        trend_title = fill(
            QCoreApplication.translate("ReviewReport", "Effective hourly rate, %1–%2"),
            years[0],
            years[-1],
        )
    else:
        trend_title = QCoreApplication.translate(
            "ReviewReport", "Effective hourly rate over the years"
        )
    heading_summary = QCoreApplication.translate("ReviewReport", "Summary")
    heading_figures = QCoreApplication.translate("ReviewReport", "Figures per network")
    heading_decisions = fill(
        QCoreApplication.translate("ReviewReport", "Decisions for %1"), review.year + 1
    )
    heading_rate = QCoreApplication.translate("ReviewReport", "Effective hourly rate per network")
    heading_revenue = QCoreApplication.translate("ReviewReport", "Revenue against hours invested")
    verdicts = "".join(
        f"<li><b>{_e(head)}</b> {_e(unbreakable(names))}</li>" for head, names in summary.verdicts
    )
    parts = [
        f"<h1>{_e(title)}</h1><p class=sub>{_e(subtitle)}</p>",
        f"<h2>{_e(heading_summary)}</h2>",
        f"<p>{_e(unbreakable(summary.opening))}</p>",
        f"<ul>{verdicts}</ul>" if verdicts else "",
        f"<p>{_e(unbreakable(summary.closing))}</p>" if summary.closing else "",
        f"<h2>{_e(heading_figures)}</h2>",
        _table_html(review),
        f"<p class=note>{_e(_definitions(money_places(review)))}</p>",
    ]
    if review.networks:
        parts += [f"<h2>{_e(heading_decisions)}</h2>", _decisions_html(review)]
    parts += [
        f"<h2>{_e(heading_rate)}</h2>",
        '<p><img src="chart:effective-rate" width="640"></p>',
        f"<h2>{_e(heading_revenue)}</h2>",
        '<p><img src="chart:revenue-hours" width="640"></p>',
        f"<h2>{_e(trend_title)}</h2>",
        '<p><img src="chart:trend" width="640"></p>',
    ]
    doc.setHtml("<html><body>" + "".join(parts) + "</body></html>")
    return doc


def _definitions(places: int) -> str:
    if places == 0:
        amounts = QCoreApplication.translate(
            "ReviewReport", "Amounts in whole euros, each rounded from its exact value."
        )
    else:
        amounts = QCoreApplication.translate(
            "ReviewReport",
            "Amounts in euros and cents: in whole euros the totals would not equal the sum of "
            "their rows.",
        )
    terms = QCoreApplication.translate(
        "ReviewReport",
        "Revenue: revenue entries dated in the year of work that came through the "
        "network. Costs: expenses for the network dated in the year, plus commission on "
        "that revenue, plus the annual membership fee of every membership year, booked "
        "or, where none is booked, expected. Hours invested: attended meetings (past "
        "meetings count unless marked absent, cancelled or sent a substitute) plus time "
        "entries. Work hours: the hours of the engagements the network brought, shared "
        "over the years by their revenue. Net per networking hour: net / hours invested. "
        "Effective rate: net / (hours invested + work hours), the only rate set against "
        "the target. Verdict: at or above target when net > 0 and the effective rate "
        "reaches the target (or there are no hours); below target when net > 0 otherwise;"
        " pays in other ways when net ≤ 0 and fulfilment is at least 60 %; else costs "
        "more than it brings. Referrals received: engagements referred through the "
        "network that started in the year, at their estimated value, else their revenue "
        "up to the end of the year. Referrals given: with their estimated value; shown, "
        "never counted as pay. Fulfilment: the importance-weighted latest check-ins of "
        "the expectations open at the end of the year. Attendance: attended of past "
        "meetings not cancelled by the network.",
    )
    return f"{amounts} {terms}"


def paint_review(device: QPagedPaintDevice, report: ReviewReport) -> None:
    """Draw the report on a printer or PDF writer: the one routine for preview and PDF."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
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
            fill(QCoreApplication.translate("ReviewReport", "Yearly review %1"), report.review.year)
        )
        writer.setCreator("zpdesk")
        writer.setResolution(300)
        paint_review(writer, report)
        del writer  # flushes and closes the file
    return target
