"""Point 9, the .ics importer against hostile files.

Generated calendars are valid skeletons with fuzzed fields (huge and odd Unicode text,
years 1 and 9999, negative and enormous durations, bogus RRULE parts, missing UID, DTSTART
or DTEND, duplicated properties) or plain random bytes. Each either imports cleanly or
raises ValidationError with one readable line — and then the database is unchanged, table
for table and row for row.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from safety_data import dump
from zpdesk.cli import main
from zpdesk.domain.enums import CommitmentKind, NetworkKind
from zpdesk.domain.limits import in_range
from zpdesk.domain.recurrence import expand
from zpdesk.services import agenda, ics
from zpdesk.services.agenda import CommitmentData
from zpdesk.services.errors import ValidationError
from zpdesk.store.db import open_database
from zpdesk.store.models import Commitment, CommitmentExdate, Network, Occurrence

pytestmark = [pytest.mark.store, pytest.mark.both_stores]
TODAY = date(2026, 6, 1)
NETWORK = "Vijandig Netwerk"
# Direction controls a file could use to make a message read backwards.
BIDI = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
HOSTILE_SETTINGS = settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with one network and one stored series (whose UID files may reuse)."""
    path = tmp_path_factory.mktemp("ics-template") / "template.sqlite"
    db = open_database(path)
    with db.session() as session:
        network = Network(name=NETWORK, kind=NetworkKind.KNOWLEDGE_NETWORK)
        session.add(network)
        session.flush()
        agenda.create_commitment(
            session,
            CommitmentData(
                network_id=network.id,
                title="Ontbijt",
                starts_at=datetime(2026, 1, 6, 7, 30),
                duration_minutes=90,
                kind=CommitmentKind.BREAKFAST,
                rrule="FREQ=WEEKLY;COUNT=10",
            ),
            uid="stored@zpdesk",
        )
    db.close()
    return path


# --- the fuzzed pieces ------------------------------------------------------------------

ODD_TEXT = st.sampled_from(
    [
        "x" * 100_000,  # huge
        "\u202eesrever\u202c \u200f\u05e9\u05dc\u05d5\u05dd\u200e",  # RTL override, Hebrew
        "😀👩‍👩‍👧‍👦🏳️‍🌈" * 50,  # emoji, joiners
        "a\x00b",  # NUL
        "\x00",  # only NUL
        "\x01\x02\x1f\x7f",  # control characters only
        "\\n\\,\\;\\\\",  # iCalendar escapes
        "\ufeff\ufffe\uffff",  # BOM and non-characters
        "\u0301\u0301\u0301",  # combining marks alone
        "   ",
        "",
        "%_#'\"",  # LIKE wildcards and quotes
        "Z\u0351\u0352\u0353" * 200,  # zalgo
    ]
)
TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=60),
    ODD_TEXT,
)
YEARS = st.sampled_from([1, 2, 999, 1899, 1900, 1970, 2026, 2200, 2201, 9998, 9999])
HOSTILE_DATE_TIME = st.one_of(
    st.builds(
        lambda y, mo, d, h, mi, z: f"{y:04d}{mo:02d}{d:02d}T{h:02d}{mi:02d}00{z}",
        YEARS,
        st.integers(1, 12),
        st.integers(1, 28),
        st.integers(0, 23),
        st.sampled_from([0, 30, 59]),
        st.sampled_from(["", "Z"]),
    ),
    st.sampled_from(
        [
            "00000000T000000",  # year 0
            "20261340T100000",  # month 13, day 40
            "20260229T100000",  # 29 February of a common year
            "20260329T023000",  # the hour the clocks skip
            "99991231T235959Z",  # the last second, in UTC (local time is year 10000)
            "00010101T000000Z",  # the first second, in UTC
            "garbage",
            "",
        ]
    ),
)
SANE_START = st.builds(
    datetime,
    st.integers(2025, 2027),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(6, 21),
    st.sampled_from([0, 15, 30, 45]),
)
HOSTILE_DATE_ONLY = st.builds(lambda y: f"{y:04d}0101", YEARS) | st.just("20260231")
HOSTILE_DURATION = st.sampled_from(
    [
        "-PT1H",
        "PT0S",
        "P8D",
        "P999999999D",
        "P99999999999999W",
        "PT99999999999999999999S",
        "-P1W",
        "P",
        "garbage",
    ]
)
SANE_RRULES = st.sampled_from(
    [
        "FREQ=WEEKLY;COUNT=6",
        "FREQ=WEEKLY;INTERVAL=2",
        "FREQ=DAILY;COUNT=3",
        "FREQ=MONTHLY;BYDAY=1MO",
        "FREQ=MONTHLY;BYMONTHDAY=31",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
        "FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20271231T235959Z",
        "FREQ=DAILY;UNTIL=22001231",  # 64 000 dates: too many to import
        "FREQ=DAILY;UNTIL=99991231T235959Z",  # "no end", as some programs write it
        "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR",
    ]
)
RRULE_PARTS = {
    "FREQ": ["DAILY", "WEEKLY", "MONTHLY", "YEARLY", "HOURLY", "SECONDLY", "FOO", ""],
    "INTERVAL": ["-1", "0", "1", "3", "1000", "1001", "99999999999", "abc", "١"],
    "COUNT": ["-1", "0", "1", "5", "20000", "20001", "999999999999", "x"],
    "UNTIL": ["00010101T000000Z", "20261231", "20261231T235959Z", "99991231T235959Z", "x"],
    "BYDAY": ["MO", "2TU", "-1FR", "99MO", "0MO", "XX", "MO,WE,FR", "+5SU", ""],
    "BYMONTHDAY": ["0", "1", "31", "32", "-1", "-40", "1,15", "x"],
    "BYMONTH": ["0", "2", "12", "13", "-1", "2,4"],
    "BYYEARDAY": ["0", "1", "366", "367", "-366"],
    "BYWEEKNO": ["0", "1", "53", "54"],
    "BYSETPOS": ["0", "1", "-1", "999"],
    "BYHOUR": ["10", "25"],
    "WKST": ["MO", "SU", "ZZ"],
    "X-NAME": ["1"],
}


