"""Cleaning quality and speed on extraction-dev, with every baseline measured in the same run.

    python bench/bench_clean.py [DATA_DIR] [--scorer PATH] [--repeat N]

DATA_DIR defaults to ../shared/data/extraction-dev next to the checkout; the scorer to
tools/score_extraction.py beside the data folder. Prints precision/recall/F1 of: trafilatura
alone (HTML), our HTML mode, the raw text, a keep-lines-of-25-words rule, our text mode; then
articles per second of trafilatura.extract, our HTML mode and our text mode, as ratios to
trafilatura; and the text mode on twenty pages joined into one line, as a ratio to the same
pages one by one. Exits 0 with a note when the shared data is absent.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import trafilatura

from digests.clean import chrome, clean_html, clean_text
from digests.fetch.inputs import decode_text

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "extraction-dev"


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_gzip_text(path: Path) -> str:
    with gzip.open(path) as stream:
        return decode_text(stream.read())


def trafilatura_alone(html: str) -> str:
    return trafilatura.extract(html, include_comments=False, include_tables=True) or ""


def long_lines(text: str, min_words: int = 25) -> str:
    return "\n".join(line for line in text.splitlines() if len(line.split()) >= min_words)


def interleaved_times(
    funcs: list[Callable[[str], str]], docs: list[list[str]], repeat: int
) -> tuple[list[list[str]], list[float]]:
    """Outputs of each function over its documents, and its best CPU time over ``repeat`` passes.

    The functions take turns document by document and the clock is this process's CPU time, so
    other work on the machine shifts all of them alike and the ratios stay comparable.
    """
    best = [float("inf")] * len(funcs)
    outputs: list[list[str]] = [[] for _ in funcs]
    for _ in range(repeat):
        spent = [0.0] * len(funcs)
        outputs = [[] for _ in funcs]
        chrome.clear_cache()
        for position in range(len(docs[0])):
            for which, func in enumerate(funcs):
                start = time.process_time()
                outputs[which].append(func(docs[which][position]))
                spent[which] += time.process_time() - start
        best = [min(b, s) for b, s in zip(best, spent, strict=True)]
    return outputs, best


def score(scorer: ModuleType, cases: list[dict[str, object]], outputs: list[str]) -> str:
    totals = [0, 0, 0, 0]
    for case, text in zip(cases, outputs, strict=True):
        totals = [a + b for a, b in zip(totals, scorer.count_item(case, text), strict=True)]
    precision, recall, f1, _ = scorer.scores(*totals)
    return f"P={precision:.3f}  R={recall:.3f}  F1={f1:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--scorer", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3, help="timing passes (best is kept)")
    args = parser.parse_args(argv)
    data: Path = args.data
    scorer_path: Path = args.scorer or data.parent.parent / "tools" / "score_extraction.py"
    if not (data / "cases.json").is_file() or not scorer_path.is_file():
        print(f"extraction-dev data or scorer not found ({data}, {scorer_path}); "
              "nothing to measure")
        return 0
    scorer = load_scorer(scorer_path)
    cases = json.loads((data / "cases.json").read_text(encoding="utf-8"))
    htmls = [read_gzip_text(data / f"{c['name']}.html.gz") for c in cases]
    texts = [read_gzip_text(data / f"{c['name']}.txt.gz") for c in cases]

    outputs, times = interleaved_times(
        [trafilatura_alone, lambda h: clean_html(h).text, lambda t: clean_text(t).text],
        [htmls, htmls, texts],
        args.repeat,
    )
    traf_out, html_out, text_out = outputs
    traf_time, html_time, text_time = times

    print(f"extraction-dev: {len(cases)} pages ({data})")
    print(f"  {'trafilatura alone (html)':<28} {score(scorer, cases, traf_out)}")
    print(f"  {'newsdigest html mode':<28} {score(scorer, cases, html_out)}")
    print(f"  {'raw text (no cleaning)':<28} {score(scorer, cases, texts)}")
    print(f"  {'lines of >= 25 words':<28} {score(scorer, cases, [long_lines(t) for t in texts])}")
    print(f"  {'newsdigest text mode':<28} {score(scorer, cases, text_out)}")
    n = len(cases)
    print("speed (articles per CPU second, best of interleaved passes; ratio to trafilatura):")
    print(f"  {'trafilatura.extract (html)':<28} {n / traf_time:8.1f}/s   1.00x")
    print(f"  {'newsdigest html mode':<28} {n / html_time:8.1f}/s   {traf_time / html_time:.2f}x"
          f"   (time ratio {html_time / traf_time:.2f}, limit 1.30)")
    print(f"  {'newsdigest text mode':<28} {n / text_time:8.1f}/s   {traf_time / text_time:.2f}x"
          "   (must be >= 5x)")
    joined, alone = one_line_times(texts[:ONE_LINE_PAGES], args.repeat)
    print(f"  {f'text mode, {ONE_LINE_PAGES} pages on one line':<28} {joined:8.3f} s"
          f"   ({joined / alone:.1f}x those pages one by one: text without line breaks)")
    return 0


ONE_LINE_PAGES = 20


def one_line_times(texts: list[str], repeat: int) -> tuple[float, float]:
    """Best CPU seconds of the text mode on ``texts`` joined into one line (as a scraper that
    drops line breaks prints a page), and on the same texts one by one."""
    joined = " ".join(texts).replace("\n", " ")
    best_joined = best_alone = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        clean_text(joined)
        best_joined = min(best_joined, time.process_time() - start)
        start = time.process_time()
        for text in texts:
            clean_text(text)
        best_alone = min(best_alone, time.process_time() - start)
    return best_joined, best_alone


if __name__ == "__main__":
    sys.exit(main())
