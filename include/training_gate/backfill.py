"""Backfill: re-gate a range of past partitions, e.g. after a policy change.

Every date in the range runs the whole pipeline again from the landing exports under
the policy given, and publishes a new version of its partition (or records a no-op
when nothing changed). One date failing its gate does not stop the others: each
date's outcome is reported. The backfill DAG maps over ``backfill_plans``; the CLI
calls ``backfill``.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from training_gate.keys import RecordKey
from training_gate.pipeline import PartitionPlan, outcome, run_partition

MAX_BACKFILL_DAYS = 366


class BackfillError(ValueError):
    """The date range or reason is not usable."""


def dates_between(first: str, last: str) -> list[str]:
    """Every date from ``first`` to ``last`` inclusive, as YYYY-MM-DD."""
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    if end < start:
        raise BackfillError(f"end date {last} is before start date {first}")
    days = (end - start).days + 1
    if days > MAX_BACKFILL_DAYS:
        raise BackfillError(f"{days} days is more than one backfill may cover ({MAX_BACKFILL_DAYS})")
    return [(start + timedelta(days=n)).isoformat() for n in range(days)]


def backfill_plans(landing: str | Path, out_dir: str | Path, first: str, last: str, reason: str,
                   policy_path: str | None = None, run_id: str = "backfill") -> list[PartitionPlan]:
    if not reason or not reason.strip():
        raise BackfillError("a backfill needs a reason: it is recorded in every manifest it writes")
    return [PartitionPlan.for_landing(landing, out_dir, day, f"{run_id}__{day}", policy_path, reason.strip())
            for day in dates_between(first, last)]


def regate(plan: PartitionPlan, key: RecordKey | None = None) -> dict:
    """Run one date of a backfill; a closed gate or missing exports is an outcome, not a crash."""
    from training_gate.publish import GateClosed

    if not all(Path(p).exists() for p in plan.ticket_paths):
        return {"partition": f"ds={plan.run_date}", "action": "missing_exports",
                "error": f"no exports at {', '.join(plan.ticket_paths)}"}
    try:
        return outcome(run_partition(plan, key))
    except GateClosed as closed:
        return {"partition": f"ds={plan.run_date}", "action": "gate_closed", "error": str(closed)}


def backfill(landing: str | Path, out_dir: str | Path, first: str, last: str, reason: str,
             policy_path: str | None = None, key: RecordKey | None = None, run_id: str = "backfill") -> list[dict]:
    """Re-gate every date from ``first`` to ``last``; returns one outcome per date."""
    plans = backfill_plans(landing, out_dir, first, last, reason, policy_path, run_id)
    return [regate(plan, key) for plan in plans]


def failed(outcomes: list[dict]) -> list[dict]:
    return [o for o in outcomes if o["action"] in ("gate_closed", "missing_exports")]
