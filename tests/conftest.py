"""Shared fixtures: generated sample data and one gated partition per test session.

Generated data only: every personal-looking value is planted by the generator and
listed in its ``expected.json`` so tests can search the published files for it.
"""

from __future__ import annotations

import json
import os
import re
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
def detector(default_policy):
    """The rules alone: the sentence tables and the tuned splits' floors pin the rule families (the
    classifier, trained on those splits, would hide a rule that stopped working); the shipped
    policy, rules and classifier, is measured on the held-out splits (test_sensitive_model), by
    variants of this detector that share its remembered findings (the labelled set is parsed once)."""
    from dataclasses import replace

    from training_gate.sensitive import SensitiveDetector

    return SensitiveDetector(replace(default_policy.sensitive, model=None), cached_texts=200_000)


@pytest.fixture(scope="session")
def scrubber(default_policy):
    from training_gate.scrub import Scrubber

    return Scrubber(default_policy.scrub)


@pytest.fixture(scope="session")
def record_key():
    from training_gate.keys import load_record_key

    return load_record_key("test-key-for-the-test-suite")


# Three days of small partitions for versioning, backfill and erasure tests: the scrub
# costs about 30 ms a ticket, so a day here has 35 tickets (~10-17 published).
HISTORY_DATES = ("2026-11-19", "2026-11-20", "2026-11-21")
HISTORY_TICKETS = 35


@pytest.fixture(scope="session")
def history_landing_template(tmp_path_factory) -> Path:
    """Landing exports for HISTORY_DATES and one consent ledger; copy it before changing it."""
    from training_gate.sample_data import generate_days

    folder = tmp_path_factory.mktemp("history_landing")
    generate_days(folder, HISTORY_TICKETS, SAMPLE_SEED, HISTORY_DATES[-1], len(HISTORY_DATES))
    return folder


@pytest.fixture(scope="session")
def stricter_policy(tmp_path_factory) -> Path:
    """The default policy, version 2026.12.1, which also excludes tickets tagged ``refund``."""
    from training_gate.policy import DEFAULT_POLICY_PATH

    text = DEFAULT_POLICY_PATH.read_text()
    changed = re.sub(r'(?m)^policy_version: ".*"', 'policy_version: "2026.12.1"', text).replace(
        "excluded_tags: [legal,", "excluded_tags: [refund, legal,")
    assert changed.count("2026.12.1") == 1 and "[refund," in changed
    path = tmp_path_factory.mktemp("policies") / "stricter.yaml"
    path.write_text(changed)
    return path
