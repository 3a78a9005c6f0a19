# Two commands a newcomer needs: `make run` (site on SQLite with demo content) and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install lint format check bench services clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## Set up and serve the site on http://127.0.0.1:8000 with demo content (SQLite).
# (Measured: migrate and seed_demo take 1 minute of CPU; 5 minutes on a 2-core machine busy
# with other work.)
run: $(STAMP)
	@echo "First run: about 2 minutes to create the database and demo content (later runs only add what is missing)."
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py runserver 127.0.0.1:8000

## Run the whole test suite (uses DATABASE_URL / ELASTICSEARCH_URL when set) in two lanes side
## by side, then the community and campaign suites and a browser journey again with the page
## cache on (scripts/test). For one file or test: .venv/bin/python -m pytest PATH.
test: $(STAMP) node_modules/axe-core
	scripts/test $(PYTEST_ARGS)

# axe-core for the browser tests, vnu-jar (the Nu HTML Checker, run with Java) for the markup
# test. No install scripts: vnu-jar's would download a Java runtime from elsewhere.
node_modules/axe-core: package.json
	npm install --no-audit --no-fund --silent --ignore-scripts
	touch node_modules/axe-core

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Django's own checks, as CI runs them.
check: $(STAMP)
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=check-only-$$(date +%s)-key-that-is-long-enough-for-django-to-accept-it ALLOWED_HOSTS=example.org \
		CLAMD_ADDRESS=unix:/run/clamav/clamd.ctl \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

## Page benchmark at small and medium size on the local PostgreSQL (see README, Benchmarks).
bench: $(STAMP)
	eval "$$(scripts/services env)" && $(BIN)/python bench/run.py $(BENCH_ARGS)

services:
	scripts/services start

clean:
	rm -rf $(VENV) node_modules var db.sqlite3
