"""What the sample data's ``expected.json`` cannot plant: the tickets the sensitive-topic classifier
excludes on its own evidence, without any rule finding.

The generator plants sensitive sentences that the rules must catch, and knows every other ticket's fate;
the classifier is a model and may also exclude a few ordinary tickets (2 of the 150 sample tickets when
it was last trained). Tests subtract exactly these, read from the run's staging evidence, and bound
their number, so that every other difference from the plan still fails."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from training_gate.staging import Staging


def classifier_only_drops(partition: Path) -> dict[str, str]:
    """Record id -> drop reason of the tickets of a published ``partition`` excluded on the
    classifier's evidence alone."""
    partition = Path(partition)
    staging = Staging.for_partition(partition.parents[1], partition.parent.name, partition.name.removeprefix("ds=")).root
    rules: dict[str, set[str]] = {}
    for line in (staging / "sensitive_evidence.jsonl").read_text().splitlines():
        row = json.loads(line)
        rules.setdefault(row["record_id"], set()).add(row["rule"])
    reasons = {d["record_id"]: d["drop_reason"] for d in pq.read_table(staging / "sensitive_drops.parquet").to_pylist()}
    return {record: reasons[record] for record, found in rules.items() if found == {"model"}}
