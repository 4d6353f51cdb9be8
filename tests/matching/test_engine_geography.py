from needs.matching.engine import MEMBER_STATES, member_state, region_of


def test_193_member_states_with_unique_codes():
    assert len(MEMBER_STATES) == 193
    assert len({s.alpha3 for s in MEMBER_STATES}) == len({s.alpha2 for s in MEMBER_STATES}) == 193
    assert {s.region for s in MEMBER_STATES} == {"africa", "americas", "asia", "europe", "oceania"}


def test_known_rows():
    assert member_state("JOR")[:6] == ("JOR", "JO", "400", "145", "", "asia")
    assert member_state("civ")[:6] == ("CIV", "CI", "384", "202", "011", "africa")
    assert member_state("MEX")[:6] == ("MEX", "MX", "484", "419", "013", "americas")
    assert member_state("FJI")[:6] == ("FJI", "FJ", "242", "054", "", "oceania")
    assert region_of("KGZ") == "asia" and region_of("RUS") == "europe"
    assert region_of("PSE") is None and region_of("TWN") is None  # not member states
