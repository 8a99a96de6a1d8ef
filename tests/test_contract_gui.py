"""The contract screens driven like a user would, checked against the database."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from zpdesk.domain.enums import (
    ContractPhase,
    ContractSpecificity,
    ContractTimeFrame,
    Direction,
    ExpectationArea,
    HealthFactor,
    Motive,
    NetworkKind,
    TargetPeriod,
    TargetUnit,
)
from zpdesk.services import contract as svc
from zpdesk.store.models import (
    CheckIn,
    ContractAssessment,
    Expectation,
    HealthCheck,
    Network,
    NetworkMotive,
)
from zpdesk.ui.contract.dialogs import (
    AssessmentDialog,
    CheckInDialog,
    CheckInPassDialog,
    EnumCombo,
    ExpectationDialog,
    HealthCheckDialog,
    SuggestionsDialog,
)
from zpdesk.ui.contract.models import CheckInPassModel, ExpectationTableModel, SuggestionModel
from zpdesk.ui.contract.tabs import ContractTab, ContractTypeTab, HealthTab

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def english_locale():  # noqa: ANN201
    """Texts below are checked in English (UK) number and date formats."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


TODAY = date.today()


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _network(db, name: str = "KKP West-Brabant", motives=()) -> int:  # noqa: ANN001
    with db.session() as s:
        network = Network(name=name, kind=NetworkKind.KNOWLEDGE_NETWORK)
        network.motives = [NetworkMotive(motive=m) for m in motives]
        s.add(network)
        s.flush()
        return network.id


def _tab(qtbot, window, cls, network_id: int):  # noqa: ANN001, ANN202
    tab = cls(window.context)
    qtbot.addWidget(tab)
    # as the Networks view does for its detail tabs: reload after every change
    window.context.actions.changed.connect(tab.refresh)
    tab.set_network(network_id)
    tab.resize(1000, 600)
    tab.show()
    return tab


def _ok(qtbot, dialog) -> None:  # noqa: ANN001
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _choose(combo: QComboBox, value: object) -> None:
    if isinstance(combo, EnumCombo):
        combo.set_value(value)
    else:
        combo.setCurrentIndex(combo.findData(value))
    assert combo.currentIndex() >= 0


def _fill_expectation(qtbot, dialog: ExpectationDialog, statement: str, importance: int) -> None:  # noqa: ANN001
    qtbot.keyClicks(dialog.statement, statement)
    dialog.importance.setValue(importance)
    dialog.opened.setDate(_qdate(TODAY - timedelta(days=365)))


