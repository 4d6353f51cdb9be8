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
    # review and demand
    "review.queue": (CDTF, ADMIN),
    "review.response": (CDTF, ADMIN),
    "review.decide": (CDTF, ADMIN),
    "review.move": (CDTF, ADMIN),
    "review.add_activity": (CDTF, ADMIN),
    "review.add_note": (CDTF, ADMIN),
    "review.complete": (CDTF, ADMIN),
    "review.reopen": (CDTF, ADMIN),
    "review.dashboard": (CDTF, ADMIN),
    "review.dashboard_export": (CDTF, ADMIN),
    "review.needs_export": (CDTF, ADMIN),
    "review.agency": (AGENCY, CDTF, ADMIN),
    "review.reminders": (CDTF, ADMIN),
    "review.send_reminders": (CDTF, ADMIN),
    "review.my_country": (FOCAL_POINT,),
    "review.country": (FOCAL_POINT, CDTF, ADMIN),
    # GFMD recommendations: everyone reads, CDTF reviewers and administrators edit
    "vocabulary.recommendations": PUBLIC,
    "vocabulary.recommendation_new": (CDTF, ADMIN),
    "vocabulary.recommendation_edit": (CDTF, ADMIN),
    # surveys: focal points fill their country's response (object checks in surveys services);
    # CDTF reviewers and administrators read every response and manage surveys and rounds
    "surveys.home": (FOCAL_POINT,),
    "surveys.start": (FOCAL_POINT,),
    "surveys.edit": (FOCAL_POINT,),
    "surveys.section": (FOCAL_POINT,),
    "surveys.autosave": (FOCAL_POINT,),
    "surveys.review": (FOCAL_POINT,),
    "surveys.submit": (FOCAL_POINT,),
    "surveys.view": (FOCAL_POINT, CDTF, ADMIN),
    "surveys.print_answers": (FOCAL_POINT, CDTF, ADMIN),
    "surveys.download": (FOCAL_POINT, CDTF, ADMIN),
    "surveys.questionnaire": SIGNED_IN,
    "surveys.manage": (CDTF, ADMIN),
    "surveys.upload": (CDTF, ADMIN),
    "surveys.version": (CDTF, ADMIN),
    "surveys.publish": (CDTF, ADMIN),
    "surveys.round_new": (CDTF, ADMIN),
    "surveys.round_detail": (CDTF, ADMIN),
    "surveys.round_close": (CDTF, ADMIN),
    "surveys.reopen": (CDTF, ADMIN),
    # matching weights: CDTF reviewers and administrators
    "matching.weights": (CDTF, ADMIN),
    "matching.refit": (CDTF, ADMIN),
    "matching.use_defaults": (CDTF, ADMIN),
    "matching.export_weights": (CDTF, ADMIN),
    # inventory: the catalogue is public; agencies change their own activities (checked in services)
    "inventory.catalogue": PUBLIC,
    "inventory.activity": PUBLIC,
    "inventory.request_activity": (FOCAL_POINT,),
    "inventory.manage": (AGENCY, ADMIN),
    "inventory.new": (AGENCY, ADMIN),
    "inventory.edit": (AGENCY, ADMIN),
    "inventory.duplicate": (AGENCY, ADMIN),
    "inventory.retire": (AGENCY, ADMIN),
    "inventory.import_upload": (AGENCY, ADMIN),
    "inventory.export": (AGENCY, ADMIN),
    "inventory.requests": (AGENCY, CDTF, ADMIN),
    # briefs: the response's own country focal points, CDTF reviewers and administrators (country checked
    # in the view); only CDTF reviewers and administrators send them
    "briefs.response": (FOCAL_POINT, CDTF, ADMIN),
    "briefs.download": (FOCAL_POINT, CDTF, ADMIN),
    "briefs.version": (FOCAL_POINT, CDTF, ADMIN),
    "briefs.send": (CDTF, ADMIN),
    # API v1: reads are public; writes authenticate by an agency's bearer token in the view
    "api.openapi": PUBLIC,
    "api.activities": PUBLIC,
    "api.activity": PUBLIC,
    "api.tokens": (ADMIN,),
    "api.token_issue": (ADMIN,),
    "api.token_revoke": (ADMIN,),
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
