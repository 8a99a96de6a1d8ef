"""Identity of a zpdesk database and the schema revisions this code knows.

Kept free of Alembic so that opening an up-to-date database never imports it.
"""

from __future__ import annotations

# PRAGMA application_id: "zpd1" in ASCII; marks a file as a zpdesk database.
APPLICATION_ID = 0x7A706431

# Every Alembic revision in order, oldest first. A test checks this against the
# migration scripts; add the new id here with every migration.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_exclusivity",
    "0003_engagement_estimated_value",
    "0004_row_versions",
    "0005_network_renewal",
    "0006_series_timezone",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
