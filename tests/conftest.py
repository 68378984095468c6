"""Shared fixtures: generated sample data and one gated partition per test session.

Generated data only: every personal-looking value is planted by the generator and
listed in its ``expected.json`` so tests can search the published files for it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
os.environ.setdefault("TRAINING_GATE_VAR_DIR", str(PROJECT / "var"))
os.environ.setdefault("AIRFLOW_HOME", str(PROJECT / "var" / "airflow"))
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
os.environ.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(PROJECT / "dags"))
RUN_DATE = "2026-11-21"
SAMPLE_TICKETS = 150
SAMPLE_SEED = 11


@pytest.fixture(scope="session")
def landing(tmp_path_factory) -> Path:
    """A landing folder with generated exports, a consent ledger and expected.json."""
    from training_gate.sample_data import generate

    folder = tmp_path_factory.mktemp("landing")
    generate(folder, SAMPLE_TICKETS, SAMPLE_SEED, RUN_DATE)
    return folder


@pytest.fixture(scope="session")
def expected(landing) -> dict:
    return json.loads((landing / "expected.json").read_text())


@pytest.fixture(scope="session")
def published(landing, tmp_path_factory) -> dict:
    """The sample partition gated and published once through the library; its manifest."""
    from training_gate.pipeline import PartitionPlan, run_partition

    out = tmp_path_factory.mktemp("published")
    plan = PartitionPlan.for_landing(landing, out, RUN_DATE, "test_run")
    return run_partition(plan)


@pytest.fixture(scope="session")
def default_policy():
    from training_gate.policy import load_policy

    return load_policy()


@pytest.fixture(scope="session")
def scrubber(default_policy):
    from training_gate.scrub import Scrubber

    return Scrubber(default_policy.scrub)


@pytest.fixture(scope="session")
def record_key():
    from training_gate.keys import load_record_key

    return load_record_key("test-key-for-the-test-suite")