def test_add_expectations_in_both_directions_through_the_dialogs(qtbot, window, db) -> None:  # noqa: ANN001
    network_id = _network(db)
    tab = _tab(qtbot, window, ContractTab, network_id)

    qtbot.mouseClick(tab.give_panel.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(ExpectationDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.direction.value() is Direction.GIVE
    _ok(qtbot, dialog)  # nothing written yet: the statement is missing
    assert dialog.isVisible() and "Write down" in dialog.error.text()
    _fill_expectation(qtbot, dialog, "Attend the breakfast sessions", 4)
    _choose(dialog.area, ExpectationArea.TIME)
    dialog.has_target.setChecked(True)
    qtbot.keyClicks(dialog.quantity, "20")
    _choose(dialog.unit, TargetUnit.MEETINGS)
    _choose(dialog.period, TargetPeriod.YEAR)
    dialog.explicit.setChecked(True)
    _ok(qtbot, dialog)
    assert not dialog.isVisible()

    qtbot.mouseClick(tab.get_panel.add_button, Qt.MouseButton.LeftButton)
    dialog = [d for d in tab.findChildren(ExpectationDialog) if d.isVisible()][0]
    assert dialog.direction.value() is Direction.GET
    _fill_expectation(qtbot, dialog, "Learn something I can use with clients", 5)
    _choose(dialog.area, ExpectationArea.KNOWLEDGE)
    dialog.has_target.setChecked(True)
    qtbot.keyClicks(dialog.quantity, "-1")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "negative" in dialog.error.text()
    dialog.has_target.setChecked(False)
    _ok(qtbot, dialog)

    with db.session() as s:
        rows = s.execute(
            select(
                Expectation.direction,
                Expectation.statement,
                Expectation.importance,
                Expectation.target_quantity,
                Expectation.target_unit,
                Expectation.explicit,
            ).order_by(Expectation.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        (
            Direction.GIVE,
            "Attend the breakfast sessions",
            4,
            Decimal(20),
            TargetUnit.MEETINGS,
            True,
        ),
        (Direction.GET, "Learn something I can use with clients", 5, None, None, False),
    ]
    # each side shows its own
    give, get = tab.give_panel.model, tab.get_panel.model
    assert give.rowCount() == 1 and get.rowCount() == 1
    assert give.index(0, ExpectationTableModel.TARGET).data().startswith("20 meetings a year")
    assert get.index(0, ExpectationTableModel.STATEMENT).data().startswith("Learn")


def test_checkin_pass_raises_a_breach_on_the_overview(qtbot, window, db) -> None:  # noqa: ANN001
    network_id = _network(db)
    with db.session() as s:
        learn = svc.add_expectation(
            s,
            network_id,
            svc.ExpectationData(
                Direction.GET,
                ExpectationArea.KNOWLEDGE,
                "Learn something at most sessions",
                importance=5,
                opened_on=TODAY - timedelta(days=400),
            ),
        )
        host = svc.add_expectation(
            s,
            network_id,
            svc.ExpectationData(
                Direction.GIVE,
                ExpectationArea.KNOWLEDGE,
                "Host a session",
                importance=3,
                opened_on=TODAY - timedelta(days=400),
            ),
        )
    tab = _tab(qtbot, window, ContractTab, network_id)
    overview = window.show_view("overview")
    breaches = overview.sections["breaches"]
    assert breaches.model.rowCount() == 0

    # first pass, two months ago: through the score editor of the table
    qtbot.mouseClick(tab.pass_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(CheckInPassDialog)
    assert dialog is not None
    assert {e.row.id for e in dialog.model.rows()} == {learn, host}
    dialog.set_date(TODAY - timedelta(days=60))
    _ok(qtbot, dialog)  # nothing scored yet
    assert dialog.isVisible() and dialog.error.text()
    row = next(i for i, e in enumerate(dialog.model.rows()) if e.row.id == learn)
    index = dialog.model.index(row, CheckInPassModel.SCORE)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findData(2))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rows()[row].score == 2)  # the commit is queued
    dialog.set_score(host, 4, "hosted the May session")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert breaches.model.rowCount() == 0  # one low score is not a breach yet

    # second pass today: "learn" scores 1 again → two low scores on importance 5
    qtbot.mouseClick(tab.pass_button, Qt.MouseButton.LeftButton)
    dialog = [d for d in tab.findChildren(CheckInPassDialog) if d.isVisible()][0]
    dialog.set_score(learn, 1)
    _ok(qtbot, dialog)

    with db.session() as s:
        scores = s.execute(
            select(CheckIn.expectation_id, CheckIn.on, CheckIn.score, CheckIn.note).order_by(
                CheckIn.on, CheckIn.expectation_id
            )
        ).all()
        summary = svc.network_summaries(s, TODAY)[network_id]
    assert [tuple(r) for r in scores] == [
        (learn, TODAY - timedelta(days=60), 2, ""),
        (host, TODAY - timedelta(days=60), 4, "hosted the May session"),
        (learn, TODAY, 1, ""),
    ]
    assert summary.breach and summary.breaches[0].expectation_id == learn
    # (3 × 0.75 + 5 × 0) / 8 = 0.28125
    assert summary.fulfilment == Decimal("0.28125")

    window.show_view("overview")
    assert breaches.model.rowCount() == 1
    assert breaches.model.index(0, 0).data() == "KKP West-Brabant"
    assert breaches.model.index(0, 2).data() == "Learn something at most sessions"
    assert "2 and 1" in breaches.model.index(0, 3).data()
    assert breaches.table.isVisible()
    networks = overview.sections["networks"]
    assert networks.model.index(0, 2).data() == "28 %"
    # and the tab flags it: the row has a breach icon
    get_row = tab.get_panel.model.row_at(0)
    assert get_row.breach
    assert tab.get_panel.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None


def test_suggestions_for_a_new_network(qtbot, window, db) -> None:  # noqa: ANN001
    network_id = _network(db, motives=[Motive.KNOWLEDGE])
    tab = _tab(qtbot, window, ContractTab, network_id)
    assert tab.suggest_button.isVisible()
    qtbot.mouseClick(tab.suggest_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(SuggestionsDialog)
    assert dialog is not None
    model = dialog.model
    offered = model.rowCount()
    assert offered >= 4
    # drop everything but the first two, and rewrite the first
    dialog.set_all(False)
    for row in (0, 1):
        model.setData(
            model.index(row, SuggestionModel.USE),
            Qt.CheckState.Checked,
            Qt.ItemDataRole.CheckStateRole,
        )
    model.setData(model.index(0, SuggestionModel.STATEMENT), "Keep my word")
    model.setData(model.index(1, SuggestionModel.IMPORTANCE), 2)
    kept = [model.row_at(0), model.row_at(1)]
    _ok(qtbot, dialog)
    with db.session() as s:
        saved = s.execute(
            select(Expectation.statement, Expectation.importance).order_by(Expectation.id)
        ).all()
    assert [tuple(r) for r in saved] == [
        ("Keep my word", kept[0].importance),
        (kept[1].statement, 2),
    ]
    assert not tab.suggest_button.isVisible()  # only for a network without expectations


def test_single_checkin_retire_reopen_and_delete(qtbot, window, db, monkeypatch) -> None:  # noqa: ANN001
    network_id = _network(db)
    with db.session() as s:
        eid = svc.add_expectation(
            s,
            network_id,
            svc.ExpectationData(
                Direction.GIVE,
                ExpectationArea.TIME,
                "Show up",
                opened_on=TODAY - timedelta(days=30),
            ),
        )
    tab = _tab(qtbot, window, ContractTab, network_id)
    panel = tab.give_panel
    assert not panel.checkin_button.isEnabled()
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.checkin_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(CheckInDialog)
    assert dialog is not None
    dialog.set_values(TODAY, 4, "on time")
    _ok(qtbot, dialog)
    with db.session() as s:
        assert [(c.score, c.note) for c in svc.checkin_history(s, eid)] == [(4, "on time")]
    assert panel.model.index(0, ExpectationTableModel.LATEST).data() == "4"

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.retire_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert svc.expectation_data(s, eid).retired_on == TODAY
    assert panel.model.rowCount() == 0  # retired ones are hidden…
    tab.show_retired.setChecked(True)
    assert panel.model.rowCount() == 1  # …until asked for
    panel.table.selectRow(0)
    assert panel.retire_button.text() == "Reopen"
    qtbot.mouseClick(panel.retire_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert svc.expectation_data(s, eid).retired_on is None

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.scalar(select(Expectation.id)) is None


def test_health_check_added_edited_and_trended(qtbot, window, db, monkeypatch) -> None:  # noqa: ANN001
    network_id = _network(db)
    tab = _tab(qtbot, window, HealthTab, network_id)
    assert "No health check yet" in tab.summary.text()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(HealthCheckDialog)
    assert dialog is not None
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "at least one" in dialog.error.text()
    dialog.on.setDate(_qdate(TODAY - timedelta(days=100)))
    _choose(dialog.scores[HealthFactor.TEAM_SPIRIT], 4)
    _choose(dialog.scores[HealthFactor.COORDINATOR], 2)
    qtbot.keyClicks(dialog.notes[HealthFactor.COORDINATOR], "nobody steers")
    _ok(qtbot, dialog)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = [d for d in tab.findChildren(HealthCheckDialog) if d.isVisible()][0]
    # a new check starts from the previous scores
    assert dialog.scores[HealthFactor.TEAM_SPIRIT].currentData() == 4
    _choose(dialog.scores[HealthFactor.COORDINATOR], 3)
    _ok(qtbot, dialog)

    with db.session() as s:
        history = svc.factor_history(s, network_id)
    assert history[HealthFactor.COORDINATOR] == [(TODAY - timedelta(days=100), 2), (TODAY, 3)]
    model = tab.model
    assert model.columnCount() == 4  # factor, trend, two checks
    coordinator = list(HealthFactor).index(HealthFactor.COORDINATOR)
    from zpdesk.ui.contract.widgets import SPARK_ROLE

    assert model.index(coordinator, 1).data(SPARK_ROLE) == [2, 3]
    assert model.index(coordinator, 2).data(Qt.ItemDataRole.ToolTipRole) == "nobody steers"

    # select the first check's column and delete it
    tab.table.selectColumn(2)
    assert tab.delete_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.scalars(select(HealthCheck.on)).all() == [TODAY]


def test_contract_type_per_year(qtbot, window, db) -> None:  # noqa: ANN001
    network_id = _network(db)
    tab = _tab(qtbot, window, ContractTypeTab, network_id)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(AssessmentDialog)
    assert dialog is not None
    dialog.year.setValue(2025)
    qtbot.mouseClick(dialog.short_term, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.specific, Qt.MouseButton.LeftButton)
    assert "Transactional" in dialog.result.text()
    _choose(dialog.phase, ContractPhase.FORMING)
    _ok(qtbot, dialog)

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = [d for d in tab.findChildren(AssessmentDialog) if d.isVisible()][0]
    assert dialog.short_term.isChecked()  # starts from the last answers
    dialog.year.setValue(2026)
    qtbot.mouseClick(dialog.open_ended, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.unspecific, Qt.MouseButton.LeftButton)
    assert "Relational" in dialog.result.text()
    _ok(qtbot, dialog)

    with db.session() as s:
        saved = s.execute(
            select(
                ContractAssessment.year,
                ContractAssessment.time_frame,
                ContractAssessment.specificity,
            ).order_by(ContractAssessment.year)
        ).all()
    assert [tuple(r) for r in saved] == [
        (2025, ContractTimeFrame.SHORT_TERM, ContractSpecificity.SPECIFIC),
        (2026, ContractTimeFrame.OPEN_ENDED, ContractSpecificity.UNSPECIFIC),
    ]
    assert tab.model.index(1, 3).data() == "Relational (was Transactional)"
    assert "2026: Transactional → Relational" in tab.movement.text()


def test_overview_on_an_empty_database(window) -> None:  # noqa: ANN001
    overview = window.show_view("overview")
    assert list(overview.sections) == [
        "coming_up",
        "exclusivity",
        "breaches",
        "at_risk",
        "due",
        "networks",
        "year_to_date",
    ]
    assert overview.sections["exclusivity"].isHidden()  # shown only for a conflict
    assert overview.sections["breaches"].empty.text() == (
        "No breaches: every important expectation is on track."
    )
    for key in ("coming_up", "breaches", "at_risk", "due", "networks"):
        section = overview.sections[key]
        assert section.model.rowCount() == 0
        assert section.empty.isVisible() and section.empty.text()


def test_overview_shows_this_years_money_per_network(demo_window) -> None:  # noqa: ANN001
    overview = demo_window.show_view("overview")
    figures = overview.sections["year_to_date"].figures
    names = [figures.model.index(row, 0).data() for row in range(figures.model.rowCount())]
    assert "Interim Collectief Zuid" in names
    assert names[-1] == "Total"


def test_a_long_breach_list_shows_the_most_important_and_says_so(
    demo_window,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    from zpdesk.ui.contract.overview_sections import BreachesSection

    # three more important expectations scored low twice: breaches in more networks
    today = date.today()
    with demo_window.context.db.session() as session:
        live = [s.network_id for s in svc.contract_overview(session, today).live_networks]
        candidates = session.scalars(
            select(Expectation.id)
            .where(
                Expectation.network_id.in_(live),
                Expectation.importance >= 4,
                Expectation.retired_on.is_(None),
            )
            .order_by(Expectation.id)
        ).all()
        for expectation_id in candidates[:3]:
            svc.add_checkin(session, expectation_id, today - timedelta(days=9), 1)
            svc.add_checkin(session, expectation_id, today - timedelta(days=2), 2)

    overview = demo_window.show_view("overview")
    overview.refresh()
    section = overview.sections["breaches"]
    every = section.model.rows()
    assert len(every) >= 2 and not section.more.isVisible()
    kept = max(1, sum(1 for _, breach in every if breach.importance == 5))
    assert kept < len(every)

    monkeypatch.setattr(BreachesSection, "MAX_SHOWN", kept)
    overview.refresh()
    shown = section.model.rows()
    assert len(shown) == kept
    # the most important ones, in the list's own order
    assert (
        sorted(b.importance for _, b in shown)
        == sorted((b.importance for _, b in every), reverse=True)[:kept]
    )
    assert shown == [row for row in every if row in shown]
    assert section.more.isVisible()
    assert f"The {kept} most important of {len(every)} breaches" in section.more.text()
    assert section.heading.text().endswith(f"({len(every)})")


def test_overview_shows_at_risk_apart_and_never_checked(window, db, qtbot) -> None:  # noqa: ANN001
    """An importance-5 expectation that scored 2 once is at risk; the Overview never says
    everything is on track then. A network never health-checked says so (issue 14)."""
    from PySide6.QtTest import QTest

    from zpdesk.ui.contract.models import AtRiskModel, DueModel

    with db.session() as s:
        network = Network(
            name="KKP West-Brabant",
            kind=NetworkKind.KNOWLEDGE_NETWORK,
            joined_on=TODAY - timedelta(days=914),
        )
        s.add(network)
        s.flush()
        learn = svc.add_expectation(
            s,
            network.id,
            svc.ExpectationData(
                Direction.GET,
                ExpectationArea.KNOWLEDGE,
                "Learn from the others",
                importance=5,
                opened_on=TODAY - timedelta(days=100),
            ),
        )
        svc.add_checkin(s, learn, TODAY - timedelta(days=10), 2)
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(0))  # "Overview"
    window.show_view("networks")
    QTest.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "overview"
    overview = window.stack.currentWidget()
    breaches = overview.sections["breaches"]
    assert breaches.model.rowCount() == 0
    assert breaches.empty.text() == (
        "No breaches, but 1 important expectation is at risk: see below."
    )
    at_risk = overview.sections["at_risk"]
    assert at_risk.model.rowCount() == 1
    assert at_risk.model.index(0, AtRiskModel.STATEMENT).data() == "Learn from the others"
    assert at_risk.model.index(0, AtRiskModel.REASON).data().startswith("scored 2 on ")
    due = overview.sections["due"]
    health = [
        r for r in range(due.model.rowCount())
        if due.model.index(r, DueModel.WHAT).data() == "Health check"
    ]  # fmt: skip
    assert [due.model.index(r, DueModel.LATE).data() for r in health] == ["never checked"]
