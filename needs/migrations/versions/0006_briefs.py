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
    op.create_table('briefs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('response_id', sa.Integer(), nullable=False),
    sa.Column('country_code', sa.String(length=3), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')", name=op.f('ck_briefs_language')),
    sa.CheckConstraint("status IN ('provisional', 'reviewed')", name=op.f('ck_briefs_status')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_briefs_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['response_id'], ['survey_responses.id'], name=op.f('fk_briefs_response_id_survey_responses'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_briefs')),
    sa.UniqueConstraint('response_id', 'language', 'version', name='uq_briefs_response_language_version')
    )
    with op.batch_alter_table('briefs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_briefs_country_code'), ['country_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_briefs_response_id'), ['response_id'], unique=False)

    op.create_table('brief_deliveries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brief_id', sa.Integer(), nullable=False),
    sa.Column('response_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('outbox_message_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['brief_id'], ['briefs.id'], name=op.f('fk_brief_deliveries_brief_id_briefs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_brief_deliveries_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['outbox_message_id'], ['outbox_messages.id'], name=op.f('fk_brief_deliveries_outbox_message_id_outbox_messages'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['response_id'], ['survey_responses.id'], name=op.f('fk_brief_deliveries_response_id_survey_responses'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_brief_deliveries_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_brief_deliveries'))
    )
    with op.batch_alter_table('brief_deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_brief_deliveries_brief_id'), ['brief_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_brief_deliveries_response_id'), ['response_id'], unique=False)


def downgrade():
    with op.batch_alter_table('brief_deliveries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_brief_deliveries_response_id'))
        batch_op.drop_index(batch_op.f('ix_brief_deliveries_brief_id'))

    op.drop_table('brief_deliveries')
    with op.batch_alter_table('briefs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_briefs_response_id'))
        batch_op.drop_index(batch_op.f('ix_briefs_country_code'))

    op.drop_table('briefs')
