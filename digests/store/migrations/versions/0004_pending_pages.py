"""pending pages: feed entries whose page failed for a reason that passes, to fetch again

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 05:19:54.958096
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import digests.store.models

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('pending_pages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('link', sa.Text(), nullable=False),
    sa.Column('canonical_url', sa.Text(), nullable=False),
    sa.Column('guid', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('feed_html', sa.Text(), nullable=False),
    sa.Column('published_at', digests.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('first_tried_at', digests.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('next_try_at', digests.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_pending_pages_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pending_pages')),
    sa.UniqueConstraint('canonical_url', name=op.f('uq_pending_pages_canonical_url'))
    )
    with op.batch_alter_table('pending_pages', schema=None) as batch_op:
        batch_op.create_index('ix_pending_pages_due', ['source_id', 'next_try_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('pending_pages', schema=None) as batch_op:
        batch_op.drop_index('ix_pending_pages_due')

    op.drop_table('pending_pages')
