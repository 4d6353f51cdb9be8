"""matching tables

Revision ID: 0004_matching
Revises: 0003_inventory
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy import Text  # noqa: F401
from sqlalchemy.dialects import postgresql  # noqa: F401

# revision identifiers, used by Alembic.
revision = '0004_matching'
down_revision = '0003_inventory'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
