# napkit developer tasks. `make run` and `make test` work on a fresh machine with Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install test test-sqlite test-postgres lint format docs messages screenshots real-plans bench pin clean

run: $(STAMP) ## set up, migrate, load the demo plans and serve on localhost
	$(BIN)/napkit migrate --noinput -v 0
	$(BIN)/napkit demo
	$(BIN)/napkit serve --host $(HOST) --port $(PORT)

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	rm -f $(VENV)/.installed-* && touch $@

test: $(STAMP) ## lint, then the whole suite on SQLite and on PostgreSQL
	scripts/test-all

test-sqlite: $(STAMP)
	env -u DATABASE_URL $(BIN)/pytest $(ARGS)

test-postgres: $(STAMP)
	DATABASE_URL=$$(scripts/ensure-postgres) $(BIN)/pytest $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check napkit tests
	$(BIN)/ruff format --check napkit tests
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix napkit tests
	$(BIN)/ruff format napkit tests

docs: $(STAMP) ## regenerate docs generated from the code
	$(BIN)/napkit docs

messages: $(STAMP) ## extract translatable text into the .po files and compile them
	$(BIN)/napkit makemessages -l fr --ignore ".venv/*" --ignore "tests/*" --ignore "bench/*" \
	  --ignore "docs/*" --ignore "examples/*" --ignore "scripts/*"
	$(BIN)/napkit compilemessages --ignore ".venv/*"

real-plans: $(STAMP) ## score the real NAPs and write docs/real-plans.md (agreement with reviewers)
	$(BIN)/python -m tests.core.real_plans

bench: $(STAMP) ## run the benchmarks and write docs/benchmarks.md
	$(BIN)/python bench/run.py

screenshots: $(STAMP) ## refresh docs/screenshots (browser tests, report pages)
	scripts/ensure-chromium
	env -u DATABASE_URL $(BIN)/pytest tests/browser -q --screenshots docs/screenshots
	scripts/report-pages docs/screenshots

pin: $(STAMP) ## rewrite constraints.txt from the virtual environment
	{ echo "# Exact versions napkit is tested with (name==version only). Regenerate with \`make pin\`."; \
	  $(BIN)/pip freeze --exclude-editable | grep -v '^-e' | grep -vi '^napkit=='; } > constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
