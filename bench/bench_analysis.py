"""Key points against reference summaries, and analysis speed, with the baselines in the same run.

    python bench/bench_analysis.py [--data ../shared/data/summaries-dev] [--tool PATH] [--raw]
                                   [--oracle] [--pure-python] [--warm-up DIR]
                                   [--textrank-splitter pysbd|punkt]

For the BBC set and the CNN/DailyMail highlights (cnndm/) it scores, with the shared scorer
(tools/score_keypoints.py, ROUGE-1/2/L F1 x100, first 3 points):
  * Lead-3 (the scorer's own --lead baseline),
  * sumy TextRank, 3 sentences (pysbd sentences, or Punkt untrained with
    ``--textrank-splitter punkt``; English stemmer + stop words, body only),
    whole (the issue's baseline) and cut to ~200 characters as our points are (TextRank-3≤200),
  * ours: each file read as the CLI reads it (``clean_text``, as ``analyze --text`` does) and
    analysed by ``digests.analyse.analyse``; ``--raw`` skips the cleaner (paragraphs split on
    blank lines, lines joined), to tell the cleaner's effect from the key points'.
With ``--oracle``, the headroom: the best 3 sentences per article by ROUGE-1 against the reference
(greedy), whole and cut to 200 characters.
Then documents per second for TextRank and for our full ``analyse()`` (sentences, key points,
quotes, signature) on the same documents, their ratio, each part of ``analyse()`` as a ratio to
TextRank, and the splitters (ours vs pysbd: hand cases, the BBC set's gold sentences, speed).
The analysis modules run as installed: compiled with mypyc where setup.py could (the output
says which), or from their sources with ``--pure-python``.
Speeds are CPU time, so a busy machine slows both alike; the ratios are the figures to compare.
The first figures interleave TextRank and ``analyse()`` document by document (each then runs
with caches the other filled); the checked figure lets the checked part and TextRank take turns,
a pass over all documents each, and is the median of eleven turns; each of our passes runs in a
new process that has analysed other articles first (``--warm-up``, quotes-dev by default), so
that it meets every timed document for the first time, as a running bot meets new articles
(see ``bench_parts``). Last, the issue's checks:
BBC R-1 >= TextRank-3, cnndm R-1 >= Lead-3, split+key points+quotes >= 50x TextRank.
If the shared data is missing, it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from digests.compiled import is_running_compiled, run_from_source

# Before the analysis modules are imported: --pure-python times them from their sources where
# setup.py compiled them.
if "--pure-python" in sys.argv:
    run_from_source()

from digests.analyse import analyse
from digests.analyse.keypoints import key_points
from digests.analyse.quotes import find_quotes
from digests.analyse.sentences import split_sentences
from digests.analyse.signature import simhash
from digests.analyse.trim import trim
from digests.article import CleanArticle

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = (HERE / ".." / ".." / "shared" / "data" / "summaries-dev").resolve()
SETS = {"BBC": "", "cnndm": "cnndm"}


def read_raw(path: Path) -> CleanArticle:
    """Title line, blank line, text: paragraphs split on blank lines, their lines joined."""
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    blocks = [" ".join(b.split()) for b in body.split("\n\n")]
    return CleanArticle(title=title.strip(), paragraphs=[b for b in blocks if b])


def make_reader(raw: bool) -> tuple[str, Callable[[Path], CleanArticle]]:
    if raw:
        return "raw paragraphs", read_raw
    try:
        from digests.clean import clean_text
    except ImportError:
        return "raw paragraphs (digests.clean.clean_text not available yet)", read_raw

    def read_clean(path: Path) -> CleanArticle:
        article: CleanArticle = clean_text(path.read_text(encoding="utf-8"))
        return article

    return "clean_text (as `analyze --text`)", read_clean


def textrank_points(
    body: str, summarizer: object, parser_cls: type, tokenizer: object
) -> list[str]:
    parser = parser_cls.from_string(body, tokenizer)  # type: ignore[attr-defined]
    return [str(s) for s in summarizer(parser.document, 3)]  # type: ignore[operator]


# Sentence splitters for the TextRank baseline. pysbd by default: sumy's own, nltk's Punkt, needs
# trained data that cannot be downloaded here, and this one's figures match the for its
# TextRank (62.7 and 28.5 ROUGE-1, 40-70 docs/s). "punkt" is Punkt untrained, for comparison:
# the same TextRank ~2.6x faster (README, "How well it works").
TEXTRANK_SPLITTERS = ("pysbd", "punkt")


def make_textrank(splitter: str = "pysbd") -> Callable[[str], list[str]]:
    import nltk  # type: ignore[import-untyped]
    import pysbd  # type: ignore[import-untyped]
    from nltk.tokenize.punkt import PunktSentenceTokenizer  # type: ignore[import-untyped]
    from sumy.nlp.stemmers import Stemmer  # type: ignore[import-untyped]
    from sumy.nlp.tokenizers import Tokenizer  # type: ignore[import-untyped]
    from sumy.parsers.plaintext import PlaintextParser  # type: ignore[import-untyped]
    from sumy.summarizers.text_rank import TextRankSummarizer  # type: ignore[import-untyped]
    from sumy.utils import get_stop_words  # type: ignore[import-untyped]

    if splitter == "punkt":
        split: Callable[[str], list[str]] = PunktSentenceTokenizer().tokenize
    else:
        split = pysbd.Segmenter(language="en", clean=False).segment

    class Sentences:
        @staticmethod
        def tokenize(paragraph: str) -> list[str]:
            return [s.strip() for s in split(paragraph) if s.strip()]

    class TreebankWords:
        # nltk.word_tokenize without its Punkt pass (Punkt's data cannot be downloaded here)
        @staticmethod
        def tokenize(sentence: str) -> list[str]:
            return list(nltk.word_tokenize(sentence, preserve_line=True))

    class SplitterTokenizer(Tokenizer):  # type: ignore[misc]
        def _get_sentence_tokenizer(self, language: str) -> Sentences:
            return Sentences()

        def _get_word_tokenizer(self, language: str) -> TreebankWords:
            return TreebankWords()

    tokenizer = SplitterTokenizer("english")
    summarizer = TextRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def summarise(body: str) -> list[str]:
        return textrank_points(body, summarizer, PlaintextParser, tokenizer)

    return summarise


def score(tool: Path, data: Path, outputs: list[dict[str, object]], lead: bool) -> dict[str, str]:
    """Run the shared scorer on ``outputs``; its result lines by system label."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for row in outputs:
            fh.write(json.dumps(row) + "\n")
        name = fh.name
    try:
        args = [sys.executable, str(tool), name, "--data", str(data)]
        result = subprocess.run([*args, *(["--lead"] if lead else [])], capture_output=True,
                                text=True, check=True)
    finally:
        os.unlink(name)
    lines = result.stdout.splitlines()
    return {ln.split()[0]: ln for ln in lines[1:] if ln.strip() and not ln.startswith(" ")}


