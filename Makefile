# Two commands for a newcomer: `make run` and `make test` (both create .venv on first use).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PKG_STAMP := $(VENV)/.installed-package

.PHONY: run test translations test-slow test-clock lint format bench clean package package-test deb deb-test screenshots

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/collab-desktop

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The few tests marked slow (left out of `make test`): the wheel in a fresh venv, the frozen app
# (PyInstaller, from the "package" extra installed here) and a sign-up sheet printed through
# LibreOffice (skipped without it; under CI=true, .ci/run installs it and a skip fails the run).
test-slow: $(PKG_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow -rs

# The date-sensitive tests under several clocks and time zones (needs Debian's faketime).
CLOCK_TESTS := tests/sessions tests/services tests/reports tests/io tests/cli tests/unit \
	tests/attendance tests/documents tests/ui/test_at_risk_ui.py \
	tests/ui/test_session_calendar_ui.py tests/ui/test_session_calendar_keys.py tests/ui/safety \
	tests/ui/keyboard

test-clock: $(STAMP)
	bash tests/run_under_clocks.sh $(BIN)/python $(CLOCK_TESTS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The translations: strings of the code into resources/translations/collab_desktop_es.ts, then
# the .qm catalogues (Spanish and the pseudo-locale). FILL="a.json b.json" takes in translations.
translations: $(STAMP)
	$(BIN)/python resources/translations/update.py $(foreach f,$(FILL),--fill $(f))

# Benchmarks (never tests): figures and ratios against their targets; see bench/RESULTS.md.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

# The standalone app (dist/CollabDesktop/) for the OS this runs on; needs the "package" extra.

$(PKG_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,package]"
	touch $(PKG_STAMP)

package: $(PKG_STAMP)
	$(BIN)/python installer/build.py

# The slow checks: wheel in a fresh venv, the frozen app's CLI and window.
package-test: $(PKG_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow

# Linux: the .deb from dist/CollabDesktop/; deb-test also installs, runs and removes it (root).
deb: package
	$(BIN)/python installer/linux/build_deb.py

deb-test: package
	PYTHON=$(BIN)/python bash installer/linux/test_deb.sh

# The user guide's screenshots, from the current app.
screenshots: $(STAMP)
	$(BIN)/python docs/make_screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
