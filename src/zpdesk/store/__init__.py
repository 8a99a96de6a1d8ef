"""Persistence: SQLAlchemy models, opening/migrating the SQLite file, backups."""
