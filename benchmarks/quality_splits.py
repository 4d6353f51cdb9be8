"""Held-out estimates of matching quality: calibrate on half of a judged set, score on the other half.

    python benchmarks/quality_splits.py SET_DIR [--splits 20] [--mode needs|activities|both|all] [--drop-terms 0.3]

SET_DIR holds activities.jsonl, needs.jsonl and qrels.jsonl (the matching exchange format).
Each split halves the needs (stratified by text language and by gap), the activities, or both
(calibrate on needs A x activities A, score on needs B x activities B). The gap threshold is
chosen on the calibration half (`calibration.choose_gap_threshold`) and the engine's weights
are kept, unless ``--refit`` also fits them there. Prints, over the splits, the mean and the
worst of nDCG@5 (overall and by language) and gap F1 on the held-out halves, and the same
figures of the engine as shipped on the whole set. Halving the activities makes new gaps (needs
whose good offers all fell in the other half, leaving near misses); the gap recall is also
printed apart for the needs that are gaps on the whole set and for these new ones, with the
share of non-gap needs flagged. ``--drop-terms SHARE`` first removes that share of the lexicon's
non-English terms, drawn at random (``--drop-seed``): needs worded in ways the lexicon does not know,
as unseen needs may be. ``--second DIR`` (repeatable) names another judged set of needs (needs.jsonl,
qrels.jsonl) graded against the same activities, such as ``benchmarks/second_set`` and ``benchmarks/third_set``:
the engine's figures on each are printed, and the gap threshold calibrated on all the sets pooled.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere as a script
from needs.matching.engine import concepts  # noqa: E402
from needs.matching.engine.calibration import (  # noqa: E402
    best_usable,
    choose_gap_threshold,
    fit_weights,
    gap_logits,
    gap_scores,
    judge,
    logits,
    ndcg,
)
from needs.matching.engine.weights import Weights  # noqa: E402

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def figures(judged, weights: Weights, set_gap: np.ndarray | None = None) -> dict[str, float]:
    """``set_gap``: which needs are gaps against the whole set's activities (default: these ones)."""
    scores = logits(judged, weights)
    per_need = ndcg(judged, scores)
    flagged = best_usable(judged, gap_logits(judged, weights)) < weights.gap_threshold
    precision, recall, f1 = gap_scores(flagged, judged.is_gap)
    out = {"ndcg@5": float(np.nanmean(per_need)), "gap_p": precision, "gap_r": recall, "gap_f1": f1}
    set_gap = judged.is_gap if set_gap is None else set_gap
    made = judged.is_gap & ~set_gap  # gaps only because this half lacks the good offers
    out["set_gaps"], out["set_gaps_flagged"] = float(set_gap.sum()), float((flagged & set_gap).sum())
    out["new_gaps"], out["new_gaps_flagged"] = float(made.sum()), float((flagged & made).sum())
    out["non_gaps"], out["non_gaps_flagged"] = float((~judged.is_gap).sum()), float((flagged & ~judged.is_gap).sum())
    languages = np.array(judged.languages)
    for lang in LANGUAGES:
        values = per_need[(languages == lang) & ~np.isnan(per_need)]
        out[lang] = float(values.mean()) if len(values) else float("nan")
    return out


def calibrate(judged, refit: bool, seed: int) -> Weights:
    weights = fit_weights(judged) if refit else Weights.default()
    best = best_usable(judged, gap_logits(judged, weights))
    return replace(weights, gap_threshold=choose_gap_threshold(best, judged.is_gap, seed=seed))


def halve_needs(needs: list[dict], qrels: list[dict], rng) -> tuple[list[int], list[int]]:
    good = {q["need"] for q in qrels if q["grade"] >= 2}
    groups: dict[tuple, list[int]] = {}
    for i, need in enumerate(needs):
        groups.setdefault((need.get("text_language"), need["id"] in good), []).append(i)
    first, second = [], []
    for key in sorted(groups):
        members = list(rng.permutation(groups[key]))
        cut = len(members) // 2 + (rng.random() < 0.5) * (len(members) % 2)
        first += members[:cut]
        second += members[cut:]
    return sorted(first), sorted(second)


