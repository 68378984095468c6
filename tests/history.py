"""Helpers for tests that publish several versions: copy landing data, withdraw consent, read lineage."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq

from training_gate.versions import partition_versions


def copy_landing(template: Path, destination: Path) -> Path:
    shutil.copytree(template, destination)
    return destination


def withdraw(landing: Path, customer_ids: list[str], recorded_at: str = "2026-11-22T09:00:00Z") -> None:
    """Append an opt_out for the training purpose to the ledger for each customer."""
    with open(landing / "consent" / "ledger.csv", "a") as ledger:
        for customer_id in customer_ids:
            ledger.write(f"{customer_id},train_ai_system,opt_out,{recorded_at},EU,web\n")


def ledger_customers(landing: Path) -> list[str]:
    lines = (landing / "consent" / "ledger.csv").read_text().splitlines()[1:]
    return sorted({line.split(",")[0] for line in lines if line})


def lineage_tables(out: Path, current_only: bool = False) -> dict[tuple[str, str], object]:
    """{(partition, version id): lineage table} for every version (or only current ones)."""
    tables = {}
    for versions in partition_versions(out):
        current = versions.current_id()
        for version_id in versions.version_ids():
            if current_only and version_id != current:
                continue
            tables[(versions.partition, version_id)] = pq.read_table(versions.lineage_path(version_id))
    return tables


def current_record_ids(out: Path) -> set[str]:
    from training_gate.consume import load_dataset

    return set(load_dataset(out)["record_id"].to_pylist())
