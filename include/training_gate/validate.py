"""Validate: the gate. A Great Expectations suite decides whether a batch may be published.

First the residual screen (``residual.py``) looks at every scrubbed row once more; by
policy its rows are dropped with their reason (``residual_drops.parquet``), and the
suites see exactly the rows that would be published, or kept so that the run fails.
Two suites run, both defined in code on an ephemeral context:
- ``scrubbed_tickets`` over the scrubbed rows of every scrub shard, chunk by chunk: schema, required
  values, unique record ids, every row's subject has current consent, and no
  residual email / phone / card / IBAN / SSN pattern in any text;
- ``stage_counts`` over one row of counts: every ticket in is accounted for
  (published + dropped + quarantined), every ticket that passed the sensitive-topic
  screen was scrubbed, every eligible ticket was screened, record ids
  are unique across the whole batch.
The report keeps expectation names, columns and counts, never unexpected values
(they could be the very personal data that leaked).
"""

from __future__ import annotations

from collections import Counter
from contextlib import ExitStack

from training_gate import offline  # noqa: F401  (before Great Expectations is imported)
from training_gate.consent import OPT_IN, load_snapshot
from training_gate.keys import RecordKey
from training_gate.policy import Policy
from training_gate.staging import Staging, write_rows
from training_gate.tickets import DROPS_SCHEMA, SCRUBBED_SCHEMA

VALIDATION_CHUNK_ROWS = 50_000
TEXT_COLUMNS = ("text", "subject")


def scrubbed_suite(policy: Policy, consented_subject_keys: list[str]):
    import great_expectations as gx

    suite = gx.ExpectationSuite(name="scrubbed_tickets")
    suite.add_expectation(
        gx.expectations.ExpectTableColumnsToMatchSet(column_set=list(SCRUBBED_SCHEMA.names), exact_match=True)
    )
    for column in ("record_id", "created_date", "text", "subject_key"):
        suite.add_expectation(gx.expectations.ExpectColumnValuesToNotBeNull(column=column))
    suite.add_expectation(gx.expectations.ExpectColumnValuesToBeUnique(column="record_id"))
    suite.add_expectation(
        gx.expectations.ExpectColumnValuesToBeInSet(column="subject_key", value_set=consented_subject_keys)
    )
    for column in TEXT_COLUMNS:
        suite.add_expectation(
            gx.expectations.ExpectColumnValuesToNotMatchRegexList(
                column=column, regex_list=list(policy.residual_patterns.values())
            )
        )
    return suite


def counts_suite():
    import great_expectations as gx

    suite = gx.ExpectationSuite(name="stage_counts")
    for left, right in (("tickets_in", "accounted_for"), ("scrubbed", "screened"),
                        ("eligible", "screened_plus_sensitive_dropped"), ("distinct_record_ids", "scrubbed")):
        suite.add_expectation(gx.expectations.ExpectColumnPairValuesToBeEqual(column_A=left, column_B=right))
    return suite


class _Runner:
    """One ephemeral GX context with a pandas data source; runs a suite on a frame."""

    def __init__(self):
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self.gx = gx
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        self.batch = (
            self.context.data_sources.add_pandas("training_gate")
            .add_dataframe_asset("batch")
            .add_batch_definition_whole_dataframe("whole")
        )

    def run(self, suite, frame) -> list[dict]:
        suite = self.context.suites.add_or_update(suite)
        definition = self.gx.ValidationDefinition(name=suite.name, data=self.batch, suite=suite)
        definition = self.context.validation_definitions.add_or_update(definition)
        result = definition.run(batch_parameters={"dataframe": frame})
        return [_summarize(outcome) for outcome in result.results]


def _summarize(outcome) -> dict:
    config = outcome.expectation_config
    details = outcome.result or {}
    summary = {
        "suite_expectation": config.type,
        "column": config.kwargs.get("column") or config.kwargs.get("column_A"),
        "success": bool(outcome.success),
    }
    if "unexpected_count" in details:
        summary["unexpected_count"] = int(details["unexpected_count"])
    if outcome.exception_info and outcome.exception_info.get("raised_exception"):
        summary["success"] = False
        summary["error"] = "expectation raised an exception"
    return summary


