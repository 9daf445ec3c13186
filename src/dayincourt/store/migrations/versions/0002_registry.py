"""Registry: the National Registry of Exonerations as reference data (table nre_exonerations).

Revision ID: 0002_registry
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_registry"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

_FLAGS = (
    "mwid", "fc", "pfa", "fmfe", "om", "ild", "dna",
    "om_police", "om_prosecutor", "om_forensic_analyst", "om_child_welfare",
    "om_withheld_evidence", "om_not_withholding", "om_permitted_perjury", "om_witness_tampering",
    "om_interrogation", "om_perjury_by_official", "om_prosecutor_lied", "om_judicial",
    "recanters",
)


def upgrade() -> None:
    date = sa.String(10)
    op.create_table(
        "nre_exonerations",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("nre_id", sa.Integer, unique=True),
        sa.Column("source_format", sa.String(16), nullable=False),
        sa.Column("match_conviction", sa.String(200)),
        sa.Column("match_exoneration", sa.String(200), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("last_name", sa.String(120)),
        sa.Column("first_name", sa.String(120)),
        sa.Column("state", sa.String(40), nullable=False),
        sa.Column("state_code", sa.String(2)),
        sa.Column("federal", sa.Boolean, nullable=False),
        sa.Column("jurisdiction", sa.String(8), nullable=False),
        sa.Column("county", sa.String(100)),
        sa.Column("sex", sa.String(16)),
        sa.Column("race", sa.String(40)),
        sa.Column("age_at_crime", sa.Integer),
        sa.Column("worst_crime", sa.String(80)),
        sa.Column("additional_crimes", sa.Text),
        sa.Column("tags", sa.String(200)),
        sa.Column("crime_date", date),
        sa.Column("crime_year", sa.Integer),
        sa.Column("arrest_date", date),
        sa.Column("arrest_year", sa.Integer),
        sa.Column("conviction_date", date),
        sa.Column("conviction_year", sa.Integer),
        sa.Column("exoneration_date", date, nullable=False),
        sa.Column("exoneration_year", sa.Integer, nullable=False),
        sa.Column("release_date", date),
        sa.Column("release_year", sa.Integer),
        sa.Column("posting_date", date),
        sa.Column("last_update_date", date),
        sa.Column("years_lost", sa.Float),
        sa.Column("form_of_conviction", sa.String(8)),
        sa.Column("death_penalty", sa.Boolean),
        sa.Column("sentence", sa.Text),
        *(sa.Column(flag, sa.Boolean) for flag in _FLAGS),
        sa.Column("victim_recanters", sa.Integer),
        sa.Column("recantation_year", sa.Integer),
        sa.Column("raw_json", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("source_file", sa.String(500), nullable=False),
        sa.Column("source_line", sa.Integer, nullable=False),
    )
    for column in ("match_conviction", "match_exoneration", "state_code", "worst_crime",
                   "exoneration_year"):
        op.create_index(f"ix_nre_exonerations_{column}", "nre_exonerations", [column])


def downgrade() -> None:
    op.drop_table("nre_exonerations")
