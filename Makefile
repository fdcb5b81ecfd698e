# Set-up on a fresh Debian or Ubuntu machine: `make run` opens the demo post, `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed-stamp

.PHONY: run test lint bench dist translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/micic-planner --demo

lint: $(STAMP)
	$(BIN)/ruff check micic_planner tests bench tools
	$(BIN)/lint-imports

# One worker per core (at most four): every test writes only under its own temporary folder, so they
# run side by side; `-p no:xdist` runs them in one process, for a debugger.
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q --numprocesses=auto --maxprocesses=4

bench: $(STAMP)
	for b in bench/bench_*.py; do $(BIN)/python $$b || exit 1; done

# One folder in dist/micic-planner-VERSION/ that runs with no Python and no network. PyInstaller goes into
# the venv through the `build` extra, never into the program's own dependencies.
dist: $(STAMP)
	$(BIN)/pip install -q -e '.[build]'
	$(BIN)/python tools/translations.py
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

clean:
	rm -rf build dist .pytest_cache
