"""The validation gate: GX suites that pass clean batches and fail every kind of leak."""

import pandas as pd
import pytest

from training_gate.validate import _Runner, counts_suite, scrubbed_suite


@pytest.fixture(scope="module")
def runner():
    return _Runner()


def frame(**overrides):
    base = {
        "record_id": ["r1", "r2"], "created_date": ["2026-11-21", "2026-11-21"], "channel": ["chat", "email"],
        "subject": ["Refund", "Late parcel"], "turns": [[], []],
        "text": ["customer: hi <PERSON>", "customer: call <PHONE_NUMBER>"], "subject_key": ["k1", "k2"],
        "personal_values": [1, 1],
    }
    return pd.DataFrame({**base, **overrides})


def failures(runner, suite, data):
    return {(r["suite_expectation"], r["column"]) for r in runner.run(suite, data) if not r["success"]}


def test_clean_batch_passes(runner, default_policy):
    assert failures(runner, scrubbed_suite(default_policy, ["k1", "k2"]), frame()) == set()


@pytest.mark.parametrize(
    ("overrides", "failed"),
    [
        ({"text": ["customer: mail me at jo@example.com", "ok"]}, ("expect_column_values_to_not_match_regex_list", "text")),
        ({"text": ["customer: call 415-555-0132", "ok"]}, ("expect_column_values_to_not_match_regex_list", "text")),
        ({"text": ["customer: card 4111 1111 1111 1111", "ok"]}, ("expect_column_values_to_not_match_regex_list", "text")),
        ({"text": ["customer: IBAN DE89 3704 0044 0532 0130 00", "ok"]}, ("expect_column_values_to_not_match_regex_list", "text")),
        ({"subject": ["SSN 123-45-6789", "ok"]}, ("expect_column_values_to_not_match_regex_list", "subject")),
        ({"subject_key": ["k1", "k-without-consent"]}, ("expect_column_values_to_be_in_set", "subject_key")),
        ({"record_id": ["r1", "r1"]}, ("expect_column_values_to_be_unique", "record_id")),
        ({"record_id": ["r1", None]}, ("expect_column_values_to_not_be_null", "record_id")),
    ],
)
def test_leaks_and_broken_rows_fail_the_gate(runner, default_policy, overrides, failed):
    assert failed in failures(runner, scrubbed_suite(default_policy, ["k1", "k2"]), frame(**overrides))


def test_report_never_carries_unexpected_values(runner, default_policy):
    results = runner.run(scrubbed_suite(default_policy, ["k1", "k2"]), frame(text=["jo@example.com", "ok"]))
    assert "jo@example.com" not in repr(results)


def test_counts_must_add_up(runner):
    good = {"tickets_in": 10, "accounted_for": 10, "scrubbed": 5, "screened": 5, "eligible": 6,
            "screened_plus_sensitive_dropped": 6, "distinct_record_ids": 5}
    assert failures(runner, counts_suite(), pd.DataFrame([good])) == set()
    lost = {**good, "accounted_for": 9}
    assert ("expect_column_pair_values_to_be_equal", "tickets_in") in failures(runner, counts_suite(), pd.DataFrame([lost]))
    unscreened = {**good, "screened_plus_sensitive_dropped": 5}  # an eligible ticket neither screened nor dropped
    assert ("expect_column_pair_values_to_be_equal", "eligible") in failures(runner, counts_suite(), pd.DataFrame([unscreened]))
