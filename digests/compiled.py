"""The modules that setup.py compiled with mypyc, and a guard against running a stale build of them.

An editable install compiles the analysis modules in place, beside their sources, and Python
imports a compiled module before its source: after a source is edited, the old build would run.
So when any compiled module's source differs from what was compiled (``compiled-sources.txt``,
written by setup.py), every compiled module is imported from its source instead, with a warning
that says how to rebuild. All or none: compiled modules call each other directly, not through
Python, so an old build and a new source cannot be mixed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import warnings
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from pathlib import Path
from types import ModuleType

MANIFEST = Path(__file__).with_name("compiled-sources.txt")
ROOT = Path(__file__).resolve().parent.parent  # the folder that holds the ``digests`` package


def recorded_sources(manifest: Path = MANIFEST) -> dict[str, str]:
    """Module name -> SHA-256 of the source it was compiled from; empty if nothing was."""
    try:
        lines = manifest.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    recorded = {}
    for line in lines:
        module, _, digest = line.partition(" ")
        recorded[module] = digest.strip()
    return recorded


def source_path(module: str, root: Path = ROOT) -> Path:
    """The module's ``.py`` source; for a module written in C (whose Python fallback is in the
    module that imports it), its ``.c`` source."""
    base = root.joinpath(*module.split("."))
    python, c = base.with_suffix(".py"), base.with_suffix(".c")
    return c if c.exists() and not python.exists() else python


def has_build(module: str, root: Path = ROOT) -> bool:
    stem = source_path(module, root).with_suffix("")
    return any(stem.with_name(stem.name + suffix).exists() for suffix in EXTENSION_SUFFIXES)


def compiled_modules(root: Path = ROOT, manifest: Path = MANIFEST) -> list[str]:
    """The modules that run compiled: recorded, and their build is there."""
    return [module for module in recorded_sources(manifest) if has_build(module, root)]


def stale_modules(root: Path = ROOT, manifest: Path = MANIFEST) -> list[str]:
    """Compiled modules whose source changed since they were compiled."""
    stale = []
    for module, digest in recorded_sources(manifest).items():
        if not has_build(module, root):
            continue
        source = source_path(module, root)
        if not source.exists() or hashlib.sha256(source.read_bytes()).hexdigest() != digest:
            stale.append(module)
    return stale


class SourceFinder(MetaPathFinder):
    """Finds the listed modules as their ``.py`` sources, ahead of their compiled builds."""

    def __init__(self, modules: Sequence[str], root: Path = ROOT) -> None:
        self.modules = frozenset(modules)
        self.root = root

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname not in self.modules:
            return None
        source = source_path(fullname, self.root)
        if source.suffix == ".c":
            # No Python source to run: its importer falls back to its Python version.
            raise ModuleNotFoundError(f"{fullname} runs as Python from source", name=fullname)
        return importlib.util.spec_from_file_location(fullname, source)


def run_from_source(root: Path = ROOT, manifest: Path = MANIFEST) -> None:
    """Import every compiled module from its source from now on (tests of the pure-Python code;
    a stale build). Must run before any of them is imported."""
    modules = compiled_modules(root, manifest)
    imported = [module for module in modules if module in sys.modules]
    if imported:
        raise RuntimeError(f"already imported compiled: {', '.join(imported)}")
    if modules and not any(isinstance(f, SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, SourceFinder(modules, root))


def is_running_compiled() -> bool:
    """Whether the analysis runs compiled (for benchmarks to say what they measured)."""
    from digests.analyse import quotes

    return not (quotes.__file__ or "").endswith(".py")


def guard_stale_build(root: Path = ROOT, manifest: Path = MANIFEST) -> None:
    stale = stale_modules(root, manifest)
    if stale:
        warnings.warn(
            f"{', '.join(stale)} changed since it was compiled: running every compiled module "
            "from its source (slower). Rebuild with `pip install -e .` (or `make`), or remove "
            "the stale build with `make clean-build`.",
            RuntimeWarning,
            stacklevel=2,
        )
        run_from_source(root, manifest)
