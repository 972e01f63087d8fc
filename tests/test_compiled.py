"""The guard against a stale compiled build (digests/compiled.py), on a package made for the test,
and the real build of the analysis modules where setup.py made one."""

from __future__ import annotations

import hashlib
import importlib
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from digests import compiled

SOURCE = "VALUE = 'from source'\n"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """``pkg.mod``: a source, a "build" beside it (not a real one: importing it fails), and the
    manifest of what was compiled."""
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "mod.py").write_text(SOURCE)
    (tmp_path / "pkg" / f"mod{EXTENSION_SUFFIXES[0]}").write_bytes(b"not a shared library")
    digest = hashlib.sha256(SOURCE.encode()).hexdigest()
    (tmp_path / "manifest.txt").write_text(f"pkg.mod {digest}\n")
    return tmp_path


@pytest.fixture
def on_path(package: Path) -> Iterator[Path]:
    sys.path.insert(0, str(package))
    finders = list(sys.meta_path)
    try:
        yield package
    finally:
        sys.path.remove(str(package))
        sys.meta_path[:] = finders
        for name in ("pkg", "pkg.mod"):
            sys.modules.pop(name, None)


def test_a_build_of_the_recorded_source_is_not_stale(package: Path) -> None:
    manifest = package / "manifest.txt"
    assert compiled.compiled_modules(package, manifest) == ["pkg.mod"]
    assert compiled.stale_modules(package, manifest) == []


def test_an_edited_or_removed_source_makes_its_build_stale(package: Path) -> None:
    manifest = package / "manifest.txt"
    (package / "pkg" / "mod.py").write_text(SOURCE + "VALUE = 'edited'\n")
    assert compiled.stale_modules(package, manifest) == ["pkg.mod"]
    (package / "pkg" / "mod.py").unlink()
    assert compiled.stale_modules(package, manifest) == ["pkg.mod"]


def test_without_a_build_or_a_manifest_nothing_is_stale(package: Path) -> None:
    (package / "pkg" / "mod.py").write_text("VALUE = 'edited'\n")
    assert compiled.stale_modules(package, package / "no-manifest.txt") == []
    next((package / "pkg").glob("mod.*.so")).unlink()
    assert compiled.stale_modules(package, package / "manifest.txt") == []
    assert compiled.compiled_modules(package, package / "manifest.txt") == []


def test_python_imports_the_build_before_the_source(on_path: Path) -> None:
    # Why the guard is needed: the (here broken) build shadows its source.
    with pytest.raises(ImportError):
        importlib.import_module("pkg.mod")


def test_the_source_finder_imports_the_source_instead(on_path: Path) -> None:
    sys.meta_path.insert(0, compiled.SourceFinder(["pkg.mod"], on_path))
    module = importlib.import_module("pkg.mod")
    assert module.VALUE == "from source"
    assert module.__file__ == str(on_path / "pkg" / "mod.py")


def test_a_stale_build_is_not_run_and_the_warning_says_how_to_rebuild(on_path: Path) -> None:
    (on_path / "pkg" / "mod.py").write_text("VALUE = 'edited'\n")
    with pytest.warns(RuntimeWarning, match=r"pkg\.mod changed since it was compiled.*make"):
        compiled.guard_stale_build(on_path, on_path / "manifest.txt")
    assert importlib.import_module("pkg.mod").VALUE == "edited"


def test_a_build_of_its_source_is_left_alone(on_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning
        compiled.guard_stale_build(on_path, on_path / "manifest.txt")
    with pytest.raises(ImportError):  # the (broken) build is what Python imports
        importlib.import_module("pkg.mod")


@pytest.fixture
def c_module(on_path: Path) -> Iterator[Path]:
    """``pkg.fast``: a module written in C, with its "build" and its line in the manifest."""
    source = "int fast(void) { return 1; }\n"
    (on_path / "pkg" / "fast.c").write_text(source)
    (on_path / "pkg" / f"fast{EXTENSION_SUFFIXES[0]}").write_bytes(b"not a shared library")
    with (on_path / "manifest.txt").open("a") as manifest:
        manifest.write(f"pkg.fast {hashlib.sha256(source.encode()).hexdigest()}\n")
    yield on_path
    sys.modules.pop("pkg.fast", None)


def test_a_module_written_in_c_is_stale_when_its_c_source_changed(c_module: Path) -> None:
    manifest = c_module / "manifest.txt"
    assert compiled.source_path("pkg.fast", c_module) == c_module / "pkg" / "fast.c"
    assert compiled.stale_modules(c_module, manifest) == []
    (c_module / "pkg" / "fast.c").write_text("int fast(void) { return 2; }\n")
    assert compiled.stale_modules(c_module, manifest) == ["pkg.fast"]


def test_running_from_source_a_module_written_in_c_is_not_found(c_module: Path) -> None:
    # Its importer then takes its Python fallback (as tokens.py does for _stem_sets).
    sys.meta_path.insert(0, compiled.SourceFinder(["pkg.mod", "pkg.fast"], c_module))
    with pytest.raises(ModuleNotFoundError, match="runs as Python from source"):
        importlib.import_module("pkg.fast")
    assert importlib.import_module("pkg.mod").VALUE == "from source"


def run_python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return done.stdout.strip()


def test_the_real_build_runs_unless_told_to_run_from_source() -> None:
    if not compiled.compiled_modules():
        if os.environ.get("NEWSDIGEST_REQUIRE_COMPILED") == "1":  # set by .ci/run
            pytest.fail("no compiled build: the install could not compile (see its output)")
        pytest.skip("no compiled build here (no C compiler at install?)")
    assert compiled.stale_modules() == []  # `make` rebuilds when a source changes
    assert run_python("from digests.analyse import quotes; print(quotes.__file__)").endswith(".so")
    assert run_python("from digests.analyse import tokens; print(tokens._native_stem_sets)") \
        == "<built-in function stem_sets>"  # the module written in C
    from_source = run_python(
        "from digests.compiled import run_from_source; run_from_source(); "
        "from digests.analyse import quotes, tokens; from digests import word_runs; "
        "print(quotes.__file__, word_runs.__file__, tokens._native_stem_sets)"
    )
    *paths, native = from_source.split()
    assert all(path.endswith(".py") for path in paths)
    assert native == "None"  # from source, the Python version of the C module runs too


def test_running_from_source_after_importing_a_build_is_refused() -> None:
    importlib.import_module("digests.analyse.quotes")
    if not compiled.compiled_modules():
        compiled.run_from_source()  # nothing compiled: nothing to refuse
        return
    if any(isinstance(f, compiled.SourceFinder) for f in sys.meta_path):
        pytest.skip("this run imports from source already (--pure-python)")
    with pytest.raises(RuntimeError, match="already imported compiled"):
        compiled.run_from_source()


def test_every_c_source_ships_in_the_package() -> None:
    # An installed build whose source is missing counts as stale (see stale_modules), so a C
    # module's source must ship beside its build as the .py sources do.
    import fnmatch
    import tomllib

    root = compiled.ROOT
    patterns = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]["digests"]
    sources = [str(p.relative_to(root / "digests")) for p in (root / "digests").rglob("*.c")]
    assert sources
    for source in sources:
        assert any(fnmatch.fnmatch(source, pattern) for pattern in patterns), source
