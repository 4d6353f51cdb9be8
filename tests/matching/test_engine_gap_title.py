"""The gap decision's title term: an activity whose title names the need's focus closes a gap that the same
text under a title about something else does not; the term's weight travels with the weights."""

import math

import pytest

from needs.matching.engine import Matcher, Weights
from tests.matching.test_engine_ranking import REMITTANCES, activity, need, ranked


def gap(activities, threshold, title_weight):
    weights = Weights(gap_threshold=threshold, gap_title=title_weight)
    return Matcher(weights).fit(activities).rank(need())["gap"]


def test_a_title_naming_the_need_closes_a_gap_the_same_description_does_not():
    named = activity("A-1", *REMITTANCES)
    unnamed = activity("A-1", "An online course", REMITTANCES[1])
    best = max(ranked([a], need())["scores"][0] for a in (named, unnamed))
    threshold = 1 / (1 + math.exp(-(math.log(best / (1 - best)) + 0.5)))  # just above both scores
    assert gap([named], threshold, 0.0) and gap([unnamed], threshold, 0.0)
    assert not gap([named], threshold, 3.0)
    assert gap([unnamed], threshold, 3.0)


def test_title_weight_round_trips_and_defaults():
    assert Weights.from_dict({"gap_title": 1.5}).to_dict()["gap_title"] == 1.5
    assert Weights.from_dict({}).gap_title == Weights.default().gap_title > 0
    # weights exported before the title term: their threshold was calibrated without it
    assert Weights.from_dict({"gap_threshold": 0.58}).gap_title == 0


@pytest.mark.parametrize("value", [-1, "3", True, math.inf, None])
def test_bad_title_weight_is_refused_by_name(value):
    with pytest.raises(ValueError, match="gap_title"):
        Weights.from_dict({"gap_title": value})
