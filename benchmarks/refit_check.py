"""Cross-validation figures of a weights refit on the reviewers' decisions stored in the database.

    python benchmarks/refit_check.py [--min-decisions 30] [--folds 5] [--C 1.0]

A script, not a test: it reads the configured database (DATABASE_URL, or the instance database as
``flask --app needs`` does) and changes nothing. Prints the decisions available, the cross-validated
ROC AUC of a refit against that of the engine's default weights and of the weights in use (same
folds), what ``flask --app needs refit`` would decide, and how long a refit takes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere as a script
from needs import create_app  # noqa: E402
from needs.matching.engine import FEATURES, Weights, cross_validate_refit  # noqa: E402


def _auc(value) -> str:
    return "—" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-decisions", type=int, default=30)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--C", type=float, default=1.0)
    args = parser.parse_args(argv)
    app = create_app()
    with app.app_context():
        from needs.matching import services

        decisions = services.decisions_for_refit()
        active = services.active_version()
        in_use = services.active_weights()
    accepted = sum(d["accepted"] for d in decisions)
    print(f"decisions with features: {len(decisions)} (accepted {accepted}, rejected {len(decisions) - accepted})")
    print(f"weights in use: {f'refit #{active.id}' if active else 'engine defaults'}")
    params = {"min_decisions": args.min_decisions, "cv": args.folds, "C": args.C}
    rows = [("against the defaults", Weights.default())]
    if active is not None:
        rows.append(("against the weights in use", in_use))
    for label, base in rows:
        start = time.perf_counter()
        summary = cross_validate_refit(decisions, base_weights=base, **params)
        seconds = time.perf_counter() - start
        print(f"{label}: refit AUC {_auc(summary['cv_auc_refit'])}, base AUC {_auc(summary['cv_auc_base'])}, "
              f"reason {summary['reason']}, {seconds * 1000:.0f} ms")
    if summary["refitted"]:
        changed = sorted(FEATURES, key=lambda f: -abs(summary["weights"]["coefficients"][f]
                                                        - in_use.coefficients[f]))[:5]
        print("largest changes: " + ", ".join(
            f"{f} {in_use.coefficients[f]:+.2f} → {summary['weights']['coefficients'][f]:+.2f}" for f in changed))
    print(f"flask --app needs refit would {'activate the refit' if summary['refitted'] else 'keep the weights in use'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
