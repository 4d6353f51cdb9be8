"""Administration: users and invitations, the outbox, the job queue, the audit trail."""
