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

# Run a second time with the page cache on, as production serves them (a fresh database:
# the browser journeys of the first run committed their changes).
CACHED_SUITES := tests/cop tests/campaigns tests/core/test_page_cache_side_effects.py \
	tests/e2e/test_community_journey.py

## Run the whole test suite (uses DATABASE_URL / ELASTICSEARCH_URL when set), then the
## community and campaign suites and a browser journey again with the page cache on.
test: $(STAMP) node_modules/axe-core
	$(BIN)/python -m pytest $(PYTEST_ARGS)
	TEST_PAGE_CACHE=true $(BIN)/python -m pytest --create-db $(CACHED_SUITES)

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
