"""Names an Airflow worker by ``TRAINING_GATE_WORKER_NAME`` when it is set.

Used as ``[core] hostname_callable = worker_identity.hostname`` in the Celery
configuration so that several workers on one host can be told apart in the task
instance records (which worker ran which shard). Falls back to the host's name.
"""

import os
import socket


def hostname() -> str:
    return os.environ.get("TRAINING_GATE_WORKER_NAME") or socket.getfqdn()
