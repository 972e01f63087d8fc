"""article aliases: feed links that lead to an article stored under another address

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('article_aliases',
    sa.Column('canonical_url', sa.Text(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_aliases_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('canonical_url', name=op.f('pk_article_aliases'))
    )
    with op.batch_alter_table('article_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_aliases_article_id'), ['article_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('article_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_aliases_article_id'))

    op.drop_table('article_aliases')
