"""The command line end to end, as an engineer runs it: exit codes, output, verify."""

import json
import subprocess
import sys
from pathlib import Path

from tests.sample_outcome import classifier_only_drops

RUN_DATE = "2026-11-21"


def cli(*arguments):
    return subprocess.run([sys.executable, "-m", "training_gate.cli", *map(str, arguments)],
                          capture_output=True, text=True, timeout=600)


def test_run_verify_summary_and_corruption(landing, expected, tmp_path):
    out = tmp_path / "out"
    ran = cli("run", "--tickets", landing / "tickets" / f"ds={RUN_DATE}", "--consent", landing / "consent",
              "--out", out, "--run-date", RUN_DATE)
    assert ran.returncode == 0, ran.stderr[-2000:]
    partition = out / "support_tickets_train" / f"ds={RUN_DATE}"
    published = sum(1 for reason in expected["drop_reasons"].values() if reason is None) - \
        len(classifier_only_drops(partition))
    assert f"published {published}," in ran.stdout
    assert "dataset:" in ran.stdout and "manifest:" in ran.stdout
    output = ran.stdout + ran.stderr
    assert not [v for values in expected["planted"].values() for v in values if len(v) > 5 and v in output]

    assert cli("verify", out).returncode == 0
    summary = cli("summary", out, "--run-date", RUN_DATE)
    assert summary.returncode == 0 and f"published {published}," in summary.stdout

    manifest_path = next(out.rglob("manifest.json"))
    manifest = json.loads(manifest_path.read_text())
    manifest["outputs"][0]["rows"] += 1
    manifest_path.write_text(json.dumps(manifest))
    failed = cli("verify", out)
    assert failed.returncode == 3 and "MISMATCH" in failed.stderr


def test_unreadable_input_is_a_usage_error(tmp_path):
    missing = cli("run", "--tickets", tmp_path / "nope", "--consent", tmp_path / "nope", "--out", tmp_path / "out",
                  "--run-date", RUN_DATE)
    assert missing.returncode == 2
    assert not (tmp_path / "out" / "support_tickets_train").exists()
    assert cli("run", "--tickets", tmp_path, "--consent", tmp_path, "--out", tmp_path, "--run-date", "21/11/2026").returncode == 2


def test_failed_gate_exits_3_and_publishes_nothing(landing, tmp_path):
    policy = Path(__file__).resolve().parents[2] / "include" / "training_gate" / "policies" / "default.yaml"
    strict = tmp_path / "strict.yaml"
    strict.write_text(policy.read_text().replace("residual_patterns:\n", "residual_patterns:\n    FORCED: 'agent:'\n")
        .replace("on_residual: drop", "on_residual: fail"))
    out = tmp_path / "out"
    ran = cli("run", "--tickets", landing / "tickets", "--consent", landing / "consent", "--out", out,
              "--run-date", RUN_DATE, "--policy", strict)
    assert ran.returncode == 3
    assert "nothing published" in ran.stderr
    assert not list((out / "support_tickets_train").rglob("*.parquet"))
