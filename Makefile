# One target per chore. `make run` and `make test` create .venv on first use.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
DEMO_DIR ?= $(HOME)/.local/share/iop-facilitator-demo
# The demo clinic is fictional; its passphrase is printed on its unlock screen.
DEMO_PASSPHRASE ?= demo-clinic

# The newest Python 3.11+ on the machine, preferring 3.12+ (pyenv installs count too).
define find_python
for v in 3.14 3.13 3.12 3.11; do \
  for p in python$$v $$(ls -d $$HOME/.pyenv/versions/$$v*/bin/python$$v /usr/local/bin/python$$v /usr/bin/python$$v 2>/dev/null | sort -rV); do \
    if $$p -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then echo $$p; exit 0; fi; \
  done; \
done; \
if python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then echo python3; exit 0; fi; \
echo "No Python 3.11 or newer found: install one (e.g. apt-get install python3) and try again." >&2; exit 1
endef

# `translations`: update resources/translations/*.ts from the UI sources (folding in part-*_es.ts)
# and compile the .qm files.
.PHONY: run demo test translations test-fast lint typecheck bench bench-quick bench-readme stress bundle bundle-test clean

$(BIN)/python:
	@PY=$$($(find_python)) && echo "Creating $(VENV) with $$PY" && $$PY -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.run-installed

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	@touch $@ $(VENV)/.test-installed $(VENV)/.run-installed

run: $(VENV)/.run-installed
	$(BIN)/iop-facilitator

demo: $(VENV)/.run-installed
	IOP_FACILITATOR_PASSPHRASE='$(DEMO_PASSPHRASE)' $(BIN)/iop-facilitator --data-dir '$(DEMO_DIR)' demo --if-missing
	$(BIN)/iop-facilitator --data-dir '$(DEMO_DIR)'

# The whole suite, the bundle build and its tests included (CI runs this through .ci/run).
test: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not stress" $(PYTEST_ARGS)

test-fast: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not gui and not slow and not stress and not bundle" -q $(PYTEST_ARGS)

stress: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m stress -q -s $(PYTEST_ARGS)

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check iop_facilitator tests build_spec
	$(BIN)/ruff format --check iop_facilitator tests build_spec

typecheck: $(VENV)/.dev-installed
	$(BIN)/mypy

bench: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m iop_facilitator.bench $(BENCH_ARGS)

# A small database and one run of each measurement: checks the suite works, not the targets.
bench-quick: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m iop_facilitator.bench --quick $(BENCH_ARGS)

# The full bench, then its table and machine line into README.md's Performance section.
bench-readme: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m iop_facilitator.bench --readme $(BENCH_ARGS)

bundle: $(VENV)/.test-installed
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build build_spec/iop_facilitator.spec
	@du -sh dist/iop-facilitator

# Only the bundle's tests (they are part of `make test` too): build in a temp folder, run it.
bundle-test: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m bundle -q $(PYTEST_ARGS)

translations: $(VENV)/.dev-installed
	$(BIN)/python -m iop_facilitator.devtools.translations

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
