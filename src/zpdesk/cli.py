"""Command line: ``zpdesk [--db PATH]`` opens the window; sub-commands never do.

Every sub-command's arguments are declared here; each handler imports what it needs
lazily so that ``zpdesk --version`` and start-up stay fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from zpdesk import __version__


class CliError(Exception):
    """A problem to report as one line on stderr with a non-zero exit."""


def _existing_db(args: argparse.Namespace) -> Path:
    """The database of a command that reads: it must exist."""
    from zpdesk.paths import resolve_db_path

    path = resolve_db_path(args.db)
    if not path.exists():
        raise CliError(f"no database at {path}")
    return path


def _open(path: Path, *, write: bool = False):  # noqa: ANN202 - returns store.db.Database
    """Open the database; a command that writes takes the write lock (one writer at a time)."""
    from zpdesk.store.db import open_database

    return open_database(path, lock=write)


def cmd_demo(args: argparse.Namespace) -> int:
    from zpdesk.paths import resolve_db_path
    from zpdesk.services import demo

    path = resolve_db_path(args.db)
    db = _open(path, write=True)
    try:
        summary = demo.write_demo(db, seed=args.seed, size=args.size, force=args.force)
    except demo.NotEmptyError as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    print(f"demo data written to {path}: {summary}")
    return 0


def cmd_shot(args: argparse.Namespace) -> int:
    from zpdesk.ui.shot import take_shot

    path = _existing_db(args)
    width, height = _parse_size(args.size)
    take_shot(path, args.view, Path(args.out), width, height, language=args.lang)
    print(args.out)
    return 0


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise CliError(f"--size must look like 1280x800, not {text!r}") from None
    if width < 200 or height < 150:
        raise CliError("--size is too small (at least 200x150)")
    return width, height


def cmd_agenda(args: argparse.Namespace) -> int:
    from zpdesk.reports import agenda_cli

    return agenda_cli.run_agenda(_open(_existing_db(args)), args)


def cmd_import_ics(args: argparse.Namespace) -> int:
    from zpdesk.services import ics_cli

    return ics_cli.run_import_ics(_open(_existing_db(args), write=True), args)


def cmd_review(args: argparse.Namespace) -> int:
    from zpdesk.reports import review_cli

    return review_cli.run_review(_open(_existing_db(args)), args)


def cmd_backup(args: argparse.Namespace) -> int:
    from zpdesk.services import safety_cli

    return safety_cli.run_backup(_existing_db(args), args)


def cmd_restore(args: argparse.Namespace) -> int:
    from zpdesk.services import safety_cli

    return safety_cli.run_restore(args)


def cmd_export(args: argparse.Namespace) -> int:
    from zpdesk.services import safety_cli

    return safety_cli.run_export(_existing_db(args), args)


def cmd_import(args: argparse.Namespace) -> int:
    from zpdesk.services import safety_cli

    return safety_cli.run_import(args)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = argparse.ArgumentParser(
        prog="zpdesk",
        description="Keep track of your networks, what they cost and what they bring.",
    )
    parser.add_argument("--version", action="version", version=f"zpdesk {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: ZPDESK_DB or the user data folder)"
    )
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the window")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=text, description=text)
        command.add_argument(
            "--db", metavar="PATH", default=argparse.SUPPRESS, help="database file"
        )
        command.set_defaults(handler=handler)
        return command

    demo = add("demo", cmd_demo, "write a realistic sample data set")
    demo.add_argument(
        "--force", action="store_true", help="replace the data of a non-empty database"
    )
    demo.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    demo.add_argument("--size", choices=["normal", "heavy"], default="normal")

    shot = add("shot", cmd_shot, "render one view of the main window to a PNG, offscreen")
    shot.add_argument(
        "--view",
        required=True,
        choices=["overview", "networks", "people", "agenda", "work", "review"],
    )
    shot.add_argument("--out", required=True, metavar="FILE.png")
    shot.add_argument("--size", default="1280x800", metavar="WxH")
    shot.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS)

    agenda = add("agenda", cmd_agenda, "the agenda of a period as PDF, iCalendar or CSV")
    agenda.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    agenda.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    agenda.add_argument("--pdf", metavar="OUT.pdf")
    agenda.add_argument("--ics", metavar="OUT.ics")
    agenda.add_argument("--csv", metavar="OUT.csv")

    ics = add("import-ics", cmd_import_ics, "import an iCalendar file into a network's commitments")
    ics.add_argument("--network", required=True, metavar="NAME")
    ics.add_argument("file", metavar="FILE.ics")

    review = add("review", cmd_review, "the yearly review of which networks pay off")
    review.add_argument("--year", type=int, required=True, metavar="YYYY")
    review.add_argument("--pdf", metavar="OUT.pdf")
    review.add_argument("--csv", metavar="OUT.csv")

    backup = add("backup", cmd_backup, "make a verified backup now and print its path")
    backup.add_argument(
        "--to", metavar="DIR", help="folder for the backup (default: the backup folder)"
    )

    restore = add(
        "restore",
        cmd_restore,
        "replace the database with a backup (the current file is kept aside)",
    )
    restore.add_argument("backup", metavar="BACKUP")

    export = add("export", cmd_export, "write every table to a portable JSON file")
    export.add_argument("--json", required=True, metavar="OUT.json")

    imp = add("import", cmd_import, "load a portable JSON file into a new or empty database")
    imp.add_argument("--json", required=True, metavar="IN.json")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``zpdesk`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "lang"):
        args.lang = None
    handler = getattr(args, "handler", None)
    if handler is None:
        import gc

        # Start-up creates a few hundred thousand long-lived objects (SQLAlchemy, Qt
        # wrappers); the collector would walk them again and again. run_app freezes them
        # and turns it back on once the window is up (see bench/RESULTS.md).
        gc.disable()
        # SQLAlchemy, and the services the Overview uses, before PySide6: once PySide6 is
        # loaded, its __feature__ import hook reads the source of every module imported
        # after it (and of every module named in an import statement run after it).
        import sqlalchemy.dialects.sqlite  # noqa: F401

        import zpdesk.services.contract  # noqa: F401
        import zpdesk.services.review  # noqa: F401
        import zpdesk.store.models  # noqa: F401
        from zpdesk.ui.app import run_app

        return run_app(args.db, language=args.lang)
    from zpdesk.store.errors import StoreError

    try:
        return handler(args)
    except (CliError, StoreError, OSError) as exc:
        print(f"zpdesk {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONUTF8", "1")
    sys.exit(main())
