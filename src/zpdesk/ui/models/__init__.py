"""Item models for the views' tables: ``QAbstractTableModel``s with named columns.

Each model holds plain rows from a service (no ORM objects; ``rows.RowsModel``) and answers
``SORT_ROLE`` with a value that sorts correctly (numbers as numbers, dates in order) and
``ID_ROLE`` with the row's id. Every custom item-data role is defined here, once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole

SORT_ROLE = _USER  # a value that sorts as the column should
ID_ROLE = _USER + 1  # the row's database id
NETWORK_ROLE = _USER + 2  # the network id a row belongs to (filters)
KIND_ROLE = _USER + 3  # what kind of row (e.g. a totals row that sorts last)
SPARK_ROLE = _USER + 4  # a sparkline's values
SUBTITLE_ROLE = _USER + 5  # a second, smaller line under the text
DATE_ROLE = _USER + 6  # the date an item stands for
