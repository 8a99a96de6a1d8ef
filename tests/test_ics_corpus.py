"""Issue 21: every test calendar of recurring-ical-events, imported and compared with it.

Each file of the package's own corpus is imported into an empty database and the agenda
is compared with ``recurring_ical_events.of(calendar).between(...)`` to the minute under
zpdesk's conventions (tests/ics_corpus.py: all-day = 09:00–17:00 on each day, floating =
Amsterdam time, a moment = one minute). A file is either exact or listed below with the
outcome it has and the reason, in words the import's own message must contain.
"""

from __future__ import annotations

import pytest

from ics_corpus import corpus_files, outcome

pytestmark = pytest.mark.store

# file → (outcome, words of the reason)
EXPECTED_SKIPS: dict[str, tuple[str, str]] = {
    # Not meetings: listed as skipped, the meetings of the same file are imported.
    "alarm_removed_and_moved": ("partial", "a task (VTODO)"),
    "issue_97_simple_journal": ("refused", "a journal entry (VJOURNAL)"),
    "issue_97_simple_todo": ("refused", "a task (VTODO)"),
    "issue_97_todo_nodtstart": ("refused", "a task (VTODO)"),
    "no_events": ("refused", "holds no events"),
    # What zpdesk cannot represent, refused per event with the reason.
    "issue_75_range_parameter": ("refused", "RANGE=THISANDFUTURE"),
    "multiple_rrule": ("refused", "two different rules"),
    "issue_173_only_modifications_error": ("partial", "lasts longer than 7 days"),
    "end_before_start_event": ("refused", "ends before it starts"),
    "issue_132_swapped_start_and_end": ("refused", "a task (VTODO)"),
    # The rule ends (UNTIL) before DTSTART: no dates at all, as the reference reads it.
    "issue_117_until_before_dtstart": ("refused", "gives no dates"),
    # A broken file (END:VTOOD closes BEGIN:VTODO): refused whole, naming the line.
    "issue_201_test_matrix": ("refused", "END:VTOOD does not close BEGIN:VTODO"),
    # The reference cannot read it (UNTL instead of UNTIL); zpdesk reads it.
    "bad_rrule_missing_until_event": ("reference-fails", "UNTIL parameter is missing"),
    # All-day start with a date-time end (17 Aug 00:00 UTC): the reference makes it one
    # moment at midnight UTC; zpdesk keeps the all-day start and imports its 24 days.
    "issue_201_mixed_datetime_and_date": ("wrong", "1 expected, 1 missing, 24 extra"),
}


def _name(path) -> str:
    return path.stem


@pytest.mark.parametrize("path", corpus_files(), ids=_name)
def test_corpus_file_is_exact_or_skipped_with_its_reason(path) -> None:
    status, detail = outcome(path)
    expected_status, words = EXPECTED_SKIPS.get(path.stem, ("exact", ""))
    assert (status, words in detail) == (expected_status, True), detail


def test_the_skip_list_names_only_files_of_the_corpus() -> None:
    assert set(EXPECTED_SKIPS) <= {p.stem for p in corpus_files()}
    assert len(corpus_files()) > 90
