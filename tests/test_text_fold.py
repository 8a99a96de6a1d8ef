"""domain.text.fold: what searches compare."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from zpdesk.domain.text import fold


def test_hand_picked() -> None:
    assert fold("André") == "andre"
    assert fold("COÖPERATIE") == "cooperatie"
    assert fold("Zoë Öztürk") == "zoe ozturk"
    assert fold("Straße") == "strasse"
    assert fold("ﬁets") == "fiets"  # a ligature typed from a PDF
    assert fold("plain ASCII") == "plain ascii"
    assert fold("") == ""


@given(st.text())
def test_folding_twice_changes_nothing(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert not any(unicodedata.combining(c) for c in unicodedata.normalize("NFKD", once))


@given(st.text(), st.text())
def test_a_piece_of_a_text_is_found_in_it_folded(left: str, right: str) -> None:
    """What the filters rely on: a word typed with or without accents is found."""
    word = "Coöperatie"
    assert fold(word) in fold(left + " " + word + " " + right)
