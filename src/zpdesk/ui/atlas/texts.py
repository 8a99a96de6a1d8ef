"""How an exclusivity conflict reads, wherever it is flagged (Overview, Networks, atlas)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zpdesk.domain.enums import Exclusivity
from zpdesk.services.overlap import Conflict
from zpdesk.text_fill import fill


def conflict_text(conflict: Conflict) -> str:
    """One sentence saying which rule is broken, by what."""
    if conflict.rule == Exclusivity.NO_SAME_KIND:
        return fill(
            QCoreApplication.translate(
                "exclusivity",
                "%1 allows no membership of another network of its kind, and you are also in %2.",
            ),
            conflict.network_name,
            conflict.other_network_name,
        )
    return fill(
        QCoreApplication.translate(
            "exclusivity",
            "%1 allows one member per profession, and %2 there has your profession.",
        ),
        conflict.network_name,
        conflict.person_name,
    )
