"""The Work view and its dialogs, driven like a user would, then checked in the database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from sqlalchemy import func, select

from zpdesk import clock
from zpdesk.domain.enums import ExpenseCategory, NetworkKind, Route
from zpdesk.store.models import Engagement, Expense, Network, Person, ReferralGiven, RevenueEntry

pytestmark = pytest.mark.gui


@pytest.fixture
def ids(db) -> dict[str, int]:  # noqa: ANN001
    with db.session() as session:
        network = Network(
            name="Adviespool",
            kind=NetworkKind.NETWORK_ORGANISATION,
            commission_pct=Decimal(10),
            joined_on=date(2024, 1, 1),
            annual_fee_cents=60000,
        )
        person = Person(name="Petra Jansen")
        session.add_all([network, person])
        session.flush()
        return {"network": network.id, "person": person.id}


def _ok(dialog) -> None:  # noqa: ANN001
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    from pytestqt.qtbot import QtBot  # noqa: F401 - documents that a qtbot drives this

    button.click()


def _count(db, model) -> int:  # noqa: ANN001
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _enter_engagement(qtbot, tab, ids: dict[str, int]) -> None:  # noqa: ANN001
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.keyClicks(dialog.title, "Interim HR")
    qtbot.keyClicks(dialog.client, "Gemeente Breda")
    dialog.start_on.set_date(date(2025, 2, 1))
    dialog.network.setCurrentIndex(dialog.network.findData(ids["network"]))
    # choosing a network turns "own acquisition" into "referral received"
    assert Route(dialog.route.currentData()) == Route.REFERRAL_RECEIVED
    dialog.person.setCurrentIndex(dialog.person.findData(ids["person"]))
    qtbot.keyClicks(dialog.hours, "12,5")
    for day, amount in ((date(2025, 3, 31), "1.234,56"), (date(2025, 4, 30), "€ 765,44")):
        qtbot.mouseClick(dialog.add_revenue_button, Qt.MouseButton.LeftButton)
        entry = dialog.revenue_dialog
        entry.on.set_date(day)
        if amount.startswith("€"):  # QTest types ASCII only: the euro sign is inserted
            entry.amount.insert("€ ")
            amount = amount[2:]
        qtbot.keyClicks(entry.amount, amount)
        _ok(entry)
    assert dialog.lines.rowCount() == 2
    _ok(dialog)
    assert not dialog.isVisible()


def test_enter_engagement_with_revenue_and_see_the_review_change(window, db, ids, qtbot) -> None:
    review = window.show_view("review")
    review.set_year(2025)
    before = next(r for r in review.model.rows if r.network_id == ids["network"])
    assert before.revenue_cents == 0

    view = window.show_view("work")
    _enter_engagement(qtbot, view.engagements, ids)

    with db.session() as session:
        engagement = session.scalar(select(Engagement))
        assert (engagement.title, engagement.client) == ("Interim HR", "Gemeente Breda")
        assert engagement.network_id == ids["network"]
        assert engagement.via_person_id == ids["person"]
        assert engagement.minutes_spent == 750  # 12,5 hours
        amounts = session.scalars(select(RevenueEntry.amount_cents).order_by(RevenueEntry.on))
        assert list(amounts) == [123456, 76544]
    assert view.engagements.model.rowCount() == 1

    review = window.show_view("review")
    after = next(r for r in review.model.rows if r.network_id == ids["network"])
    # 1 234,56 + 765,44 = 2 000,00 revenue; commission 10 % = 200,00; the referral counted
    assert after.revenue_cents == 200000
    assert after.figures.commission_cents == Decimal(20000)
    assert after.figures.referrals_received == 1
    assert review.model.rows[-1].revenue_cents == 200000  # the totals row


def test_estimated_value_of_a_referral_received(window, db, ids, qtbot) -> None:
    """Shown only for the route "referral received"; it is the referral's value in the
    review (reciprocity), whatever revenue follows."""
    view = window.show_view("work")
    qtbot.mouseClick(view.engagements.new_button, Qt.MouseButton.LeftButton)
    dialog = view.engagements.dialog
    assert not dialog.estimate.isVisibleTo(dialog)  # own acquisition: no estimate
    qtbot.keyClicks(dialog.title, "Teamcoaching")
    dialog.start_on.set_date(date(2025, 9, 1))
    dialog.network.setCurrentIndex(dialog.network.findData(ids["network"]))
    assert Route(dialog.route.currentData()) == Route.REFERRAL_RECEIVED
    assert dialog.estimate.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.estimate, "8.500")
    qtbot.mouseClick(dialog.add_revenue_button, Qt.MouseButton.LeftButton)
    dialog.revenue_dialog.on.set_date(date(2026, 1, 31))  # invoiced the next year
    qtbot.keyClicks(dialog.revenue_dialog.amount, "3.000")
    _ok(dialog.revenue_dialog)
    _ok(dialog)
    assert not dialog.isVisible()
    with db.session() as session:
        assert session.scalar(select(Engagement.estimated_value_cents)) == 850000
    review = window.show_view("review")
    review.set_year(2025)
    row = next(r for r in review.model.rows if r.network_id == ids["network"])
    assert (row.figures.referrals_received, row.figures.referrals_received_cents) == (1, 850000)
    # another route drops the estimate
    view = window.show_view("work")
    engagements = view.engagements
    index = engagements.proxy.index(0, 0)
    qtbot.mouseClick(
        engagements.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=engagements.table.visualRect(index).center(),
    )
    qtbot.mouseDClick(
        engagements.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=engagements.table.visualRect(index).center(),
    )
    dialog = engagements.dialog
    assert dialog.estimate.cents() == 850000
    dialog.route.setCurrentIndex(dialog.route.findData(Route.JOINT_ASSIGNMENT))
    assert not dialog.estimate.isVisibleTo(dialog)
    _ok(dialog)
    with db.session() as session:
        assert session.scalar(select(Engagement.estimated_value_cents)) is None


def test_nothing_is_saved_while_the_dialog_reports_a_problem(window, db, ids, qtbot) -> None:
    view = window.show_view("work")
    qtbot.mouseClick(view.engagements.new_button, Qt.MouseButton.LeftButton)
    dialog = view.engagements.dialog
    _ok(dialog)  # no title
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "title" in dialog.error.text()
    qtbot.keyClicks(dialog.title, "Workshop")
    dialog.route.setCurrentIndex(dialog.route.findData(Route.JOINT_ASSIGNMENT))
    _ok(dialog)  # joint assignment needs a network
    assert "network" in dialog.error.text()
    assert _count(db, Engagement) == 0
    qtbot.mouseClick(dialog.add_revenue_button, Qt.MouseButton.LeftButton)
    entry = dialog.revenue_dialog
    qtbot.keyClicks(entry.amount, "12,345")  # thousands: 12 345 euros — fine
    qtbot.keyClicks(entry.amount, "x")
    _ok(entry)
    assert entry.isVisible() and "not a number" in entry.error.text()
    qtbot.keyClick(entry.amount, Qt.Key.Key_Backspace)  # "12,345x" -> "12,345": fixed
    assert entry.error.isHidden()
    qtbot.keyClicks(entry.amount, "y")  # wrong again: the message waits for the next OK
    assert entry.error.isHidden()
    _ok(entry)
    assert entry.error.isVisible()
    entry.reject()
    dialog.reject()
    assert _count(db, Engagement) == 0


def test_filter_box_filters_while_typing_and_delete_asks(
    window, db, ids, qtbot, monkeypatch
) -> None:
    from zpdesk.services import work

    with db.session() as session:
        for title, client in (
            ("Interim HR", "Breda"),
            ("Workshop", "Tilburg"),
            ("Coaching", "Breda"),
            ("Ondersteuning", "Stichting Zoë"),
        ):
            work.save_engagement(
                session, work.EngagementInput(title=title, client=client, start_on=date(2025, 1, 1))
            )
    view = window.show_view("work")
    tab = view.engagements
    assert tab.proxy.rowCount() == 4
    qtbot.keyClicks(tab.filter, "bre")
    assert tab.proxy.rowCount() == 2
    assert "2 engagements" in tab.footer.text()
    tab.filter.clear()
    qtbot.keyClicks(tab.filter, "ZOE")  # accents and case do not count
    assert tab.proxy.rowCount() == 1
    tab.filter.clear()
    qtbot.keyClicks(tab.filter, "workshop")
    assert tab.proxy.rowCount() == 1
    tab.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert _count(db, Engagement) == 4
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert _count(db, Engagement) == 3
    with db.session() as session:
        assert "Workshop" not in session.scalars(select(Engagement.title)).all()


def test_referral_and_expense_dialogs_and_the_yearly_fee(
    window, db, ids, qtbot, monkeypatch
) -> None:
    view = window.show_view("work")
    view.tabs.setCurrentWidget(view.referrals)
    qtbot.mouseClick(view.referrals.new_button, Qt.MouseButton.LeftButton)
    dialog = view.referrals.dialog
    dialog.on.set_date(date(2025, 5, 1))
    dialog.person.setCurrentIndex(dialog.person.findData(ids["person"]))
    dialog.network.setCurrentIndex(dialog.network.findData(ids["network"]))
    qtbot.keyClicks(dialog.value, "2.500")
    dialog.became_work.setChecked(True)
    _ok(dialog)
    with db.session() as session:
        referral = session.scalar(select(ReferralGiven))
        assert (referral.estimated_value_cents, referral.became_work) == (250000, True)
    assert view.referrals.model.rowCount() == 1

    view.tabs.setCurrentWidget(view.expenses)
    tab = view.expenses
    tab.network.setCurrentIndex(tab.network.findData(ids["network"]))
    # joined 2024, fee € 600: every membership year shows an expected fee, nothing booked
    this_year = clock.today().year
    expected = [r for r in tab.model.rows if r.expected]
    assert [r.fee_year for r in expected] == list(range(this_year, 2023, -1))
    assert _count(db, Expense) == 0
    assert "expected" in tab.footer.text()
    assert not tab.book_button.isEnabled()
    # click the 2024 row (it looks different: italic), then Book: date and amount asked
    row_2024 = next(i for i, r in enumerate(tab.model.rows) if r.fee_year == 2024)
    index = tab.proxy.mapFromSource(tab.model.index(row_2024, 2))
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    qtbot.mouseClick(
        tab.table.viewport(), Qt.MouseButton.LeftButton, pos=tab.table.visualRect(index).center()
    )
    assert tab.book_button.isEnabled() and not tab.edit_button.isEnabled()
    qtbot.mouseClick(tab.book_button, Qt.MouseButton.LeftButton)
    booking = tab.dialog
    assert booking.on.date_value() == date(2024, 1, 1)
    assert not booking.network.isEnabled() and not booking.category.isEnabled()
    booking.on.set_date(date(2024, 2, 12))
    booking.amount.clear()
    qtbot.keyClicks(booking.amount, "575")
    _ok(booking)
    with db.session() as session:
        fee = session.scalar(select(Expense))
        assert (fee.on, fee.fee_year, fee.amount_cents) == (date(2024, 2, 12), 2024, 57500)
    assert [r.fee_year for r in tab.model.rows if r.expected] == list(range(this_year, 2024, -1))

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    expense = tab.dialog
    expense.on.set_date(date(2025, 6, 1))
    expense.category.setCurrentIndex(expense.category.findData(ExpenseCategory.TRAVEL))
    qtbot.keyClicks(expense.amount, "45,50")
    _ok(expense)
    with db.session() as session:
        travel = session.scalar(select(Expense).where(Expense.category == ExpenseCategory.TRAVEL))
        assert travel.amount_cents == 4550 and travel.fee_year is None
    # a second membership fee in one year (2024 was booked above) is refused inside the dialog
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    expense = tab.dialog
    expense.on.set_date(date(2024, 6, 1))
    expense.category.setCurrentIndex(expense.category.findData(ExpenseCategory.MEMBERSHIP_FEE))
    qtbot.keyClicks(expense.amount, "10")
    _ok(expense)
    assert expense.isVisible() and "2024" in expense.error.text()
    expense.reject()


DUTCH = (
    "Factuurnummer;Factuurdatum;Klant;Omschrijving;Bedrag excl. BTW\r\n"
    "F-1;15-01-2025;Gemeente Breda;Interim HR;€ 1.234,56\r\n"
    "F-2;3-2-25;Café De Zwaan;Workshop;765,44\r\n"
    "F-3;31-02-2025;Gemeente Breda;Interim HR;100,00\r\n"
)


def test_csv_import_dialog_shows_preview_and_bad_line_then_imports(
    window, db, ids, qtbot, monkeypatch, tmp_path: Path
) -> None:
    path = tmp_path / "facturen.csv"
    path.write_bytes(DUTCH.encode("cp1252"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "CSV files (*.csv)")
    )
    view = window.show_view("work")
    tab = view.engagements
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert "Windows-1252" in dialog.findChild(type(dialog.summary), "fileInfo").text()
    assert dialog.model.rowCount() == 2
    assert [dialog.rejected.item(i).text() for i in range(dialog.rejected.count())] == [
        "Line 4: “31-02-2025” is not a date (use dd-mm-yyyy)"
    ]
    assert _count(db, RevenueEntry) == 0  # nothing before the user confirms
    # choosing "not in the file" for the amount disables the import
    from zpdesk.services.csv_import import Field

    dialog.set_column(Field.AMOUNT, None)
    assert not dialog.import_button.isEnabled()
    dialog.set_column(Field.AMOUNT, "Bedrag excl. BTW")
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with db.session() as session:
        rows = session.execute(
            select(Engagement.client, RevenueEntry.on, RevenueEntry.amount_cents)
            .join(Engagement)
            .order_by(RevenueEntry.on)
        ).all()
    assert rows == [
        ("Gemeente Breda", date(2025, 1, 15), 123456),
        ("Café De Zwaan", date(2025, 2, 3), 76544),
    ]
    assert "2 new engagement" in tab.message.text()
    assert tab.model.rowCount() == 2


def test_csv_export_buttons(window, db, ids, qtbot, monkeypatch, tmp_path: Path) -> None:
    from zpdesk.services import work

    with db.session() as session:
        work.save_engagement(
            session,
            work.EngagementInput(
                title="X",
                start_on=date(2025, 1, 1),
                revenue=[work.RevenueLine(date(2025, 1, 31), 1000)],
            ),
        )
    view = window.show_view("work")
    out = tmp_path / "revenue.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view.engagements.export_revenue()
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("2025-01-31,10.00,,X")
    assert "1 line" in view.engagements.message.text()
