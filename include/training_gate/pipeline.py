"""The whole gate for one partition, stage after stage, as the CLI runs it.

The nightly DAG calls the same stage functions one task each; this module only
chains them and summarises the result.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from training_gate.consent import snapshot_consent
from training_gate.eligibility import select_eligible
from training_gate.extract import extract
from training_gate.keys import RecordKey, load_record_key
from training_gate.policy import Policy, load_policy
from training_gate.publish import publish
from training_gate.scrub import scrub
from training_gate.staging import Staging
from training_gate.validate import validate


def run_partition(ticket_paths: list[str | Path], consent_paths: list[str | Path], out_dir: str | Path,
                  run_date: str, policy: Policy | None = None, key: RecordKey | None = None,
                  run_id: str | None = None) -> dict:
    """Gate and publish one partition; raises GateClosed when validation fails."""
    policy = policy or load_policy()
    key = key or load_record_key()
    run_id = run_id or f"manual__{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    staging = Staging.for_partition(out_dir, policy.dataset, run_date)
    extract(ticket_paths, staging)
    snapshot_consent(consent_paths, policy.purpose, staging)
    select_eligible(staging, policy, key)
    scrub(staging, policy, key)
    validate(staging, policy, key)
    return publish(staging, policy, key, out_dir, run_date, run_id)


def summary(manifest: dict) -> str:
    """The short run summary printed by ``make run`` and the CLI (counts only)."""
    counts = manifest["counts"]
    dropped = ", ".join(f"{r} {n}" for r, n in counts["dropped_by_reason"].items()) or "none"
    entities = counts["entities_scrubbed"]
    by_type = ", ".join(f"{t} {n}" for t, n in sorted(entities.items(), key=lambda item: -item[1]))
    return "\n".join(
        [
            f"tickets in {counts['tickets_in']}: published {counts['published']}, "
            f"dropped {counts['dropped']} ({dropped}), quarantined {counts['quarantined']}",
            f"entities scrubbed {sum(entities.values())}: {by_type or 'none'}",
            f"dataset:  {manifest['path']}",
            f"manifest: {Path(manifest['path']) / 'manifest.json'}",
        ]
    )
