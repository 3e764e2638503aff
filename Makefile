# Dossier: `make site` builds the site, `make test` runs the tests. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SSG ?= mkdocs
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve setup browser clean

site: setup  ## generate docs/ from seeds/ and build site/ with MkDocs
	$(BIN)/mkdocs build --strict

serve: setup  ## live preview on http://127.0.0.1:8000, regenerating when seeds or templates change
	$(BIN)/mkdocs serve

test: setup browser  ## run the whole test suite
	$(BIN)/pytest

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

browser:  ## Debian's chromium, for the tests that look at the site as a reader does
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

clean:
	rm -rf site .pytest_cache
