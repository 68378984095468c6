"""Extract: read a partition's ticket export files into normalized tickets.

Reads JSON Lines (plain or gzip) in bounded batches. A line that is not valid JSON or
breaks the contract (``contracts/ticket.schema.json``) is quarantined with its file,
line, reason and field, never its content, and the run goes on. When a ticket id is
seen twice, the version with the latest ``updated_at`` is kept and the others are
dropped as ``duplicate_superseded``.

Two passes keep memory bounded: the first validates every line and remembers only
which line wins for each ticket id (``LatestPerKey``: Arrow runs spilled to disk); the
second re-reads the winning lines and emits them without checking them again. Export
files are immutable inputs of the partition: their checksums go into the manifest.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import fastjsonschema
import numpy as np
import pyarrow as pa
from jsonschema import Draft202012Validator

from training_gate.files import EXPORT_SUFFIXES, iter_lines, list_input_files, sha256_file
from training_gate.latest import LatestPerKey
from training_gate.staging import Staging, batched, write_rows
from training_gate.tickets import TICKET_SCHEMA

CONTRACT_PATH = Path(__file__).parent / "contracts" / "ticket.schema.json"
DUPLICATE_REASON = "duplicate_superseded"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_REASON_BY_VALIDATOR = {
    "required": "missing_field",
    "type": "wrong_type",
    "enum": "value_not_allowed",
    "minLength": "empty_value",
}


class ContractViolation(ValueError):
    def __init__(self, reason: str, field: str):
        super().__init__(f"{reason} at {field or '<line>'}")
        self.reason = reason
        self.field = field


@cache
def _contract() -> dict:
    return json.loads(CONTRACT_PATH.read_text())


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(_contract())


def _no_remote_reference(uri: str):
    raise ValueError("the ticket contract may only reference itself")


@cache
def _fast_check():
    """The contract compiled to Python code by fastjsonschema, many times faster than
    jsonschema on the valid lines that make up nearly all of an export. It is at least as
    strict (it also checks ``format``), so a line it accepts is valid; the lines it
    rejects go to jsonschema, whose verdict and first error decide. Its ``$id`` is dropped
    and remote references refused, so compiling never reaches the network."""
    schema = {k: v for k, v in _contract().items() if k != "$id"}
    return fastjsonschema.compile(schema, handlers={"http": _no_remote_reference, "https": _no_remote_reference},
                                  use_default=False)


def contract_error(raw: dict):
    """The first way ``raw`` breaks the contract, as a jsonschema ``ValidationError``, or None."""
    try:
        _fast_check()(raw)
        return None
    except fastjsonschema.JsonSchemaValueException:
        return next(iter(_validator().iter_errors(raw)), None)


def parse_timestamp(value: str | None, field: str) -> datetime | None:
    """RFC 3339 with an explicit offset, returned in UTC."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ContractViolation("invalid_timestamp", field) from None
    if parsed.tzinfo is None:
        raise ContractViolation("timestamp_without_offset", field)
    return parsed.astimezone(UTC)


def parse_ticket(line: bytes, checked: bool = False) -> dict:
    """Parse and check one export line; raises ContractViolation, naming no values.

    ``checked=True`` skips the schema check (most of the cost) for a line that passed
    it already: extract's second pass over the winning lines.
    """
    try:
        raw = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ContractViolation("invalid_json", "") from None
    if not isinstance(raw, dict):
        raise ContractViolation("not_an_object", "")
    error = None if checked else contract_error(raw)
    if error is not None:
        field = ".".join(str(part) for part in error.absolute_path)
        if error.validator == "required":
            missing = [p for p in error.validator_value if p not in error.instance]
            field = ".".join(filter(None, [field, missing[0] if missing else ""]))
        raise ContractViolation(_REASON_BY_VALIDATOR.get(error.validator, str(error.validator)), field)
    comments = []
    for index, comment in enumerate(raw["comments"]):
        parse_timestamp(comment.get("created_at"), f"comments.{index}.created_at")
        comment_id = comment.get("comment_id")
        comments.append(
            {
                "comment_id": None if comment_id is None else str(comment_id),
                "author_role": comment["author_role"],
                "author_name": comment.get("author_name"),
                "public": comment["public"],
                "created_at": comment.get("created_at"),
                "body": comment["body"],
            }
        )
    return {
        "ticket_id": raw["ticket_id"],
        "customer_id": raw["customer_id"],
        "created_at": parse_timestamp(raw["created_at"], "created_at"),
        "updated_at": parse_timestamp(raw.get("updated_at"), "updated_at"),
        "channel": raw.get("channel"),
        "subject": raw.get("subject"),
        "status": raw.get("status"),
        "tags": list(raw.get("tags") or []),
        "legal_hold": bool(raw.get("legal_hold") or False),
        "requester": raw.get("requester"),
        "assignee": raw.get("assignee"),
        "comments": comments,
    }


