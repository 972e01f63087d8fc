"""Direct quotes and their speakers on PolNeAR, with a regex baseline in the same run.

    python bench/bench_quotes.py [--split dev|train] [--data DIR] [--scorer PATH] [--out FILE]

Reads each ``<split>/text/*.txt`` (headline, blank line, paragraphs) into a ``CleanArticle``
(title = first line, one paragraph per non-empty line), runs ``find_quotes`` on it directly (no
CLI, no cleaner), writes the scorer's JSON lines and scores them with the shared
``tools/score_quotes.py``. The README's regex baseline (double-quoted spans of >= 3 words,
speaker from an adjacent "said X" / "X said", else the previous speaker) runs on the same
articles and is scored the same way. Then documents per CPU-second for both (file reading
excluded) and their ratio. If the shared data is missing, it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle

HERE = Path(__file__).resolve().parent
SHARED = (HERE / ".." / ".." / "shared").resolve()
DEFAULT_DATA = SHARED / "data" / "quotes-dev"
DEFAULT_SCORER = SHARED / "tools" / "score_quotes.py"

Extractor = Callable[[CleanArticle], list[dict[str, str | None]]]


def read_article(path: Path) -> CleanArticle:
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    return CleanArticle(title=title.strip(), paragraphs=paragraphs)


def ours(article: CleanArticle) -> list[dict[str, str | None]]:
    return [{"text": q.text, "speaker": q.speaker} for q in find_quotes(article)]


_BASELINE_SPAN = re.compile(r"[“\"]([^“”\"]+)[”\"]")
_NAME = r"((?:[A-Z][\w.'’-]*\s?){1,4})"
_AFTER = re.compile(r"^\W*(?:said\s+" + _NAME + r"|" + _NAME + r"\s+said)")
_BEFORE = re.compile(_NAME + r"\s+said:?\s*$")


def regex_baseline(article: CleanArticle) -> list[dict[str, str | None]]:
    """The README's reference baseline, written out so it runs in the same process."""
    found: list[dict[str, str | None]] = []
    previous: str | None = None
    for para in [*article.standfirst, *article.paragraphs]:
        for m in _BASELINE_SPAN.finditer(para):
            if len(m.group(1).split()) < 3:
                continue
            after = _AFTER.match(para[m.end() : m.end() + 80])
            before = _BEFORE.search(para[max(0, m.start() - 80) : m.start()])
            if after:
                speaker: str | None = (after.group(1) or after.group(2)).strip()
            elif before:
                speaker = before.group(1).strip()
            else:
                speaker = previous
            previous = speaker
            found.append({"text": m.group(1), "speaker": speaker})
    return found


def docs_per_second(extract: Extractor, articles: list[CleanArticle]) -> float:
    """Best of three passes in CPU time: other processes on a shared machine do not count, and
    a cold cache does not decide the figure."""
    best = 0.0
    for _ in range(3):
        started = time.process_time()
        for article in articles:
            extract(article)
        best = max(best, len(articles) / max(time.process_time() - started, 1e-9))
    return best


def score(scorer: Path, data: Path, split: str, jsonl: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(scorer), str(jsonl), "--split", split, "--data", str(data)],
        capture_output=True, text=True, check=True,
    )
    return result.stdout.strip()


def write_jsonl(extract: Extractor, paths: list[Path], articles: list[CleanArticle],
                out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for path, article in zip(paths, articles, strict=True):
            record = {"source": str(path), "quotes": extract(article)}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--out", type=Path, help="keep our JSON lines here")
    args = parser.parse_args()
    paths = sorted((args.data / args.split / "text").glob("*.txt"))
    if not paths or not args.scorer.exists():
        print(f"no data at {args.data / args.split} or no scorer at {args.scorer}; nothing to do")
        return 0
    articles = [read_article(p) for p in paths]
    chars = sum(len(a.title) + len(a.text) for a in articles) / len(articles)
    print(f"PolNeAR {args.split}: {len(articles)} articles, {chars:,.0f} characters on average")
    speeds = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, extract in (("regex baseline", regex_baseline), ("ours", ours)):
            out = args.out if label == "ours" and args.out else Path(tmp) / f"{label}.jsonl"
            write_jsonl(extract, paths, articles, out)
            print(f"\n== {label}")
            print(score(args.scorer, args.data, args.split, out))
            speeds[label] = docs_per_second(extract, articles)
    ours_speed, base_speed = speeds["ours"], speeds["regex baseline"]
    print(f"\nspeed (CPU time): ours {ours_speed:,.0f} docs/s ({1000 / ours_speed:.2f} ms/doc), "
          f"regex baseline {base_speed:,.0f} docs/s; ours takes "
          f"{base_speed / ours_speed:.1f}x the baseline's time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
