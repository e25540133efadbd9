# The few verbs people type. `make run` starts the site; `make test` runs the whole suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PORT ?= 8000
PYTEST_ARGS ?=
# `make test` runs the suite in this many processes (pytest-xdist; 1: in this process),
# a test file in one process. The test databases are kept between runs (--reuse-db in
# pyproject.toml); CI builds them afresh from the migrations with PYTEST_DB=--create-db.
PYTEST_WORKERS ?= 2
PYTEST_DB ?=

# uv: never download a Python (use the installed 3.13, else 3.12), trust the system's
# certificate store, and compile bytecode so the first request is fast. uv shows what it
# installs (with progress bars in a terminal).
export UV_PYTHON_DOWNLOADS := never
export UV_SYSTEM_CERTS := 1
# The same for uv releases older than 0.9, which knew the setting by this name.
export UV_NATIVE_TLS := 1
export UV_COMPILE_BYTECODE := 1

UV_HOME_BIN := $(HOME)/.local/bin/uv
UV_BOOTSTRAP := $(HOME)/.local/share/network-site-uv
UV = $(shell command -v uv 2>/dev/null || { test -x $(UV_HOME_BIN) && echo $(UV_HOME_BIN); } || echo $(UV_BOOTSTRAP)/bin/uv)
PYTHON_VERSION = $(shell $(UV) python find 3.13 >/dev/null 2>&1 && echo 3.13 || echo 3.12)
VENV_PY := .venv/bin/python
# Stamp of the last install: the dependencies are synced again only when the lock or the
# project's requirements change, so `make totp` or a second `make run` start at once.
INSTALLED := .venv/.installed
# When this `make` began (seconds since the epoch): `make run` says how long the start took.
STARTED_AT := $(shell date +%s)
DEV := DJANGO_SETTINGS_MODULE=network_site.settings.dev $(VENV_PY) manage.py

.PHONY: help run run-begins test lint lint-css format bench install uv catalogues ci totp

help:
	@echo "make run     start the site with demo content at http://127.0.0.1:$(PORT)/ (SQLite)"
	@echo "make test    run the whole test suite (PostgreSQL and Chromium)"
	@echo "make lint    ruff, import contracts (the layers), djLint (templates), stylelint (CSS; needs npm)"
	@echo "make format  format the code with ruff"
	@echo "make bench   measure request throughput and queries of the main pages"
	@echo "make totp    print the demo accounts' current second-factor codes (development)"

# Install uv for this user when it is missing: from PyPI into a private virtual
# environment (works where the system Python forbids `pip install --user`).
uv:
	@if ! command -v uv >/dev/null 2>&1 && ! test -x $(UV_HOME_BIN) && ! test -x $(UV_BOOTSTRAP)/bin/uv; then \
		echo "Installing uv for this user into $(UV_BOOTSTRAP) ..."; \
		python3 -m venv $(UV_BOOTSTRAP) && $(UV_BOOTSTRAP)/bin/python -m pip install --quiet uv; \
	fi

install: $(INSTALLED)

$(INSTALLED): uv.lock pyproject.toml | uv
	@echo "Installing the locked dependencies into .venv/ with uv ..."
	@$(UV) sync --locked --python $(PYTHON_VERSION)
	@touch $@

catalogues: install
	@$(DEV) compile_catalogues

run: run-begins catalogues
	@mkdir -p var
	@echo "Preparing the database (var/; the first run creates it) ..."
	@$(DEV) migrate --noinput --verbosity 0
	@$(DEV) load_demo_content
	@echo "Starting the server, the task worker and the scheduler ..."
	@PORT=$(PORT) $(DEV) rundev --port $(PORT) --started-at $(STARTED_AT)

run-begins:
	@echo "Starting the demo site: dependencies, message catalogues, database, demo content,"
	@echo "then the server. The first run takes a few minutes; later ones about twenty seconds."

# The Nu HTML checker of the tests (vnu.jar) comes from npm, like stylelint.
test: catalogues node_modules/.package-lock.json
	@$(VENV_PY) -m pytest $(if $(filter-out 0 1,$(PYTEST_WORKERS)),-n $(PYTEST_WORKERS) --dist loadfile) $(PYTEST_DB) $(PYTEST_ARGS)

lint: install lint-css
	@$(VENV_PY) -m ruff check .
	@$(VENV_PY) -m ruff format --check .
	@.venv/bin/lint-imports --no-cache
	@$(VENV_PY) -m djlint templates --lint --quiet

# stylelint and its configuration are pinned in package.json and package-lock.json;
# npm ci installs them into node_modules/ the first time and when the lock changes.
NODE_DEPS := node_modules/.package-lock.json

$(NODE_DEPS): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "npm is needed for stylelint: install Node.js 18.12 or newer with npm"; exit 1; }
	@npm ci --no-audit --no-fund --loglevel=error

lint-css: $(NODE_DEPS)
	@npm run --silent lint:css

format: install
	@$(VENV_PY) -m ruff format .
	@$(VENV_PY) -m ruff check --fix .

bench: catalogues
	@$(VENV_PY) -m tests.benchmarks.run

ci:
	@bash .ci/run

# The demo accounts' current authenticator-app codes (development settings only).
totp: install
	@$(DEV) demo_totp