def rouge1(line: str) -> float:
    """The R-1 column of one of the scorer's result lines."""
    return float(line.split()[-4])


def bench_set(label: str, data: Path, tool: Path, reader: Callable[[Path], CleanArticle],
              textrank: Callable[[str], list[str]]) -> tuple[int, float, float, dict[str, float]]:
    files = sorted((data / "article").glob("*/*.txt"))
    articles = [reader(f) for f in files]
    bodies = [f.read_text(encoding="utf-8").partition("\n")[2].strip() for f in files]

    # Interleaved, document by document, in CPU time: load from other processes on the machine
    # then weighs on both sides alike.
    ours, ranked = [], []
    ours_s = textrank_s = 0.0
    for article, body in zip(articles, bodies, strict=True):
        start = time.process_time()
        ours.append(analyse(article))
        middle = time.process_time()
        ranked.append(textrank(body))
        ours_s, textrank_s = ours_s + middle - start, textrank_s + time.process_time() - middle

    ours_rows: list[dict[str, object]] = [
        {"source": str(f), "key_points": a.key_points} for f, a in zip(files, ours, strict=True)
    ]
    tr_rows: list[dict[str, object]] = [
        {"source": str(f), "key_points": p} for f, p in zip(files, ranked, strict=True)
    ]
    # TextRank's sentences cut as our points are (~200 characters): the like-for-like figure,
    # printed beside the check, which stays against whole sentences as the issue states it.
    capped_rows: list[dict[str, object]] = [
        {"source": str(f), "key_points": [trim(s) for s in p]}
        for f, p in zip(files, ranked, strict=True)
    ]
    ours_lines = score(tool, data, ours_rows, lead=True)
    tr_lines = score(tool, data, tr_rows, lead=False)
    capped_lines = score(tool, data, capped_rows, lead=False)
    print(f"\n== {label}: {len(files)} articles ==")
    print(f"{'system':<14} {'docs':>5} {'R-1':>7} {'R-2':>7} {'R-L':>7} {'R-Lsum':>8}")
    print(ours_lines["Lead-3"])
    for name, lines in (("TextRank-3", tr_lines), ("TextRank-3≤200", capped_lines),
                        ("ours", ours_lines)):
        print(f"{name:<14}" + lines["key"][14:])  # the scorer's label column is 14 wide
    figures = {"Lead-3": rouge1(ours_lines["Lead-3"]), "TextRank-3": rouge1(tr_lines["key"]),
               "ours": rouge1(ours_lines["key"])}
    return len(files), ours_s, textrank_s, figures


