# The README's two commands: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The install compiles the analysis modules with mypyc (setup.py): a changed source reinstalls.
COMPILED := setup.py $(wildcard digests/analyse/*.py digests/analyse/*.c digests/clean/*.py) digests/word_runs.py

.PHONY: run test lint bench clean clean-build

$(STAMP): pyproject.toml $(COMPILED)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsdigest run

# The tests of the compiled modules run twice: as built (compiled where a compiler was found), and
# from source.
test: $(STAMP)
	$(BIN)/pytest -q
	$(BIN)/pytest -q --pure-python tests/analyse tests/clean

# The bench scripts import each other as scripts do (bench/ on the path), hence MYPYPATH.
lint: $(STAMP)
	$(BIN)/ruff check digests bot tests bench setup.py
	$(BIN)/mypy
	MYPYPATH=bench $(BIN)/mypy bench/*.py

bench: $(STAMP)
	for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean: clean-build
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# mypyc's build, in place beside the sources (the next `make` compiles again).
clean-build:
	rm -rf build digests/compiled-sources.txt
	find . -path ./$(VENV) -prune -o -name '*.so' -print0 | xargs -0 rm -f
	rm -f $(STAMP)
