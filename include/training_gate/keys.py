"""Keyed hashes: record ids and subject keys that cannot be reversed without the key.

Published rows carry ``record_id = HMAC(key, ticket_id)``, never the ticket id. The key
comes from the environment (``TRAINING_GATE_HMAC_KEY``) or, in Airflow, the Variable
``training_gate_hmac_key`` (``AIRFLOW_VAR_TRAINING_GATE_HMAC_KEY``). Without one, a
clearly labelled development key is used and the manifest says so.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

DEVELOPMENT_KEY = "training-gate-DEVELOPMENT-key-not-for-production"
KEY_ENVIRONMENT_VARIABLES = ("TRAINING_GATE_HMAC_KEY", "AIRFLOW_VAR_TRAINING_GATE_HMAC_KEY")


@dataclass(frozen=True)
class RecordKey:
    secret: bytes
    is_development_default: bool

    @property
    def fingerprint(self) -> str:
        """A short public identifier of the key, so manifests can tell keys apart."""
        return hashlib.sha256(b"training-gate-key-id:" + self.secret).hexdigest()[:16]

    def record_id(self, ticket_id: str) -> str:
        return self._digest("record", ticket_id)

    def subject_key(self, customer_id: str) -> str:
        return self._digest("subject", customer_id)

    def pseudonym(self, entity_type: str, value: str) -> str:
        """A short keyed pseudonym of one personal value (the scrub stage's keyed_pseudonym)."""
        return self._digest(f"pseudonym:{entity_type}", value)[:10]

    def _digest(self, domain: str, value: str) -> str:
        message = f"{domain}:{value}".encode()
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()[:32]


def load_record_key(secret: str | None = None) -> RecordKey:
    """The key given, else the one in the environment, else the development default."""
    if not secret:
        secret = next((os.environ[n] for n in KEY_ENVIRONMENT_VARIABLES if os.environ.get(n)), None)
    if secret:
        return RecordKey(secret.encode(), is_development_default=False)
    return RecordKey(DEVELOPMENT_KEY.encode(), is_development_default=True)
