"""Combo boxes: filling them with (text, data) items or with networks, and choosing by data."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from zpdesk.services.networks import NetworkChoice
from zpdesk.ui.models.swatch import colour_icon


def select_data(combo: QComboBox, value: object) -> bool:
    """Select the item whose data equals ``value``; nothing changes when there is none.

    Compares in Python, so enums, None and tuples are found as well as ints and strings.
    """
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return True
    return False


def fill_combo(
    combo: QComboBox, items: Sequence[tuple[str, object]], current: object = None
) -> None:
    """Replace the items (text, data) and select ``current`` (by data), else the first."""
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    if current is None or not select_data(combo, current):
        combo.setCurrentIndex(0 if combo.count() else -1)
    combo.blockSignals(False)


def add_network_items(combo: QComboBox, networks: Sequence[NetworkChoice]) -> None:
    """Append one item per network: its colour square and name, its id as data."""
    for network in networks:
        combo.addItem(colour_icon(network.colour), network.name, network.id)
