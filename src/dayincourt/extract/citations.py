"""Citations: cases (eyecite + reporters-db), Louisiana statutes and codes, the U.S. Constitution.

Courts named in case citations are normalized to courts-db ids (eyecite looks them up in
courts-db; the lookups are cached here because they dominate eyecite's cost on long texts).
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

# eyecite logs "Unknown overlap case" warnings for ordinary Id./short-cite sequences
logging.getLogger("eyecite").setLevel(logging.ERROR)

# Only texts with something shaped like "123 So. 2d 456" / "12 F.3d 3" are worth eyecite's time.
_REPORTER_HINT_RE = re.compile(r"\b\d{1,4}\s+[A-Z][A-Za-z.]{0,12}(?:\s?[A-Za-z.\d]{1,6}){0,3}\s+\d{1,5}\b")

_LA_RS_RE = re.compile(
    r"\b(?:La\.?\s*|LSA[-\s]?)R\.\s?S\.\s*(?P<title>\d{1,2}):(?P<sec>\d+(?:\.\d+)*(?:\([A-Za-z0-9]+\))*)"
)
_LA_CCRP_RE = re.compile(
    r"\b(?:La\.?\s*|LSA[-\s]?)C\.\s?Cr\.\s?P\.\s*(?:[Aa]rt(?:icle|s?\.)\s*)?(?P<sec>\d+(?:\.\d+)*(?:\([A-Za-z0-9]+\))*)"
)
_LA_CONST_RE = re.compile(r"\bLa\.\s*Const\.\s*art\.\s*(?P<art>[IVX]+),?\s*(?:§|Sec\.?)\s*(?P<sec>\d+)")
_ARTICLE_RE = re.compile(r"\b(?P<word>Article|Art\.|Section|Sec\.|§)\s*(?P<sec>9\d\d(?:\.\d+)?)\b(?!\s*of\s+the\s+(?:U\.S\.|United))")
_US_CONST_RE = re.compile(
    r"\bU\.\s?S\.\s?C(?:onst|ONST)\.?,?\s*(?:amends?\.|[Aa]mend(?:ment)?s?\.?|art\.)\s*(?P<which>[IVXLC]+(?:\s*(?:,|and|&)\s*[IVXLC]+)*)"
    r"|\b(?P<ord>First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Thirteenth|Fourteenth|Fifteenth)"
    r"\s+Amendment(?:\s+to\s+the\s+(?:United\s+States|U\.\s?S\.|Federal)\s+Constitution)?"
)
_USC_RE = re.compile(r"\b(?P<title>\d{1,2})\s+U\.\s?S\.\s?C\.(?:A\.)?\s*§+\s*(?P<sec>\d+[a-z]?(?:\([a-z0-9]+\))*)")
_ORDINALS = {
    "First": "I", "Second": "II", "Third": "III", "Fourth": "IV", "Fifth": "V", "Sixth": "VI", "Seventh": "VII",
    "Eighth": "VIII", "Ninth": "IX", "Tenth": "X", "Thirteenth": "XIII", "Fourteenth": "XIV", "Fifteenth": "XV",
}


@dataclass(frozen=True, slots=True)
class Citation:
    """One citation found in a text.

    Attributes:
        cite: The text as written (``text[start:end]``).
        kind: ``case``, ``statute``, ``constitution`` or ``other``.
        normalized: Canonical form ("83 So. 3d 178", "La. R.S. 14:30.1", "U.S. Const. amend. VI").
        start: Offset of the citation.
        end: End offset.
        court: courts-db id of the deciding court, when the citation names one.
        full_start: Start of the whole cited-case reference (case name, parenthetical) for cases.
        full_end: End of the whole reference.
        case_name: "Plaintiff v. Defendant" when eyecite found it.
    """

    cite: str
    kind: str
    normalized: str
    start: int
    end: int
    court: str | None = None
    full_start: int | None = None
    full_end: int | None = None
    case_name: str | None = None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "cite": self.cite, "kind": self.kind, "normalized": self.normalized, "start": self.start, "end": self.end,
        }
        if self.court:
            out["court"] = self.court
        if self.case_name:
            out["case_name"] = self.case_name
        return out


@functools.lru_cache(maxsize=4096)
def normalize_court(name: str) -> str | None:
    """courts-db id for a court name ("Court of Appeal of Louisiana, Second Circuit" -> "lactapp"), or None.

    courts-db tries its ~8,400 patterns in turn (about 0.15 s a name here); a corpus names the same courts again and
    again, so the answers are kept."""
    from courts_db import find_court

    try:
        ids = find_court(name)
    except Exception:  # courts-db raises on odd input; an unknown court is simply not normalized
        return None
    return ids[0] if len(ids) == 1 else None


def _install_court_cache() -> None:
    """eyecite resolves every parenthetical through courts-db; memoize that lookup."""
    try:
        from eyecite import helpers
    except ImportError:  # pragma: no cover - eyecite is a pinned dependency
        return
    fn = getattr(helpers, "get_court_by_paren", None)
    if fn is not None and not hasattr(fn, "cache_info"):
        helpers.get_court_by_paren = functools.lru_cache(maxsize=8192)(fn)


def _chunks(text: str, limit: int = 4000):
    """Paragraph-aligned chunks of at most ~``limit`` characters that contain a reporter-like string.

    eyecite looks for short-form references in all the text after each full citation, so its cost
    grows with the square of the length; paragraphs bound that, and paragraphs without anything
    shaped like a citation are skipped.
    """
    start = 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        if m.end() - start >= limit:
            yield start, m.start()
            start = m.end()
    if start < len(text):
        yield start, len(text)


_PIN_ONLY_RE = re.compile(r"\sat\s+\d")
# a period after a page number or a closing parenthesis, then a new sentence ("1111 (2011). Notably", "501 . This")
_CITE_SENTENCE_END_RE = re.compile(r"[\d)](?=\s*\.\s+[A-Z][a-z])")


def case_citations(text: str) -> list[Citation]:
    """Full case citations found by eyecite (short forms and Id. are not listed)."""
    if not _REPORTER_HINT_RE.search(text):
        return []
    from eyecite import get_citations
    from eyecite.models import FullCaseCitation

    _install_court_cache()
    out: list[Citation] = []
    for base, end in _chunks(text):
        chunk = text[base:end]
        if not _REPORTER_HINT_RE.search(chunk):
            continue
        for c in get_citations(chunk):
            if not isinstance(c, FullCaseCitation):
                continue
            start, stop = c.span()
            if _PIN_ONLY_RE.search(chunk, start, stop):
                # "65 T.C. at 90" is a short form; eyecite takes it for a full citation under some hash seeds only
                # (its reporter lookup iterates a set), so the draft would depend on PYTHONHASHSEED
                continue
            try:
                fstart, fend = c.full_span()
            except Exception:  # full_span needs metadata eyecite may not have for odd cites
                fstart, fend = start, stop
            # eyecite's full span can run past the sentence the cite closes, into the next cite's parenthetical
            # ("... 30 A.2d 111 (2011). Notably, ... Roe v. Poe, 12 F. 34 (1923)"): a reference ends with its sentence
            sentence_end = _CITE_SENTENCE_END_RE.search(chunk, stop - 1, fend)
            if sentence_end:
                fend = sentence_end.start() + 1
            md = c.metadata
            name = None
            if getattr(md, "plaintiff", None) and getattr(md, "defendant", None):
                name = f"{md.plaintiff} v. {md.defendant}"
            out.append(
                Citation(
                    cite=chunk[start:stop], kind="case", normalized=c.corrected_citation(), start=base + start,
                    end=base + stop, court=getattr(md, "court", None), full_start=base + fstart, full_end=base + fend,
                    case_name=name,
                )
            )
    return out


def statute_citations(text: str) -> list[Citation]:
    """Louisiana R.S. / C.Cr.P. / Constitution, bare 9xx articles and sections, U.S.C., U.S. Constitution."""
    out: list[Citation] = []
    for m in _LA_RS_RE.finditer(text):
        out.append(Citation(m.group(0), "statute", f"La. R.S. {m['title']}:{m['sec']}", m.start(), m.end()))
    for m in _LA_CCRP_RE.finditer(text):
        out.append(Citation(m.group(0), "statute", f"La. C.Cr.P. art. {m['sec']}", m.start(), m.end()))
    for m in _LA_CONST_RE.finditer(text):
        out.append(Citation(m.group(0), "constitution", f"La. Const. art. {m['art']}, § {m['sec']}", m.start(), m.end()))
    taken = [(c.start, c.end) for c in out]
    for m in _ARTICLE_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        # "Article 930.8" / "Section 926.2": Louisiana's post-conviction articles are cited bare in news and briefs
        out.append(Citation(m.group(0), "statute", f"La. C.Cr.P. art. {m['sec']}", m.start(), m.end()))
    for m in _USC_RE.finditer(text):
        out.append(Citation(m.group(0), "statute", f"{m['title']} U.S.C. § {m['sec']}", m.start(), m.end()))
    for m in _US_CONST_RE.finditer(text):
        if m["ord"]:
            norm = f"U.S. Const. amend. {_ORDINALS[m['ord']]}"
        else:
            norm = "U.S. Const. amend. " + re.sub(r"\s*(?:,|and|&)\s*", ", ", m["which"])
        out.append(Citation(m.group(0), "constitution", norm, m.start(), m.end()))
    return out


def find_citations(text: str) -> list[Citation]:
    """Every citation in ``text``, in text order.

    Example:
        >>> [c.normalized for c in find_citations("See La. R.S. 14:30.1 and 83 So. 3d 178.")]
        ['La. R.S. 14:30.1', '83 So. 3d 178']
    """
    cites = case_citations(text) + statute_citations(text)
    cites.sort(key=lambda c: (c.start, c.end))
    return cites
