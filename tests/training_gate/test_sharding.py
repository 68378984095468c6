"""Scrub shards: contiguous row ranges, and the same published bytes however many there are."""

import dataclasses
import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from training_gate import sharding
from training_gate.staging import Staging


def _screened(tmp_path, rows: int, row_group_rows: int) -> Staging:
    staging = Staging(tmp_path / "staging")
    staging.root.mkdir(parents=True)
    table = pa.table({"n": list(range(rows))})
    pq.write_table(table, staging.path(sharding.SOURCE), row_group_size=row_group_rows)
    return staging


@pytest.mark.parametrize(("rows", "row_group_rows", "shards", "batch_rows"),
                         [(10, 3, 4, 2), (10, 3, 1, 128), (7, 7, 3, 2), (2, 1, 5, 1), (0, 1, 3, 4), (100, 30, 0, 7)])
def test_shards_are_contiguous_row_ranges_that_add_up_to_the_file(tmp_path, rows, row_group_rows, shards, batch_rows):
    staging = _screened(tmp_path, rows, row_group_rows)
    plan = sharding.plan_shards(staging, shards)
    assert plan.shards == max(1, shards)
    seen = []
    for shard in range(plan.shards):
        got = [n for batch in sharding.shard_batches(staging, plan, shard, batch_rows) for n in batch["n"].to_pylist()]
        assert len(got) == plan.shard_rows(shard) and all(len(b) <= batch_rows for b in
                                                          sharding.shard_batches(staging, plan, shard, batch_rows))
        seen += got
    assert seen == list(range(rows))
    assert max(map(plan.shard_rows, range(plan.shards))) - min(map(plan.shard_rows, range(plan.shards))) <= 1


def test_a_new_cut_removes_the_shards_of_the_last_one(tmp_path):
    staging = _screened(tmp_path, 10, 5)
    plan = sharding.plan_shards(staging, 2)
    staging.path(plan.output_name(1)).write_bytes(b"old")
    sharding.plan_shards(staging, 3)
    assert not staging.path(plan.output_name(1)).exists()
    with pytest.raises(RuntimeError, match="has not run"):
        sharding.combine(staging)


def test_sharded_scrub_publishes_the_same_bytes_as_one_shard(published, landing, tmp_path):
    from training_gate.pipeline import PartitionPlan, run_partition

    plan = dataclasses.replace(PartitionPlan.for_landing(landing, tmp_path, "2026-11-21", "test_run"), scrub_shards=3)
    sharded = run_partition(plan)
    assert sharded["content_sha256"] == published["content_sha256"]
    assert sharded["version_id"] == published["version_id"]
    assert [o["sha256"] for o in sharded["outputs"]] == [o["sha256"] for o in published["outputs"]]
    assert plan.staging().read_stats("scrub")["shards"] == 3


def test_worker_processes_give_the_same_rows_as_one_process(published, landing, tmp_path, monkeypatch,
                                                            default_policy, record_key):
    from training_gate.pipeline import PartitionPlan
    from training_gate.scrub import scrub

    staging = Staging(tmp_path / "staging")
    shutil.copytree(PartitionPlan.for_landing(landing, published["path"].rsplit("/support_tickets_train", 1)[0],
                                              "2026-11-21", "x").staging().root, staging.root)
    plan = sharding.plan_shards(staging, 1)
    one = scrub(staging, default_policy, record_key, 0, processes=1)
    single = pq.read_table(staging.path(plan.output_name(0)))
    monkeypatch.setattr(sharding, "POOL_MIN_ROWS", 0)
    monkeypatch.setattr(sharding, "BATCH_ROWS", 16)  # several batches in flight
    pooled = scrub(staging, default_policy, record_key, 0, processes=2)
    assert pooled == one and one["scrubbed"] > 16
    assert pq.read_table(staging.path(plan.output_name(0))).equals(single)


def test_sensitive_screen_in_parts_writes_what_one_run_writes(published, landing, tmp_path, monkeypatch,
                                                              default_policy):
    from training_gate.keys import load_record_key
    from training_gate.pipeline import PartitionPlan
    from training_gate.sensitive import screen

    whole = PartitionPlan.for_landing(landing, published["path"].rsplit("/support_tickets_train", 1)[0],
                                      "2026-11-21", "x").staging()
    staging = Staging(tmp_path / "staging")
    shutil.copytree(whole.root, staging.root)
    monkeypatch.setattr(sharding, "POOL_MIN_ROWS", 0)
    stats = sharding.run_in_row_parts(screen, staging, "eligible.parquet", "sensitive", 3, default_policy,
                                       load_record_key())  # the key the session's partition was gated with
    assert stats == whole.read_stats("sensitive") and sum(stats["dropped_by_reason"].values()) > 0
    for name in ("screened.parquet", "sensitive_drops.parquet"):
        assert pq.read_table(staging.path(name)).equals(pq.read_table(whole.path(name))), name
    assert staging.path("sensitive_evidence.jsonl").read_bytes() == whole.path("sensitive_evidence.jsonl").read_bytes()
    assert not staging.path("sensitive-parts").exists()


def test_merged_counts_add_up_and_settings_must_agree():
    merged = sharding.merge_stats([{"n": 1, "by": {"a": 1}, "v": "x"}, {"n": 2, "by": {"a": 1, "b": 3}, "v": "x"}])
    assert merged == {"n": 3, "by": {"a": 2, "b": 3}, "v": "x"}
    with pytest.raises(ValueError, match="disagree"):
        sharding.merge_stats([{"v": "x"}, {"v": "y"}])
