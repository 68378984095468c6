"""Extract: contract checks, quarantine with reasons (never content), de-duplication."""

import gzip
import json
import random

import pyarrow.parquet as pq
import pytest

import training_gate.latest as latest_module
from training_gate.extract import ContractViolation, _fast_check, _validator, contract_error, extract, parse_ticket
from training_gate.staging import Staging

GOOD = {
    "ticket_id": "t1", "customer_id": "c1", "created_at": "2026-11-21T10:00:00Z",
    "comments": [{"author_role": "customer", "public": True, "body": "hello"}],
}


@pytest.mark.parametrize(
    ("line", "reason", "field"),
    [
        (b'{"ticket_id": ', "invalid_json", ""),
        (b"[1, 2]", "not_an_object", ""),
        (json.dumps({**GOOD, "customer_id": None}).encode(), "wrong_type", "customer_id"),
        (json.dumps({k: v for k, v in GOOD.items() if k != "customer_id"}).encode(), "missing_field", "customer_id"),
        (json.dumps({**GOOD, "ticket_id": ""}).encode(), "empty_value", "ticket_id"),
        (json.dumps({**GOOD, "created_at": "21/11/2026"}).encode(), "invalid_timestamp", "created_at"),
        (json.dumps({**GOOD, "created_at": "2026-11-21T10:00:00"}).encode(), "timestamp_without_offset", "created_at"),
        (json.dumps({**GOOD, "comments": [{"author_role": "bot", "public": True, "body": "x"}]}).encode(),
         "value_not_allowed", "comments.0.author_role"),
        (json.dumps({**GOOD, "comments": [{"author_role": "agent", "body": "x"}]}).encode(),
         "missing_field", "comments.0.public"),
    ],
)
def test_contract_violations_name_reason_and_field(line, reason, field):
    with pytest.raises(ContractViolation) as raised:
        parse_ticket(line)
    assert (raised.value.reason, raised.value.field) == (reason, field)


def _mutations():
    """GOOD with one field (top level, person, comment) set to each JSON type or removed."""
    values = [None, True, 0, 1.5, "", "x", [], ["x"], {}, {"name": 1}]
    comment = GOOD["comments"][0]
    for field in [*GOOD, "updated_at", "channel", "tags", "legal_hold", "requester"]:
        yield {k: v for k, v in GOOD.items() if k != field}
        yield from ({**GOOD, field: value} for value in values)
    for field in [*comment, "comment_id", "created_at", "author_name"]:
        yield {**GOOD, "comments": [{k: v for k, v in comment.items() if k != field}]}
        yield from ({**GOOD, "comments": [{**comment, field: value}]} for value in values)


def test_fast_contract_check_agrees_with_jsonschema():
    """The compiled check never accepts what jsonschema rejects, and the error reported is jsonschema's."""
    import fastjsonschema

    checked = rejected = 0
    for instance in _mutations():
        reference = next(iter(_validator().iter_errors(instance)), None)
        try:
            _fast_check()(instance)
            fast_accepts = True
        except fastjsonschema.JsonSchemaValueException:
            fast_accepts = False
        assert not (fast_accepts and reference is not None), instance
        error = contract_error(instance)
        assert (error is None) == (reference is None)
        if reference is not None:
            assert (error.validator, list(error.absolute_path)) == (reference.validator, list(reference.absolute_path))
            rejected += 1
        checked += 1
    assert checked > 150 and rejected > 60


def test_valid_ticket_is_normalized_to_utc_with_defaults():
    ticket = parse_ticket(json.dumps({**GOOD, "created_at": "2026-11-21T12:00:00+02:00"}).encode())
    assert ticket["created_at"].isoformat() == "2026-11-21T10:00:00+00:00"
    assert ticket["legal_hold"] is False and ticket["tags"] == [] and ticket["updated_at"] is None


