"""Versions: the immutable versions of one partition, its current view, and their lifecycle.

Layout under the output folder::

    <dataset>/ds=<date>                          -> _versions/ds=<date>/<version id>  (symlink: current view)
    <dataset>/_versions/ds=<date>/<version id>/  part-*.parquet, manifest.json    (immutable)
    <dataset>/_versions/ds=<date>/history.json   every publish, switch and purge of the partition
    <dataset>/_versions/ds=<date>/.lock          held (flock) while a run writes, switches or purges
    _lineage/<dataset>/ds=<date>/<version id>.parquet   restricted: record_id -> subject_key

The symlink is the single source of truth for the current view: it is replaced with
one ``rename(2)``, so a reader sees the old version or the new one, and any reader
(pyarrow, DuckDB, Spark) can open ``ds=<date>`` without knowing about versions.
``history.json`` is bookkeeping written after the switch; when a run dies between the
two, the next run repairs it from the symlink.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from training_gate.files import read_json, write_json_atomic

VERSIONS_FOLDER = "_versions"
LINEAGE_FOLDER = "_lineage"
HISTORY_NAME = "history.json"
LOCK_NAME = ".lock"
DRAFT_PREFIX = ".draft-"
LOCK_TIMEOUT_SECONDS = 600.0


class PartitionBusy(RuntimeError):
    """Another run holds the partition's lock: this run may not write or switch it."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class PartitionVersions:
    """The versions of one partition of one dataset, and the paths that belong to them."""

    out_dir: Path
    dataset: str
    run_date: str

    @classmethod
    def for_out(cls, out_dir: str | Path, dataset: str, run_date: str) -> PartitionVersions:
        return cls(Path(out_dir), dataset, run_date)

    @classmethod
    def from_link(cls, link: str | Path) -> PartitionVersions:
        """From a current-view path ``<out>/<dataset>/ds=<date>``."""
        link = Path(link)
        return cls(link.parent.parent, link.parent.name, link.name.removeprefix("ds="))

    @property
    def partition(self) -> str:
        return f"ds={self.run_date}"

    @property
    def link(self) -> Path:
        return self.out_dir / self.dataset / self.partition

    @property
    def folder(self) -> Path:
        return self.out_dir / self.dataset / VERSIONS_FOLDER / self.partition

    @property
    def lineage_folder(self) -> Path:
        return self.out_dir / LINEAGE_FOLDER / self.dataset / self.partition

    def version_path(self, version_id: str) -> Path:
        return self.folder / version_id

    def lineage_path(self, version_id: str) -> Path:
        return self.lineage_folder / f"{version_id}.parquet"

    def current_id(self) -> str | None:
        if not self.link.is_symlink():
            return None
        return Path(os.readlink(self.link)).name

    def version_ids(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(p.name for p in self.folder.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))

    def superseded_ids(self) -> list[str]:
        current = self.current_id()
        return [v for v in self.version_ids() if v != current]

    def manifest(self, version_id: str) -> dict | None:
        from training_gate.manifest import MANIFEST_NAME

        path = self.version_path(version_id) / MANIFEST_NAME
        return read_json(path) if path.is_file() else None

    @contextmanager
    def lock(self, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
        """Hold the partition's lock; the kernel releases it if the process dies."""
        self.folder.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(self.folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise PartitionBusy(f"{self.dataset}/{self.partition} is being published by another run") from None
                    time.sleep(0.1)
            yield
        finally:
            os.close(descriptor)

    def new_draft(self) -> Path:
        """A hidden folder to write a version in before it gets its name."""
        return self.folder / f"{DRAFT_PREFIX}{uuid.uuid4().hex}"

    def clean_drafts(self) -> int:
        """Remove drafts and temporary links left by runs that died (call under the lock)."""
        removed = 0
        for draft in self.folder.glob(f"{DRAFT_PREFIX}*"):
            shutil.rmtree(draft, ignore_errors=True)
            removed += 1
        for temporary in self.link.parent.glob(f".{self.link.name}.*.link"):
            temporary.unlink(missing_ok=True)
        if self.lineage_folder.is_dir():  # lineage written by a run that died before its rename
            known = set(self.version_ids())
            for lineage in self.lineage_folder.iterdir():
                if lineage.name.startswith(".") or lineage.name.removesuffix(".parquet") not in known:
                    lineage.unlink(missing_ok=True)
        return removed

    def switch(self, version_id: str) -> None:
        """Point the current view at ``version_id`` with one atomic rename."""
        target = self.version_path(version_id)
        temporary = self.link.with_name(f".{self.link.name}.{uuid.uuid4().hex}.link")
        os.symlink(os.path.relpath(target, self.link.parent), temporary)
        os.replace(temporary, self.link)

    def remove(self, version_id: str) -> None:
        """Delete a superseded version and its lineage (never the current one)."""
        if version_id == self.current_id():
            raise ValueError(f"{self.partition}/{version_id} is the current version")
        shutil.rmtree(self.version_path(version_id), ignore_errors=True)
        self.lineage_path(version_id).unlink(missing_ok=True)

    def read_history(self) -> dict:
        path = self.folder / HISTORY_NAME
        if path.is_file():
            return read_json(path)
        return {"dataset": self.dataset, "partition": self.partition, "current": None, "versions": {}, "events": []}

    def write_history(self, history: dict) -> None:
        history["current"] = self.current_id()
        write_json_atomic(self.folder / HISTORY_NAME, history)


def reconcile_history(versions: PartitionVersions, history: dict, now: datetime) -> dict:
    """Bring history in line with the folder: versions a dead run left behind, a switch it did not log."""
    current = versions.current_id()
    for version_id in versions.version_ids():
        entry = history["versions"].setdefault(version_id, {"first_seen_at": timestamp(now)})
        entry.pop("purged", None)
        if version_id != current and not entry.get("superseded_at"):
            entry["superseded_at"] = timestamp(now)  # retention counts from when it was first seen unused
        if version_id == current:
            entry.pop("superseded_at", None)
    return history


def record_purge(history: dict, version_id: str, why: str, now: datetime, run_id: str) -> None:
    history["versions"].setdefault(version_id, {})["purged"] = {"at": timestamp(now), "why": why}
    history["events"].append({"at": timestamp(now), "run_id": run_id, "action": "purged",
                              "version_id": version_id, "why": why})


def purge_expired(versions: PartitionVersions, history: dict, retention_days: int, now: datetime,
                  run_id: str) -> list[str]:
    """Delete superseded versions older than the retention period (call under the lock)."""
    purged = []
    for version_id in versions.superseded_ids():
        superseded_at = history["versions"].get(version_id, {}).get("superseded_at")
        since = datetime.fromisoformat(superseded_at.replace("Z", "+00:00")) if superseded_at else now
        if now - since >= timedelta(days=retention_days):
            versions.remove(version_id)
            record_purge(history, version_id, f"retention ({retention_days} days)", now, run_id)
            purged.append(version_id)
    return purged


def find_version(path: str | Path, version_id: str) -> Path:
    """The folder of ``version_id`` under an output root, dataset folder or partition."""
    path = Path(path)
    patterns = [f"{VERSIONS_FOLDER}/ds=*/{version_id}", f"*/{VERSIONS_FOLDER}/ds=*/{version_id}"]
    if path.name.startswith("ds="):
        patterns.insert(0, f"../{VERSIONS_FOLDER}/{path.name}/{version_id}")
    for pattern in patterns:
        if pattern.startswith("../"):
            candidate = path.parent / pattern[3:]
            found = [candidate] if candidate.is_dir() else []
        else:
            found = sorted(p for p in path.glob(pattern) if p.is_dir())
        if len(found) > 1:
            raise ValueError(f"version {version_id} is ambiguous under {path}: {[str(p) for p in found]}")
        if found:
            return found[0]
    raise FileNotFoundError(f"no version {version_id} under {path} (purged, or never published)")


def partition_versions(path: str | Path) -> list[PartitionVersions]:
    """Every partition with versions under an output root, a dataset folder or a partition link."""
    path = Path(path)
    if path.name.startswith("ds="):
        return [PartitionVersions.from_link(path)]
    if (path / VERSIONS_FOLDER).is_dir():
        dataset_dirs = [path]
    else:
        dataset_dirs = sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
    return [
        PartitionVersions(dataset_dir.parent, dataset_dir.name, folder.name.removeprefix("ds="))
        for dataset_dir in dataset_dirs
        for folder in sorted((dataset_dir / VERSIONS_FOLDER).glob("ds=*"))
        if folder.is_dir()
    ]
