"""The Atlas view: the picture (zoom, pan, click, double-click) and the lists beside it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zpdesk import clock
from zpdesk.locale_format import fill
from zpdesk.services import review as review_service
from zpdesk.services.atlas import (
    Atlas,
    FlowDirection,
    brings_me_work,
    build_atlas,
    filtered,
    reciprocity,
    where_work_goes,
)
from zpdesk.ui.atlas import models
from zpdesk.ui.atlas.export import me_name, write_atlas
from zpdesk.ui.atlas.scene import (
    ME,
    NETWORK,
    PERSON,
    AtlasScene,
    NodeItem,
    NodeKey,
    network_tooltip,
    person_tooltip,
)
from zpdesk.ui.atlas.texts import conflict_text
from zpdesk.ui.context import ViewContext
from zpdesk.ui.views.base import View

ZOOM_STEP = 1.2


def _sequences(key: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    if isinstance(key, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(key)
    return [QKeySequence(key)]


class AtlasCanvas(QGraphicsView):
    """The picture: wheel and Ctrl+= / Ctrl+- zoom, drag and arrow keys pan."""

    open_requested = Signal(str, int)  # node kind, id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        keyed: list[tuple[list[str | QKeySequence.StandardKey], Callable[[], None]]] = [
            (["Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn], self.zoom_in),
            (["Ctrl+-", QKeySequence.StandardKey.ZoomOut], self.zoom_out),
            (["Ctrl+0"], self.fit),
        ]
        for keys, slot in keyed:
            action = QAction(self)
            sequences: list[QKeySequence] = []
            for key in keys:  # the platform's standard key may repeat one of ours
                sequences += [s for s in _sequences(key) if s not in sequences]
            action.setShortcuts(sequences)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def zoom_in(self) -> None:
        self.scale(ZOOM_STEP, ZOOM_STEP)

    def zoom_out(self) -> None:
        self.scale(1 / ZOOM_STEP, 1 / ZOOM_STEP)

    def fit(self) -> None:
        scene = self.scene()
        if scene is not None:
            self.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            factor = ZOOM_STEP**steps
            self.scale(factor, factor)
        event.accept()

    def node_at(self, event: QMouseEvent) -> NodeItem | None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, NodeItem):
            item = item.parentItem()
        return item

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        node = self.node_at(event)
        if node is not None and node.key.kind in (NETWORK, PERSON) and node.key.id:
            self.open_requested.emit(node.key.kind, node.key.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


def _table(model: models.RowsModel | models.OverlapMatrixModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    # Fixed widths, not "resize to contents": that reads every cell of 600 people or a
    # 40 × 40 matrix on each refresh (a quarter of a second on the heavy set).
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if isinstance(model, models.OverlapMatrixModel):
        header.setDefaultSectionSize(76)
        table.verticalHeader().show()  # the row's network
    else:
        header.setDefaultSectionSize(104)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names take the rest
    return table


def _caption(text: str) -> QLabel:
    caption = QLabel(text)
    font = caption.font()
    font.setBold(True)
    caption.setFont(font)
    return caption


class AtlasView(View):
    """Me, my networks and the people in them, with the year's flows; lists beside it."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.full: Atlas | None = None
        self.atlas: Atlas | None = None
        self.atlas_scene: AtlasScene | None = None

        self.year = QComboBox()
        self.year.setObjectName("atlas_year")
        self.network = QComboBox()
        self.network.setObjectName("atlas_network")
        # "All networks" and every network's name whole (the bar has the room for it)
        self.network.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.active_only = QCheckBox(self.tr("Only people with work or referrals in the year"))
        fit = QPushButton(self.tr("Fit"))
        export = QPushButton(self.tr("Export…"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:")))
        bar.addWidget(self.year)
        bar.addWidget(QLabel(self.tr("Network:")))
        bar.addWidget(self.network)
        bar.addStretch(1)
        bar.addWidget(fit)
        bar.addWidget(export)

        self.conflicts = QLabel()
        self.conflicts.setObjectName("atlas_conflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setStyleSheet("QLabel { border: 2px dashed black; padding: 4px; }")
        self.conflicts.hide()

        self.canvas = AtlasCanvas()
        self.canvas.setObjectName("atlas_canvas")
        self.legend = QLabel(
            self.tr(
                "<span style='color:#0072B2'>━━ work that came to me</span> · "
                "<span style='color:#E69F00'>╍╍ work I passed on</span> · width: value · "
                "dotted: also a member there · faded: ended · ! exclusivity conflict · "
                "wheel or Ctrl+= / Ctrl+- zooms, drag or arrow keys move"
            )
        )
        self.legend.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # it filters the map: right above it, as wide as its words (a click there toggles it)
        left_layout.addWidget(self.active_only, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.canvas, 1)
        left_layout.addWidget(self.legend)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("atlas_tabs")
        self.detail_heading = QLabel()
        self.detail_heading.setObjectName("atlas_detail")
        self.detail_heading.setWordWrap(True)
        self.detail_heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_model = models.DetailModel(self)
        self.detail_table = _table(self.detail_model)
        self.detail_table.setObjectName("atlas_detail_list")
        self.tabs.addTab(self._page(self.detail_heading, self.detail_table), self.tr("Selected"))
        self.in_networks, self.in_people = models.WorkInModel(self), models.WorkInModel(self)
        self.tabs.addTab(
            self._page(
                _caption(self.tr("Networks")),
                _table(self.in_networks),
                _caption(self.tr("People")),
                _table(self.in_people),
            ),
            self.tr("Work in"),
        )
        self.tabs.setTabToolTip(self.tabs.count() - 1, self.tr("Who brings me work"))
        self.out_networks, self.out_people = models.WorkOutModel(self), models.WorkOutModel(self)
        self.tabs.addTab(
            self._page(
                _caption(self.tr("Networks")),
                _table(self.out_networks),
                _caption(self.tr("People")),
                _table(self.out_people),
            ),
            self.tr("Work out"),
        )
        self.tabs.setTabToolTip(self.tabs.count() - 1, self.tr("Where my work goes"))
        self.reciprocity_model = models.ReciprocityModel(self)
        self.tabs.addTab(self._page(_table(self.reciprocity_model)), self.tr("Reciprocity"))
        self.overlap_people = models.OverlapPeopleModel(self)
        self.overlap_matrix = models.OverlapMatrixModel(self)
        self.overlap_caption = QLabel()
        self.overlap_caption.setWordWrap(True)
        self.tabs.addTab(
            self._page(
                self.overlap_caption,
                _caption(self.tr("People in two or more of my current networks")),
                _table(self.overlap_people),
                _caption(self.tr("Shared members (count · share of the row's members)")),
                _table(self.overlap_matrix),
            ),
            self.tr("Overlap"),
        )

        # every tab's title in sight (no scroll arrows), also at 1024×640
        self.tabs.setMinimumWidth(self.tabs.tabBar().sizeHint().width() + 8)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.conflicts)
        layout.addWidget(splitter, 1)

        self.year.currentIndexChanged.connect(self._on_year)
        self.network.currentIndexChanged.connect(self._show)
        self.active_only.toggled.connect(self._show)
        fit.clicked.connect(self.canvas.fit)
        export.clicked.connect(self.export)
        self.canvas.open_requested.connect(self.open_requested)

    @staticmethod
    def _page(*widgets: QWidget) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        for widget in widgets:
            column.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
        return page

    def today(self) -> date:
        return clock.today()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.today()
        with self.context.db.session() as session:
            years = set(review_service.years_with_data(session, today)) | {today.year}
        chosen = self.year.currentData() or today.year
        self.year.blockSignals(True)
        self.year.clear()
        for year in sorted(years, reverse=True):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        self._load()

    def _on_year(self, _index: int) -> None:
        self._load()

    def _load(self) -> None:
        year = self.year.currentData()
        if year is None:
            return
        with self.context.db.session() as session:
            self.full = build_atlas(session, int(year), clock.now(), self.today())
        chosen = self.network.currentData()
        self.network.blockSignals(True)
        self.network.clear()
        self.network.addItem(self.tr("All networks"), None)
        for network in self.full.networks:
            self.network.addItem(network.name, network.id)
        self.network.setCurrentIndex(max(0, self.network.findData(chosen)))
        self.network.blockSignals(False)
        self._show_conflicts()
        self._show()

    def _show_conflicts(self) -> None:
        found = self.full.conflicts if self.full is not None else ()
        self.conflicts.setVisible(bool(found))
        self.conflicts.setText(
            "\n".join(
                [self.tr("Exclusivity conflicts: %n", "", len(found))]
                + ["! " + conflict_text(c) for c in found]
            )
        )

    def _show(self) -> None:
        if self.full is None:
            return
        self.atlas = filtered(
            self.full, self.network.currentData(), active_only=self.active_only.isChecked()
        )
        scene = AtlasScene(self.atlas, me_name(self.atlas), self)
        old = self.atlas_scene
        self.canvas.setScene(scene)
        self.atlas_scene = scene
        if old is not None:
            old.deleteLater()
        scene.selectionChanged.connect(self._on_selection)
        self.canvas.fit()
        self._fill_lists(self.atlas)
        self._on_selection()

    def _fill_lists(self, atlas: Atlas) -> None:
        networks, people = brings_me_work(atlas)
        self.in_networks.set_rows(networks)
        self.in_people.set_rows(people)
        networks, people = where_work_goes(atlas)
        self.out_networks.set_rows(networks)
        self.out_people.set_rows(people)
        self.reciprocity_model.set_rows(reciprocity(atlas))
        overlap = atlas.overlap
        self.overlap_people.set_rows(list(overlap.people) if overlap else [])
        self.overlap_matrix.set_overlap(overlap)
        self.overlap_caption.setText(
            self.tr(
                "You meet %n people in two or more of your current networks.",
                "",
                len(overlap.people) if overlap else 0,
            )
        )

    # -- selection -----------------------------------------------------------------------------

    def selected_key(self) -> NodeKey | None:
        scene = self.atlas_scene
        if scene is None:
            return None
        items = [i for i in scene.selectedItems() if isinstance(i, NodeItem)]
        return items[0].key if items else None

    def _on_selection(self) -> None:
        key = self.selected_key()
        atlas = self.atlas
        if atlas is None:
            return
        if key is None:
            key = NodeKey(ME, 0)
        rows: list[models.DetailRow] = []
        names = {n.id: n.name for n in atlas.networks}
        if key.kind == ME:
            heading = me_name(atlas)
            for network in atlas.networks:
                flows = atlas.flows_of_network(network.id)
                rows.append(self._row(network.id, network.name, flows))
        elif key.kind == NETWORK:
            chosen = atlas.network(key.id)
            heading = network_tooltip(chosen, atlas) if chosen else ""
            by_person: dict[int, list] = defaultdict(list)
            for flow in atlas.flows_of_network(key.id):
                if flow.person_id is not None:
                    by_person[flow.person_id].append(flow)
            for person in atlas.people:
                if key.id in person.networks or person.id in by_person:
                    rows.append(self._row(person.id, person.name, by_person.get(person.id, [])))
        elif key.kind == PERSON:
            someone = atlas.person(key.id)
            heading = person_tooltip(someone, atlas) if someone else ""
            by_network: dict[int | None, list] = defaultdict(list)
            for flow in atlas.flows_of_person(key.id):
                by_network[flow.network_id].append(flow)
            ids: list[int | None] = list(someone.networks) if someone else []
            ids += [i for i in by_network if i not in ids]
            for network_id in ids:
                name = names.get(network_id, "") if network_id is not None else ""
                rows.append(
                    self._row(
                        network_id or 0,
                        name or self.tr("(no network)"),
                        by_network.get(network_id, []),
                    )
                )
        else:  # MORE: the people folded into "+N more"
            hidden = self.atlas_scene.layout_result.more[key.id][1] if self.atlas_scene else ()
            heading = self.tr("%n more people", "", len(hidden))
            for person in atlas.people:
                if person.id in hidden:
                    rows.append(self._row(person.id, person.name, atlas.flows_of_person(person.id)))
        rows.sort(key=lambda r: (-(r.in_cents + r.out_cents), r.name.casefold()))
        self.detail_heading.setText(heading)
        self.detail_model.set_rows(rows)
        if self.selected_key() is not None:
            self.tabs.setCurrentIndex(0)

    @staticmethod
    def _row(ident: int, name: str, flows: list) -> models.DetailRow:
        return models.DetailRow(
            ident,
            name,
            sum(f.cents for f in flows if f.direction == FlowDirection.IN),
            sum(f.cents for f in flows if f.direction == FlowDirection.OUT),
        )

    # -- output --------------------------------------------------------------------------------

    def export(self) -> None:
        """Ask for a file and write the atlas as shown (PDF, SVG or PNG)."""
        if self.atlas_scene is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the atlas"),
            fill(self.tr("atlas-%1.pdf"), self.year.currentText()),
            self.tr("PDF (*.pdf);;SVG picture (*.svg);;PNG picture (*.png)"),
        )
        if name:
            write_atlas(self.atlas_scene, Path(name))
