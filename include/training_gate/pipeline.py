"""One partition run, stage by stage: what the nightly DAG's tasks and the CLI both call.

A ``PartitionPlan`` says where the run reads and writes. It is small and JSON-able,
so DAG tasks hand it to each other through XCom (paths and names, never data). Each
``*_stage`` function runs one stage of the plan and returns its counts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from training_gate.keys import RecordKey, load_record_key
from training_gate.policy import Policy, load_policy
from training_gate.staging import Staging


@dataclass(frozen=True)
class PartitionPlan:
    run_date: str
    run_id: str
    published_dir: str
    ticket_paths: list[str] = field(default_factory=list)
    consent_paths: list[str] = field(default_factory=list)
    policy_path: str | None = None
    reason: str | None = None  # why this run (re)publishes, e.g. "policy 2026.12.1: new excluded tag"
    # How the scrub is spread out; neither changes a published byte, so neither is policy.
    scrub_shards: int = 0  # 0: one shard per sharding.DEFAULT_ROWS_PER_SHARD screened tickets
    processes: int = 0  # worker processes per task (sensitive screen, each scrub shard); 0: one per core

    @classmethod
    def for_landing(cls, landing: str | Path, published: str | Path, run_date: str, run_id: str,
                    policy_path: str | None = None, reason: str | None = None,
                    consent_paths: list[str] | None = None) -> PartitionPlan:
        """The nightly layout: ``{landing}/tickets/ds=<date>/`` and ``{landing}/consent/``."""
        landing = Path(landing)
        return cls(run_date, run_id, str(published), [str(landing / "tickets" / f"ds={run_date}")],
                   consent_paths or [str(landing / "consent")], policy_path or None, reason or None)

    def sources(self) -> dict:
        """Where the run reads, recorded in the manifest (paths only, no data)."""
        return {"ticket_paths": [str(Path(p).resolve()) for p in self.ticket_paths],
                "consent_paths": [str(Path(p).resolve()) for p in self.consent_paths],
                "policy_path": str(Path(self.policy().path).resolve())}

    def policy(self) -> Policy:
        return load_policy(self.policy_path)

    def staging(self) -> Staging:
        return Staging.for_partition(self.published_dir, self.policy().dataset, self.run_date)

    def as_dict(self) -> dict:
        return asdict(self)


def extract_stage(plan: PartitionPlan) -> dict:
    from training_gate.extract import extract

    return extract(plan.ticket_paths, plan.staging())


def consent_stage(plan: PartitionPlan) -> dict:
    from training_gate.consent import snapshot_consent

    return snapshot_consent(plan.consent_paths, plan.policy().purpose, plan.staging())


def eligibility_stage(plan: PartitionPlan, key: RecordKey | None = None) -> dict:
    from training_gate.eligibility import select_eligible

    return select_eligible(plan.staging(), plan.policy(), key or load_record_key())


def sensitive_stage(plan: PartitionPlan, key: RecordKey | None = None) -> dict:
    """The sensitive-topic screen, on parts of the eligible tickets in worker processes at once."""
    from training_gate.sensitive import screen
    from training_gate.sharding import resolve_processes, run_in_row_parts

    return run_in_row_parts(screen, plan.staging(), "eligible.parquet", "sensitive",
                            resolve_processes(plan.processes), plan.policy(), key or load_record_key())


def plan_scrub_shards(plan: PartitionPlan) -> list[int]:
    """Cut the screened tickets into scrub shards; returns the shard numbers (for ``.expand``)."""
    from training_gate.sharding import plan_shards

    return list(range(plan_shards(plan.staging(), plan.scrub_shards).shards))


def scrub_shard_stage(plan: PartitionPlan, shard: int, key: RecordKey | None = None) -> dict:
    from training_gate.scrub import scrub
    from training_gate.sharding import resolve_processes

    return scrub(plan.staging(), plan.policy(), key or load_record_key(), shard,
                 resolve_processes(plan.processes))


def combine_scrub_shards(plan: PartitionPlan) -> dict:
    from training_gate.sharding import combine

    return combine(plan.staging())


def scrub_stage(plan: PartitionPlan, key: RecordKey | None = None) -> dict:
    """Every scrub shard, one after the other, in this process and its workers."""
    key = key or load_record_key()
    for shard in plan_scrub_shards(plan):
        scrub_shard_stage(plan, shard, key)
    return combine_scrub_shards(plan)


def validate_stage(plan: PartitionPlan, key: RecordKey | None = None) -> dict:
    """Run the gate's suites; raises GateClosed when the batch may not be published."""
    from training_gate.publish import GateClosed
    from training_gate.validate import validate

    combine_scrub_shards(plan)
    report = validate(plan.staging(), plan.policy(), key or load_record_key())
    if not report["success"]:
        failed = sorted({f"{e['suite_expectation']}({e['column']})" for e in report["expectations"] if not e["success"]})
        raise GateClosed(f"validation failed for ds={plan.run_date}: {', '.join(failed)}; nothing published "
                         f"(report: {plan.staging().path('validate.json')})")
    return report


