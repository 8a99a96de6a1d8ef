"""Item models for the views' tables: ``QAbstractTableModel``s with named columns.

Each model holds plain rows from a service (no ORM objects) and answers ``SORT_ROLE`` with a
value that sorts correctly (numbers as numbers, dates in order) and ``ID_ROLE`` with the row's id.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
