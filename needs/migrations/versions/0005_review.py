"""review tables

Revision ID: 0005_review
Revises: 0004_matching
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy import Text  # noqa: F401
from sqlalchemy.dialects import postgresql  # noqa: F401

# revision identifiers, used by Alembic.
revision = '0005_review'
down_revision = '0004_matching'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
