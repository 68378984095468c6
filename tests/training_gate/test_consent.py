"""Consent is a ledger: the latest event per customer and purpose decides."""

import random

import pytest

import training_gate.latest as latest_module
from training_gate.consent import build_snapshot, load_snapshot, snapshot_consent, snapshot_sha256, snapshot_table
from training_gate.staging import Staging

HEADER = "customer_id,purpose,status,recorded_at,jurisdiction,source\n"
PURPOSE = "train_ai_system"


def ledger(tmp_path, rows: list[str], name="ledger.csv"):
    path = tmp_path / name
    path.write_text(HEADER + "\n".join(rows) + "\n")
    return path


@pytest.mark.parametrize(
    ("events", "decision"),
    [
        (["c,train_ai_system,opt_in,2026-01-01T00:00:00Z,EU,web"], "opt_in"),
        (["c,train_ai_system,opt_out,2026-03-01T00:00:00Z,EU,web",
          "c,train_ai_system,opt_in,2026-01-01T00:00:00Z,EU,web"], "opt_out"),          # withdrawn, any order
        (["c,train_ai_system,opt_in,2026-01-01T00:00:00Z,EU,web",
          "c,train_ai_system,opt_out,2026-02-01T00:00:00Z,EU,web",
          "c,train_ai_system,opt_in,2026-03-01T00:00:00Z,EU,web"], "opt_in"),          # re-granted
        (["c,train_ai_system,opt_in,2026-01-01T00:00:00Z,EU,web",
          "c,train_ai_system,opt_out,2026-01-01T00:00:00Z,EU,web"], "opt_out"),         # tie: stricter wins
        (["c,train_ai_system,opt_in,2026-01-01T02:00:00+02:00,EU,web",
          "c,train_ai_system,opt_out,2026-01-01T00:30:00Z,EU,web"], "opt_out"),         # offsets compared in UTC
        (["c,marketing_email,opt_in,2026-01-01T00:00:00Z,EU,web"], "other_purpose_only"),
        (["c,train_ai_system,maybe,2026-01-01T00:00:00Z,EU,web"], None),                # rejected row
        (["c,train_ai_system,opt_in,not-a-date,EU,web"], None),
    ],
)
def test_latest_event_for_the_purpose_decides(tmp_path, events, decision):
    snapshot, _ = build_snapshot([ledger(tmp_path, events)], PURPOSE)
    assert snapshot.get("c", (None,))[0] == decision


def test_rejected_rows_are_counted_not_guessed(tmp_path):
    rows = ["a,train_ai_system,maybe,2026-01-01T00:00:00Z,EU,web",
            "b,train_ai_system,opt_in,yesterday,EU,web",
            "c,train_ai_system,opt_in,2026-01-01T00:00:00Z,EU,web"]
    snapshot, stats = build_snapshot([ledger(tmp_path, rows)], PURPOSE)
    assert set(snapshot) == {"c"}
    assert stats["events"] == 3
    assert stats["events_rejected_by_reason"] == {"invalid_recorded_at": 1, "unknown_status": 1}


def test_snapshot_hash_ignores_row_order_and_files(tmp_path):
    rows = ["a,train_ai_system,opt_in,2026-01-01T00:00:00Z,EU,web",
            "b,train_ai_system,opt_out,2026-01-02T00:00:00Z,EU,web"]
    one, _ = build_snapshot([ledger(tmp_path, rows)], PURPOSE)
    (tmp_path / "split").mkdir()
    ledger(tmp_path / "split", rows[1:], "x.csv")
    ledger(tmp_path / "split", rows[:1], "y.csv")
    two, _ = build_snapshot([tmp_path / "split"], PURPOSE)
    assert snapshot_sha256(snapshot_table(one)) == snapshot_sha256(snapshot_table(two))
    changed, _ = build_snapshot([ledger(tmp_path, rows[:1] + ["b,train_ai_system,opt_in,2026-01-03T00:00:00Z,EU,web"], "z.csv")], PURPOSE)
    assert snapshot_sha256(snapshot_table(changed)) != snapshot_sha256(snapshot_table(one))


def test_missing_customer_id_is_rejected(tmp_path):
    rows = [",train_ai_system,opt_in,2026-01-01T00:00:00Z,EU,web",
            "c,train_ai_system,opt_in,2026-01-01T00:00:00Z,EU,web"]
    snapshot, stats = build_snapshot([ledger(tmp_path, rows)], PURPOSE)
    assert list(snapshot) == ["c"]
    assert stats["events_rejected_by_reason"] == {"missing_customer_id": 1}


