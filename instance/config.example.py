# Copy to instance/config.py. Environment variables override every value here.
# Upper-case names only; anything else is ignored.

# PostgreSQL in production; SQLite in instance/ when unset.
# SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://needs:secret@127.0.0.1:5432/needs"

# "development" (default) or "production".
# NEEDS_ENV = "production"

# The host names this deployment answers to, and the base URL used in e-mailed links.
# TRUSTED_HOSTS = ["needs.example.org"]
# NEEDS_BASE_URL = "https://needs.example.org"

# Outgoing mail. Without a host, messages stay in the outbox, visible to administrators.
# NEEDS_SMTP_HOST = "smtp.example.org"
# NEEDS_SMTP_PORT = 587
# NEEDS_SMTP_USER = "needs"
# NEEDS_SMTP_PASSWORD = "..."
# NEEDS_SMTP_STARTTLS = True
# NEEDS_MAIL_FROM = "needs@example.org"
