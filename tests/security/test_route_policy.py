"""SECURITY 1: every route has a policy, and each role gets what the table says."""

import re

import pytest

from needs.auth import policy
from needs.auth.roles import ROLES
from tests.conftest import sign_in


def test_every_route_is_in_the_policy_table(app):
    missing = sorted({rule.endpoint for rule in app.url_map.iter_rules()} - set(policy.POLICY))
    assert missing == [], f"routes without a policy: {missing}"


def test_policy_table_has_no_stale_entries(app):
    stale = sorted(set(policy.POLICY) - {rule.endpoint for rule in app.url_map.iter_rules()})
    assert stale == [], f"policy entries without a route: {stale}"


def _concrete_url(rule) -> str:
    """A URL for the rule with dummy arguments: the policy applies before the object is looked up."""
    url = rule.rule
    for name in rule.arguments:
        url = re.sub(rf"<(?:[a-z]+(?:\([^)]*\))?:)?{name}>", "999999", url)
    return url


@pytest.mark.parametrize("role", [None, *ROLES])
def test_each_role_gets_the_status_of_the_table(app, make_user, role):
    client = app.test_client()
    if role:
        user = make_user(role)
        sign_in(client, user)
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        method = "GET" if "GET" in rule.methods else sorted(rule.methods - {"HEAD", "OPTIONS"})[0]
        expected = policy.allowed(rule.endpoint, role)
        response = client.open(_concrete_url(rule), method=method)
        if expected:
            assert response.status_code not in (401, 403), (rule.rule, role, response.status_code)
        elif role is None:
            assert response.status_code in (302, 401), (rule.rule, response.status_code)
        else:
            assert response.status_code == 403, (rule.rule, role, response.status_code)
        if rule.endpoint == "auth.sign_out" and expected:
            sign_in(client, user)
