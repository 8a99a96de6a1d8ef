"""Point 7: every action through ActionRunner can be undone and redone, exactly.

The recording is generic (SQLite triggers on every table), so these tests use the ORM,
cascades inside SQLite and plain SQL alike, and compare full dumps of every table.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from safety_data import add_engagement, add_network, add_person
from zpdesk.domain.enums import NetworkKind
from zpdesk.store.changes import recording
from zpdesk.store.db import Database
from zpdesk.store.models import (
    CheckIn,
    Engagement,
    Expectation,
    Network,
    Person,
    UserSettings,
)
from zpdesk.ui.actions import ActionRunner

pytestmark = [pytest.mark.gui, pytest.mark.both_stores]


def dump(db: Database) -> dict[str, object]:
    """Every row of every table of ``db`` (a file or a server database)."""
    from zpdesk.services.portable import export_data

    with db.session() as session:
        return export_data(session)["tables"]


def _network(session: Session, name: str) -> Network:
    return session.scalars(select(Network).where(Network.name == name)).one()


def _person(session: Session, name: str) -> Person:
    return session.scalars(select(Person).where(Person.name == name)).one()


def _rename(session: Session) -> None:
    network = _network(session, "KKP West-Brabant")
    network.name = "KKP West-Brabant (regio)"
    network.annual_fee_cents = 30_000


def _check_in(session: Session) -> None:
    expectation = session.scalars(select(Expectation)).first()
    assert expectation is not None
    session.add(CheckIn(expectation_id=expectation.id, on=date(2025, 3, 31), score=5))


def _delete_engagements(session: Session) -> None:
    for engagement in session.scalars(select(Engagement)):
        session.delete(engagement)


def _plain_sql(session: Session) -> None:
    session.execute(update(Network).values(description="bijgewerkt met één UPDATE"))
    session.execute(text("DELETE FROM network_motive WHERE motive = 'social'"))


# Each step: (description, action). Together they create, edit and delete networks with
# children (expectations, check-ins, commitments, occurrences, exdates, health checks),
# people and memberships, through the ORM, SQLite cascades and plain SQL.
STEPS: list[tuple[str, Callable[[Session], object]]] = [
    ("Add network 'KKP West-Brabant'", lambda s: add_network(s, "KKP West-Brabant")),
    (
        "Add network 'Samenwerking Zorg'",
        lambda s: add_network(
            s,
            "Samenwerking Zorg",
            kind=NetworkKind.PROJECT_COLLABORATION,
            parent_id=_network(s, "KKP West-Brabant").id,
        ),
    ),
    (
        "Add person 'Anna Jansen'",
        lambda s: add_person(s, "Anna Jansen", _network(s, "KKP West-Brabant")),
    ),
    (
        "Add person 'Piet Bakker'",
        lambda s: add_person(s, "Piet Bakker", _network(s, "Samenwerking Zorg")),
    ),
    (
        "Add engagement 'Interim HR'",
        lambda s: add_engagement(
            s, "Interim HR", _network(s, "Samenwerking Zorg"), _person(s, "Anna Jansen")
        ),
    ),
    ("Edit network 'KKP West-Brabant'", _rename),
    ("Add check-in", _check_in),
    ("Edit settings", lambda s: s.add(UserSettings(id=1, name="Sanne", target_rate_cents=9_000))),
    # ON DELETE CASCADE (membership) and SET NULL (engagement.via_person_id) in SQLite:
    ("Delete person 'Anna Jansen'", lambda s: s.delete(_person(s, "Anna Jansen"))),
    ("Delete engagements", _delete_engagements),
    ("Bulk edit", _plain_sql),
    # the parent: SET NULL on the child network, cascades to all its own children
    (
        "Delete network 'KKP West-Brabant (regio)'",
        lambda s: s.delete(_network(s, "KKP West-Brabant (regio)")),
    ),
    ("Delete network 'Samenwerking Zorg'", lambda s: s.delete(_network(s, "Samenwerking Zorg"))),
]


def test_undo_every_step_returns_to_the_start_and_redo_to_the_end(
    qapp, db: Database, db_path: Path
) -> None:  # noqa: ANN001
    runner = ActionRunner(db)
    dumps = [dump(db)]
    for description, action in STEPS:
        runner.run(description, action)
        dumps.append(dump(db))
        assert dumps[-1] != dumps[-2], f"{description} changed nothing"
    stack = runner.undo_stack
    assert stack.count() == len(STEPS)
    assert stack.undoText() == "Delete network 'Samenwerking Zorg'"

    for index in range(len(STEPS) - 1, -1, -1):
        assert stack.undoText() == STEPS[index][0]
        stack.undo()
        assert dump(db) == dumps[index], f"undo of {STEPS[index][0]}"
    assert dump(db) == dumps[0]
    assert not stack.canUndo()

    for index in range(len(STEPS)):
        assert stack.redoText() == STEPS[index][0]
        stack.redo()
        assert dump(db) == dumps[index + 1], f"redo of {STEPS[index][0]}"
    assert dump(db) == dumps[-1]


def test_a_network_delete_records_the_rows_sqlite_cascades(db: Database) -> None:
    with db.session() as session:
        network_id = add_network(session, "KKP West-Brabant").id
        add_person(session, "Anna Jansen", session.get(Network, network_id))
    with db.session() as session, recording(session) as changes:
        # a Core DELETE: the ORM knows nothing of the children, SQLite removes them
        session.execute(text("DELETE FROM network WHERE id = :id"), {"id": network_id})
    deleted = sorted({c.table for c in changes if c.op == "delete"})
    assert deleted == [
        "checkin",
        "commitment",
        "commitment_exdate",
        "contract_assessment",
        "expectation",
        "expense",
        "health_check",
        "health_score",
        "membership",
        "network",
        "network_fee",
        "network_motive",
        "obligation",
        "occurrence",
        "time_entry",
        "year_decision",
    ]
    if db.url is not None:
        return  # the server logs a cascade after the row that caused it
    # children are logged before their parents: check-ins before their expectation
    order = [c.table for c in changes]
    assert order.index("checkin") < order.index("expectation") < order.index("network")
    assert order[-1] == "network"


def test_a_failed_action_leaves_no_undo_step(qapp, db: Database, db_path: Path) -> None:  # noqa: ANN001
    runner = ActionRunner(db)
    runner.run("Add network", lambda s: add_network(s, "KKP"))
    runner.run(
        "Add engagement",
        lambda s: add_engagement(s, "Opdracht", _network(s, "KKP"), None),
    )
    before = dump(db)
    # RESTRICT: a network that brought work cannot be deleted
    with pytest.raises(IntegrityError):
        runner.run("Delete network 'KKP'", lambda s: s.delete(_network(s, "KKP")))
    assert dump(db) == before
    assert runner.undo_stack.count() == 2
    assert runner.undo_stack.undoText() == "Add engagement"
    # and recording works normally after the rollback
    runner.run("Edit network", lambda s: setattr(_network(s, "KKP"), "website", "kkp.nl"))
    runner.undo_stack.undo()
    assert dump(db) == before


def test_an_action_that_changes_nothing_is_not_an_undo_step(qapp, db: Database) -> None:  # noqa: ANN001
    runner = ActionRunner(db)
    assert runner.run("Look", lambda s: s.scalars(select(Network)).all()) == []
    assert runner.undo_stack.count() == 0


def test_undo_refuses_when_the_data_changed_behind_its_back(
    qapp, db: Database, db_path: Path, qtbot
) -> None:  # noqa: ANN001
    runner = ActionRunner(db)
    runner.run("Add network 'KKP'", lambda s: add_network(s, "KKP"))
    runner.run("Rename", lambda s: setattr(_network(s, "KKP"), "name", "KKP 2"))
    with db.session() as session:  # not through the runner: not undoable
        _network(session, "KKP 2").website = "https://example.nl"
    before = dump(db)
    with qtbot.waitSignal(runner.undo_failed) as failed:
        runner.undo_stack.undo()
    assert "Rename" in failed.args[0]
    assert dump(db) == before  # rolled back: nothing half-undone
    qtbot.waitUntil(lambda: runner.undo_stack.count() == 0)


def test_undo_of_a_delete_refuses_when_the_row_came_back(
    qapp, db: Database, db_path: Path, qtbot
) -> None:  # noqa: ANN001
    runner = ActionRunner(db)
    runner.run("Add person", lambda s: add_person(s, "Anna"))
    person_id = runner.run("Find", lambda s: _person(s, "Anna").id)
    runner.run("Delete person 'Anna'", lambda s: s.delete(s.get(Person, person_id)))
    with db.session() as session:
        session.add(Person(id=person_id, name="Iemand anders"))
    before = dump(db)
    with qtbot.waitSignal(runner.undo_failed):
        runner.undo_stack.undo()
    assert dump(db) == before


def test_edit_menu_undo_redo_texts_and_shortcuts(window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QKeySequence

    undo, redo = window.safety.undo_action, window.safety.redo_action
    assert undo in window.menu("edit").actions() and redo in window.menu("edit").actions()
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert redo.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert not undo.isEnabled()

    actions = window.context.actions
    actions.run("Add network 'KKP West-Brabant'", lambda s: add_network(s, "KKP West-Brabant"))
    actions.run(
        "Delete network 'KKP West-Brabant'", lambda s: s.delete(_network(s, "KKP West-Brabant"))
    )
    assert undo.isEnabled()
    assert undo.text() == "Undo Delete network 'KKP West-Brabant'"
    undo.trigger()
    assert undo.text() == "Undo Add network 'KKP West-Brabant'"
    assert redo.text() == "Redo Delete network 'KKP West-Brabant'"
    with window.context.db.session() as session:
        assert _network(session, "KKP West-Brabant").name == "KKP West-Brabant"
    redo.trigger()
    with window.context.db.session() as session:
        assert session.scalars(select(Network)).all() == []


def test_undo_refreshes_the_visible_view(window, qtbot) -> None:  # noqa: ANN001
    refreshed: list[bool] = []
    window.context.actions.run("Add network 'KKP'", lambda s: add_network(s, "KKP"))
    view = window.view(window.current_key())
    view.refresh = lambda: refreshed.append(True)  # type: ignore[method-assign]
    window.safety.undo_action.trigger()
    assert refreshed


def test_a_fee_change_and_its_history_undo_together(qapp, db: Database) -> None:  # noqa: ANN001
    from zpdesk.services import networks as network_service

    runner = ActionRunner(db)
    network_id = runner.run("Add network", lambda s: add_network(s, "KKP").id)

    def change_fee(cents: int, year: int) -> Callable[[Session], None]:
        def action(session: Session) -> None:
            values = network_service.get_network(session, network_id).values
            values.annual_fee_cents = cents
            network_service.update_network(session, network_id, values, fee_from_year=year)

        return action

    dumps = [dump(db)]
    for cents, year in ((30_000, 2025), (32_500, 2025), (35_000, 2026)):
        runner.run("Change the fee", change_fee(cents, year))
        dumps.append(dump(db))
    fees = [(row["from_year"], row["amount_cents"]) for row in dumps[-1]["network_fee"]]
    # add_network's history (€ 200, € 250 from 2024), then 2025 set twice and 2026
    assert sorted(fees) == [(1900, 20_000), (2024, 25_000), (2025, 32_500), (2026, 35_000)]
    for index in range(3, 0, -1):
        runner.undo_stack.undo()
        assert dump(db) == dumps[index - 1]
