"""Where a database lives: a file (``store.db``) or a server URL (``store.postgres``).

``--db`` and ``ZPDESK_DB`` take either; ``open_location`` is the one way to open both.
"""

from __future__ import annotations

import os
from pathlib import Path

from zpdesk.store.db import Database, open_database
from zpdesk.store.postgres import is_server_url, local_folder_name

Location = Path | str  # a file path, or a postgresql:// URL


def resolve_location(cli_value: str | os.PathLike[str] | None) -> Location:
    """The database from the command line, else ``ZPDESK_DB``, else the default file."""
    from zpdesk.paths import resolve_db_path

    if is_server_url(cli_value):
        return str(cli_value)
    if not cli_value and is_server_url(os.environ.get("ZPDESK_DB")):
        return os.environ["ZPDESK_DB"]
    return resolve_db_path(cli_value)


def server_folder(url: str) -> Path:
    """This device's folder for the server database ``url`` (its backups)."""
    from zpdesk.paths import data_dir

    return data_dir() / "servers" / local_folder_name(url)


def open_location(location: Location, *, lock: bool = False) -> Database:
    """Open a file (``lock``: take its write lock) or a server database."""
    if is_server_url(location):
        from zpdesk.store.postgres import open_server_database

        return open_server_database(str(location), local_folder=server_folder(str(location)))
    return open_database(Path(location), lock=lock)


def exists(location: Location) -> bool:
    """Whether a command that reads has something to read (a server database always)."""
    return is_server_url(location) or Path(location).exists()


# Folder names the synchronisation programs create (compared case-insensitively with each
# folder of the path, as names or name prefixes), and files they leave in a synchronised
# folder's root.
_SYNC_NAMES: tuple[tuple[str, str], ...] = (
    ("dropbox", "Dropbox"),
    ("onedrive", "OneDrive"),
    ("mobile documents", "iCloud Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "Nextcloud"),
    ("syncthing", "Syncthing"),
)
_SYNC_MARKERS = ((".stfolder", "Syncthing"), (".dropbox", "Dropbox"))


def synchronised_folder(path: Path) -> str | None:
    """The synchronisation service whose folder holds ``path`` (e.g. "Dropbox"), or None.

    Such services copy the database file between devices behind SQLite's back; when two
    devices write, the file gets damaged (DOMAIN.md "Two devices").
    """
    path = Path(path).expanduser().absolute()
    for folder in path.parents:
        name = folder.name.lower()
        for prefix, service in _SYNC_NAMES:
            if name.startswith(prefix):
                return service
        for marker, service in _SYNC_MARKERS:
            try:
                if (folder / marker).exists():
                    return service
            except OSError:
                continue
    return None


def sync_warning(location: Location) -> str | None:
    """The warning for stderr about a database file in a synchronised folder, or None."""
    if is_server_url(location):
        return None
    path = Path(location)
    service = synchronised_folder(path)
    if service is None:
        return None
    return (
        f"warning: {path} lies in a {service} folder; two devices writing to it can damage "
        "it. To use zpdesk on two devices, move the data to a server database "
        "(zpdesk copy --from FILE --to postgresql://…; see the README, 'Two devices')."
    )
