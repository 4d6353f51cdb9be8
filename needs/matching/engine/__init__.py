"""The matching engine: ranks inventory activities against expressed needs.

Pure library (numpy; scikit-learn only to refit weights). Records in, rankings out, in the matching
exchange format. Typical use::

    matcher = Matcher().fit(activities)
    matcher.rank(need, top=10)  # {"need", "ranking", "scores", "gap", "replication", "reasons"}
"""

from .exchange import ExchangeError, read_records, write_records
from .explain import REASON_CODES
from .geography import MEMBER_STATES, MemberState, member_state, region_of
from .matcher import Matcher
from .refit import WeightRefitter, cross_validate_refit
from .validation import validate_activity, validate_need
from .weights import FEATURES, Weights

__all__ = [
    "ExchangeError",
    "FEATURES",
    "MEMBER_STATES",
    "Matcher",
    "MemberState",
    "REASON_CODES",
    "Weights",
    "WeightRefitter",
    "cross_validate_refit",
    "member_state",
    "read_records",
    "region_of",
    "validate_activity",
    "validate_need",
    "write_records",
]
