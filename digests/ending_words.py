"""Words a text cannot end on: the one list of them that ingest and digests share.

A sentence never ends on an article or a preposition ("…came from..." was cut off by a teaser),
and a point cut short must not end on a word that needs the next one ("…opened fire on…"):
analysis trims such words from a cut point, cleaning joins a line that ends on one to the next,
and a digest trims them again when it shortens a point to fit a message. It lives outside
``analyse`` and ``compose`` so that composing a digest calls nothing of the analysis.
Lower-case words of English, German, French, Spanish and Russian; words that carry meaning in
another of these languages ("war", "hat", "son") are not listed.
"""

from __future__ import annotations

# No sentence ends on these: articles, possessives, most prepositions and conjunctions (not those
# that may: "and so on...", "what if...", "told her...").
NEVER_LAST: frozenset[str] = frozenset(
    """a an the of from to at with by and or nor whose his their its our my your into onto
    than because
    der die das den dem des ein eine einen einem einer und oder von zu mit für auf im vom zum
    le la les un une des du de et ou à au aux pour avec dans sur
    el los las una unos unas del y o en con por para al
    и в во на с со по к о об из за для или а но""".split()
)

# A phrase cut short does not end on these either: the prepositions and conjunctions that may
# end a sentence ("…moved in.") but leave a cut phrase hanging, the auxiliaries and the
# demonstratives. Not "not": "…the council will not…" still says which way the news goes.
NEEDS_NEXT: frozenset[str] = NEVER_LAST | frozenset(
    """
    as for in on but that which who whom while when where if after before over under about
    between during without within against among through upon via per since until both either
    neither whether such her this these those is are was were be been being has have had will
    would can could should may might must
    eines aber sondern dass ob wenn weil als wie zur am an aus bei beim nach über unter vor durch
    gegen ohne um sein seine seiner seinem seinen ihr ihre ihrem ihren ihres ist sind wird
    werden wurde wurden sich
    mais que qui en sans sous sa ses leur leurs cette ces
    pero sin sobre su sus se lo
    """.split()
)
