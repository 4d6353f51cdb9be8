"""The block scoring path agrees with the feature path; text models behave like their references."""

import numpy as np
import pytest

from needs.matching.engine import FEATURES, Matcher
from needs.matching.engine.features import access, features
from needs.matching.engine.need import read_needs
from needs.matching.engine.score import block_logits
from needs.matching.engine.sparse import Rows
from needs.matching.engine.tfidf import Tfidf
from needs.matching.engine.tokens import Tokenizer
from tests.matching.test_engine_ranking import DIASPORA, REMITTANCES, TRAFFICKING, activity, need

ACTIVITIES = [
    activity("A-1", *REMITTANCES, languages=["fr"], replication=["adapt-materials"]),
    activity("A-2", *TRAFFICKING, themes=["trafficking"], regions=["africa"], status="planned"),
    activity("A-3", *DIASPORA, themes=["diaspora"], kind="knowledge-product", delivery="blended"),
    activity("A-4", *REMITTANCES, audience=["employers"], capacity_type=["policy"], replication=["train-the-trainer"]),
]
NEEDS = [
    need(),
    need(id="N-2", capacity_type="technical", level="organizational", audience=["government"], delivery=["online"]),
    need(id="N-3", text="We need national trainers on diaspora bonds.", languages=["fr"], themes=["diaspora"]),
    need(id="N-4", text_language="zh", text="我们希望培训边境官员识别人口贩运受害者。", country="CHN"),
]


def test_block_logits_equal_the_weighted_sum_of_features():
    matcher = Matcher().fit(ACTIVITIES)
    index, weights = matcher.index_, matcher.weights_.coefficients
    batch = read_needs(NEEDS, index)
    rows = slice(0, len(NEEDS))
    logits, _, _ = block_logits(index, batch, rows, weights)
    values = features(index, batch, rows, access(index, batch, rows))
    expected = weights["bias"] + sum(weights[name] * np.broadcast_to(values[name], logits.shape) for name in FEATURES)
    assert np.allclose(logits, expected, atol=1e-4)


def test_ranking_many_needs_equals_ranking_each():
    matcher = Matcher().fit(ACTIVITIES)
    assert matcher.rank_many(NEEDS, top=3) == [matcher.rank(n, top=3) for n in NEEDS]


def test_features_of_ranked_activities_are_reported():
    result = Matcher().fit(ACTIVITIES).rank(NEEDS[1], top=2, with_features=True)
    assert [set(f) for f in result["features"]] == [set(FEATURES)] * 2


def test_tfidf_weights_like_scikit_learn():
    text = pytest.importorskip("sklearn.feature_extraction.text")
    documents = ["remittance costs fall", "remittance data and costs", "border data"]
    tokenizer = Tokenizer()
    ours = Tfidf().fit_transform(tokenizer.encode(documents))
    reference = text.TfidfVectorizer(sublinear_tf=True).fit(documents)
    expected = reference.transform(documents).toarray()
    dense = np.zeros((len(documents), ours.columns), dtype=np.float32)
    for row in range(len(documents)):
        span = slice(ours.indptr[row], ours.indptr[row + 1])
        dense[row, ours.indices[span]] = ours.data[span]
    # Same weights up to the order of columns: compare each row's sorted weights.
    assert np.allclose(np.sort(dense, axis=1)[:, -3:], np.sort(expected, axis=1)[:, -3:], atol=1e-5)


def test_sparse_product_matches_dense():
    rng = np.random.default_rng(0)
    left, right = rng.random((4, 6)) * (rng.random((4, 6)) > 0.5), rng.random((6, 5)) * (rng.random((6, 5)) > 0.5)

    def rows(matrix):
        r, c = np.nonzero(matrix)
        return Rows.from_pairs(r, c, matrix.shape, matrix[r, c])

    product = rows(left).dot_transposed(rows(right))  # right holds the postings of left's columns
    assert np.allclose(product, left @ right, atol=1e-5)


def test_phrases_and_joined_arabic_prepositions_are_read():
    matcher = Matcher().fit(ACTIVITIES)
    reader, tokenizer = matcher.index_.reader, matcher.index_.tokenizer
    counts = reader.counts(tokenizer.encode(["Training on the balance of payments.", "تدريب لحقوق المهاجرين"]))
    assert counts[0, reader.names.index("remittance-data")] == 1
    assert counts[1, reader.names.index("rights-protection")] >= 1
