"""LatestPerKey keeps the latest row per key, in or out of memory; find_sorted finds keys."""

import random
from pathlib import Path

import pyarrow as pa
import pytest

import training_gate.latest as latest_module
from training_gate.latest import LatestPerKey, find_sorted

# Prefixes of each other, upper before lower case, multi-byte UTF-8: orders that a
# bytewise and a code-point comparison must agree on.
KEYS = ["", "a", "a1", "a10", "ab", "B", "b", "z", "é", "éa", "ø", "日本", "😀", "😀x"]


def random_rows(seed: int, count: int) -> pa.Table:
    rng = random.Random(seed)
    return pa.table({
        "key": [rng.choice(KEYS) + str(rng.randrange(30)) for _ in range(count)],
        "version": [rng.randrange(5) for _ in range(count)],
        "position": list(range(count)),  # unique: a total order within a key
    })


def expected_latest(table: pa.Table) -> list[dict]:
    """The plain reading: per key, the highest version, then the highest position."""
    best: dict[str, dict] = {}
    for row in table.to_pylist():
        current = best.get(row["key"])
        if current is None or (row["version"], row["position"]) > (current["version"], current["position"]):
            best[row["key"]] = row
    return [best[key] for key in sorted(best)]


def reduce(table: pa.Table, run_rows: int, add_rows: int = 37) -> tuple[list[dict], list[Path]]:
    with LatestPerKey("key", [("version", "descending"), ("position", "descending")], run_rows=run_rows) as latest:
        for start in range(0, table.num_rows, add_rows):
            latest.add(table.slice(start, add_rows))
        rows = [row for piece in latest.results() for row in piece.to_pylist()]
        runs = latest.spilled_runs
    return rows, runs


@pytest.mark.parametrize(("seed", "run_rows", "spill_batch_rows"),
                         [(1, 10_000, 8_192), (2, 100, 8_192), (3, 37, 5), (4, 1, 3), (8, 300, 16)])
def test_latest_row_per_key_in_memory_and_spilled(monkeypatch, seed, run_rows, spill_batch_rows):
    """Small spill batches make the merge read each run in many rounds."""
    monkeypatch.setattr(latest_module, "SPILL_BATCH_ROWS", spill_batch_rows)
    table = random_rows(seed, 1_500)
    rows, runs = reduce(table, run_rows)
    assert rows == expected_latest(table)
    assert bool(runs) == (run_rows < table.num_rows)


def test_runs_are_spilled_and_removed():
    table = random_rows(5, 1_000)
    rows, runs = reduce(table, run_rows=100)
    assert len(runs) >= 10
    assert not any(run.exists() for run in runs)  # the temporary folder went with close()
    assert len(rows) == len({row["key"] for row in table.to_pylist()})


def test_one_run_stays_in_memory():
    table = random_rows(6, 500)
    with LatestPerKey("key", [("version", "descending")], run_rows=10_000) as latest:
        latest.add(table)
        list(latest.results())
        assert latest.spilled_runs == []


def test_null_keys_are_refused():
    with LatestPerKey("key", [("version", "descending")]) as latest, pytest.raises(ValueError):
        latest.add(pa.table({"key": ["a", None], "version": [1, 2]}))


def test_find_sorted_agrees_with_a_dict():
    rng = random.Random(7)
    keys = sorted({rng.choice(KEYS) + str(rng.randrange(200)) for _ in range(2_000)})
    where = {key: index for index, key in enumerate(keys)}
    queries = [rng.choice(KEYS) + str(rng.randrange(260)) for _ in range(3_000)] + [None, "", keys[0], keys[-1]]
    found = find_sorted(pa.array(keys, pa.string()), pa.array(queries, pa.string()))
    assert found.tolist() == [where.get(query, -1) for query in queries]
    assert (found >= 0).sum() > 1_000 and (found == -1).sum() > 100  # both outcomes exercised


@pytest.mark.parametrize("keys", [[], ["only"]])
def test_find_sorted_on_tiny_columns(keys):
    found = find_sorted(pa.array(keys, pa.string()), pa.array(["only", "other", None], pa.string()))
    assert found.tolist() == [0 if keys else -1, -1, -1]
