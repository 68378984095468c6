"""Keep every library the gate runs offline.

Must run before Presidio or Great Expectations is imported: tldextract (used by
Presidio's email recognizer) fetches the public suffix list on first use unless told
not to, and Great Expectations sends usage statistics unless switched off.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

OFFLINE_ENVIRONMENT = {
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    "GX_ANALYTICS_ENABLED": "false",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
}


def configure_offline() -> None:
    for name, value in OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    cache = Path(os.environ.get("TRAINING_GATE_VAR_DIR") or tempfile.gettempdir()) / "tldextract"
    os.environ.setdefault("TLDEXTRACT_CACHE", str(cache))


configure_offline()
