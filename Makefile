# Dossier: `make site` builds the site, `make test` runs the tests. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SSG ?= mkdocs
export NO_MKDOCS_2_WARNING := 1

# How each static site generator builds site/ from mkdocs.yml. MkDocs and ProperDocs run the
# generator through the `dossier` plugin; Zensical ignores plugins, so the generator runs first.
SITE_mkdocs = $(BIN)/mkdocs build --strict
SITE_properdocs = $(BIN)/properdocs build --strict -f mkdocs.yml
SITE_zensical = $(BIN)/python -m generator build && $(BIN)/zensical build --clean && $(BIN)/python -m generator index

.PHONY: site test serve publish setup browser clean

site: setup  ## generate docs/ from seeds/ and build site/ (SSG=mkdocs, properdocs or zensical)
	$(if $(SITE_$(SSG)),,$(error SSG must be mkdocs, properdocs or zensical, got '$(SSG)'))
	$(SITE_$(SSG))

serve: setup  ## live preview on http://127.0.0.1:8000, regenerating when seeds or templates change
	$(BIN)/mkdocs serve

publish: setup  ## build and push the site to the gh-pages branch (GitHub Pages)
	$(BIN)/mkdocs gh-deploy --strict --no-history

test: setup browser  ## run the whole test suite
	$(BIN)/pytest

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt requirements-publish.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -r requirements-publish.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

browser:  ## Debian's chromium, for the tests that look at the site as a reader does
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

clean:
	rm -rf site .pytest_cache
