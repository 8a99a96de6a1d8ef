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
from typing import NoReturn

from zpdesk import __version__


class CliError(Exception):
    """A problem to report as one line on stderr with a non-zero exit."""


class UsageError(CliError):
    """A wrong command line that argparse cannot see (exit code 2, like argparse's)."""


EXIT_USAGE = 2  # argparse's code for a wrong command line
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug; the message asks to report it
# Options that name a file (or, for backup, a folder) a command writes; it must never be
# the database or one of its companions (a folder made where the -wal file belongs would
# keep SQLite from opening the database at all).
OUTPUTS = {
    "agenda": ("pdf", "ics", "csv"),
    "review": ("pdf", "csv"),
    "whatif": ("csv",),
    "reminders": ("ics",),
    "export": ("json",),
    "shot": ("out",),
    "backup": ("to",),
    "atlas": ("out",),
    "overlap": ("csv",),
}
MAX_SHOT_SIDE = 8000
# Arguments that name a file or folder, by their argparse dest.
PATHS = {
    "db": "--db",
    "pdf": "--pdf",
    "ics": "--ics",
    "csv": "--csv",
    "json": "--json",
    "out": "--out",
    "to": "--to",
    "file": "FILE.ics",
    "backup": "BACKUP",
    "source": "--from",
    "target": "--to",
}


