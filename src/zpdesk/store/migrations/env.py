"""Alembic environment: always run on the connection zpdesk hands over."""

from __future__ import annotations

from alembic import context

from zpdesk.store.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
