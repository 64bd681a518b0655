# Dateline: `make demo` runs the site with demo content; `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium

.PHONY: install demo test test-fast lint bench bench-photos chromium varnish cluster cluster-stop clean editor-bundle

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Dateline needs Python 3.11 or newer")'
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's python3-venv..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null && rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); \
	  else echo "Cannot create a virtual environment: install the Debian package python3-venv"; exit 1; fi; }
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	@touch $@

demo: install
	@mkdir -p var
	$(BIN)/dateline migrate --noinput -v0
	$(BIN)/dateline load-demo
	$(BIN)/dateline demo-staff
	$(BIN)/dateline reindex
	$(BIN)/dateline collectstatic --noinput -v0
	@echo ""
	@echo "Dateline is serving the demo site at http://$(HOST):$(PORT)/ (Ctrl-C stops it)."
	@echo ""
	DATELINE_SITE_URL="$${DATELINE_SITE_URL:-http://$(HOST):$(PORT)}" $(BIN)/dateline runserver $(HOST):$(PORT) --noreload

chromium:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	else echo "The browser tests need Debian's package 'chromium' (sudo apt-get install chromium)."; exit 1; fi

# Varnish (with the xkey vmod) for the tests of the cache in front and for `make cluster`.
varnish:
	@if command -v varnishd >/dev/null && [ -n "$$(find /usr/lib -name libvmod_xkey.so 2>/dev/null | head -n1)" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's varnish and varnish-modules for the cache tests..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules >/dev/null; \
	else echo "The cache tests need Debian's packages 'varnish' and 'varnish-modules'."; exit 1; fi

# The production shape on loopback: Varnish, two granian servers, PostgreSQL, Redis (docs/deployment.md).
cluster: install varnish
	deploy/cluster.sh up

cluster-stop:
	deploy/cluster.sh down

test: install chromium varnish
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/dateline makemigrations --check --dry-run

test-fast: install
	$(BIN)/pytest -m "not browser"

# The newsroom's rich-text editor (Tiptap, from npm) bundled into a committed
# static file; only needed after changing frontend/editor/. Nothing else needs npm.
editor-bundle:
	cd frontend/editor && npm ci --no-audit --no-fund && npm run build

bench: install
	$(BIN)/python bench/run.py
	$(BIN)/python bench/article_photo.py

# Photo renditions, Pillow against libvips (the `bench` extra installs pyvips).
bench-photos: install
	$(BIN)/python -m pip install -q -e ".[bench]"
	$(BIN)/python bench/photo_renditions.py

clean:
	rm -rf $(VENV) var .pytest_cache