@st.composite
def hostile_rrules(draw: st.DrawFn) -> str:
    names = draw(st.lists(st.sampled_from(sorted(RRULE_PARTS)), max_size=4, unique=True))
    parts = [("FREQ", draw(st.sampled_from(RRULE_PARTS["FREQ"])))] if draw(st.booleans()) else []
    parts += [(name, draw(st.sampled_from(RRULE_PARTS[name]))) for name in names]
    text = ";".join(f"{name}={value}" for name, value in parts)
    return draw(st.sampled_from([text, text, text, ";;;==", "FREQ=DAILY;;", text.lower()]))


def _mostly(sane: st.SearchStrategy, hostile: st.SearchStrategy) -> st.SearchStrategy:
    """Mostly sane values, so that generated files also get past the first check."""
    return st.integers(0, 9).flatmap(lambda n: hostile if n == 4 else sane)


def _stamp(moment: datetime) -> str:
    return f"{moment:%Y%m%dT%H%M%S}"


@st.composite
def events(draw: st.DrawFn, uid: str) -> list[str]:
    lines = ["BEGIN:VEVENT"]
    uid_line = draw(
        _mostly(
            st.just(f"UID:{uid}"),
            st.sampled_from(["", "UID:", "UID:" + "u" * 256, "UID:stored@zpdesk"])
            | ODD_TEXT.map(lambda t: f"UID:{t[:150]}"),
        )
    )
    lines += [uid_line] if uid_line else []
    start = draw(SANE_START)
    start_line = draw(
        _mostly(
            st.sampled_from(["DTSTART", "DTSTART;TZID=Europe/Amsterdam"]).map(
                lambda name: f"{name}:{_stamp(start)}"
            ),
            st.one_of(
                HOSTILE_DATE_TIME.map(lambda v: f"DTSTART:{v}"),
                HOSTILE_DATE_ONLY.map(lambda v: f"DTSTART;VALUE=DATE:{v}"),
                st.just(f"DTSTART;VALUE=DATE:{start:%Y%m%d}"),
                st.just(f"DTSTART;TZID=Mars/Olympus:{_stamp(start)}"),
                st.just(""),
            ),
        )
    )
    lines += [start_line] if start_line else []
    minutes = draw(st.integers(15, 600))
    end_lines = draw(
        _mostly(
            st.sampled_from(
                [
                    [f"DTEND:{_stamp(start + timedelta(minutes=minutes))}"],
                    [f"DURATION:PT{minutes}M"],
                ]
            ),
            st.one_of(
                HOSTILE_DATE_TIME.map(lambda v: [f"DTEND:{v}"]),
                HOSTILE_DURATION.map(lambda v: [f"DURATION:{v}"]),
                st.just([]),  # no end at all
                st.just([f"DTEND:{_stamp(start)}", "DURATION:PT1H"]),  # both
                st.just([f"DTEND:{_stamp(start)}", f"DTEND:{_stamp(start)}"]),  # twice
            ),
        )
    )
    lines += end_lines
    for name in ("SUMMARY", "LOCATION", "DESCRIPTION", "CATEGORIES"):
        if draw(st.booleans()):
            lines.append(f"{name}:{draw(TEXT)}")
    for _ in range(draw(st.sampled_from([0, 0, 1, 1, 2]))):
        lines.append(f"RRULE:{draw(_mostly(SANE_RRULES, hostile_rrules()))}")
    later = start + timedelta(weeks=draw(st.integers(1, 3)))
    if draw(st.booleans()):
        lines.append(f"EXDATE:{draw(_mostly(st.just(_stamp(later)), HOSTILE_DATE_TIME))}")
    if draw(st.integers(0, 3)) == 0:
        lines.append(f"RDATE:{draw(_mostly(st.just(_stamp(later)), HOSTILE_DATE_TIME))}")
    if draw(st.integers(0, 3)) == 0:
        lines.append(f"RECURRENCE-ID:{draw(_mostly(st.just(_stamp(later)), HOSTILE_DATE_TIME))}")
    if draw(st.booleans()):
        lines.append(f"STATUS:{draw(st.sampled_from(['CANCELLED', 'CONFIRMED', '?']))}")
    if draw(st.booleans()):
        lines.append("X-ZPDESK-KIND:" + draw(st.sampled_from(["breakfast", "\x00", "?"])))
    lines.append("END:VEVENT")
    return lines


