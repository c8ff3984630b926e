# Two commands do everything on a fresh machine with Python 3.11:
#   make site   build the briefing site from seeds/ into site/
#   make test   run the test suite (converter, real mkdocs build, browser tests)
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: site convert serve test bench-extraction bench-scale clean help

help:
	@echo "make site    build the site from seeds/ into site/ (creates .venv on first run)"
	@echo "make serve   preview the site on http://127.0.0.1:8000/"
	@echo "make test    run the tests"
	@echo "make bench-extraction   score the extractor on ../shared/bench/extraction and on 1,000 generated articles"
	@echo "make bench-scale        build timing at 100/1,000/10,000 generated articles"

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; install Python 3.11 or run make PYTHON=/path/to/python3.11"; exit 2; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

site: $(STAMP)
	$(PY) build_site.py build

convert: $(STAMP)
	$(PY) build_site.py convert

serve: $(STAMP)
	$(PY) build_site.py serve

# axe-core for the accessibility tests, pinned in package-lock.json (no CDN at test time).
AXE := node_modules/axe-core/axe.min.js
$(AXE): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "error: npm not found; install Node.js and npm (apt-get install npm)"; exit 2; }
	npm ci --no-audit --no-fund
	@touch $@

test: $(DEV_STAMP) $(AXE)
	$(PY) -m pytest

bench-extraction: $(DEV_STAMP)
	$(PY) bench/extraction.py --split dev
	$(PY) bench/extraction.py --split dev-html
	$(PY) bench/extraction.py --split generated --n 1000

bench-scale: $(DEV_STAMP)
	$(PY) bench/scale.py

clean:
	rm -rf site .site.building .site.old .site.pages.json .site.pagefind.json .site.check.json test-artifacts