CHECKED_PART = "split+key points+quotes"
# Turns of the checked figure, whose median it is: one pass of ours takes ~0.1 s, so the load of
# other processes on the machine moves a single turn by a fifth either way or more (28-61x in
# one run of five turns, 28 Nov 2026); the median of eleven holds steadier than that of five.
CHECKED_PASSES = 11
# Articles a running bot has analysed before the ones timed: the analysis keeps the stems of
# words and what it found of names from article to article, and a bot that has run a while has
# met the common ones. Another corpus than the timed one, so that no timed article is met twice.
WARM_UP = DEFAULT_DATA.parent / "quotes-dev"


def checked_part(article: CleanArticle) -> object:
    """What the speed check times: split + key points + quotes."""
    return key_points(article), find_quotes(article)


def warm_up_on(warm_up: Path, reader: Callable[[Path], CleanArticle]) -> int:
    """Runs the checked part, untimed, over the articles under ``warm_up`` (``*/text/*.txt``),
    as a running bot has met earlier news; how many there were."""
    warm = [reader(f) for f in sorted(warm_up.glob("*/text/*.txt"))]
    for article in warm:
        checked_part(article)
    return len(warm)


def time_first_sight(
    data: Path, reader: Callable[[Path], CleanArticle], warm_up: Path
) -> tuple[float, int]:
    """CPU seconds of one pass of the checked part over the documents, each met for the first
    time, after the articles under ``warm_up``; and how many those were."""
    warmed = warm_up_on(warm_up, reader)
    articles = [reader(f) for f in sorted(data.glob("**/article/*/*.txt"))]
    start = time.process_time()
    for article in articles:
        checked_part(article)
    return time.process_time() - start, warmed


def first_sight_in_new_process(data: Path, raw: bool, warm_up: Path) -> tuple[float, int]:
    """:func:`time_first_sight` in a new process, whose caches hold nothing from this one."""
    command = [sys.executable, str(Path(__file__).resolve()), "--first-sight",
               "--data", str(data), "--warm-up", str(warm_up)]
    if raw:
        command.append("--raw")
    if not is_running_compiled():
        command.append("--pure-python")
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
    return float(out[-2]), int(out[-1])


def bench_parts(
    data: Path, reader: Callable[[Path], CleanArticle], textrank: Callable[[str], list[str]],
    raw: bool, warm_up: Path,
) -> dict[str, float]:
    """Where analyse() spends its time: each part alone, as a ratio to TextRank's time.

    The checked part and TextRank take turns, a pass over all documents each, several times;
    the figure is the median of the turns' ratios. Times taken side by side, so that the load of
    other processes on a shared machine weighs on both alike, and each a throughput (documents
    per second of its own work).

    Each of our passes runs in a new process that first analyses other articles (``warm_up``,
    untimed), so that it meets every timed document for the first time, as a running bot meets
    each new article, with its caches of words and names as a bot's are after a while. A pass
    over documents it has already analysed would flatter it: the stems of their rare words and
    what was found of their names are then remembered, and that pass is ~25-30% faster (shown
    as "the same documents again"; measured on quotes-dev, 27 Nov 2026). Without the warm-up
    corpus, the passes start with nothing remembered, which is slower than a running bot.
    The other parts are for information, each three passes over documents it has seen, against
    TextRank's mean time over the turns.
    """
    files = sorted(data.glob("**/article/*/*.txt"))
    articles = [reader(f) for f in files]
    bodies = [f.read_text(encoding="utf-8").partition("\n")[2].strip() for f in files]

    pass_ratios: list[float] = []
    textrank_s = 0.0
    warmed = 0
    for _ in range(CHECKED_PASSES):
        ours_pass, warmed = first_sight_in_new_process(data, raw, warm_up)
        start = time.process_time()
        for body in bodies:
            textrank(body)
        textrank_pass = time.process_time() - start
        pass_ratios.append(textrank_pass / ours_pass)
        textrank_s += textrank_pass
    textrank_per_doc = textrank_s / (CHECKED_PASSES * len(articles))

    parts: dict[str, Callable[[CleanArticle], object]] = {
        "sentences+key points": key_points,
        "quotes": find_quotes,
        "signature (simhash)": lambda a: simhash(a.title + "\n" + a.text),
        "analyse() in all": analyse,
        CHECKED_PART + ", again": checked_part,
    }
    ratios: dict[str, float] = {}
    for article in articles:
        checked_part(article)
    for name, part in parts.items():
        start = time.process_time()
        for _ in range(3):
            for article in articles:
                part(article)
        per_doc = (time.process_time() - start) / (3 * len(articles))
        ratios[name] = textrank_per_doc / per_doc
        print(f"  {name:<34} {1 / per_doc:9,.0f} docs/s  {ratios[name]:7.1f}x TextRank")
    ratios[CHECKED_PART] = statistics.median(pass_ratios)
    shown = ", ".join(f"{r:.1f}" for r in pass_ratios)
    after = f"after {warmed} other articles" if warmed else "with nothing met before"
    print(f"  {CHECKED_PART + ', first sight':<34} {ratios[CHECKED_PART]:9.1f}x TextRank, "
          f"median of {CHECKED_PASSES} turns ({shown}), {after}")
    return ratios


