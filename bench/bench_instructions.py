"""The checked analysis speed as counted instructions, a figure the machine's load cannot move.

    python bench/bench_instructions.py [--docs 20] [--data ../shared/data/summaries-dev]
                                       [--warm-up DIR] [--pure-python]

``bench_analysis.py`` checks split + key points + quotes against sumy TextRank-3 by CPU time,
the median of eleven turns; on a shared machine one turn moves by a fifth either way. This
counts instead what each executes, under valgrind's callgrind, over the same documents (every
k-th of the summaries-dev articles, BBC and cnndm, ``--docs`` of them): ours as a first sight
after the warm-up articles (as the checked figure is taken), TextRank after one untimed
document. Each runs in its own process, and only the work inside one ``functools.reduce``
over the documents is counted (``--toggle-collect``), not imports or reading files.

Instructions are not time: they leave out cache misses and how many instructions a cycle
retires, which differ between the two programs (ours walks more code per document). The figure
is for comparing builds and changes to ours, and beside the timed ratio, not instead of it.
Takes ~4 minutes for 20 documents (callgrind runs programs ~50x slower). Without valgrind or
the shared data it says so and exits 0, as the other scripts here do without the data.
"""

from __future__ import annotations

import argparse
import functools
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# First: it runs the analysis from its sources when asked to (--pure-python), before any
# analysis module is imported.
from bench_analysis import (
    DEFAULT_DATA,
    WARM_UP,
    checked_part,
    make_reader,
    make_textrank,
    warm_up_on,
)

from digests.compiled import is_running_compiled

SYSTEMS = ("ours", "TextRank-3")
# The C function whose calls alone are counted: both children run their timed work inside it.
COUNTED_FUNCTION = "functools_reduce"
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def sample(data: Path, docs: int) -> list[Path]:
    """``docs`` article files spread evenly over the sets (every k-th, in name order)."""
    files = sorted(data.glob("**/article/*/*.txt"))
    step = max(1, len(files) // docs)
    return files[::step][:docs]


def run_counted(system: str, files: list[Path], warm_up: Path) -> None:
    """The child's work: set up ``system``, then analyse ``files`` inside functools.reduce."""
    if system == "ours":
        reader = make_reader(False)[1]
        warm_up_on(warm_up, reader)
        articles = [reader(path) for path in files]
        functools.reduce(lambda _, article: checked_part(article), articles, None)
        return
    textrank = make_textrank()
    bodies = [path.read_text(encoding="utf-8").partition("\n")[2].strip() for path in files]
    textrank(bodies[0])  # loads what the first call loads, which later documents reuse
    functools.reduce(lambda _, body: textrank(body), bodies, None)


def count(system: str, args: argparse.Namespace, workdir: Path) -> int:
    """Instructions ``system`` executed inside the counted function, in a child under callgrind."""
    command = [
        "valgrind", "--tool=callgrind", f"--toggle-collect={COUNTED_FUNCTION}",
        f"--callgrind-out-file={workdir / system}.out",
        sys.executable, str(Path(__file__).resolve()), "--child", system,
        "--docs", str(args.docs), "--data", str(args.data), "--warm-up", str(args.warm_up),
    ]
    if args.pure_python:
        command.append("--pure-python")
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{system} failed under callgrind:\n{done.stderr[-2000:]}")
    found = _COLLECTED.search(done.stderr)
    if found is None or int(found.group(1)) == 0:
        raise SystemExit(f"callgrind counted nothing in {COUNTED_FUNCTION} for {system}: "
                         "is Python's library stripped of its symbols?")
    return int(found.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=20, help="documents counted (default 20)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--warm-up", type=Path, default=WARM_UP,
                    help="articles ours analyses, uncounted, first (default: %(default)s)")
    ap.add_argument("--pure-python", action="store_true",
                    help="run the analysis from its sources, not the build setup.py compiled")
    ap.add_argument("--child", choices=SYSTEMS, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.docs < 1:
        ap.error("--docs must be at least 1")
    files = sample(args.data, args.docs)
    if args.child:
        run_counted(args.child, files, args.warm_up)
        return 0
    if not files:
        print(f"shared data not found ({args.data}): nothing to count")
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind not found (Debian: apt install valgrind): nothing counted")
        return 0
    print("analysis modules: " + ("compiled with mypyc (setup.py)" if is_running_compiled()
                                  else "pure Python"))
    print(f"counting {len(files)} documents under callgrind (a few minutes)…", flush=True)
    per_doc: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as workdir:
        for system in SYSTEMS:
            per_doc[system] = count(system, args, Path(workdir)) / len(files)
            print(f"  {system:<11} {per_doc[system] / 1e6:9.2f}M instructions a document",
                  flush=True)
    ratio = per_doc["TextRank-3"] / per_doc["ours"]
    print(f"split+key points+quotes, first sight: {ratio:.1f}x fewer instructions than "
          "TextRank-3 (not time: see the docstring)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
