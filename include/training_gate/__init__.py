"""training-gate: decides which support tickets may train AI models, cleans them,
proves they are clean and publishes them with a provenance manifest.

This package imports no Airflow; the DAGs in ``dags/`` are thin wrappers over it.
Importing it is cheap: stages load pandas, Presidio and Great Expectations when used.
"""

__version__ = "0.1.0"
__all__ = ["load_dataset", "__version__"]


def __getattr__(name: str):
    if name == "load_dataset":
        from training_gate.consume import load_dataset

        return load_dataset
    raise AttributeError(name)
