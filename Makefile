# Quick start: `make` installs what is missing and builds every output; `make test` runs the tests.
SHELL := /bin/bash
export PUPPETEER_SKIP_DOWNLOAD := 1
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
APT_PACKAGES := chromium poppler-utils qpdf libxml2-utils
BIN := node bin/report-press.js

.DEFAULT_GOAL := all
.PHONY: all deps system-deps compiled build test check watch bench clean

all: build

node_modules/.report-press-installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Debian packages the outputs and tests need: Chromium prints the deck and the handouts,
# poppler's pdffonts/pdfinfo and qpdf let the tests read the PDFs back, xmllint checks the XLIFF and TBX exports against their schemas.
# One dpkg call when all are there (0.03 s against 0.12 s for one per package, on the loaded machine: part of every no-op make).
system-deps:
	@dpkg -s $(APT_PACKAGES) >/dev/null 2>&1 || { \
	  missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  echo "installing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	}

deps: node_modules/.report-press-installed system-deps

# The CLI runs the compiled copy of src/ when it was compiled from the code as it is (bin/report-press.js compares by
# content, and runs src/ through tsx otherwise): compile when a file it is made from is newer than the last compile.
.compiled/stamp: $(shell find src -type f) tsconfig.json package.json package-lock.json node_modules/.report-press-installed
	node --import tsx src/compile/run-compile.ts
	touch $@

compiled: deps .compiled/stamp

build: compiled
	$(BIN) build

check: compiled
	$(BIN) check

test: compiled
	npm test --silent

watch: compiled
	$(BIN) watch

bench: compiled
	node --import tsx src/bench/run-bench.ts

clean:
	find output -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
	rm -rf .compiled