class Parser(argparse.ArgumentParser):
    """argparse with its usage errors on one line, like every other zpdesk error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {one_line(message)} (see {self.prog} --help)\n")


def one_line(text: str) -> str:
    """``text`` without line breaks or other control characters (shown escaped)."""
    return "".join(
        c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii")
        for c in " ".join(text.splitlines())
    )


def _existing_db(args: argparse.Namespace) -> Path | str:
    """The database of a command that reads (a file that must exist, or a server URL)."""
    from zpdesk.store.locations import exists, resolve_location

    location = resolve_location(args.db)
    if not exists(location):
        raise CliError(f"no database at {location}")
    warn_if_synchronised(location)
    return location


def _open(location: Path | str, *, write: bool = False):
    """Open the database; a command that writes takes the write lock (one writer at a time)."""
    from zpdesk.store.locations import open_location

    return open_location(location, lock=write)


def warn_if_synchronised(location: Path | str) -> None:
    """One line on stderr when the database file lies in a synchronised folder."""
    from zpdesk.store.locations import sync_warning

    warning = sync_warning(location)
    if warning is not None:
        print(f"zpdesk: {one_line(warning)}", file=sys.stderr)


def cmd_demo(args: argparse.Namespace) -> int:
    from zpdesk.services import demo
    from zpdesk.store.locations import resolve_location

    path = resolve_location(args.db)
    warn_if_synchronised(path)
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
    if width > MAX_SHOT_SIDE or height > MAX_SHOT_SIDE:
        raise CliError(f"--size is too large (at most {MAX_SHOT_SIDE}x{MAX_SHOT_SIDE})")
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


def cmd_whatif(args: argparse.Namespace) -> int:
    from zpdesk.reports import whatif

    return whatif.run_whatif(_open(_existing_db(args)), args)


def cmd_reminders(args: argparse.Namespace) -> int:
    from zpdesk.reports import reminders

    return reminders.run_reminders(_open(_existing_db(args)), args)


def cmd_atlas(args: argparse.Namespace) -> int:
    from zpdesk.ui.atlas.export import run_atlas

    return run_atlas(_open(_existing_db(args)), args)


def cmd_overlap(args: argparse.Namespace) -> int:
    from zpdesk.services import overlap_cli

    return overlap_cli.run_overlap(_open(_existing_db(args)), args)


def cmd_backup(args: argparse.Namespace) -> int:
    from zpdesk.services import safety_cli

    return safety_cli.run_backup(_existing_db(args), args)


def cmd_restore(args: argparse.Namespace) -> int:
    from zpdesk.services import safety_cli
    from zpdesk.store.locations import resolve_location

    if isinstance(resolve_location(args.db), str):
        raise CliError(
            "a server database is restored from a JSON backup into an empty database: "
            "zpdesk import --db postgresql://… --json BACKUP.json"
        )

    return safety_cli.run_restore(args)


def cmd_export(args: argparse.Namespace) -> int:
    from zpdesk.services import safety_cli

    return safety_cli.run_export(_existing_db(args), args)


def cmd_import(args: argparse.Namespace) -> int:
    from zpdesk.services import safety_cli

    return safety_cli.run_import(args)


def cmd_copy(args: argparse.Namespace) -> int:
    from zpdesk.services import copy
    from zpdesk.store.locations import resolve_location

    source, target = resolve_location(args.source), resolve_location(args.target)
    result = copy.copy_database(source, target)
    print(
        f"copied {result.rows} rows from {copy.shown_location(source)} to {result.target} "
        f"in {result.seconds:.1f} s; the exports of both are identical"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = Parser(
        prog="zpdesk",
        description="Keep track of your networks, what they cost and what they bring.",
    )
    parser.add_argument("--version", action="version", version=f"zpdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file or postgresql://user@host/dbname (default: ZPDESK_DB or the user "
        "data folder)",
    )
    parser.add_argument(
        "--lang", choices=["nl", "en"], help="language of the window and of documents"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=text, description=text)
        command.add_argument(
            "--db",
            metavar="PATH",
            default=argparse.SUPPRESS,
            help="database file or postgresql:// URL",
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
        choices=[
            "overview",
            "networks",
            "people",
            "agenda",
            "work",
            "review",
            "whatif",
            "network-editor",
            "atlas",
        ],
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
    agenda.add_argument(
        "--lang", choices=["nl", "en"], default=argparse.SUPPRESS, help="language of the PDF"
    )

    ics = add("import-ics", cmd_import_ics, "import an iCalendar file into a network's commitments")
    ics.add_argument("--network", required=True, metavar="NAME")
    ics.add_argument("file", metavar="FILE.ics")

    review = add("review", cmd_review, "the yearly review of which networks pay off")
    review.add_argument("--year", type=int, required=True, metavar="YYYY")
    review.add_argument("--pdf", metavar="OUT.pdf")
    review.add_argument("--csv", metavar="OUT.csv")

    whatif = add("whatif", cmd_whatif, "what leaving one or more networks would change")
    whatif.add_argument(
        "--leave", action="append", required=True, metavar="NAME", help="a network to leave"
    )
    whatif.add_argument(
        "--year", type=int, metavar="YYYY", help="reference year (default: the last full year)"
    )
    whatif.add_argument("--csv", metavar="OUT.csv")

    reminders = add("reminders", cmd_reminders, "notice deadlines, or a calendar file of them")
    reminders.add_argument("--ics", metavar="OUT.ics")

    atlas = add("atlas", cmd_atlas, "the network atlas of a year as an A4 page (PNG, PDF or SVG)")
    atlas.add_argument("--year", type=int, required=True, metavar="YYYY")
    atlas.add_argument("--out", required=True, metavar="FILE.png|.pdf|.svg")
    atlas.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS)

    overlap = add(
        "overlap", cmd_overlap, "people in two or more of my networks, and the overlap matrix"
    )
    overlap.add_argument("--csv", metavar="OUT.csv")

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

    copy = add(
        "copy",
        cmd_copy,
        "copy all data between a database file and a server database (either way)",
    )
    copy.add_argument("--from", dest="source", required=True, metavar="SRC")
    copy.add_argument("--to", dest="target", required=True, metavar="DST")

    imp = add("import", cmd_import, "load a portable JSON file into a new or empty database")
    imp.add_argument("--json", required=True, metavar="IN.json")
    return parser


def _check_arguments(args: argparse.Namespace) -> None:
    """What argparse cannot see: empty or NUL-holding values, outputs onto the database."""
    for name, value in vars(args).items():
        if not isinstance(value, str):
            continue
        if "\x00" in value:
            raise UsageError(f"the argument {value!r} holds a NUL character")
        if name in PATHS and not value.strip():
            # "" or " " would mean the current folder or a file named " " in it
            raise UsageError(f"argument {PATHS[name]}: the file name is empty")
    outputs = OUTPUTS.get(args.command or "", ())
    if not outputs:
        return
    from zpdesk.store.locations import resolve_location

    location = resolve_location(args.db)
    if isinstance(location, str):
        return  # a server database: no file of it to overwrite here
    db_path = location.expanduser().absolute()
    protected = [db_path] + [Path(f"{db_path}{s}") for s in ("-wal", "-shm", "-journal", ".lock")]
    for option in outputs:
        value = getattr(args, option, None)
        if value is None:
            continue
        target = Path(value).expanduser().absolute()
        for path in protected:
            if target == path or (target.exists() and path.exists() and target.samefile(path)):
                raise CliError(f"--{option} {value} would overwrite the database {db_path}")


def _describe(exc: BaseException) -> str:
    """An error as one readable line: ``/path: No such file or directory`` for OS errors."""
    if isinstance(exc, OSError) and exc.strerror and exc.filename and len(exc.args) == 2:
        return f"{exc.filename}: {exc.strerror}"
    return str(exc) or type(exc).__name__


def _disk_full(exc: BaseException, args: argparse.Namespace) -> str | None:
    """The line for a full disk, naming the file that was not written; None otherwise."""
    from zpdesk.files import is_disk_full
    from zpdesk.paths import resolve_db_path

    db = resolve_db_path(getattr(args, "db", None)).expanduser().absolute()
    if not is_disk_full(exc, db.parent):
        return None
    from zpdesk.store.errors import StoreError

    if isinstance(exc, StoreError) and "disk is full" in str(exc).lower():
        return str(exc)  # the store's own message names the files already
    name = getattr(exc, "filename", None) or db
    return f"the disk is full: {name} was not written; nothing was changed"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``zpdesk`` command.

    Exit codes: 0 done; 1 a problem with the data or files, said in one line on stderr;
    2 a wrong command line (argparse's code, also one line); 70 a bug (one line asking to
    report it; ZPDESK_DEBUG=1 shows the traceback); 130 interrupted.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "lang"):
        args.lang = None
    handler = getattr(args, "handler", None)
    prefix = f"zpdesk {args.command}" if args.command else "zpdesk"
    from zpdesk.services.errors import ValidationError
    from zpdesk.store.errors import StoreError

    try:
        _check_arguments(args)
        if handler is None:
            import gc

            # Start-up creates a few hundred thousand long-lived objects (SQLAlchemy, Qt
            # wrappers); the collector would walk them again and again. run_app freezes
            # them and turns it back on once the window is up (see bench/RESULTS.md).
            gc.disable()
            # SQLAlchemy, and the services the Overview uses, before PySide6: once
            # PySide6 is loaded, its __feature__ import hook reads the source of every
            # module imported after it (and of every module named in an import statement
            # run after it).
            import sqlalchemy.dialects.sqlite

            from zpdesk.store.locations import resolve_location

            if isinstance(resolve_location(args.db), str):  # a server database
                import psycopg  # noqa: F401
                import sqlalchemy.dialects.postgresql.psycopg  # noqa: F401

            import zpdesk.services.contract
            import zpdesk.services.review
            import zpdesk.store.models  # noqa: F401
            from zpdesk.ui.app import run_app

            return run_app(args.db, language=args.lang)
        return handler(args)
    except UsageError as exc:
        print(f"{prefix}: {one_line(str(exc))} (see {prefix} --help)", file=sys.stderr)
        return EXIT_USAGE
    except (CliError, StoreError, OSError, ValidationError) as exc:
        print(f"{prefix}: {one_line(_disk_full(exc, args) or _describe(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line, not a traceback, unless asked for
        full = _disk_full(exc, args)  # not a bug: e.g. SQLite's "database or disk is full"
        if full:
            print(f"{prefix}: {one_line(full)}", file=sys.stderr)
            return 1
        if os.environ.get("ZPDESK_DEBUG"):
            raise
        print(
            f"{prefix}: internal error ({type(exc).__name__}: "
            f"{one_line(str(exc))[:200]}); please report this",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONUTF8", "1")
    sys.exit(main())
