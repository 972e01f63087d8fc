"""Build newsdigest, compiling the analysis and text-cleaning modules to C with mypyc if it can.

Everything else about the package is in pyproject.toml. Analysis and cleaning run on every
ingested article and are pure Python over typed code, which mypyc compiles as it is (black and
mypy ship the same way): analysis ~25% faster here (``bench/bench_analysis.py``), cleaning
scraped text ~10% (``bench/bench_clean.py``). The compiled build is optional:
without a C compiler, or with NEWSDIGEST_PURE_PYTHON=1 set for the build, the same modules run
as Python, and give the same results. (One known difference: mypyc's ``str.lower`` on Python
3.11 does not apply Greek final sigma; the compiled modules only compare lower-cased words with
each other, so it changes nothing they return, and the stored SimHash is not compiled.)

One small module is written in C (``C_SOURCES``): built with the compiled ones, all or none,
and with a Python fallback like them.

An editable install (``pip install -e .``, ``make``) compiles in place, beside the sources; the
file ``digests/compiled-sources.txt`` records what was compiled, so that a source edited since
runs as Python until the next install rather than as its stale build (``digests/compiled.py``).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "digests" / "compiled-sources.txt"
# Compiled: the analysis and the scraped-text cleaner, pure Python that every article goes
# through. Not compiled: the packages' __init__s, and the modules that work through SQLAlchemy,
# trafilatura or lxml (the story grouping, the HTML cleaner): their time is spent in those
# libraries, and a build without the dependencies installed cannot see their types. Nor the
# SimHash signature, which is stored and compared across processes and must be what Python
# computes (see its docstring).
NOT_COMPILED = {"__init__.py", "stories.py", "signature.py", "html.py", "html_head.py"}
# Written in C, each with a Python fallback that gives the same results: a loop whose Python is
# all built-in calls already, which mypyc cannot make faster (see the source's comment).
C_SOURCES = ["digests/analyse/_stem_sets.c"]


def compiled_sources() -> list[str]:
    """Paths (relative, as mypyc names modules by them) of the modules to compile."""
    digests = HERE / "digests"
    analyse, clean = sorted(digests.glob("analyse/*.py")), sorted(digests.glob("clean/*.py"))
    modules = [*analyse, *clean, digests / "word_runs.py"]
    return [str(p.relative_to(HERE)) for p in modules if p.name not in NOT_COMPILED]


def module_of(path: str) -> str:
    return str(Path(path).with_suffix("")).replace("/", ".")


def write_manifest(paths: list[str]) -> None:
    lines = []
    for path in paths:
        module = module_of(path)
        digest = hashlib.sha256((HERE / path).read_bytes()).hexdigest()
        lines.append(f"{module} {digest}\n")
    MANIFEST.write_text("".join(lines), encoding="utf-8")


def warn(message: str) -> None:
    print(f"newsdigest: {message}; the analysis will run as pure Python (slower, same results)",
          file=sys.stderr)


class OptionalBuildExt(build_ext):
    """Build the compiled modules, or none of them: they call each other directly, so a partial
    build would not import."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # a missing compiler shows as several distutils errors
            for ext in self.extensions:
                Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            MANIFEST.unlink(missing_ok=True)
            warn(f"could not compile the analysis modules ({error})")


# The commands that build code; the others (egg_info, dist_info: metadata) need no compiling.
BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "install", "develop"}


def compiled_extensions() -> list[Any]:
    if not BUILDS & set(sys.argv[1:]):
        return []
    MANIFEST.unlink(missing_ok=True)
    if os.environ.get("NEWSDIGEST_PURE_PYTHON") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        warn("mypy (mypyc) is not installed for the build")
        return []
    paths = compiled_sources()
    try:
        # --follow-imports=silent: the modules they import but we do not compile are not
        # checked here (the type check proper is `make lint`).
        extensions = mypycify(["--follow-imports=silent", *paths], opt_level="3")
    except SystemExit:
        warn("mypyc refused the analysis modules (see the type errors above)")
        return []
    write_manifest([*paths, *C_SOURCES])
    if os.name == "posix":
        # The compiled modules are one C file whose functions call each other: without this,
        # a shared library must assume any of them may be replaced at load time, so every call
        # goes through the PLT and none is inlined (GCC and Clang both take the flag).
        for extension in extensions:
            extension.extra_compile_args.append("-fno-semantic-interposition")
    # The C sources call log() from the maths library, which POSIX systems keep apart.
    maths = ["m"] if os.name == "posix" else []
    written_in_c = [Extension(module_of(path), [path], libraries=maths) for path in C_SOURCES]
    return [*extensions, *written_in_c]


setup(ext_modules=compiled_extensions(), cmdclass={"build_ext": OptionalBuildExt})
