# training-gate: `make run` runs the nightly DAG once on sample data; `make test` runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_DATE ?= 2026-11-21
SAMPLE_TICKETS ?= 400

export AIRFLOW_HOME := $(CURDIR)/var/airflow
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export AIRFLOW__CORE__PLUGINS_FOLDER := $(CURDIR)/plugins
export AIRFLOW__CORE__EXECUTOR := LocalExecutor
export AIRFLOW__CORE__UNIT_TEST_MODE := False
export AIRFLOW_VAR_TRAINING_GATE_LANDING ?= $(CURDIR)/data/landing
export AIRFLOW_VAR_TRAINING_GATE_PUBLISHED ?= $(CURDIR)/data/published
export TRAINING_GATE_VAR_DIR := $(CURDIR)/var
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=
export TLDEXTRACT_CACHE := $(CURDIR)/var/tldextract
export GX_ANALYTICS_ENABLED := false

.PHONY: install lock run test eval eval-sensitive eval-sensitive-rules train-sensitive-model lint clean celery-check bench bench-memory bench-memory-parts

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.8

# Pinned install from our own lock, bytecode compiled (import airflow is seconds faster).
$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode --no-deps -e .
	touch $@

install: $(VENV)/.installed

lock: | $(BIN)/uv
	$(BIN)/uv pip compile requirements.txt --python-version 3.11 -o requirements.lock

$(AIRFLOW_HOME)/airflow.db: $(VENV)/.installed
	mkdir -p $(AIRFLOW_HOME)
	$(BIN)/airflow db migrate > $(AIRFLOW_HOME)/db-migrate.log 2>&1 || (tail -40 $(AIRFLOW_HOME)/db-migrate.log; exit 1)

run: $(AIRFLOW_HOME)/airflow.db
	@test -d $(AIRFLOW_VAR_TRAINING_GATE_LANDING)/tickets/ds=$(RUN_DATE) || \
		$(BIN)/training-gate sample-data --out $(AIRFLOW_VAR_TRAINING_GATE_LANDING) --tickets $(SAMPLE_TICKETS) --run-date $(RUN_DATE)
	$(BIN)/airflow dags test training_gate_nightly $(RUN_DATE) > $(AIRFLOW_HOME)/dags-test.log 2>&1 || \
		(tail -60 $(AIRFLOW_HOME)/dags-test.log; exit 1)
	@echo "airflow dags test training_gate_nightly $(RUN_DATE): success (log: $(AIRFLOW_HOME)/dags-test.log)"
	@$(BIN)/training-gate summary $(AIRFLOW_VAR_TRAINING_GATE_PUBLISHED) --run-date $(RUN_DATE)

test: $(AIRFLOW_HOME)/airflow.db
	$(BIN)/python -m pytest -q

# Scrub quality on the full evaluation sets (../shared/eval and generated conversations)
# and the sensitive-topic stage on its labelled set (written beside, as sensitive.json).
# Leaked values can be listed for local debugging with --misses var/eval/misses.json (git-ignored).
eval: $(VENV)/.installed
	$(BIN)/training-gate eval --report var/eval/report.json

# Recall and false-exclusion rate of the sensitive-topic stage on its labelled set.
eval-sensitive: $(VENV)/.installed
	mkdir -p var/eval
	$(BIN)/training-gate eval --set sensitive --report var/eval/sensitive-report.json

# The same with the rules alone (the default policy ORs the classifier with them).
eval-sensitive-rules: $(VENV)/.installed
	mkdir -p var/eval
	sed 's/model: {enabled: true, veto: true}/model: {enabled: false}/' include/training_gate/policies/default.yaml > var/eval/policy-rules-only.yaml
	$(BIN)/training-gate eval --set sensitive --policy var/eval/policy-rules-only.yaml --report var/eval/sensitive-rules-report.json

# Retrain the sensitive-topic classifier and rewrite its artefact and model card
# (include/training_gate/models/sensitive_classifier/); minutes, one process per core (--jobs), one
# BLAS thread each, deterministic whatever the number of processes.
train-sensitive-model: $(VENV)/.installed
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m training_gate.sensitive_model --out include/training_gate/models/sensitive_classifier

lint: $(VENV)/.installed
	$(BIN)/ruff check include dags plugins tests bench

clean:
	rm -rf var data

# Multi-worker check: API server, scheduler, DAG processor and two Celery workers on
# the local Redis and PostgreSQL (deploy/celery.env); runs the nightly DAG and stops them.
celery-check: $(VENV)/.installed
	$(BIN)/python bench/celery_cluster.py

# Throughput on a seeded export of BENCH_TICKETS multi-turn tickets (default 5,000): Presidio
# wired the plain way vs the gate on all cores and on one; minutes, not part of `make test`.
# Prints the table and writes bench/results/throughput.json (docs/PERFORMANCE.md).
bench: $(VENV)/.installed
	$(BIN)/python bench/throughput.py

# Peak memory of the streaming stages on generated exports of 100k and 1M tickets, and of
# the scrub at its bounded batch size; writes bench/results/memory.json. About half an hour.
bench-memory: $(VENV)/.installed
	$(BIN)/python bench/memory.py

# What the streaming stages keep across tickets (version index, consent, eligibility's
# lookups), each alone at 100k and 1M tickets; bench/results/memory_parts.json. Minutes.
bench-memory-parts: $(VENV)/.installed
	$(BIN)/python bench/memory_parts.py
