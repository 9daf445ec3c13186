"""The registry's table: one row per exoneration, normalized columns plus the raw row as JSON.

The table is created by the Alembic migration ``0002_registry`` in
``dayincourt/store/migrations/versions/``; this module describes it for queries.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

_DATE = sa.String(10)  # ISO text: YYYY, YYYY-MM or YYYY-MM-DD
_FLAGS = (
    "mwid", "fc", "pfa", "fmfe", "om", "ild", "dna",
    "om_police", "om_prosecutor", "om_forensic_analyst", "om_child_welfare",
    "om_withheld_evidence", "om_not_withholding", "om_permitted_perjury", "om_witness_tampering",
    "om_interrogation", "om_perjury_by_official", "om_prosecutor_lied", "om_judicial",
    "recanters",
)

exonerations = sa.Table(
    "nre_exonerations",
    metadata,
    sa.Column("key", sa.String(40), primary_key=True),
    sa.Column("nre_id", sa.Integer, unique=True),
    sa.Column("source_format", sa.String(16), nullable=False),
    sa.Column("match_conviction", sa.String(200), index=True),
    sa.Column("match_exoneration", sa.String(200), nullable=False, index=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("last_name", sa.String(120)),
    sa.Column("first_name", sa.String(120)),
    sa.Column("state", sa.String(40), nullable=False),
    sa.Column("state_code", sa.String(2), index=True),
    sa.Column("federal", sa.Boolean, nullable=False),
    sa.Column("jurisdiction", sa.String(8), nullable=False),
    sa.Column("county", sa.String(100)),
    sa.Column("sex", sa.String(16)),
    sa.Column("race", sa.String(40)),
    sa.Column("age_at_crime", sa.Integer),
    sa.Column("worst_crime", sa.String(80), index=True),
    sa.Column("additional_crimes", sa.Text),
    sa.Column("tags", sa.String(200)),
    sa.Column("crime_date", _DATE),
    sa.Column("crime_year", sa.Integer),
    sa.Column("arrest_date", _DATE),
    sa.Column("arrest_year", sa.Integer),
    sa.Column("conviction_date", _DATE),
    sa.Column("conviction_year", sa.Integer),
    sa.Column("exoneration_date", _DATE, nullable=False),
    sa.Column("exoneration_year", sa.Integer, nullable=False, index=True),
    sa.Column("release_date", _DATE),
    sa.Column("release_year", sa.Integer),
    sa.Column("posting_date", _DATE),
    sa.Column("last_update_date", _DATE),
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


def distinct_rows() -> sa.ColumnElement[bool]:
    """Rows counted once: every detailed-export row, and a public-sheet row only when no
    detailed-export row describes the same exoneration (see
    :func:`dayincourt.registry.records.match_keys`)."""
    t = exonerations
    full = t.alias("full_rows")
    same = sa.or_(full.c.match_conviction == t.c.match_conviction,
                  full.c.match_exoneration == t.c.match_exoneration)
    return sa.or_(t.c.source_format == "nre-full",
                  ~sa.exists().where(full.c.source_format == "nre-full", same))