SPLIT_CASES = [
    ("Mr. Smith met Dr. Jones on Feb. 24. They talked.",
     ["Mr. Smith met Dr. Jones on Feb. 24.", "They talked."]),
    ("He lives at No. 10 Downing St. with a cat. It is 3.5 metres long.",
     ["He lives at No. 10 Downing St. with a cat.", "It is 3.5 metres long."]),
    ("J. K. Rowling wrote it. George W. Bush read it.",
     ["J. K. Rowling wrote it.", "George W. Bush read it."]),
    ("“We share your pain,” he said. Then he left.",
     ["“We share your pain,” he said.", "Then he left."]),
    ("“We won.” The next day was calm.", ["“We won.”", "The next day was calm."]),
    ("The factory moved to the U.S. The workers stayed.",
     ["The factory moved to the U.S.", "The workers stayed."]),
    ("The U.S. Senate voted. Both agreed.", ["The U.S. Senate voted.", "Both agreed."]),
    ("Am 24. Februar 2022 begann der Krieg. Er dauert an.",
     ["Am 24. Februar 2022 begann der Krieg.", "Er dauert an."]),
    ("В. В. Путин улыбнулся! Зал молчал.", ["В. В. Путин улыбнулся!", "Зал молчал."]),
    ("M. Macron a dit : « Nous avons gagné. » Le lendemain, rien.",
     ["M. Macron a dit : « Nous avons gagné. »", "Le lendemain, rien."]),
    ("¿Qué pasa? ¡Nada! El Sr. García llegó.", ["¿Qué pasa?", "¡Nada!", "El Sr. García llegó."]),
    ("Election results\nThe count finished at dawn.",
     ["Election results", "The count finished at dawn."]),
]


