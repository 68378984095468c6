"""Consent: reduce the consent ledger to one decision per customer for the purpose.

The ledger is a list of events, in any order. For each customer the latest event for
the policy's purpose decides; when two events share a timestamp, ``opt_out`` wins.
The latest state applies to every ticket whatever its date, so a withdrawal is
retroactive. With opt-in required, no record (or consent for another purpose only)
means no consent.

The ledger is read in batches and reduced with ``LatestPerKey``; the snapshot is kept
in Arrow columns sorted by customer id (tens of bytes a customer, not the hundreds of
a dict), and tickets look their customers up a batch at a time.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from training_gate.files import list_input_files, sha256_file
from training_gate.latest import LatestPerKey, find_sorted
from training_gate.staging import ParquetRows, Staging, parquet_reader

LEDGER_SUFFIXES = (".csv", ".parquet")
OPT_IN, OPT_OUT = "opt_in", "opt_out"
OTHER_PURPOSE_ONLY = "other_purpose_only"
LEDGER_COLUMNS = ["customer_id", "purpose", "status", "recorded_at", "jurisdiction", "source"]
_READ_COLUMNS = ["customer_id", "purpose", "status", "recorded_at"]
SNAPSHOT_SCHEMA = pa.schema(
    [("customer_id", pa.string()), ("status", pa.string()), ("recorded_at", pa.string())]
)
# Among a customer's events: one for the purpose beats any other purpose's, then the
# latest, then on equal timestamps the stricter (opt_out).
_LATEST_FIRST = [("for_purpose", "descending"), ("recorded_micros", "descending"), ("stricter", "descending")]


class LedgerError(ValueError):
    """The consent ledger cannot be read at all."""


def _ledger_batches(path: Path) -> Iterator[pa.Table]:
    """The ledger's four decisive columns as text, a block at a time."""
    if path.suffix == ".csv":
        names = pacsv.open_csv(path).schema.names
    else:
        names = pq.ParquetFile(path).schema_arrow.names
    missing = set(_READ_COLUMNS) - set(names)
    if missing:
        raise LedgerError(f"ledger {path.name} lacks columns {sorted(missing)}")
    text_schema = pa.schema([(name, pa.string()) for name in _READ_COLUMNS])
    if path.suffix == ".csv":
        options = pacsv.ConvertOptions(column_types=dict.fromkeys(_READ_COLUMNS, pa.string()),
                                       include_columns=_READ_COLUMNS)
        # The reader reads ahead up to a few dozen blocks: 256 KB blocks keep that near
        # 9 MB instead of 38 MB with the 1 MB default, at the same speed.
        batches = pacsv.open_csv(path, read_options=pacsv.ReadOptions(block_size=1 << 18), convert_options=options)
    else:
        batches = parquet_reader(path).iter_batches(batch_size=65_536, columns=_READ_COLUMNS)
    for batch in batches:
        yield pa.Table.from_batches([batch]).select(_READ_COLUMNS).cast(text_schema)


def _timestamp_key(value: str | None) -> tuple[str, int] | None:
    """An RFC 3339 timestamp as (UTC text, microseconds since the epoch), or None if invalid."""
    from training_gate.extract import ContractViolation, microseconds, parse_timestamp

    try:
        parsed = parse_timestamp(value, "recorded_at")
    except ContractViolation:
        return None
    return (parsed.isoformat(), microseconds(parsed)) if parsed else None


def _normalized_timestamps(recorded_at: pa.ChunkedArray) -> tuple[pa.Array, pa.Array]:
    """(UTC text, microseconds) of every timestamp, null where invalid; each distinct text parsed once."""
    encoded = pc.dictionary_encode(recorded_at.combine_chunks())
    keys = [_timestamp_key(value) for value in encoded.dictionary.to_pylist()]
    texts = pa.array([k[0] if k else None for k in keys], pa.string())
    micros = pa.array([k[1] if k else None for k in keys], pa.int64())
    return texts.take(encoded.indices), micros.take(encoded.indices)


