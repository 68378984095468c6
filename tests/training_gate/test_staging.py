"""Staging files are written whole or not at all, and read back in bounded memory."""

import hashlib

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from training_gate.staging import ParquetRows, read_rows, write_rows

SCHEMA = pa.schema([("row", pa.int64()), ("text", pa.string())])


def test_reading_in_batches_holds_about_one_batch(tmp_path):
    path = tmp_path / "rows.parquet"
    batches = [[{"row": n, "text": hashlib.sha256(str(n).encode()).hexdigest() * 3} for n in range(start, start + 1_000)]
               for start in range(0, 100_000, 1_000)]  # text that barely compresses: the file is about its data
    assert write_rows(path, SCHEMA, batches) == 100_000
    assert pq.ParquetFile(path).metadata.num_row_groups == 100
    start, largest, rows = pa.total_allocated_bytes(), 0, []
    for batch in read_rows(path, batch_rows=1_000):
        largest = max(largest, pa.total_allocated_bytes() - start)
        rows.append(batch[-1]["row"])
    assert rows == list(range(999, 100_000, 1_000))
    assert largest < path.stat().st_size / 10  # holding what was read would reach the file's size


def test_a_file_appears_only_when_complete(tmp_path):
    path = tmp_path / "rows.parquet"
    with pytest.raises(RuntimeError), ParquetRows(path, SCHEMA) as rows_file:
        rows_file.write([{"row": 1, "text": "a"}])
        raise RuntimeError("the stage failed")
    assert list(tmp_path.iterdir()) == []
    with ParquetRows(path, SCHEMA) as rows_file:
        rows_file.write([{"row": 1, "text": "a"}])
        rows_file.write([])
        rows_file.write_table(pa.table({"row": [2], "text": ["b"]}, schema=SCHEMA))
    assert rows_file.rows == 2
    assert pq.read_table(path).to_pylist() == [{"row": 1, "text": "a"}, {"row": 2, "text": "b"}]
    assert [p.name for p in tmp_path.iterdir()] == ["rows.parquet"]
