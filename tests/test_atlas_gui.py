"""The Atlas view driven as a person does: pick the year, click a node and read its list,
double-click to open it, zoom and pan, filter, export; and the atlas/overlap commands."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QPushButton

from atlas_data import fill
from zpdesk import cli
from zpdesk.ui import formatting
from zpdesk.ui.atlas.scene import NETWORK, PERSON, NodeKey

pytestmark = pytest.mark.gui


@pytest.fixture
def ids(db) -> dict[str, int]:  # noqa: ANN001
    with db.session() as session:
        return fill(session)


@pytest.fixture
def atlas_view(window, ids, qtbot):  # noqa: ANN001, ANN201
    window.resize(1280, 800)
    view = window.show_view("atlas")
    view.year.setFocus()
    qtbot.keyClicks(view.year, "2025")  # type the year into the year box, as a person can
    assert view.year.currentData() == 2025
    return view


def _click(view, key: NodeKey, double: bool = False) -> None:  # noqa: ANN001
    item = view.atlas_scene.nodes[key]
    view.canvas.ensureVisible(item)
    at = view.canvas.mapFromScene(item.sceneBoundingRect().center())
    click = QTest.mouseDClick if double else QTest.mouseClick
    click(view.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def _detail(view) -> list[tuple[str, int, int]]:  # noqa: ANN001
    return [(r.name, r.in_cents, r.out_cents) for r in view.detail_model.rows()]


def test_clicking_a_person_shows_their_list(atlas_view, ids) -> None:  # noqa: ANN001
    _click(atlas_view, NodeKey(PERSON, ids["anna"]))
    assert atlas_view.selected_key() == NodeKey(PERSON, ids["anna"])
    assert atlas_view.tabs.currentIndex() == 0
    assert atlas_view.detail_heading.text().startswith("Anna\nHr-Adviseur")
    # her work by network: E1 via Alfa (15 000 in, 2 500 passed on), E5 outside any network
    assert _detail(atlas_view) == [
        ("Alfa Kring", 1_500_000, 250_000),
        ("(no network)", 100_000, 0),
        ("Bravo Groep", 0, 0),
        ("Charlie Kennis", 0, 0),
    ]
    model = atlas_view.detail_model
    assert model.index(0, 1).data() == formatting.money(1_500_000, 0)


def test_clicking_a_network_lists_its_people_and_hovering_shows_figures(atlas_view, ids) -> None:  # noqa: ANN001
    _click(atlas_view, NodeKey(NETWORK, ids["bravo"]))
    assert _detail(atlas_view) == [("Bas", 300_000, 120_000), ("Anna", 0, 0), ("Cor", 0, 0)]
    tooltip = atlas_view.atlas_scene.nodes[NodeKey(NETWORK, ids["bravo"])].toolTip()
    assert "Bravo Groep" in tooltip and "one member per profession" in tooltip
    assert atlas_view.conflicts.isVisible()


def test_double_click_opens_the_network(atlas_view, window, ids) -> None:  # noqa: ANN001
    _click(atlas_view, NodeKey(NETWORK, ids["charlie"]), double=True)
    assert window.current_key() == "networks"
    assert window.view("networks").current_network_id() == ids["charlie"]


def test_zoom_and_pan_with_the_keyboard(atlas_view, qtbot) -> None:  # noqa: ANN001
    canvas = atlas_view.canvas
    canvas.setFocus()
    before = canvas.transform().m11()
    QTest.keyClick(canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert canvas.transform().m11() == pytest.approx(before * 1.44)
    bar = canvas.horizontalScrollBar()
    start = bar.value()
    QTest.keyClick(canvas.viewport(), Qt.Key.Key_Right)
    assert bar.value() > start
    QTest.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.transform().m11() == pytest.approx(before * 1.2)


def test_network_filter_and_active_toggle(atlas_view, qtbot, ids) -> None:  # noqa: ANN001
    atlas_view.network.setFocus()
    qtbot.keyClicks(atlas_view.network, "Charlie")
    kinds = {k for k in atlas_view.atlas_scene.nodes if k.kind == NETWORK}
    assert kinds == {NodeKey(NETWORK, ids["charlie"]), NodeKey(NETWORK, ids["delta"])}
    qtbot.mouseClick(atlas_view.active_only, Qt.MouseButton.LeftButton)
    people = {k.id for k in atlas_view.atlas_scene.nodes if k.kind == PERSON}
    assert people == {ids["anna"], ids["bas"]}  # Eva, also in Charlie, had no work this year
    atlas_view.network.setFocus()
    qtbot.keyClicks(atlas_view.network, "All")
    people = {k.id for k in atlas_view.atlas_scene.nodes if k.kind == PERSON}
    assert people == {ids["anna"], ids["bas"]}


def test_lists_and_overlap_tabs(atlas_view) -> None:  # noqa: ANN001
    assert [r.name for r in atlas_view.in_people.rows()] == ["Anna", "Bas"]
    assert [r.name for r in atlas_view.out_networks.rows()] == ["Alfa Kring", "Bravo Groep"]
    assert [p.name for p in atlas_view.reciprocity_model.rows()] == ["Anna", "Bas"]
    assert [p.name for p in atlas_view.overlap_people.rows()] == ["Anna", "Bas", "Eva"]
    matrix = atlas_view.overlap_matrix
    assert matrix.rowCount() == 4
    assert matrix.index(0, 2).data().startswith("2 ·")  # Alfa–Charlie: Anna and Eva, 100 %


def test_export_from_the_view(atlas_view, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    out = tmp_path / "atlas.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    button = next(b for b in atlas_view.findChildren(QPushButton) if b.text() == "Export…")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "suffix,magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")]
)
def test_atlas_command_writes_each_format(
    db, ids, tmp_path: Path, suffix: str, magic: bytes
) -> None:  # noqa: ANN001
    out = tmp_path / f"atlas{suffix}"
    assert cli.main(["atlas", "--db", str(db.path), "--year", "2025", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(magic)


def test_atlas_command_refuses_other_formats(db, ids, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "atlas.jpg"
    assert cli.main(["atlas", "--db", str(db.path), "--year", "2025", "--out", str(out)]) == 1
    assert ".png, .pdf or .svg" in capsys.readouterr().err


def test_overlap_command_csv(db, ids, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "overlap.csv"
    assert cli.main(["overlap", "--db", str(db.path), "--csv", str(out)]) == 0
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0] == ["what", "name", "with", "count", "share"]
    assert ["person", "Anna", "Alfa Kring; Bravo Groep; Charlie Kennis", "3", ""] in rows
    assert ["pair", "Charlie Kennis", "Alfa Kring", "2", "0.667"] in rows
    assert ["pair", "Alfa Kring", "Charlie Kennis", "2", "1.000"] in rows


def test_many_people_fold_into_more_and_clicking_it_lists_them(db, ids, ui_settings, qtbot) -> None:  # noqa: ANN001
    from datetime import date

    from zpdesk.store.models import Membership, Person
    from zpdesk.ui.app import build_window
    from zpdesk.ui.atlas.scene import MORE

    with db.session() as session:
        for number in range(30):
            person = Person(name=f"Lid {number:02}")
            session.add(person)
            session.flush()
            session.add(
                Membership(person_id=person.id, network_id=ids["charlie"], since=date(2020, 1, 1))
            )
    window = build_window(db, ui_settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    view = window.show_view("atlas")
    view.year.setFocus()
    qtbot.keyClicks(view.year, "2025")
    more = view.atlas_scene.nodes[NodeKey(MORE, ids["charlie"])]
    hidden = view.atlas_scene.layout_result.more[ids["charlie"]][1]
    shown = [k for k in view.atlas_scene.nodes if k.kind == PERSON]
    # Anna, Bas and Eva are drawn beside Alfa and Bravo (where their work went, else by
    # name); Charlie's own 30 are 13 drawn and "+17" (a network shows at most 14 nodes)
    assert len(hidden) == 17 and NodeKey(PERSON, ids["anna"]) in shown
    assert len([k for k in shown if view.atlas_scene.homes[k.id] == ids["charlie"]]) == 13
    assert "17" in more.toolTip()
    _click(view, NodeKey(MORE, ids["charlie"]))
    assert sorted(r.id for r in view.detail_model.rows()) == sorted(hidden)


def test_many_arrows_fold_into_their_networks(qapp) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QGraphicsPathItem

    from zpdesk.domain.enums import NetworkKind
    from zpdesk.services.atlas import Atlas, AtlasNetwork, AtlasPerson, Flow, FlowDirection
    from zpdesk.ui.atlas.scene import TOP_PERSON_ARROWS, AtlasScene

    networks = tuple(
        AtlasNetwork(n, f"N{n:02}", "#4e79a7", NetworkKind.OTHER, None, False, 60, 0, 3)
        for n in range(1, 41)
    )
    people = tuple(
        AtlasPerson(100 + i, f"P{i:03}", "", (1 + i // 3,), brought_cents=1000 + i, brought_count=1)
        for i in range(120)
    )
    flows = tuple(Flow(FlowDirection.IN, p.networks[0], p.id, p.brought_cents, 1) for p in people)
    scene = AtlasScene(Atlas(2025, "Ik", networks, people, flows), "Ik")
    arrows = [i for i in scene.items() if isinstance(i, QGraphicsPathItem)]
    # 120 people drawn (3 a network), too many arrows: the 12 largest (P108–P119, all the
    # people of N37–N40) keep theirs, the other 108 join their network's arrow (N01–N36)
    assert len(arrows) == TOP_PERSON_ARROWS + 36


def test_list_models_pass_qts_model_tester(db, ids, qapp) -> None:  # noqa: ANN001

    from PySide6.QtTest import QAbstractItemModelTester

    from atlas_data import NOW, YEAR
    from zpdesk.services import atlas as svc
    from zpdesk.ui.atlas import models

    with db.session() as session:
        atlas = svc.build_atlas(session, YEAR, NOW)
    _, people = svc.brings_me_work(atlas)
    work_in = models.WorkInModel()
    work_in.set_rows(people)
    reciprocity = models.ReciprocityModel()
    reciprocity.set_rows(svc.reciprocity(atlas))
    overlap = models.OverlapPeopleModel()
    overlap.set_rows(list(atlas.overlap.people))
    matrix = models.OverlapMatrixModel()
    matrix.set_overlap(atlas.overlap)
    detail = models.DetailModel()
    detail.set_rows([models.DetailRow(1, "Alfa Kring", 1_500_000, 250_000)])
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    for model in (work_in, reciprocity, overlap, matrix, detail):
        QAbstractItemModelTester(model, mode)
    assert work_in.index(0, 2).data() == "2"  # Anna: two engagements
    assert reciprocity.index(1, 1).data() == "2"  # Bas: two referrals given
    assert overlap.index(0, 2).data() == "Alfa Kring, Bravo Groep, Charlie Kennis"
    assert matrix.index(0, 0).data() == "2" and matrix.index(1, 0).data().startswith("1 ·")
    assert detail.index(0, 2).data() == formatting.money(250_000, 0)


def test_ctrl_7_opens_the_atlas(window, qtbot) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    QTest.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "atlas"
    assert window.navigation.currentItem().text() == "Atlas"


def test_file_menu_exports_the_atlas(window, ids, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    out = tmp_path / "atlas.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    action = next(a for a in window.file_menu.actions() if "atlas" in a.text().lower())
    action.trigger()
    assert window.current_key() == "atlas"
    assert b"<svg" in out.read_bytes()