class _LedgerEvents:
    """Checks ledger batches, counts what it rejects, and turns valid events into rows to reduce."""

    def __init__(self, purpose: str):
        self.purpose = purpose
        self.events = 0
        self.rejected: Counter[str] = Counter()
        self.latest_recorded_at = ""

    def valid_events(self, batch: pa.Table) -> pa.Table:
        self.events += batch.num_rows
        customer_id, status = batch["customer_id"], batch["status"]
        has_id = pc.fill_null(pc.not_equal(customer_id, ""), False)
        known_status = pc.is_in(status, value_set=pa.array([OPT_IN, OPT_OUT]))
        recorded_at, recorded_micros = _normalized_timestamps(batch["recorded_at"])
        readable_time = pc.is_valid(recorded_at)
        self._reject("missing_customer_id", pc.invert(has_id))
        self._reject("unknown_status", pc.and_(has_id, pc.invert(known_status)))
        self._reject("invalid_recorded_at", pc.and_(pc.and_(has_id, known_status), pc.invert(readable_time)))
        valid = pc.and_(pc.and_(has_id, known_status), readable_time)
        if pc.any(valid).as_py():
            latest = pc.max(recorded_at.filter(valid)).as_py()
            self.latest_recorded_at = max(self.latest_recorded_at, latest)
        for_purpose = pc.fill_null(pc.equal(batch["purpose"], self.purpose), False)
        events = pa.table({
            "customer_id": customer_id,
            "for_purpose": for_purpose,
            "recorded_micros": recorded_micros,
            "stricter": pc.equal(status, OPT_OUT),
            "status": pc.if_else(for_purpose, status, OTHER_PURPOSE_ONLY),
            "recorded_at": pc.if_else(for_purpose, recorded_at, ""),
        })
        return events.filter(valid)

    def _reject(self, reason: str, mask: pa.Array) -> None:
        count = pc.sum(mask).as_py() or 0
        if count:
            self.rejected[reason] += count

    def stats(self, files: list[Path], decisions: Counter[str]) -> dict:
        return {
            "ledger_files": [{"name": p.name, "sha256": sha256_file(p)} for p in files],
            "events": self.events,
            "events_rejected_by_reason": dict(sorted(self.rejected.items())),
            "latest_recorded_at": self.latest_recorded_at or None,
            "customers_by_decision": dict(sorted(decisions.items())),
        }


def _snapshot_pieces(ledger_paths: list[str | Path], purpose: str) -> tuple[list[Path], _LedgerEvents, Iterator[pa.Table]]:
    """The ledger files, their event counter, and the snapshot in customer-id order, in pieces.

    The counter's counts are complete once the pieces have been read.
    """
    files = list_input_files(ledger_paths, LEDGER_SUFFIXES)
    if not files:
        raise LedgerError("no consent ledger files found")
    ledger = _LedgerEvents(purpose)

    def pieces() -> Iterator[pa.Table]:
        with LatestPerKey("customer_id", _LATEST_FIRST) as latest:
            for path in files:
                for batch in _ledger_batches(path):
                    latest.add(ledger.valid_events(batch))
            for piece in latest.results():
                yield piece.select(SNAPSHOT_SCHEMA.names).cast(SNAPSHOT_SCHEMA)

    return files, ledger, pieces()


def _count_decisions(decisions: Counter[str], piece: pa.Table) -> None:
    for entry in pc.value_counts(piece["status"]).to_pylist():
        decisions[entry["values"]] += entry["counts"]


