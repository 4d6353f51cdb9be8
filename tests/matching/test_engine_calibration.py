"""Calibration on graded judgments: the measures and the threshold choice behave as documented."""

import numpy as np

from needs.matching.engine import Weights
from needs.matching.engine.calibration import best_usable, choose_gap_threshold, gap_scores, judge, logits, ndcg
from tests.matching.test_engine_ranking import DIASPORA, REMITTANCES, TRAFFICKING, activity, need

ACTIVITIES = [
    activity("A-1", *REMITTANCES),
    activity("A-2", *TRAFFICKING, themes=["trafficking"]),
    activity("A-3", *DIASPORA, themes=["diaspora"]),
]


def test_judged_logits_are_the_engine_scores():
    needs = [need()]
    judged = judge(ACTIVITIES, needs, [{"need": "N-1", "activity": "A-1", "grade": 3}])
    from needs.matching.engine import Matcher

    ranked = Matcher().fit(ACTIVITIES).rank(needs[0], top=3)
    probabilities = 1 / (1 + np.exp(-logits(judged, Weights.default())[0]))
    by_id = dict(zip(judged.ids, probabilities, strict=True))
    assert [round(by_id[a], 4) for a in ranked["ranking"]] == ranked["scores"]
    assert not judged.is_gap[0]


def test_ndcg_is_one_for_the_ideal_order_and_lower_otherwise():
    judged = judge(ACTIVITIES, [need()], [{"need": "N-1", "activity": "A-2", "grade": 3}])
    ideal = np.array([[0.0, 1.0, 0.0]])
    assert ndcg(judged, ideal)[0] == 1.0
    assert ndcg(judged, np.array([[1.0, 0.0, 0.5]]))[0] == 0.5  # third place: 1 / log2(4)


def test_threshold_separates_clearly_separated_gaps_and_flags_by_it():
    best = np.array([0.1, 0.2, 0.3, 0.8, 0.85, 0.9, 0.95, 0.97])
    is_gap = np.array([True, True, True, False, False, False, False, False])
    threshold = choose_gap_threshold(best, is_gap)
    assert 0.3 < threshold <= 0.8
    assert gap_scores(best < threshold, is_gap) == (1.0, 1.0, 1.0)


def test_best_usable_ignores_activities_the_need_cannot_use():
    judged = judge(ACTIVITIES, [need()], [])
    judged.usable[:] = False
    assert best_usable(judged, np.zeros((1, 3)))[0] == 0.0
