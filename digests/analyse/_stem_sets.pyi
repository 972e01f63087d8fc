"""Types of the C module ``_stem_sets.c`` (see its source and ``tokens.content_stem_sets``)."""

from collections.abc import Callable

def stem_sets(
    texts: list[str], memo: dict[str, str], stem_new: Callable[[str], str], /
) -> tuple[list[frozenset[str]], list[tuple[int, ...]]]: ...
