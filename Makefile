# ocrner: the two commands that matter are `make run` and `make test`.
# Everything else is a helper they (or a developer) call.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
# Pinned versions of every dependency, so installs are reproducible.
CONSTRAINTS := constraints.txt

.DEFAULT_GOAL := help
.PHONY: help run test install install-test system-deps images walkthrough lint format bench eval clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml $(CONSTRAINTS)
	$(PIP) install --quiet -c $(CONSTRAINTS) -e '.[all]'
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet -c $(CONSTRAINTS) -e '.[all,test,bench]'
	touch $@

install: $(VENV)/.installed ## create the virtualenv and install ocrner with all three services

# The security linter (tests/deploy) gets a virtualenv of its own: checkov pins
# packaging<24, pytest needs >=24.
CHECKOV := $(VENV)/tools/checkov/bin/checkov

$(CHECKOV): deploy/checkov-constraints.txt | $(BIN)/python
	$(PYTHON) -m venv $(VENV)/tools/checkov
	$(VENV)/tools/checkov/bin/python -m pip install --quiet -c deploy/checkov-constraints.txt checkov
	touch $@

install-test: $(VENV)/.installed-test $(CHECKOV) system-deps ## install what the tests need as well

system-deps: ## Debian packages the tests use (fonts, iptables, dnsmasq, chromium, podman, debootstrap, redis-server)
	@scripts/system-deps.sh

# The images are built with the virtualenv's pip (the wheelhouse) and podman or Docker.
images: install system-deps ## build the images ocr, ner and orchestrator (cached) and print their sizes
	@PYTHON=$(BIN)/python scripts/images.sh

walkthrough: install-test images ## the minikube walk-through on real containers (podman), then removed
	$(BIN)/python -m tests.deploy.walkthrough

run: install ## start the whole stack locally (orchestrator on http://127.0.0.1:8080)
	$(BIN)/ocrner up

# The tests that run containers use the images; built here where podman can run, so that
# the first of those tests does not spend its time limit on the build.
test: install-test ## run the whole test suite
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	@PYTHON=$(BIN)/python scripts/images.sh --where-possible
	$(BIN)/python -m pytest

lint: install-test ## ruff check and format check only
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: install-test ## format the code
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: install-test ## measure speed and memory; rewrites docs/performance.md
	$(BIN)/python -m benchmarks.run

eval: install-test ## measure accuracy; rewrites docs/accuracy.md
	$(BIN)/python -m benchmarks.accuracy

clean: ## remove the virtualenv and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build src/*.egg-info
