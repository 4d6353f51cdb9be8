"""briefs tables

Revision ID: 0006_briefs
Revises: 0005_review
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy import Text  # noqa: F401
from sqlalchemy.dialects import postgresql  # noqa: F401

# revision identifiers, used by Alembic.
revision = '0006_briefs'
down_revision = '0005_review'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
