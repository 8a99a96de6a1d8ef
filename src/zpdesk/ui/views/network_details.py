"""The first tab of a network's detail panel: every field, its obligations and its people."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFrame, QTextBrowser, QVBoxLayout, QWidget

from zpdesk import clock
from zpdesk.domain.enums import Exclusivity, Motive, RenewalKind
from zpdesk.domain.renewal import DeadlineKind, RenewalTerms, next_deadline
from zpdesk.locale_format import fill
from zpdesk.services.networks import NetworkDetail, get_network
from zpdesk.services.people import MembershipRow, members_of
from zpdesk.services.settings import get_settings
from zpdesk.ui import formatting
from zpdesk.ui.context import ViewContext
from zpdesk.ui.labels import choices, label
from zpdesk.ui.models.networks import commission_text
from zpdesk.ui.views.network_tabs import NetworkTab


def _row(caption: str, value: str) -> str:
    """One fact: the caption in grey, the value (already escaped HTML)."""
    return (
        f'<tr><td style="color:#6b6b6b; padding:2px 14px 2px 0; white-space:nowrap">'
        f'{escape(caption)}</td><td style="padding:2px 0">{value or "—"}</td></tr>'
    )


def _h4(text: str) -> str:
    return f'<h4 style="margin:10px 0 4px 0">{escape(text)}</h4>'


def _muted(text: str) -> str:
    return f'<p style="color:#6b6b6b; margin:0">{escape(text)}</p>'


class NetworkDetailsCounts(QObject):
    """Texts with a count: lupdate reads plural forms only from ``self.tr(text, "", n)``."""

    def months(self, n: int) -> str:
        return self.tr("%n month(s)", "", n)


def _months(months: int) -> str:
    return NetworkDetailsCounts().months(months)


def _renewal_rows(terms: RenewalTerms, fee_cents: int, left_on: date | None) -> list[str]:
    """Renewal, notice period and the next deadline (nothing when not entered)."""
    if terms.kind == RenewalKind.NONE:
        return []
    how = label(terms.kind)
    if terms.on is not None:
        how += f" · {formatting.day(terms.on)}"
    if terms.kind == RenewalKind.TERM and terms.term_months:
        how += f" · {_months(terms.term_months)}"
    if not terms.automatic:
        how += " · " + QCoreApplication.translate("NetworkDetailsTab", "not automatically")
    rows = [
        _row(QCoreApplication.translate("NetworkDetailsTab", "Renewal"), escape(how)),
        _row(
            QCoreApplication.translate("NetworkDetailsTab", "Notice period"),
            escape(f"{terms.notice} {label(terms.notice_unit)}"),
        ),
    ]
    found = next_deadline(terms, clock.today(), fee_cents) if left_on is None else None
    if found is not None and found.kind == DeadlineKind.NOTICE:
        rows.append(
            _row(
                QCoreApplication.translate("NetworkDetailsTab", "Last day to give notice"),
                escape(
                    formatting.fill(
                        QCoreApplication.translate(
                            "NetworkDetailsTab", "%1 (for the renewal of %2)"
                        ),
                        formatting.day(found.deadline),
                        formatting.day(found.renewal),
                    )
                ),
            )
        )
    if terms.fee_change_cents is not None and terms.fee_change_from is not None:
        rows.append(
            _row(
                QCoreApplication.translate("NetworkDetailsTab", "Announced fee"),
                escape(
                    formatting.fill(
                        QCoreApplication.translate("NetworkDetailsTab", "%1 from %2"),
                        formatting.money(terms.fee_change_cents),
                        formatting.day(terms.fee_change_from),
                    )
                ),
            )
        )
    return rows


def details_html(detail: NetworkDetail, members: list[MembershipRow], default_interval: int) -> str:
    """The whole Details tab as HTML (every value escaped)."""
    v = detail.values
    facts = [
        _row(QCoreApplication.translate("NetworkDetailsTab", "Kind"), escape(label(v.kind))),
        _row(
            QCoreApplication.translate("NetworkDetailsTab", "Legal form"),
            escape(label(v.legal_form)),
        ),
        _row(
            QCoreApplication.translate("NetworkDetailsTab", "Part of"),
            escape(detail.parent_name or ""),
        ),
        _row(
            QCoreApplication.translate("NetworkDetailsTab", "Contains"),
            escape(", ".join(detail.child_names)),
        ),
        _row(QCoreApplication.translate("NetworkDetailsTab", "My role"), escape(label(v.my_role))),
        _row(QCoreApplication.translate("NetworkDetailsTab", "Status"), escape(label(v.status))),
        _row(
            QCoreApplication.translate("NetworkDetailsTab", "Member since"),
            escape(formatting.day(v.joined_on)),
        ),
    ]
    if v.left_on is not None:
        facts.append(
            _row(
                QCoreApplication.translate("NetworkDetailsTab", "Left on"),
                escape(formatting.day(v.left_on)),
            )
        )
    facts += [
        _row(
            QCoreApplication.translate("NetworkDetailsTab", "Annual fee"),
            escape(formatting.money(v.annual_fee_cents)),
        ),
        _row(
            QCoreApplication.translate("NetworkDetailsTab", "Commission"),
            escape(commission_text(v.commission_pct)),
        ),
        _row(
            QCoreApplication.translate("NetworkDetailsTab", "Check-ins every"),
            escape(
                _months(v.checkin_interval_months)
                if v.checkin_interval_months
                else fill(
                    QCoreApplication.translate("NetworkDetailsTab", "%1 (my default)"),
                    _months(default_interval),
                )
            ),
        ),
    ]
    if v.exclusivity != Exclusivity.NONE:
        facts.append(
            _row(
                QCoreApplication.translate("NetworkDetailsTab", "Exclusivity"),
                escape(label(v.exclusivity)),
            )
        )
    facts += _renewal_rows(v.renewal, v.annual_fee_cents, v.left_on)
    if v.website:
        href = v.website if "://" in v.website else f"https://{v.website}"
        facts.append(
            _row(
                QCoreApplication.translate("NetworkDetailsTab", "Website"),
                f'<a href="{escape(href, quote=True)}">{escape(v.website)}</a>',
            )
        )
    motives = [text for text, motive in choices(Motive) if motive in v.motives]
    facts.append(
        _row(QCoreApplication.translate("NetworkDetailsTab", "Motives"), escape(", ".join(motives)))
    )

    left = f'<table cellspacing="0">{"".join(facts)}</table>'
    right_parts: list[str] = []
    if v.description:
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in v.description.split("\n") if p.strip())
        right_parts.append(_h4(QCoreApplication.translate("NetworkDetailsTab", "Description")))
        right_parts.append(paragraphs)
    right_parts.append(
        _h4(QCoreApplication.translate("NetworkDetailsTab", "Obligations and arrangements"))
    )
    if v.obligations:
        # One paragraph each, not a four-column table: long Dutch words such as
        # "Beroepsaansprakelijkheidsverzekering" then wrap between words, never inside one.
        lines = []
        for o in v.obligations:
            kind = label(o.kind)
            what = [f"<b>{escape(o.title or kind)}</b>"]
            if o.title and kind != o.title:
                what.append(escape(kind))
            what.append(escape(label(o.arrangement)))
            note = f'<br><span style="color:#6b6b6b">{escape(o.note)}</span>' if o.note else ""
            lines.append(f'<p style="margin:2px 0 4px 0">{" · ".join(what)}{note}</p>')
        right_parts.append("".join(lines))
    else:
        right_parts.append(
            _muted(QCoreApplication.translate("NetworkDetailsTab", "None recorded."))
        )
    right_parts.append(
        _h4(QCoreApplication.translate("NetworkDetailsTab", "People in this network"))
    )
    if members:
        items = []
        for m in members:
            period = ""
            if m.since or m.until:
                period = f" ({escape(formatting.day(m.since))}–{escape(formatting.day(m.until))})"
            items.append(f"{escape(m.person_name)} · {escape(label(m.role))}{period}")
        right_parts.append("<br>".join(items))
    else:
        right_parts.append(
            _muted(QCoreApplication.translate("NetworkDetailsTab", "Nobody recorded."))
        )

    heading = (
        f'<p style="font-size:large; margin:0 0 6px 0">'
        f'<span style="color:{escape(v.colour)}">■</span> <b>{escape(v.name)}</b></p>'
    )
    return (
        f'{heading}<table width="100%" cellspacing="0"><tr>'
        f'<td width="45%" valign="top" style="padding-right:24px">{left}</td>'
        f'<td width="55%" valign="top">{"".join(right_parts)}</td>'
        "</tr></table>"
    )


class NetworkDetailsTab(NetworkTab):
    """Read-only view of every field of the selected network."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.browser = QTextBrowser()
        # Wrap between words only: a long Dutch word stays whole (a cell widens instead).
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.browser.setObjectName("network_details")
        self.browser.setOpenExternalLinks(True)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.browser)
        self.empty_text = self.tr("Select a network to see its details.")

    def refresh(self) -> None:
        if self.network_id is None:
            self.browser.setHtml(_muted(self.empty_text))
            return
        with self.context.db.session() as session:
            detail = get_network(session, self.network_id)
            members = members_of(session, self.network_id)
            default_interval = get_settings(session).checkin_interval_months
        self.browser.setHtml(details_html(detail, members, default_interval))
