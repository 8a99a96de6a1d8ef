"""How an exclusivity conflict reads, wherever it is flagged (Overview, Networks, atlas)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zpdesk.domain.enums import Exclusivity
from zpdesk.locale_format import fill
from zpdesk.services.overlap import Conflict


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


def conflict_map(found: list[Conflict]) -> dict[int, str]:
    """For every network a conflict concerns: the conflicts' sentences, one per line."""
    lines: dict[int, list[str]] = {}
    for conflict in found:
        for network_id in conflict.network_ids:
            lines.setdefault(network_id, []).append(conflict_text(conflict))
    return {network_id: "\n".join(texts) for network_id, texts in lines.items()}
