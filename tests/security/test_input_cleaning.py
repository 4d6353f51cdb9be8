"""NUL characters are dropped from form and JSON input before any feature sees them."""

from needs.core.requests import strip_nul
from tests.conftest import sign_in


def test_form_input_loses_nul(app, make_user, ctx):
    from needs.auth.models import User
    from needs.extensions import db

    user = make_user("cdtf")
    client = app.test_client()
    sign_in(client, user)
    response = client.post("/auth/account", data={"name": "Na\x00me", "phone": "+1\x00 555", "language": "fr"})
    assert response.status_code == 302
    stored = db.session.get(User, user.id)
    assert (stored.name, stored.phone) == ("Name", "+1 555")


def test_json_values_and_keys_lose_nul():
    assert strip_nul({"a\x00": ["x\x00y", {"k": "v\x00"}], "n": 1}) == {"a": ["xy", {"k": "v"}], "n": 1}