def plain_snapshot(rows: list[list[str]]) -> tuple[dict, dict]:
    """The rules read row by row with a dict: the reference the Arrow reduction must match."""
    from datetime import UTC, datetime

    decisions, other, rejected, latest = {}, set(), {}, ""
    for customer_id, purpose, status, recorded_at in rows:
        try:
            moment = datetime.fromisoformat(recorded_at)
            moment = moment.astimezone(UTC).isoformat() if moment.tzinfo else None
        except ValueError:
            moment = None
        reason = ("missing_customer_id" if not customer_id else "unknown_status" if status not in ("opt_in", "opt_out")
                  else "invalid_recorded_at" if moment is None else None)
        if reason:
            rejected[reason] = rejected.get(reason, 0) + 1
            continue
        latest = max(latest, moment)
        if purpose != PURPOSE:
            other.add(customer_id)
        elif customer_id not in decisions or (moment, status == "opt_out") > decisions[customer_id][:2]:
            decisions[customer_id] = (moment, status == "opt_out", status)
    snapshot = {c: (status, moment) for c, (moment, _, status) in decisions.items()}
    snapshot.update({c: ("other_purpose_only", "") for c in other - snapshot.keys()})
    return snapshot, {"events": len(rows), "events_rejected_by_reason": dict(sorted(rejected.items())),
                      "latest_recorded_at": latest or None}


def random_ledger(seed: int, count: int) -> list[list[str]]:
    rng = random.Random(seed)
    times = ["2026-01-01T00:00:00Z", "2026-01-01T01:00:00+01:00", "2026-01-01T00:00:00.5Z", "2026-02-01T00:00:00Z",
             "2025-12-31T23:59:59-00:30", "2026-03-01T00:00:00+00:00", "2026-03-01", "not-a-date", ""]
    return [[rng.choice(["", "é"]) + f"cus_{rng.randrange(60)}" if rng.random() > 0.02 else "",
             rng.choice([PURPOSE, PURPOSE, PURPOSE, "marketing_email"]),
             rng.choice(["opt_in", "opt_out", "opt_in", "maybe"]),
             rng.choice(times)] for _ in range(count)]


@pytest.mark.parametrize(("seed", "run_rows"), [(1, 100_000), (2, 50), (3, 7)])
def test_snapshot_matches_the_rules_read_row_by_row(tmp_path, monkeypatch, seed, run_rows):
    monkeypatch.setattr(latest_module, "RUN_ROWS", run_rows)  # small runs: reduced on disk and merged
    rows = random_ledger(seed, 600)
    path = ledger(tmp_path, [",".join([*row, "EU", "web"]) for row in rows])
    snapshot, stats = build_snapshot([path], PURPOSE)
    expected, expected_stats = plain_snapshot(rows)
    assert dict(snapshot.items()) == expected
    assert list(snapshot) == sorted(expected)
    assert {k: stats[k] for k in expected_stats} == expected_stats
    assert set(expected_stats["events_rejected_by_reason"]) == {"missing_customer_id", "unknown_status",
                                                                "invalid_recorded_at"}
    assert {s for s, _ in expected.values()} == {"opt_in", "opt_out", "other_purpose_only"}


def test_staged_snapshot_answers_as_the_built_one(tmp_path):
    rows = random_ledger(4, 400)
    path = ledger(tmp_path, [",".join([*row, "EU", "web"]) for row in rows])
    built, _ = build_snapshot([path], PURPOSE)
    staging = Staging(tmp_path / "staging")
    stats = snapshot_consent([path], PURPOSE, staging)
    staged = load_snapshot(staging)
    assert dict(staged.items()) == dict(built.items())
    assert stats["snapshot_sha256"] == snapshot_sha256(snapshot_table(built))
    assert stats["customers_opted_in"] == len(built.customers("opt_in")) > 0
    asked = [*built, "cus_unknown", "", *reversed(list(built))]
    expected = [built[c][0] if c in built else None for c in asked]
    assert staged.decisions(asked) == built.decisions(asked) == expected
    assert staged.customers("opt_out").to_pylist() == sorted(c for c in built if built[c][0] == "opt_out")
