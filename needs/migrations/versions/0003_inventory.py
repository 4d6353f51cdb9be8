"""inventory tables

Revision ID: 0003_inventory
Revises: 0002_surveys
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy import Text  # noqa: F401
from sqlalchemy.dialects import postgresql  # noqa: F401

# revision identifiers, used by Alembic.
revision = '0003_inventory'
down_revision = '0002_surveys'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
