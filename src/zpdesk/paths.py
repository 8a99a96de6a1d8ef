"""Every place zpdesk keeps data, config and backups.

Locations come from platformdirs; ``ZPDESK_HOME`` moves all of them under one folder
(tests point it at a temporary directory), ``ZPDESK_DB`` picks the database file.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from zpdesk import APP_NAME

DB_FILENAME = "zpdesk.sqlite"


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """Folder holding the default database."""
    home = os.environ.get("ZPDESK_HOME")
    return Path(home) / "data" if home else Path(_dirs().user_data_dir)


def config_dir() -> Path:
    """Folder holding UI settings (QSettings ini file)."""
    home = os.environ.get("ZPDESK_HOME")
    return Path(home) / "config" if home else Path(_dirs().user_config_dir)


def log_dir() -> Path:
    """Folder holding crash logs (``ui.errors``)."""
    home = os.environ.get("ZPDESK_HOME")
    return Path(home) / "log" if home else Path(_dirs().user_log_dir)


def backup_dir() -> Path:
    """Folder holding automatic backups."""
    return data_dir() / "backups"


def default_db_path() -> Path:
    """The database used when neither ``--db`` nor ``ZPDESK_DB`` is given."""
    env = os.environ.get("ZPDESK_DB")
    return Path(env) if env else data_dir() / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """The database path from the command line, else the environment, else the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    return default_db_path()


def sample_db_path(own: Path) -> Path:
    """Where the sample data lives for the database ``own``: a file of its own beside it
    (``zpdesk-sample.sqlite`` beside ``zpdesk.sqlite``), never the user's file."""
    return own.with_name(f"{own.stem}-sample{own.suffix or '.sqlite'}")
