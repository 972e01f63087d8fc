"""The gate of a costly pattern: whether a line holds any of its key words."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from digests.clean.gated import GatedPattern, any_key_pattern

_KEYS = st.lists(st.text(alphabet="abc .(©é", min_size=1, max_size=5), min_size=1, max_size=12)


@given(_KEYS, st.text(alphabet="abcd .(©éx", max_size=40))
def test_the_gate_finds_a_text_that_holds_any_key(keys: list[str], text: str) -> None:
    found = re.search(any_key_pattern(tuple(keys)), text) is not None
    assert found == any(key in text for key in keys)


def test_keys_that_share_their_start_are_one_branch() -> None:
    pattern = any_key_pattern(("cookie", "copyright", "comment", "comments", "click "))
    assert pattern == r"c(?:o(?:okie|pyright|mment)|lick\ )"
    assert re.search(pattern, "leave a comments box") and not re.search(pattern, "a clock")


def test_a_gated_pattern_is_tried_only_behind_its_gate() -> None:
    banner = GatedPattern(re.compile(r"all rights reserved", re.IGNORECASE), ("rights", "©"))
    assert banner.search("© 2024 Harbour Weekly. All Rights Reserved.")
    assert not banner.search("The rights of tenants were reserved for the vote.")
    assert not banner.search("All reserved")
