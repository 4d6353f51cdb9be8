"""Who may use each view: the one route policy table, enforced before every request.

Every endpoint of ``app.url_map`` must appear here; an endpoint missing from the table is refused
(fail closed) and a test walks the URL map to catch it. Object-level checks (a focal point's own
country, an agency's own activities) are made by each feature's services on top of this.
"""

from __future__ import annotations

from needs.auth.roles import ADMIN, AGENCY, CDTF, FOCAL_POINT

PUBLIC = "public"  # anyone, signed in or not
SIGNED_IN = "signed-in"  # any active account

ALL_ROLES = (FOCAL_POINT, CDTF, AGENCY, ADMIN)

POLICY: dict[str, str | tuple[str, ...]] = {
    "static": PUBLIC,
    # core
    "core.home": PUBLIC,
    "core.privacy": PUBLIC,
    "core.set_language": PUBLIC,
    "core.healthz": PUBLIC,
    # auth
    "auth.sign_in": PUBLIC,
    "auth.second_factor": PUBLIC,
    "auth.forgot_password": PUBLIC,
    "auth.reset_password": PUBLIC,
    "auth.accept_invitation": PUBLIC,
    "auth.sign_out": SIGNED_IN,
    "auth.account": SIGNED_IN,
    "auth.change_password": SIGNED_IN,
    "auth.totp_setup": SIGNED_IN,
    "auth.totp_disable": SIGNED_IN,
    # administration
    "admin.users": (ADMIN,),
    "admin.invite": (ADMIN,),
    "admin.set_active": (ADMIN,),
    "admin.resend_invitation": (ADMIN,),
    "admin.outbox": (ADMIN,),
    "admin.outbox_resend": (ADMIN,),
    "admin.jobs": (ADMIN,),
    "admin.job_retry": (ADMIN,),
    "admin.audit": (ADMIN, CDTF),
    # GFMD recommendations: everyone reads, CDTF reviewers and administrators edit
    "vocabulary.recommendations": PUBLIC,
    "vocabulary.recommendation_new": (CDTF, ADMIN),
    "vocabulary.recommendation_edit": (CDTF, ADMIN),
}


def allowed(endpoint: str | None, role: str | None) -> bool | None:
    """True/False for a known endpoint and role (None = anonymous); None when the endpoint is unknown."""
    rule = POLICY.get(endpoint or "")
    if rule is None:
        return None
    if rule == PUBLIC:
        return True
    if role is None:
        return False
    return rule == SIGNED_IN or role in rule
