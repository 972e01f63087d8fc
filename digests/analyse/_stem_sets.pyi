"""Types of the C module ``_stem_sets.c`` (see its source and ``tokens.content_stem_sets``)."""

from collections.abc import Callable
from typing import Protocol

# (stop words, endings, stem length): tokens.py's rules, to stem tokens in C.
Rules = tuple[frozenset[str], tuple[str, ...], int]

def stem_sets(
    texts: list[str], memo: dict[str, str], stem_new: Callable[[str], str],
    rules: Rules = ..., /,
) -> tuple[list[frozenset[str]], list[float]]: ...

def stem_set(
    text: str, memo: dict[str, str], stem_new: Callable[[str], str], rules: Rules = ..., /,
) -> frozenset[str]: ...

class StemSet(Protocol):
    """The type of :func:`stem_set`, for a name that may also hold None."""

    def __call__(
        self, text: str, memo: dict[str, str], stem_new: Callable[[str], str],
        rules: Rules = ..., /,
    ) -> frozenset[str]: ...

class StemSets(Protocol):
    """The type of :func:`stem_sets`, for a name that may also hold None."""

    def __call__(
        self, texts: list[str], memo: dict[str, str], stem_new: Callable[[str], str],
        rules: Rules = ..., /,
    ) -> tuple[list[frozenset[str]], list[float]]: ...
