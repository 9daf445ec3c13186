"""Document -> draft case file with provenance (one module per fact kind).

Public API:
    extract_document(doc) -> Extraction
    find_jury_votes(text) / find_recantations(text) -> list[Match]   (low-level finders, safe on any window)
    find_citations(text) -> list[Citation]
"""

from ._match import Match
from .citations import Citation, find_citations
from .pipeline import Extraction, extract_document
from .recantations import find_recantations
from .verdicts import find_jury_votes

__all__ = ["Citation", "Extraction", "Match", "extract_document", "find_citations", "find_jury_votes", "find_recantations"]
