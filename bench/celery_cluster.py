"""Runs the nightly DAG on a real multi-worker Airflow: CeleryExecutor, Redis, PostgreSQL.

Starts an API server, a scheduler, a DAG processor and two Celery workers against
the local Redis (6379) and PostgreSQL (5432) with the settings in deploy/celery.env,
triggers training_gate_nightly on a generated sample partition with the scrub cut into
SCRUB_SHARDS mapped tasks, waits for it, checks that the scrub shards ran on both
workers and that the dataset was published and verifies,
then stops everything it started. Writes bench/results/celery_cluster.json.

    make celery-check
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg2
import redis

PROJECT = Path(__file__).resolve().parents[1]
WORK = PROJECT / "var" / "celery"
BIN = Path(sys.executable).parent
RUN_DATE = "2026-11-21"
DAG_ID = "training_gate_nightly"
WORKERS = ("worker-1", "worker-2")
DATABASE = "training_gate_airflow"
TIMEOUT_SECONDS = 900
SCRUB_SHARDS = 4  # mapped scrub tasks: enough that both single-slot workers get some


def cluster_environment() -> dict[str, str]:
    settings = dict(
        line.split("=", 1) for line in (PROJECT / "deploy" / "celery.env").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    )
    return {
        **os.environ, **settings,
        "AIRFLOW_HOME": str(WORK / "airflow"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT / "plugins"),
        "AIRFLOW_VAR_TRAINING_GATE_LANDING": str(WORK / "landing"),
        "AIRFLOW_VAR_TRAINING_GATE_PUBLISHED": str(WORK / "published"),
        "PYTHONPATH": os.pathsep.join([str(PROJECT / "plugins"), str(PROJECT / "include")]),
        # Only the triggered run: no scheduled run for dates this check has no exports for.
        "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
    }


def reset_services(environment: dict[str, str]) -> None:
    """A clean metadata DB and broker queue for this run."""
    connection = psycopg2.connect(host="127.0.0.1", user="postgres", dbname="postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        cursor.execute(f"CREATE DATABASE {DATABASE}")
    connection.close()
    redis.Redis.from_url(environment["AIRFLOW__CELERY__BROKER_URL"]).flushdb()


def query(sql: str, *parameters) -> list[tuple]:
    with psycopg2.connect(host="127.0.0.1", user="postgres", dbname=DATABASE) as connection:
        with connection.cursor() as cursor:
            cursor.execute(sql, parameters)
            return cursor.fetchall()


class Cluster:
    def __init__(self, environment: dict[str, str]):
        self.environment = environment
        self.processes: dict[str, subprocess.Popen] = {}
        (WORK / "logs").mkdir(parents=True, exist_ok=True)

    def start(self, name: str, *arguments: str, **extra_environment: str) -> None:
        log = open(WORK / "logs" / f"{name}.log", "w")
        self.processes[name] = subprocess.Popen(
            [str(BIN / "airflow"), *arguments], env={**self.environment, **extra_environment},
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=PROJECT,
        )

    def check_alive(self) -> None:
        dead = [name for name, process in self.processes.items() if process.poll() is not None]
        if dead:
            raise RuntimeError(f"stopped unexpectedly: {dead} (logs in {WORK / 'logs'})")

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        for process in self.processes.values():
            try:
                process.wait(timeout=max(1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def wait_for(what: str, condition, cluster: Cluster, timeout: float = TIMEOUT_SECONDS):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        cluster.check_alive()
        result = condition()
        if result:
            return result
        time.sleep(2)
    raise TimeoutError(f"timed out waiting for {what}")


def api_healthy() -> bool:
    try:
        with urllib.request.urlopen("http://127.0.0.1:28080/api/v2/monitor/health", timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


def main() -> int:
    environment = cluster_environment()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    subprocess.run([str(BIN / "training-gate"), "sample-data", "--out", str(WORK / "landing"),
                    "--tickets", os.environ.get("CLUSTER_SAMPLE_TICKETS", "200"), "--run-date", RUN_DATE], check=True)
    reset_services(environment)
    subprocess.run([str(BIN / "airflow"), "db", "migrate"], env=environment, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cluster = Cluster(environment)
    started = time.monotonic()
    try:
        cluster.start("api-server", "api-server", "--port", "28080")
        cluster.start("scheduler", "scheduler")
        cluster.start("dag-processor", "dag-processor")
        for worker in WORKERS:
            cluster.start(worker, "celery", "worker", "--celery-hostname", f"{worker}@%h",
                          "--concurrency", "1", TRAINING_GATE_WORKER_NAME=worker)
        wait_for("the API server", api_healthy, cluster)
        wait_for("the DAG to be parsed",
                 lambda: query("SELECT 1 FROM serialized_dag WHERE dag_id = %s", DAG_ID), cluster)
        subprocess.run([str(BIN / "airflow"), "dags", "unpause", DAG_ID], env=environment, check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run([str(BIN / "airflow"), "dags", "trigger", DAG_ID, "--logical-date", f"{RUN_DATE}T00:00:00+00:00",
                        "--run-id", "cluster_check",
                        "--conf", json.dumps({"scrub_shards": SCRUB_SHARDS, "processes": 1})], env=environment, check=True, stdout=subprocess.DEVNULL)
        state = wait_for("the DAG run to finish", lambda: next(
            (s for (s,) in query("SELECT state FROM dag_run WHERE dag_id = %s AND run_id = 'cluster_check'", DAG_ID)
             if s in ("success", "failed")), None), cluster)
        tasks = query("SELECT task_id, map_index, hostname, state FROM task_instance "
                      "WHERE dag_id = %s AND run_id = 'cluster_check' ORDER BY task_id, map_index", DAG_ID)
    finally:
        cluster.stop()
    elapsed = time.monotonic() - started
    hosts = {host for _, _, host, _ in tasks}
    scrub_hosts = {host for task_id, _, host, _ in tasks if task_id == "scrub"}
    from training_gate.consume import load_dataset

    published = load_dataset(WORK / "published").num_rows if state == "success" else 0
    result = {
        "dag_run_state": state, "seconds": round(elapsed, 1), "workers": list(WORKERS),
        "hosts_that_ran_tasks": sorted(hosts), "hosts_that_ran_scrub_shards": sorted(scrub_hosts),
        "tasks": [{"task_id": t, "map_index": m, "worker": h, "state": s} for t, m, h, s in tasks],
        "published_rows_verified": published,
        "scrub_shards_succeeded": sorted(m for task_id, m, _, s in tasks if task_id == "scrub" and s == "success"),
    }
    out = PROJECT / "bench" / "results" / "celery_cluster.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "tasks"}, indent=2))
    ok = (state == "success" and hosts == set(WORKERS) and scrub_hosts == set(WORKERS)
          and result["scrub_shards_succeeded"] == list(range(SCRUB_SHARDS)) and published > 0)
    print("celery cluster check:", "PASSED" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
