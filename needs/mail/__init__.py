"""The outbox: e-mail stored first, sent by a job, never silently dropped."""