def test_quarantine_counts_and_keeps_latest_duplicate(tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    secret_line = '{"ticket_id": "t9", "customer_id": "c9", "note": "jane.doe@example.com"'  # broken JSON
    older = {**GOOD, "updated_at": "2026-11-21T11:00:00Z", "status": "open"}
    newer = {**GOOD, "updated_at": "2026-11-21T12:00:00Z", "status": "solved"}
    (exports / "a.jsonl").write_text("\n".join([json.dumps(newer), secret_line, ""]) + "\n")
    with gzip.open(exports / "b.jsonl.gz", "wt") as handle:
        handle.write(json.dumps(older) + "\n" + json.dumps({**GOOD, "ticket_id": "t2"}) + "\n")
    staging = Staging(tmp_path / "staging")
    stats = extract([exports], staging)

    assert stats["tickets_in"] == 4
    assert stats["extracted"] == 2
    assert stats["quarantined"] == 1 and stats["quarantined_by_reason"] == {"invalid_json": 1}
    assert stats["dropped_by_reason"] == {"duplicate_superseded": 1}
    assert stats["tickets_in"] == stats["extracted"] + stats["quarantined"] + 1
    rows = pq.read_table(staging.path("extracted.parquet")).to_pylist()
    assert {r["ticket_id"]: r["status"] for r in rows} == {"t1": "solved", "t2": None}
    quarantine = staging.path("quarantine.jsonl").read_text()
    assert json.loads(quarantine) == {"file": "a.jsonl", "line": 2, "reason": "invalid_json", "field": ""}
    assert "jane.doe" not in quarantine  # reasons only, never the content


@pytest.mark.parametrize("run_rows", [100_000, 3])
def test_latest_version_wins_across_files_in_memory_and_spilled(tmp_path, monkeypatch, run_rows):
    """Latest updated_at wins, then the later file, then the later line; the same with spilled runs."""
    monkeypatch.setattr(latest_module, "RUN_ROWS", run_rows)
    monkeypatch.setattr(latest_module, "SPILL_BATCH_ROWS", 2)
    rng = random.Random(run_rows)
    exports = tmp_path / "exports"
    exports.mkdir()
    winners: dict[str, tuple] = {}
    for file_index, name in enumerate(["a.jsonl", "b.jsonl", "c.jsonl"]):
        lines = []
        for line_number in range(1, 41):
            ticket_id, hour = f"t{rng.randrange(25)}", rng.randrange(10, 13)
            version = {**GOOD, "ticket_id": ticket_id, "updated_at": f"2026-11-21T{hour}:00:00Z",
                       "subject": f"{name}:{line_number}"}
            lines.append(json.dumps(version))
            if ticket_id not in winners or (hour, file_index, line_number) > winners[ticket_id][:3]:
                winners[ticket_id] = (hour, file_index, line_number, version["subject"])
        (exports / name).write_text("\n".join(lines) + "\n")
    staging = Staging(tmp_path / "staging")
    stats = extract([exports], staging)
    rows = pq.read_table(staging.path("extracted.parquet")).to_pylist()
    assert {r["ticket_id"]: r["subject"] for r in rows} == {t: w[3] for t, w in winners.items()}
    assert stats["dropped_by_reason"] == {"duplicate_superseded": 120 - len(winners)}
    assert [r["subject"] for r in rows] == sorted((r["subject"] for r in rows), key=lambda s: (s[0], int(s[8:])))


def test_second_pass_parse_gives_the_checked_ticket():
    line = json.dumps({**GOOD, "updated_at": "2026-11-21T13:00:00+01:00", "tags": ["billing"], "legal_hold": True,
                       "comments": [{"comment_id": 7, "author_role": "agent", "public": False, "body": "note",
                                     "created_at": "2026-11-21T12:30:00Z"}]}).encode()
    assert parse_ticket(line, checked=True) == parse_ticket(line)
    assert parse_ticket(line, checked=True)["comments"][0]["comment_id"] == "7"
