"""The provenance manifest: what a published partition is made of and how to check it.

``manifest.json`` sits beside the Parquet files of each partition version. It names
the inputs (with sha256 and line counts), the policy and its sha256, the consent
snapshot, the code and library versions, the counts of every stage, the validation
result, and every output file with its sha256, row count and schema. It holds no
personal data: ids appear only as keyed hashes, ledger rows not at all.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from importlib import metadata
from pathlib import Path

import pyarrow.parquet as pq

from training_gate.files import read_json, sha256_file

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = 1
LIBRARIES = (
    "apache-airflow", "presidio-analyzer", "presidio-anonymizer", "spacy",
    "great-expectations", "pyarrow", "pandas", "faker",
)


def code_version() -> str:
    """``git describe`` of the gate's checkout, or the TRAINING_GATE_CODE_VERSION given."""
    if os.environ.get("TRAINING_GATE_CODE_VERSION"):
        return os.environ["TRAINING_GATE_CODE_VERSION"]
    try:
        described = subprocess.run(
            ["git", "describe", "--always", "--dirty", "--tags"],
            cwd=Path(__file__).parent, capture_output=True, text=True, timeout=10, check=True,
        )
        return described.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        from training_gate import __version__

        return f"training-gate {__version__} (no git checkout)"


def library_versions(spacy_model: str) -> dict[str, str | None]:
    versions = {}
    for name in (*LIBRARIES, spacy_model.replace("_", "-")):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def describe_output(path: Path) -> dict:
    parquet = pq.ParquetFile(path)
    return {
        "path": path.name,
        "sha256": sha256_file(path),
        "bytes": path.stat().st_size,
        "rows": parquet.metadata.num_rows,
    }


def content_sha256(outputs: list[dict]) -> str:
    """One hash for a partition's data: the same rows in the same files give the same hash."""
    digest = hashlib.sha256()
    for output in sorted(outputs, key=lambda o: o["path"]):
        digest.update(f"{output['path']}\t{output['sha256']}\t{output['rows']}\n".encode())
    return digest.hexdigest()


def schema_fields(path: Path) -> list[dict]:
    return [{"name": f.name, "type": str(f.type)} for f in pq.read_schema(path)]


def verify_partition(partition_dir: str | Path) -> list[str]:
    """Problems found checking a partition against its manifest (empty when it verifies)."""
    partition_dir = Path(partition_dir)
    manifest_path = partition_dir / MANIFEST_NAME
    if not manifest_path.is_file():
        return [f"{partition_dir.name}: no {MANIFEST_NAME}"]
    manifest = read_json(manifest_path)
    problems = []
    listed = {o["path"] for o in manifest["outputs"]}
    present = {p.name for p in partition_dir.glob("*.parquet")}
    problems += [f"{partition_dir.name}/{name}: not in the manifest" for name in sorted(present - listed)]
    total_rows = 0
    for output in manifest["outputs"]:
        path = partition_dir / output["path"]
        if not path.is_file():
            problems.append(f"{partition_dir.name}/{output['path']}: missing")
            continue
        if sha256_file(path) != output["sha256"]:
            problems.append(f"{partition_dir.name}/{output['path']}: sha256 mismatch")
            continue
        rows = pq.ParquetFile(path).metadata.num_rows
        total_rows += rows
        if rows != output["rows"]:
            problems.append(f"{partition_dir.name}/{output['path']}: {rows} rows, manifest says {output['rows']}")
        if schema_fields(path) != manifest["schema"]:
            problems.append(f"{partition_dir.name}/{output['path']}: schema differs from the manifest")
    if not problems and total_rows != manifest["counts"]["published"]:
        problems.append(f"{partition_dir.name}: {total_rows} rows, manifest counts {manifest['counts']['published']}")
    if not problems and content_sha256(manifest["outputs"]) != manifest["content_sha256"]:
        problems.append(f"{partition_dir.name}: content hash differs from the manifest")
    return problems


def find_partitions(path: str | Path) -> list[Path]:
    """Current partitions under a dataset folder, an output root, or a partition itself."""
    path = Path(path)
    if (path / MANIFEST_NAME).is_file():
        return [path]
    partitions = sorted(p for p in path.glob("ds=*") if p.is_dir())
    if not partitions:
        partitions = sorted(p for p in path.glob("*/ds=*") if p.is_dir() and not p.parent.name.startswith("_"))
    return partitions


def verify(path: str | Path) -> list[str]:
    partitions = find_partitions(path)
    if not partitions:
        return [f"{path}: no published partitions found"]
    return [problem for partition in partitions for problem in verify_partition(partition)]
