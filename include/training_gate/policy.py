"""The policy: the single place where the gate's behaviour is chosen.

A policy is a versioned YAML file. Its sha256 goes into every manifest, so a
published partition names the exact rules it was gated under.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DEFAULT_POLICY_PATH = Path(__file__).parent / "policies" / "default.yaml"


class PolicyError(ValueError):
    """The policy file is unreadable or incomplete."""


@dataclass(frozen=True)
class ScrubSettings:
    language: str
    spacy_model: str
    score_threshold: float
    entities: tuple[str, ...]
    recognizers: tuple[str, ...]
    operator: str


@dataclass(frozen=True)
class Policy:
    policy_version: str
    dataset: str
    purpose: str
    require_opt_in: bool
    excluded_tags: frozenset[str]
    scrub: ScrubSettings
    residual_patterns: dict[str, str]
    rows_per_file: int
    path: str
    sha256: str
    raw: dict = field(repr=False, compare=False, default_factory=dict)
    # Days a superseded version stays readable by explicit version before it is deleted.
    retention_days: int = 30


def _retention_days(value) -> int:
    days = int(value)
    if days < 0:
        raise ValueError(f"publish.retention_days must be 0 or more, not {days}")
    return days


def load_policy(path: str | Path | None = None) -> Policy:
    """Read and check a policy file (the packaged default when ``path`` is None)."""
    policy_path = Path(path) if path else DEFAULT_POLICY_PATH
    try:
        content = policy_path.read_bytes()
        raw = yaml.safe_load(content)
    except (OSError, yaml.YAMLError) as error:
        raise PolicyError(f"cannot read policy {policy_path}: {error}") from error
    try:
        scrub = raw["scrub"]
        return Policy(
            policy_version=str(raw["policy_version"]),
            dataset=str(raw["dataset"]),
            purpose=str(raw["purpose"]),
            require_opt_in=bool(raw["consent"]["require_opt_in"]),
            excluded_tags=frozenset(raw["eligibility"].get("excluded_tags") or []),
            scrub=ScrubSettings(
                language=scrub.get("language", "en"),
                spacy_model=scrub["spacy_model"],
                score_threshold=float(scrub.get("score_threshold", 0.35)),
                entities=tuple(scrub["entities"]),
                recognizers=tuple(scrub.get("recognizers") or []),
                operator=scrub.get("operator", "typed_placeholder"),
            ),
            residual_patterns=dict(raw["validation"]["residual_patterns"]),
            rows_per_file=int(raw.get("publish", {}).get("rows_per_file", 100_000)),
            path=str(policy_path),
            sha256=hashlib.sha256(content).hexdigest(),
            raw=raw,
            retention_days=_retention_days(raw.get("publish", {}).get("retention_days", 30)),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise PolicyError(f"policy {policy_path} is incomplete: {error!r}") from error