def bench_splitters(data: Path) -> None:
    """Splitters on hand cases, on the BBC set's gold sentences (one a line), and their speed."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)

    def pysbd_split(text: str) -> list[str]:
        return [s.strip() for p in text.split("\n") for s in segmenter.segment(p) if s.strip()]

    splitters: dict[str, Callable[[str], list[str]]] = {
        "ours": split_sentences, "pysbd": pysbd_split
    }
    gold_docs = []
    for path in sorted(data.glob("article/*/*.txt")):
        body = path.read_text(encoding="utf-8").partition("\n")[2]
        lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
        paragraphs = [" ".join(b.split()) for b in body.split("\n\n") if b.strip()]
        gold_docs.append(("\n\n".join(paragraphs), lines))  # the method sees paragraphs
    texts = [f.read_text(encoding="utf-8") for f in sorted(data.glob("**/article/*/*.txt"))]
    print()
    for name, split in splitters.items():
        right = sum(split(text) == expected for text, expected in SPLIT_CASES)
        found = correct = gold = 0
        for text, lines in gold_docs:
            got = split(text)
            found, gold = found + len(got), gold + len(lines)
            correct += len(set(got) & set(lines))
        start = time.process_time()
        for text in texts:
            split(text)
        rate = len(texts) / (time.process_time() - start)
        print(f"splitter {name:<6} hand cases {right}/{len(SPLIT_CASES)}; BBC gold sentences "
              f"P {correct / found:.3f} R {correct / gold:.3f}; {rate:,.0f} docs/s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--tool", type=Path, default=None, help="score_keypoints.py")
    ap.add_argument("--raw", action="store_true", help="read articles without the cleaner")
    ap.add_argument("--oracle", action="store_true",
                    help="also the best 3 sentences per article by ROUGE-1 (slow: ~1-2 min)")
    ap.add_argument("--pure-python", action="store_true",
                    help="run the analysis from its sources, not the build setup.py compiled")
    ap.add_argument("--warm-up", type=Path, default=WARM_UP,
                    help="articles analysed, untimed, before the timed first sight "
                         "(*/text/*.txt; default: %(default)s)")
    ap.add_argument("--textrank-splitter", choices=TEXTRANK_SPLITTERS, default="pysbd",
                    help="the TextRank baseline's sentence splitter (default: %(default)s)")
    ap.add_argument("--first-sight", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    data: Path = args.data
    if args.first_sight:  # one of bench_parts's turns, in its own process
        seconds, warmed = time_first_sight(data, make_reader(args.raw)[1], args.warm_up)
        print(f"{seconds} {warmed}")
        return 0
    tool: Path = args.tool or (data / ".." / ".." / "tools" / "score_keypoints.py").resolve()
    if not (data / "article").is_dir() or not tool.is_file():
        print(f"shared data not found ({data}, {tool}): nothing to measure")
        return 0
    how, reader = make_reader(args.raw)
    print(f"ours reads articles with: {how}")
    print("analysis modules: " + ("compiled with mypyc (setup.py)" if is_running_compiled()
                                  else "pure Python"))
    print(f"TextRank's sentences split by: {args.textrank_splitter}")
    textrank = make_textrank(args.textrank_splitter)
    docs = ours_s = textrank_s = 0.0
    figures: dict[str, dict[str, float]] = {}
    for label, sub in SETS.items():
        n, o, t, figures[label] = bench_set(
            label, data / sub if sub else data, tool, reader, textrank)
        docs, ours_s, textrank_s = docs + n, ours_s + o, textrank_s + t
        if args.oracle:
            bench_oracle(data / sub if sub else data, reader)
    print(f"\nspeed over {docs:.0f} docs: TextRank-3 {docs / textrank_s:,.1f} docs/s, "
          f"ours analyse() {docs / ours_s:,.1f} docs/s, ratio {textrank_s / ours_s:,.1f}x")
    if not args.warm_up.is_dir():
        print(f"warm-up articles not found ({args.warm_up}): first sight starts from nothing")
    ratios = bench_parts(data, reader, textrank, args.raw, args.warm_up)
    bench_splitters(data)
    print_checks(figures, ratios[CHECKED_PART])
    return 0


def print_checks(figures: dict[str, dict[str, float]], speed_ratio: float) -> None:
    """The issue's three checks, each against its baseline from this run."""
    checks = [
        ("BBC R-1 >= TextRank-3", figures["BBC"]["ours"], figures["BBC"]["TextRank-3"]),
        ("cnndm R-1 >= Lead-3", figures["cnndm"]["ours"], figures["cnndm"]["Lead-3"]),
        (f"{CHECKED_PART} >= 50x TextRank", speed_ratio, 50.0),
    ]
    print("\nchecks:")
    for name, ours, needed in checks:
        verdict = "pass" if ours >= needed else "FAIL"
        print(f"  {name:<40} {ours:8.2f} vs {needed:8.2f}  {verdict}")


def bench_oracle(data: Path, reader: Callable[[Path], CleanArticle]) -> None:
    """Headroom: the 3 body sentences per article that score best against the reference
    (chosen greedily by ROUGE-1), whole and cut as key points are cut."""
    from rouge_score import rouge_scorer  # type: ignore[import-untyped]

    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    for label, cut in (("whole sentences", False), ("cut to 200 chars", True)):
        total = 0.0
        files = sorted((data / "article").glob("*/*.txt"))
        for path in files:
            summary = data / "summary" / path.parent.name / path.name
            reference = " ".join(summary.read_text(encoding="utf-8").split())
            article = reader(path)
            pool = [s for p in article.paragraphs for s in split_sentences(p)]
            pool = [trim(s) for s in pool] if cut else pool
            chosen: list[str] = []
            best = 0.0
            for _ in range(3):
                scored = [(scorer.score(reference, " ".join([*chosen, s]))["rouge1"].fmeasure, s)
                          for s in pool if s not in chosen]
                if not scored:
                    break
                best, pick = max(scored)
                chosen.append(pick)
            total += best
        print(f"{'oracle-3':<14} {len(files):>5} {100 * total / len(files):7.2f}   ({label})")


if __name__ == "__main__":
    sys.exit(main())
