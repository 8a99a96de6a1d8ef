"""Service errors: raised with a text marked for translation, its values and field, and
translated once, in the window (zpdesk.ui.errors.error_text)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from zpdesk.domain.enums import ExpenseCategory
from zpdesk.services import work
from zpdesk.services.errors import NotFoundError, ValidationError
from zpdesk.ui.errors import error_text

SERVICES = Path(__file__).resolve().parents[1] / "src" / "zpdesk" / "services"
# the modules whose errors are marked (the others still raise plain English text)
MARKED = ("contract.py", "work.py", "networks.py", "people.py", "settings.py", "timelog.py")


@pytest.fixture
def dutch_window(qapp) -> Iterator[None]:
    from zpdesk.ui import i18n

    i18n.install_translators(qapp, "nl")
    yield
    i18n.install_translators(qapp, "en")


def _expense(cents: int) -> work.ExpenseInput:
    return work.ExpenseInput(
        network_id=1, on=date(2026, 3, 1), amount_cents=cents, category=ExpenseCategory.EVENT
    )


def test_the_error_keeps_its_text_values_and_field_and_reads_english() -> None:
    with pytest.raises(ValidationError) as caught:
        work.validate_expense(_expense(-100))
    exc = caught.value
    assert (exc.text, exc.values, exc.field) == ("An expense cannot be negative.", (), "amount")
    assert str(exc) == "An expense cannot be negative."  # the command line reads English


def test_the_window_translates_once_then_fills_in_the_values(db, dutch_window) -> None:
    with pytest.raises(ValidationError) as caught:
        work.validate_expense(_expense(-100))
    assert error_text(caught.value) == "Een uitgave kan niet negatief zijn."
    with db.session() as session, pytest.raises(NotFoundError) as missing:
        work.get_engagement(session, 987)
    assert str(missing.value) == "engagement 987 no longer exists"
    assert error_text(missing.value) == "opdracht 987 bestaat niet meer"


def test_a_value_that_looks_like_a_placeholder_is_shown_as_it_is(dutch_window) -> None:
    exc = ValidationError(
        "'%1' already has a membership fee for %2.", "category", values=("KKP %2", 2026)
    )
    assert str(exc) == "'KKP %2' already has a membership fee for 2026."
    assert error_text(exc) == "‘KKP %2’ heeft al een contributie voor 2026."


def test_other_errors_are_shown_as_they_read() -> None:
    assert error_text(OSError("disk full")) == "disk full"


@pytest.mark.parametrize("module", MARKED)
def test_every_error_these_services_raise_is_marked_for_translation(module: str) -> None:
    offences = []
    tree = ast.parse((SERVICES / module).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("ValidationError", "NotFoundError")
        ):
            first = node.args[0] if node.args else None
            marked = (
                isinstance(first, ast.Call)
                and isinstance(first.func, ast.Name)
                and first.func.id == "QT_TRANSLATE_NOOP"
                and isinstance(first.args[0], ast.Constant)
                and first.args[0].value == "services"
            )
            if not marked:
                offences.append(f"{module}:{node.lineno}")
    assert offences == []