@st.composite
def calendars(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["calendar"] * 8 + ["bytes", "broken nesting"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hostile//test//EN"]
    for index in range(draw(st.integers(1, 3))):
        # Mostly one UID per event; sometimes the same one (an override, or a clash).
        uid = draw(st.sampled_from([f"u{index}", f"u{index}", f"u{index}", "u0"]))
        lines += draw(events(uid=uid))
    lines.append("END:VCALENDAR")
    if kind == "broken nesting":
        del lines[draw(st.integers(0, len(lines) - 1))]
    text = "\r\n".join(lines) + "\r\n"
    encoding = draw(st.sampled_from(["utf-8"] * 6 + ["utf-8-sig", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="replace")


# --- the properties ------------------------------------------------------------------------


def _import(path: Path, data: bytes) -> ics.ImportResult:
    db = open_database(path)
    try:
        with db.session() as session:
            network_id = session.scalar(select(Network.id).where(Network.name == NETWORK))
            assert network_id is not None
            preview = ics.preview_import(session, network_id, data, TODAY)
            return ics.apply_import(session, preview)
    finally:
        db.close()


def _check_stored(path: Path) -> None:
    """What an import stored is what the app can show: in range, titled, valid rules."""
    db = open_database(path)
    try:
        with db.session() as session:
            for commitment in session.scalars(select(Commitment)):
                assert in_range(commitment.starts_at)
                assert commitment.title.strip() and "\x00" not in commitment.title
                assert 0 < commitment.duration_minutes <= agenda.MAX_DURATION_MINUTES
                assert len(commitment.uid) <= 255
                # the agenda can expand it around today and around its start
                for moment in (datetime(2026, 6, 1), commitment.starts_at):
                    expand(
                        commitment.starts_at,
                        commitment.rrule,
                        moment - timedelta(days=7),
                        moment + timedelta(days=35),
                    )
            for exdate in session.scalars(select(CommitmentExdate.original_start)):
                assert in_range(exdate)
            for occurrence in session.scalars(select(Occurrence)):
                assert in_range(occurrence.original_start)
    finally:
        db.close()


def _one_event(*lines: str) -> bytes:
    """A calendar of one event with UID ``a``, lasting an hour unless ``lines`` say otherwise."""
    body = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a", "DURATION:PT1H", *lines]
    return ("\r\n".join([*body, "END:VEVENT", "END:VCALENDAR"]) + "\r\n").encode()


@pytest.mark.slow
@HOSTILE_SETTINGS
@given(data=calendars())
@example(data=_one_event("DTSTART:99991231T230000Z", "DTEND:99991231T235900Z"))
@example(data=_one_event("DTSTART:20260105T100000", "RRULE:FREQ=DAILY;INTERVAL=0"))
@example(data=_one_event("DTSTART:20260105T100000", "SUMMARY:\x00x"))
@example(data=_one_event("DTSTART:20260105T100000", "RRULE:FREQ=MONTHLY;BYDAY=99MO"))
@example(
    data=_one_event(
        "DTSTART:20260105T100000", "RRULE:FREQ=DAILY;UNTIL=22001231", "EXDATE:20260106T100000"
    )
)
def test_any_calendar_imports_cleanly_or_changes_nothing(
    template: Path, tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "target.sqlite"
    for leftover in tmp_path.glob("target.sqlite*"):
        leftover.unlink()
    shutil.copy(template, path)
    before = dump(path)
    try:
        result = _import(path, data)
    except ValidationError as exc:
        message = str(exc)
        assert message.strip() and "\n" not in message and "\r" not in message, message
        assert len(message) < 400 and not BIDI & set(message), message
        assert dump(path) == before
    else:
        added = len(dump(path)["commitment"]) - len(before["commitment"])
        assert added == len(result.commitment_ids)
        _check_stored(path)


# --- the same through the command line: one line on stderr ----------------------------------


@pytest.mark.slow
@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(data=calendars())
def test_import_ics_command_says_one_line_or_imports(
    template: Path, tmp_path: Path, data: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cli.sqlite"
    for leftover in tmp_path.glob("cli.sqlite*"):
        leftover.unlink()
    shutil.copy(template, path)
    source = tmp_path / "in.ics"
    source.write_bytes(data)
    before = dump(path)
    code = main(["import-ics", "--db", str(path), "--network", NETWORK, str(source)])
    out, err = capsys.readouterr()
    if code == 0:
        # One line, then the events left out, one line each (issue 21).
        lines = out.splitlines()
        assert err == "" and len(lines) >= 1 and "\r" not in out
        if len(lines) > 1:
            assert lines[1].endswith("that cannot be imported:")
            assert len(lines) == 2 + int(lines[1].split()[1])
    else:
        assert code == 1
        assert err.count("\n") == 1 and err.startswith("zpdesk import-ics: in.ics: "), err
        assert dump(path) == before
