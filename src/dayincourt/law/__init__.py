"""Screening: which post-conviction remedies are open on a given date, and why.

Each remedy is a module under ``law/us_la/`` or ``law/us_fed/`` with its citations, the
dates it is in force, a rule text lawyers can read and ``evaluate(case, as_of)``. The
library never reads the clock: ``as_of`` is always a parameter.
"""

from .facts import DerivedFacts, derive
from .registry import RemedyNotFound, get_remedy, list_remedies
from .remedy import Remedy
from .results import (
    NOT_LEGAL_ADVICE,
    Deadline,
    ElementResult,
    RemedyResult,
    ScreeningResult,
)
from .screening import screen
from .text import format_rules, format_screening

__all__ = [
    "NOT_LEGAL_ADVICE", "Deadline", "DerivedFacts", "ElementResult", "Remedy", "RemedyNotFound",
    "RemedyResult", "ScreeningResult", "derive", "format_rules", "format_screening", "get_remedy",
    "list_remedies", "screen",
]
