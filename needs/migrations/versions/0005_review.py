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
    op.create_table('review_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('response_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_review_notes_author_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['response_id'], ['survey_responses.id'], name=op.f('fk_review_notes_response_id_survey_responses'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_notes'))
    )
    with op.batch_alter_table('review_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_notes_response_id'), ['response_id'], unique=False)

    op.create_table('review_reminders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('country_code', sa.String(length=3), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.Column('sent_by_id', sa.Integer(), nullable=True),
    sa.Column('outbox_message_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('not_started', 'draft', 'submitted')", name=op.f('ck_review_reminders_status')),
    sa.ForeignKeyConstraint(['round_id'], ['survey_rounds.id'], name=op.f('fk_review_reminders_round_id_survey_rounds'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sent_by_id'], ['users.id'], name=op.f('fk_review_reminders_sent_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_review_reminders_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_reminders')),
    sa.UniqueConstraint('user_id', 'day', name='uq_review_reminders_user_day')
    )
    with op.batch_alter_table('review_reminders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_reminders_country_code'), ['country_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_reminders_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_reminders_user_id'), ['user_id'], unique=False)


def downgrade():
    with op.batch_alter_table('review_reminders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_reminders_user_id'))
        batch_op.drop_index(batch_op.f('ix_review_reminders_round_id'))
        batch_op.drop_index(batch_op.f('ix_review_reminders_country_code'))

    op.drop_table('review_reminders')
    with op.batch_alter_table('review_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_notes_response_id'))

    op.drop_table('review_notes')
