# Passerelle — `make run` serves the demo school, `make test` runs the tests. `make help` lists the rest.

SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
MANAGE := $(PY) manage.py
LANGS := fr en ar es pt tr uk
STAMP := $(VENV)/.installed-stamp
AXE := node_modules/axe-core/axe.min.js
# Tests run in parallel, one process per core; TEST_WORKERS=0 runs them in this process (for pdb).
TEST_WORKERS ?= auto

.DEFAULT_GOAL := help
.PHONY: help run test e2e lint format messages compilemessages bench ci dbcheck

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

run: $(STAMP) compilemessages dbcheck ## Install, migrate, load the demo school and serve it on http://127.0.0.1:$(PORT)
	@echo "Migrating the database (the first time takes a few minutes)…"
	@PYTHONUNBUFFERED=1 $(MANAGE) migrate --noinput -v1 | awk '/Applying/ { split($$2, part, "."); \
		if (!(part[1] in seen)) { seen[part[1]] = 1; print "  " part[1]; fflush() } }'
	@$(MANAGE) bootstrap_demo --port $(PORT)
	@echo "Serving on http://127.0.0.1:$(PORT)/ (background tasks run in the same terminal; Ctrl-C stops both)"
	@echo "In development, emails (login and booking codes) are printed here instead of being sent."
	@trap 'kill 0' INT TERM EXIT; $(MANAGE) db_worker --interval 2 --no-reload -v 0 & $(MANAGE) runserver 127.0.0.1:$(PORT)

test: $(STAMP) compilemessages $(AXE) ## Run the tests (SQLite, or PostgreSQL when DATABASE_URL is set)
	$(VENV)/bin/pytest -q -n $(TEST_WORKERS) $(PYTEST_ARGS)

e2e: $(STAMP) compilemessages $(AXE) ## Run only the browser tests (E2E_REQUIRED=1 fails when Chromium is missing)
	$(VENV)/bin/pytest -q -n $(TEST_WORKERS) tests/e2e $(PYTEST_ARGS)

bench: $(STAMP) compilemessages ## Run the benchmarks under tests/perf and print their figures
	$(VENV)/bin/python -m tests.perf

lint: $(STAMP) ## Check code and templates (ruff, djhtml)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(git ls-files 'templates/*.html')

format: $(STAMP) ## Format code and templates
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djhtml $$(git ls-files 'templates/*.html')

messages: $(STAMP) ## Extract interface strings into locale/*/LC_MESSAGES/django.po
	$(MANAGE) makemessages --no-obsolete --no-location -i '.venv/*' -i 'node_modules/*' -i 'var/*' -i 'tests/*' $(addprefix -l ,$(LANGS))

compilemessages: $(STAMP) ## Compile the catalogues (done by run and test)
	@echo "Compiling the translations…"
	@command -v msgfmt >/dev/null || { echo "msgfmt is missing: install gettext (apt-get install gettext)"; exit 1; }
	@$(MANAGE) compilemessages -v0 -i .venv -i node_modules -i var

dbcheck: $(STAMP)
	@echo "Checking the database…"
	@mkdir -p var
	@$(MANAGE) dbcheck --create

ci: ## Run what CI runs
	bash .ci/run

$(STAMP): pyproject.toml
	@echo "Installing Passerelle and its libraries in $(VENV)…"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dev]"
	@touch $@

$(AXE): package.json
	@if command -v npm >/dev/null; then npm install --no-audit --no-fund --silent; else echo "npm is missing: browser accessibility checks need axe-core"; fi