def _merge(results: dict[tuple, dict], chunk_results: list[dict]) -> None:
    for outcome in chunk_results:
        key = (outcome["suite_expectation"], outcome["column"])
        merged = results.setdefault(key, {**outcome, "unexpected_count": 0})
        merged["success"] = merged["success"] and outcome["success"]
        merged["unexpected_count"] += outcome.get("unexpected_count", 0)


DROPPING_STAGES = ("extract", "eligibility", "sensitive", "residual")


def dropped_by_reason(staging: Staging) -> dict[str, int]:
    """Every drop reason of the run with its count, from the stages that drop tickets."""
    dropped: dict[str, int] = {}
    for stage in DROPPING_STAGES:
        dropped.update(staging.read_stats(stage)["dropped_by_reason"])
    return dict(sorted(dropped.items()))


def stage_counts(staging: Staging) -> dict:
    extract, eligibility, sensitive, scrub, residual = (
        staging.read_stats(s) for s in ("extract", "eligibility", "sensitive", "scrub", "residual")
    )
    sensitive_dropped = sum(sensitive["dropped_by_reason"].values())
    residual_dropped = sum(residual["dropped_by_reason"].values())
    dropped = sum(dropped_by_reason(staging).values())
    published = scrub["scrubbed"] - residual_dropped
    return {
        "tickets_in": extract["tickets_in"],
        "published": published,
        "dropped": dropped,
        "residual_dropped": residual_dropped,
        "quarantined": extract["quarantined"],
        "accounted_for": published + dropped + extract["quarantined"],
        "eligible": eligibility["eligible"],
        "screened": sensitive["screened"],
        "sensitive_dropped": sensitive_dropped,
        "screened_plus_sensitive_dropped": sensitive["screened"] + sensitive_dropped,
        "scrubbed": scrub["scrubbed"],
    }


def validate(staging: Staging, policy: Policy, key: RecordKey) -> dict:
    """Run both suites; writes ``validate.json`` and returns it (``success`` decides)."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from training_gate.residual import ResidualScreen
    from training_gate.sharding import iter_tables, output_paths, sha256_of_handles

    consent = load_snapshot(staging)
    consented = sorted(key.subject_key(c) for c in consent.customers(OPT_IN).to_pylist())
    runner = _Runner()
    suite = scrubbed_suite(policy, consented)
    results: dict[tuple, dict] = {}
    screen, residual_dropped, residual_drops = ResidualScreen(policy), Counter(), []
    # Open handles for hashing and reading: publish checks it publishes exactly these bytes.
    paths = output_paths(staging)
    with ExitStack() as stack:
        handles = [stack.enter_context(open(path, "rb")) for path in paths]
        scrubbed_sha256 = sha256_of_handles([p.name for p in paths], handles)
        for table in iter_tables(handles, VALIDATION_CHUNK_ROWS):
            drops = screen.screen(table.select(["record_id", "subject", "text"]).to_pylist(), residual_dropped)
            residual_drops += drops
            if drops and policy.on_residual == "drop":  # the suite sees exactly the rows to publish
                dropped_ids = pa.array([d["record_id"] for d in drops], type=pa.string())
                table = table.filter(pc.invert(pc.is_in(table["record_id"], value_set=dropped_ids)))
            _merge(results, runner.run(suite, table.to_pandas()))
        record_ids = pa.chunked_array(
            [pq.read_table(handle, columns=["record_id"])["record_id"] for handle in handles], type=pa.string())
    if policy.on_residual == "drop":
        write_rows(staging.path("residual_drops.parquet"), DROPS_SCHEMA, [residual_drops])
        staging.write_stats("residual", {"dropped_by_reason": dict(sorted(residual_dropped.items()))})
    else:
        staging.write_stats("residual", {"dropped_by_reason": {}, "found_by_reason": dict(residual_dropped)})
        results[("residual_screen", "text")] = {
            "suite_expectation": "residual_screen", "column": "text",
            "success": not residual_dropped, "unexpected_count": sum(residual_dropped.values())}
    counts = stage_counts(staging)
    counts["distinct_record_ids"] = pc.count_distinct(record_ids).as_py() if len(record_ids) else 0
    _merge(results, runner.run(counts_suite(), pd.DataFrame([counts])))
    report = {
        "success": all(r["success"] for r in results.values()),
        "expectations": list(results.values()),
        "counts": counts,
        "scrubbed_sha256": scrubbed_sha256,
    }
    staging.write_stats("validate", report)
    return report