def one_split(data: dict, mode: str, refit: bool, rng, seed: int) -> dict[str, float]:
    activities, needs, qrels = data["activities"], data["needs"], data["qrels"]
    if mode in ("activities", "both"):
        order = rng.permutation(len(activities))
        halves = [[activities[j] for j in sorted(order[: len(order) // 2])],
                  [activities[j] for j in sorted(order[len(order) // 2:])]]  # fmt: skip
    else:
        halves = [activities, activities]
    if mode in ("needs", "both"):
        first, second = halve_needs(needs, qrels, rng)
        need_halves = [[needs[i] for i in first], [needs[i] for i in second]]
    else:
        need_halves = [needs, needs]
    calibration = judge(halves[0], need_halves[0], qrels)
    held_out = judge(halves[1], need_halves[1], qrels)
    good = {q["need"] for q in qrels if q["grade"] >= 2}
    set_gap = np.array([need["id"] not in good for need in need_halves[1]], dtype=bool)
    return figures(held_out, calibrate(calibration, refit, seed), set_gap)


def summary(rows: list[dict[str, float]]) -> str:
    keys = ("ndcg@5", *LANGUAGES, "gap_p", "gap_r", "gap_f1")
    mean = "  ".join(f"{k} {np.nanmean([r[k] for r in rows]):.3f}" for k in keys)
    worst = "  ".join(f"{k} {np.nanmin([r[k] for r in rows]):.3f}" for k in keys)
    return f"  mean:  {mean}\n  worst: {worst}\n  {gap_breakdown(rows)}"


def gap_breakdown(rows: list[dict[str, float]]) -> str:
    """Gap recall and false flags pooled over the splits."""

    def share(flagged: str, total: str) -> str:
        n = sum(r[total] for r in rows)
        return f"{sum(r[flagged] for r in rows) / n:.2f} of {n:.0f}" if n else "none"

    return (
        f"gaps flagged: whole-set gaps {share('set_gaps_flagged', 'set_gaps')}, gaps made by halving "
        f"{share('new_gaps_flagged', 'new_gaps')}; non-gaps flagged {share('non_gaps_flagged', 'non_gaps')}"
    )


def more_sets(data: dict, directories: list[Path], whole, seed: int) -> None:
    """The shipped engine's figures on more judged sets, and the gap threshold chosen on all sets pooled."""
    sets = [whole]
    for directory in directories:
        judged = judge(data["activities"], read_jsonl(directory / "needs.jsonl"), read_jsonl(directory / "qrels.jsonl"))
        shipped = summary([figures(judged, Weights.default())]).split("\n")[0]
        print(f"{directory} ({len(judged.languages)} needs), engine as shipped:\n{shipped}")
        sets.append(judged)
    weights = Weights.default()
    best = [best_usable(judged, gap_logits(judged, weights)) for judged in sets]
    threshold = choose_gap_threshold(np.concatenate(best), np.concatenate([j.is_gap for j in sets]), seed=seed)
    f1 = ", ".join(f"{gap_scores(b < threshold, j.is_gap)[2]:.3f}" for b, j in zip(best, sets, strict=True))
    print(f"gap threshold calibrated on all sets pooled: {threshold:.4f} (gap F1 there, set by set: {f1})")


def drop_terms(share: float, seed: int) -> None:
    """Make the engine read texts with a random ``share`` of the lexicon's non-English terms left out. The
    engine takes its lexicon from `concepts.widened_concepts` and offers no other hook: replaced here only."""
    whole = concepts.widened_concepts

    def fewer_terms():
        rng = np.random.default_rng(seed)
        kept = {}
        for name, concept in whole().items():
            terms = {lang: words if lang == "en" else tuple(w for w in words if rng.random() >= share)
                     for lang, words in sorted(concept.terms.items())}  # sorted: the same draws in every process
            kept[name] = concept._replace(terms=terms)
        return kept

    concepts.widened_concepts = fewer_terms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--splits", type=int, default=20)
    parser.add_argument("--mode", choices=("needs", "activities", "both", "all"), default="all")
    parser.add_argument("--refit", action="store_true", help="also fit the weights on each calibration half")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--drop-terms", type=float, default=0.0, metavar="SHARE",
                        help="leave out this share of the lexicon's non-English terms")
    parser.add_argument("--drop-seed", type=int, default=1)
    parser.add_argument("--second", type=Path, metavar="DIR", action="append", default=[],
                        help="another judged set of needs graded against the same activities (repeatable)")
    args = parser.parse_args(argv)
    if args.drop_terms:
        drop_terms(args.drop_terms, args.drop_seed)
    data = {name: read_jsonl(args.set_dir / f"{name}.jsonl") for name in ("activities", "needs", "qrels")}
    whole = judge(data["activities"], data["needs"], data["qrels"])
    print("whole set, engine as shipped:\n" + summary([figures(whole, Weights.default())]).split("\n")[0])
    threshold = calibrate(whole, args.refit, args.seed).gap_threshold
    print(f"gap threshold calibrated on the whole set: {threshold:.4f} (shipped {Weights.default().gap_threshold})")
    if args.second:
        more_sets(data, args.second, whole, args.seed)
    modes = ("needs", "activities", "both") if args.mode == "all" else (args.mode,)
    for mode in modes:
        rng = np.random.default_rng(args.seed)
        rows = [one_split(data, mode, args.refit, rng, args.seed + k) for k in range(args.splits)]
        print(f"held-out halves, split by {mode} ({args.splits} splits{', weights refitted' if args.refit else ''}):")
        print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