def publish_stage(plan: PartitionPlan, key: RecordKey | None = None) -> dict:
    from training_gate.publish import publish

    return publish(plan.staging(), plan.policy(), key or load_record_key(),
                   plan.published_dir, plan.run_date, plan.run_id, note=plan.reason, sources=plan.sources())


def run_partition(plan: PartitionPlan, key: RecordKey | None = None) -> dict:
    """Gate and publish one partition; raises GateClosed when validation fails."""
    key = key or load_record_key()
    extract_stage(plan)
    consent_stage(plan)
    eligibility_stage(plan, key)
    sensitive_stage(plan, key)
    scrub_stage(plan, key)
    validate_stage(plan, key)
    return publish_stage(plan, key)


def outcome(manifest: dict) -> dict:
    """What one publish did, in a few JSON-able fields (for XCom, Asset events, logs and the CLI).

    Counts and hashes only: ``manifest_sha256`` lets a consumer of the Asset event check
    the manifest it reads is the one this run wrote.
    """
    from training_gate.files import sha256_file
    from training_gate.manifest import MANIFEST_NAME

    supersedes = manifest.get("supersedes") or {}
    counts = manifest["counts"]
    return {
        "partition": manifest["partition"],
        "action": manifest.get("action", "published"),
        "version_id": manifest["version_id"],
        "content_sha256": manifest["content_sha256"],
        "manifest_sha256": sha256_file(Path(manifest["path"]) / MANIFEST_NAME),
        "published": counts["published"],
        "counts": {name: value for name, value in counts.items() if isinstance(value, int)},
        "supersedes": supersedes.get("version_id") if manifest.get("action") == "published" else None,
        "why": supersedes.get("why") if manifest.get("action") == "published" else None,
        "policy_version": manifest["policy"]["version"],
        "purged_versions": len(manifest.get("purged", [])),
    }


def describe_outcome(result: dict) -> str:
    """One line per partition: ``ds=... published v (supersedes w: policy_change), 31 rows``."""
    if result["action"] == "published" and result.get("supersedes"):
        what = f"published {result['version_id']} (supersedes {result['supersedes']}: {', '.join(result['why'])})"
    elif result["action"] == "published":
        what = f"published {result['version_id']} (first version)"
    elif result["action"] == "unchanged":
        what = f"unchanged {result['version_id']} (same data, policy and key: no-op)"
    elif result["action"] in ("gate_closed", "missing_exports"):
        return f"{result['partition']} {result['action']}: {result['error']}"
    else:
        what = f"{result['action']} {result['version_id']}"
    purged = f", {result['purged_versions']} superseded version(s) purged" if result.get("purged_versions") else ""
    return f"{result['partition']} {what}, {result['published']} rows, policy {result['policy_version']}{purged}"


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
