"""Consent is a ledger: the latest event per customer and purpose decides."""

import pytest

from training_gate.consent import build_snapshot, snapshot_sha256, snapshot_table

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