def microseconds(moment: datetime) -> int:
    """Microseconds since the epoch of an aware datetime: an exact, sortable number."""
    return (moment - _EPOCH) // _MICROSECOND


def _version_key(ticket: dict) -> int:
    """Microseconds since the epoch of the ticket's version (``updated_at``, else ``created_at``)."""
    return microseconds(ticket["updated_at"] or ticket["created_at"])


class _VersionIndex:
    """Which line holds the latest version of each ticket id: the latest ``updated_at``
    wins, then the later file, then the later line. Rows gather in Python lists of at
    most ``BUFFER_ROWS`` and go to ``LatestPerKey`` as Arrow tables, so memory stays
    bounded however many tickets the export holds."""

    BUFFER_ROWS = 50_000

    def __init__(self):
        self.latest = LatestPerKey("ticket_id", [("version", "descending"), ("file", "descending"),
                                                 ("line", "descending")])
        self.pending: tuple[list, list, list, list] = ([], [], [], [])

    def add(self, ticket_id: str, version: int, file_index: int, line_number: int) -> None:
        for column, value in zip(self.pending, (ticket_id, version, file_index, line_number), strict=True):
            column.append(value)
        if len(self.pending[0]) >= self.BUFFER_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self.pending[0]:
            ids, versions, files, lines = self.pending
            self.latest.add(pa.table({"ticket_id": pa.array(ids, pa.string()), "version": pa.array(versions, pa.int64()),
                                      "file": pa.array(files, pa.int32()), "line": pa.array(lines, pa.int64())}))
            self.pending = ([], [], [], [])

    def winning_lines(self, lines_by_file: list[int]) -> list[np.ndarray]:
        """Per file, a flag for every line number: True where the line is its ticket id's winner."""
        self._flush()
        flags = [np.zeros(lines + 1, dtype=bool) for lines in lines_by_file]
        with self.latest:
            for winners in self.latest.results():
                files, lines = winners["file"].to_numpy(), winners["line"].to_numpy()
                for file_index in np.unique(files):
                    flags[file_index][lines[files == file_index]] = True
        return flags


def extract(export_paths: list[str | Path], staging: Staging, batch_rows: int = 2_000) -> dict:
    """Extract the export files into ``staging/extracted.parquet``; returns the counts."""
    files = list_input_files(export_paths, EXPORT_SUFFIXES)
    quarantine_path = staging.path("quarantine.jsonl")
    quarantine_path.parent.mkdir(parents=True, exist_ok=True)
    versions = _VersionIndex()
    quarantine_reasons: Counter[str] = Counter()
    lines_by_file: list[int] = []
    valid = 0
    with open(quarantine_path, "w", encoding="utf-8") as quarantine:
        for file_index, path in enumerate(files):
            count = 0
            for line_number, line in iter_lines(path):
                count += 1
                try:
                    ticket = parse_ticket(line)
                except ContractViolation as violation:
                    quarantine_reasons[violation.reason] += 1
                    entry = {"file": path.name, "line": line_number,
                             "reason": violation.reason, "field": violation.field}
                    quarantine.write(json.dumps(entry) + "\n")
                    continue
                valid += 1
                versions.add(ticket["ticket_id"], _version_key(ticket), file_index, line_number)
            lines_by_file.append(count)

    winning_lines = versions.winning_lines(lines_by_file)
    del versions

    def winning_tickets() -> Iterator[dict]:
        for file_index, path in enumerate(files):
            for line_number, line in iter_lines(path):
                if winning_lines[file_index][line_number]:
                    yield parse_ticket(line, checked=True)

    extracted = write_rows(
        staging.path("extracted.parquet"), TICKET_SCHEMA, batched(winning_tickets(), batch_rows)
    )
    stats = {
        "tickets_in": sum(lines_by_file),
        "extracted": extracted,
        "quarantined": sum(quarantine_reasons.values()),
        "quarantined_by_reason": dict(sorted(quarantine_reasons.items())),
        "dropped_by_reason": {DUPLICATE_REASON: valid - extracted} if valid > extracted else {},
        "input_files": [
            {"name": path.name, "sha256": sha256_file(path), "lines": lines}
            for path, lines in zip(files, lines_by_file, strict=True)
        ],
    }
    staging.write_stats("extract", stats)
    return stats
