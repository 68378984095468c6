"""File helpers shared by every stage: checksums, atomic JSON writes, export listing."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

EXPORT_SUFFIXES = (".jsonl", ".jsonl.gz")
_CHUNK = 1 << 20


def sha256_file(path: str | Path) -> str:
    with open(path, "rb") as handle:
        return sha256_handle(handle)


def sha256_handle(handle: BinaryIO) -> str:
    """sha256 of an open binary file from its start; leaves it rewound for the next reader."""
    handle.seek(0)
    digest = hashlib.sha256()
    while chunk := handle.read(_CHUNK):
        digest.update(chunk)
    handle.seek(0)
    return digest.hexdigest()


def write_json_atomic(path: str | Path, payload: object) -> Path:
    """Write JSON so that a reader sees the old file or the whole new one, never a part."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, indent=2, sort_keys=True, default=str)
        handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    return path


def read_json(path: str | Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def list_input_files(paths: list[str | Path], suffixes: tuple[str, ...]) -> list[Path]:
    """Expand files and folders into a sorted list of files with one of ``suffixes``."""
    found: list[Path] = []
    for given in paths:
        given = Path(given)
        if given.is_dir():
            found.extend(
                p for p in given.rglob("*") if p.is_file() and p.name.endswith(suffixes)
            )
        elif given.is_file():
            found.append(given)
        else:
            raise FileNotFoundError(f"input not found: {given}")
    return sorted(set(found))


def open_text(path: Path):
    """Open a plain or gzip-compressed text file for reading as bytes lines."""
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def iter_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """Yield (1-based line number, raw line) for every non-blank line of a file."""
    with open_text(path) as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield number, line