class ConsentSnapshot(Mapping):
    """{customer_id: (decision, recorded_at)} over Arrow columns sorted by customer id.

    ``decision`` is opt_in, opt_out or other_purpose_only; ``recorded_at`` is the
    deciding event's time in UTC ("" for other_purpose_only).
    """

    def __init__(self, table: pa.Table):
        self.table = table.combine_chunks()
        self._customer_ids = self.table["customer_id"].chunk(0) if self.table.num_rows else pa.array([], pa.string())

    def decisions(self, customer_ids: list[str]) -> list[str | None]:
        """The decision for each customer id (None: no record), looked up all at once."""
        positions = find_sorted(self._customer_ids, pa.array(customer_ids, pa.string()))
        if not self.table.num_rows:
            return [None] * len(customer_ids)
        return self.table["status"].take(pa.array(positions, mask=positions < 0)).to_pylist()

    def customers(self, decision: str) -> pa.Array:
        """The customer ids with this decision, in id order."""
        return self.table["customer_id"].filter(pc.equal(self.table["status"], decision)).combine_chunks()

    def __getitem__(self, customer_id: str) -> tuple[str, str]:
        position = int(find_sorted(self._customer_ids, pa.array([customer_id], pa.string()))[0])
        if position < 0:
            raise KeyError(customer_id)
        row = self.table.slice(position, 1).to_pylist()[0]
        return row["status"], row["recorded_at"]

    def __iter__(self) -> Iterator[str]:
        for batch in self.table.select(["customer_id"]).to_batches(max_chunksize=10_000):
            yield from batch.column(0).to_pylist()

    def __len__(self) -> int:
        return self.table.num_rows


def build_snapshot(ledger_paths: list[str | Path], purpose: str) -> tuple[ConsentSnapshot, dict]:
    """The snapshot of decisions and the ledger's counts.

    Invalid rows (unknown status, unreadable timestamp, empty id) are rejected and
    counted, never guessed.
    """
    files, ledger, pieces = _snapshot_pieces(ledger_paths, purpose)
    decisions: Counter[str] = Counter()
    tables = []
    for piece in pieces:
        _count_decisions(decisions, piece)
        tables.append(piece)
    table = pa.concat_tables(tables) if tables else SNAPSHOT_SCHEMA.empty_table()
    return ConsentSnapshot(table), ledger.stats(files, decisions)


def snapshot_table(snapshot: ConsentSnapshot) -> pa.Table:
    return snapshot.table


def _update_digest(digest, table: pa.Table) -> None:
    for batch in table.to_batches(max_chunksize=10_000):
        lines = pc.binary_join_element_wise(batch["customer_id"], batch["status"], batch["recorded_at"], "\t")
        digest.update("".join(f"{line}\n" for line in lines.to_pylist()).encode())


def snapshot_sha256(tables: pa.Table | Iterable[pa.Table]) -> str:
    """A content hash of the decisions, independent of ledger file order or layout."""
    digest = hashlib.sha256()
    for table in [tables] if isinstance(tables, pa.Table) else tables:
        _update_digest(digest, table)
    return digest.hexdigest()


def snapshot_consent(ledger_paths: list[str | Path], purpose: str, staging: Staging) -> dict:
    """Write ``staging/consent_snapshot.parquet``; returns the ledger counts and hashes.

    The snapshot goes to the file piece by piece as the reduction yields it.
    """
    files, ledger, pieces = _snapshot_pieces(ledger_paths, purpose)
    decisions: Counter[str] = Counter()
    digest = hashlib.sha256()
    with ParquetRows(staging.path("consent_snapshot.parquet"), SNAPSHOT_SCHEMA) as snapshot_file:
        for piece in pieces:
            _count_decisions(decisions, piece)
            _update_digest(digest, piece)
            snapshot_file.write_table(piece)
    stats = ledger.stats(files, decisions)
    stats["purpose"] = purpose
    stats["snapshot_sha256"] = digest.hexdigest()
    stats["customers_opted_in"] = decisions[OPT_IN]
    staging.write_stats("consent", stats)
    return stats


def load_snapshot(staging: Staging) -> ConsentSnapshot:
    """The staged snapshot; decisions and times held dictionary-encoded (a few bytes a customer)."""
    table = pq.read_table(staging.path("consent_snapshot.parquet"), read_dictionary=["status", "recorded_at"])
    return ConsentSnapshot(table.unify_dictionaries())
