"""A bare TF-IDF ranking as a command, the end-to-end counterpart of the exchange command in
`bench_matching.py`: read the exchange files with the standard json module, fit scikit-learn's
TfidfVectorizer on title and description, rank each need's top activities by cosine, write JSON Lines.

    python benchmarks/tfidf_baseline.py ACTIVITIES.jsonl NEEDS.jsonl OUT.jsonl [--top 10]
"""

from __future__ import annotations

import argparse
import json

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("activities")
    parser.add_argument("needs")
    parser.add_argument("out")
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    activities, needs = read_jsonl(args.activities), read_jsonl(args.needs)
    vectorizer = TfidfVectorizer()
    matrix = vectorizer.fit_transform([a["title"] + " " + a["description"] for a in activities])
    scores = (vectorizer.transform([n["text"] for n in needs]) @ matrix.T).toarray()
    top = min(args.top, scores.shape[1])
    best = np.argpartition(-scores, top - 1, axis=1)[:, :top]
    ids = [a["id"] for a in activities]
    with open(args.out, "w", encoding="utf-8") as out:
        for need, row, candidates in zip(needs, scores, best, strict=True):
            ranked = candidates[np.argsort(-row[candidates], kind="stable")]
            scored = {"need": need["id"], "ranking": [ids[i] for i in ranked], "scores": row[ranked].round(4).tolist()}
            out.write(json.dumps(scored, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
