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


SENSITIVE_CATEGORIES = ("health", "children", "financial_hardship", "legal", "special_categories",
                        "bereavement", "violence_self_harm")
DEFAULT_SENSITIVE_LEXICON = "sensitive_topics.yaml"
DEFAULT_SENSITIVE_MODEL = "models/sensitive_classifier"  # relative to the package, like the lexicon


@dataclass(frozen=True)
class SensitiveCategory:
    name: str
    enabled: bool = True
    threshold: float = 1.0  # summed rule weights a ticket needs before the category is assigned


@dataclass(frozen=True)
class SensitiveModelSettings:
    """The ``sensitive.model`` section: the text classifier OR-ed with the rules
    (``sensitive_model``); its card's sha256 names the exact model in every manifest. With
    ``veto``, it also overrules the rule findings of a ticket it scores below its card's ``veto_below``."""

    enabled: bool
    path: str
    card_sha256: str | None  # None when disabled
    veto: bool = False


@dataclass(frozen=True)
class SensitiveSettings:
    """The ``sensitive:`` section; a policy without one screens every category at threshold 1."""

    enabled: bool
    spacy_model: str
    lexicon_path: str
    lexicon_sha256: str
    categories: tuple[SensitiveCategory, ...]  # in drop-reason order
    model: SensitiveModelSettings | None = None  # None: rules only

    def model_enabled(self) -> bool:
        return self.model is not None and self.model.enabled

    def enabled_categories(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.categories if c.enabled) if self.enabled else ()


def _beside_policy(name: str, policy_path: Path, packaged: Path) -> Path:
    """A relative path is looked up next to the policy, then under ``packaged`` (the package's copy)."""
    path = Path(name)
    if path.is_absolute():
        return path
    beside = policy_path.parent / path
    return beside if beside.exists() else packaged / path


def model_settings(raw: dict | bool | None, policy_path: Path) -> SensitiveModelSettings | None:
    """A policy without ``model:`` screens with the rules only (older policies keep their verdicts)."""
    if raw is None:
        return None
    raw = raw if isinstance(raw, dict) else {"enabled": bool(raw)}
    enabled = bool(raw.get("enabled", True))
    path = _beside_policy(str(raw.get("path", DEFAULT_SENSITIVE_MODEL)), policy_path, DEFAULT_POLICY_PATH.parent.parent)
    card_sha256 = None
    if enabled:
        from training_gate.sensitive_model import ModelError
        from training_gate.sensitive_model import card_sha256 as model_card_sha256
        try:
            card_sha256 = model_card_sha256(path)
        except ModelError as error:
            raise PolicyError(str(error)) from error
    return SensitiveModelSettings(enabled, str(path), card_sha256, veto=enabled and bool(raw.get("veto", False)))


def sensitive_settings(raw: dict | None, policy_path: Path, default_model: str) -> SensitiveSettings:
    raw = raw or {}
    configured = raw.get("categories")
    if configured is None:
        configured = {name: {} for name in SENSITIVE_CATEGORIES}
    categories = []
    for name, options in configured.items():
        if name not in SENSITIVE_CATEGORIES:
            raise PolicyError(f"unknown sensitive category {name!r} (known: {', '.join(SENSITIVE_CATEGORIES)})")
        options = options if isinstance(options, dict) else {"enabled": bool(options)}
        categories.append(SensitiveCategory(name, bool(options.get("enabled", True)),
                                            float(options.get("threshold", 1.0))))
    lexicon = _beside_policy(str(raw.get("lexicon", DEFAULT_SENSITIVE_LEXICON)), policy_path, DEFAULT_POLICY_PATH.parent)
    try:
        lexicon_sha256 = hashlib.sha256(lexicon.read_bytes()).hexdigest()
    except OSError as error:
        raise PolicyError(f"cannot read sensitive-topic lexicon {lexicon}: {error}") from error
    return SensitiveSettings(
        enabled=bool(raw.get("enabled", True)),
        spacy_model=str(raw.get("spacy_model", default_model)),
        lexicon_path=str(lexicon),
        lexicon_sha256=lexicon_sha256,
        categories=tuple(categories),
        model=model_settings(raw.get("model"), policy_path),
    )


@dataclass(frozen=True)
class Policy:
    policy_version: str
    dataset: str
    purpose: str
    require_opt_in: bool
    excluded_tags: frozenset[str]
    scrub: ScrubSettings
    sensitive: SensitiveSettings
    residual_patterns: dict[str, str]
    rows_per_file: int
    path: str
    sha256: str
    raw: dict = field(repr=False, compare=False, default_factory=dict)
    # Days a superseded version stays readable by explicit version before it is deleted.
    retention_days: int = 30
    # What the residual screen does with a row that still holds personal data: drop or fail.
    on_residual: str = "drop"
    max_placeholders_per_100_words: float = 0.0


def _choice(value, allowed: tuple[str, ...], name: str) -> str:
    if value not in allowed:
        raise ValueError(f"{name} must be one of {allowed}, not {value!r}")
    return value


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
            sensitive=sensitive_settings(raw.get("sensitive"), policy_path, scrub["spacy_model"]),
            residual_patterns=dict(raw["validation"]["residual_patterns"]),
            rows_per_file=int(raw.get("publish", {}).get("rows_per_file", 100_000)),
            on_residual=_choice(raw["validation"].get("on_residual", "drop"), ("drop", "fail"), "validation.on_residual"),
            max_placeholders_per_100_words=float(raw["validation"].get("max_placeholders_per_100_words") or 0),
            path=str(policy_path),
            sha256=hashlib.sha256(content).hexdigest(),
            raw=raw,
            retention_days=_retention_days(raw.get("publish", {}).get("retention_days", 30)),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise PolicyError(f"policy {policy_path} is incomplete: {error!r}") from error
