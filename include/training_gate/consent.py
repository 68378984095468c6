"""Consent: reduce the consent ledger to one decision per customer for the purpose.

The ledger is a list of events, in any order. For each customer the latest event for
the policy's purpose decides; when two events share a timestamp, ``opt_out`` wins.
The latest state applies to every ticket whatever its date, so a withdrawal is
retroactive. With opt-in required, no record (or consent for another purpose only)
means no consent.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from training_gate.files import list_input_files, sha256_file
from training_gate.staging import Staging

LEDGER_SUFFIXES = (".csv", ".parquet")
OPT_IN, OPT_OUT = "opt_in", "opt_out"
OTHER_PURPOSE_ONLY = "other_purpose_only"
LEDGER_COLUMNS = ["customer_id", "purpose", "status", "recorded_at", "jurisdiction", "source"]
SNAPSHOT_SCHEMA = pa.schema(
    [("customer_id", pa.string()), ("status", pa.string()), ("recorded_at", pa.string())]
)
# On equal timestamps the stricter event wins.
_STATUS_RANK = {OPT_OUT: 1, OPT_IN: 0}


class LedgerError(ValueError):
    """The consent ledger cannot be read at all."""


def _read_ledger_file(path: Path) -> pa.Table:
    string_columns = {name: pa.string() for name in LEDGER_COLUMNS}
    if path.suffix == ".csv":
        table = pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(column_types=string_columns))
    else:
        table = pq.read_table(path)
    missing = {"customer_id", "purpose", "status", "recorded_at"} - set(table.column_names)
    if missing:
        raise LedgerError(f"ledger {path.name} lacks columns {sorted(missing)}")
    return table.select(["customer_id", "purpose", "status", "recorded_at"]).cast(
        pa.schema([(name, pa.string()) for name in ["customer_id", "purpose", "status", "recorded_at"]])
    )


def _timestamp_key(value: str | None) -> str | None:
    """Normalize an RFC 3339 timestamp to comparable UTC text, or None if invalid."""
    from training_gate.extract import ContractViolation, parse_timestamp

    try:
        parsed = parse_timestamp(value, "recorded_at")
    except ContractViolation:
        return None
    return parsed.isoformat() if parsed else None


def build_snapshot(ledger_paths: list[str | Path], purpose: str) -> tuple[dict[str, tuple[str, str]], dict]:
    """Return {customer_id: (decision, recorded_at)} and the ledger's counts.

    ``decision`` is opt_in, opt_out or other_purpose_only. Invalid rows (unknown
    status, unreadable timestamp, empty id) are rejected and counted, never guessed.
    """
    files = list_input_files(ledger_paths, LEDGER_SUFFIXES)
    if not files:
        raise LedgerError("no consent ledger files found")
    decisions: dict[str, tuple[str, int, str]] = {}  # (recorded_at, rank, status)
    other_purposes: set[str] = set()
    rejected: Counter[str] = Counter()
    events = 0
    latest_recorded_at = ""
    for path in files:
        table = _read_ledger_file(path)
        for row in (row for batch in table.to_batches(max_chunksize=10_000) for row in batch.to_pylist()):
            events += 1
            customer_id, status = row["customer_id"], row["status"]
            recorded_at = _timestamp_key(row["recorded_at"])
            if not customer_id:
                rejected["missing_customer_id"] += 1
            elif status not in _STATUS_RANK:
                rejected["unknown_status"] += 1
            elif recorded_at is None:
                rejected["invalid_recorded_at"] += 1
            elif row["purpose"] != purpose:
                other_purposes.add(customer_id)
                latest_recorded_at = max(latest_recorded_at, recorded_at)
            else:
                latest_recorded_at = max(latest_recorded_at, recorded_at)
                candidate = (recorded_at, _STATUS_RANK[status], status)
                current = decisions.get(customer_id)
                if current is None or candidate > current:
                    decisions[customer_id] = candidate
    snapshot = {cid: (status, at) for cid, (at, _, status) in decisions.items()}
    for customer_id in other_purposes - snapshot.keys():
        snapshot[customer_id] = (OTHER_PURPOSE_ONLY, "")
    stats = {
        "ledger_files": [{"name": p.name, "sha256": sha256_file(p)} for p in files],
        "events": events,
        "events_rejected_by_reason": dict(sorted(rejected.items())),
        "latest_recorded_at": latest_recorded_at or None,
        "customers_by_decision": dict(sorted(Counter(s for s, _ in snapshot.values()).items())),
    }
    return snapshot, stats


def snapshot_table(snapshot: dict[str, tuple[str, str]]) -> pa.Table:
    customer_ids = sorted(snapshot)
    return pa.table(
        {
            "customer_id": customer_ids,
            "status": [snapshot[c][0] for c in customer_ids],
            "recorded_at": [snapshot[c][1] for c in customer_ids],
        },
        schema=SNAPSHOT_SCHEMA,
    )


def snapshot_sha256(table: pa.Table) -> str:
    """A content hash of the decisions, independent of ledger file order or layout."""
    digest = hashlib.sha256()
    for row in (row for batch in table.to_batches(max_chunksize=10_000) for row in batch.to_pylist()):
        digest.update(f"{row['customer_id']}\t{row['status']}\t{row['recorded_at']}\n".encode())
    return digest.hexdigest()


def snapshot_consent(ledger_paths: list[str | Path], purpose: str, staging: Staging) -> dict:
    """Write ``staging/consent_snapshot.parquet``; returns the ledger counts and hashes."""
    snapshot, stats = build_snapshot(ledger_paths, purpose)
    table = snapshot_table(snapshot)
    staging.root.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, staging.path("consent_snapshot.parquet"))
    stats["purpose"] = purpose
    stats["snapshot_sha256"] = snapshot_sha256(table)
    stats["customers_opted_in"] = int(pc.sum(pc.equal(table["status"], OPT_IN)).as_py() or 0)
    staging.write_stats("consent", stats)
    return stats


def load_snapshot(staging: Staging) -> dict[str, str]:
    """{customer_id: decision} from the staged snapshot."""
    table = pq.read_table(staging.path("consent_snapshot.parquet"), columns=["customer_id", "status"])
    return dict(zip(table["customer_id"].to_pylist(), table["status"].to_pylist(), strict=True))
