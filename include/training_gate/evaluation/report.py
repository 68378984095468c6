"""The evaluation report as a readable table (the JSON form is the report dict itself)."""

from __future__ import annotations


def _cell(value) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def table(report: dict) -> str:
    """A Markdown table per set: one row per entity type plus an overall row."""
    lines = [f"policy {report['policy_version']} (operator {report['operator']}, model {report['spacy_model']})"]
    header = "| entity | tokens | recall | precision | F2 | values | leaked | leak rate |"
    for name, scored in report["sets"].items():
        overall = scored["overall"]
        lines += ["", f"### {name}: {scored['cases']} tickets, retention {_cell(overall['retention'])}", "",
                  header, "|" + "---|" * 8]
        for entity, row in [*scored["entities"].items(), ("**overall**", overall)]:
            lines.append("| " + " | ".join([entity] + [_cell(row[k]) for k in (
                "truth_tokens", "recall", "precision", "f2", "values", "leaked_values", "leak_rate")]) + " |")
    return "\n".join(lines)
