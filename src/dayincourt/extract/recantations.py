"""Recantations: a witness taking back an accusation or testimony.

``find_recantations`` is the low-level finder used by the corpus scanner on arbitrary
windows; the draft-building part (who recanted, when, in what form, coercion alleged)
is ``extract_recantations``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._match import Match

_OBJ = r"(?:prior\s+|earlier\s+|trial\s+|original\s+|previous\s+|sworn\s+)?(?:testimony|statements?|accusations?|identifications?|allegations?|account)"
_POSS = r"(?:his|her|their|the|this|that)"

_RECANT_RE = re.compile(
    "|".join(
        (
            r"\brecant(?:s|ed|ing|ation|ations|er|ers)?\b",
            rf"\b(?:took|take|takes|taking)\s+back\s+{_POSS}\s+{_OBJ}",
            rf"\b(?:repudiat|retract|disavow)(?:e|es|ed|ing|s)?\s+{_POSS}\s+{_OBJ}",
            rf"\b(?:swore|sworn|attested|admitted|acknowledged|conceded|stated|says|said)\s+(?:that\s+)?{_POSS}\s+"
            r"(?:prior\s+|earlier\s+|trial\s+|previous\s+)?testimony\s+(?:was|had\s+been)\s+(?:untrue|false|a\s+lie|fabricated|not\s+true)",
            r"\b(?:admitted|admits|confessed|conceded|acknowledged)\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+)?"
            r"(?:lied|testified\s+falsely|falsely\s+(?:testified|accused|identified))",
        )
    ),
    re.IGNORECASE,
)


def find_recantations(text: str) -> list[Match]:
    """Find phrases that report a recantation.

    Args:
        text: Any text, including a window cut from a document.

    Returns:
        Matches in text order, each with ``value == "recantation"``.

    Example:
        >>> [m.quote for m in find_recantations("Both men later recanted.")]
        ['recanted']
    """
    return [Match(m.start(), m.end(), "recantation", m.group(0)) for m in _RECANT_RE.finditer(text)]


# --- recantations for the draft -------------------------------------------------------------

_NAME_IN_SENT_RE = re.compile(
    r"(?P<first>[A-Z][a-z]+)\s+and\s+(?P<second>[A-Z][a-z]+\s+[A-Z][a-z]+)"  # "Darnell and Kenneth Jordan"
    r"|(?P<name>(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z]\.|[A-Z][A-Za-z'\-]+)){1,3})"
)
_FORM_RES = (
    ("affidavit", re.compile(r"\baffidavits?\b|\bsworn\s+(?:statement|declaration)|\bdeclaration\b", re.IGNORECASE)),
    ("testimony", re.compile(r"\btestif\w+\s+at\s+(?:the|a|an)\s+(?:\w+\s+)?hearing|\bhearing\s+testimony|\bon\s+the\s+stand\b", re.IGNORECASE)),
    ("interview", re.compile(r"\binterview\w*\b", re.IGNORECASE)),
    ("statement", re.compile(r"\bstatements?\b|\bletters?\b", re.IGNORECASE)),
)
_COERCION_RE = re.compile(r"\b(?:coerc\w+|pressur\w+|threat\w*|forced|intimidat\w+|harass\w+)\b", re.IGNORECASE)
_NOT_CREDIBLE_RE = re.compile(r"\b(?:not|n't|weren't|wasn't|lacked|lack)\s+(?:\w+\s+){0,2}credib\w+|\bincredible\b|\bunreliable\b", re.IGNORECASE)


# the subject that opens a sentence: "Mele then went to the hospital", "Ann Lane later testified"
_SUBJECT_RE = re.compile(r"\s*(?P<name>[A-Z][a-z]+(?:\s+(?:[A-Z]\.|[A-Z][a-z]+)){0,2})\s+(?:(?:then|later|also|first|again)\s+)?[a-z]")
_NOT_SUBJECT = {"the", "a", "an", "he", "she", "they", "it", "this", "that", "on", "in", "at", "after", "when", "defendant",
                "appellant", "petitioner", "we", "there", "but", "and", "however", "police", "officers"}


def _previous_subject(ctx, s: int) -> str | None:
    """The name that opens the sentence before the one starting at ``s``, if it opens with one."""
    from ._text import is_person_name

    ps, _ = ctx.sentence(max(0, s - 2))
    if ps >= s:
        return None
    m = _SUBJECT_RE.match(ctx.text, ps, s)
    if m is None:
        return None
    name = m.group("name")
    if name.split()[0].lower() in _NOT_SUBJECT:
        return None
    return name if len(name.split()) == 1 or is_person_name(name) else None


@dataclass(frozen=True)
class RecantationFact:
    """A witness's recantation.

    Attributes:
        witness: The witness's name as written (surnames resolved by the caller).
        start, end: The phrase reporting the recantation.
        form: affidavit | testimony | statement | interview | None.
        date: ISO partial date when the sentence states one.
        alleges_coercion: True when the sentence says the testimony was coerced.
        found_credible: False when the document says a court found the recantation not credible.
    """

    witness: str
    start: int
    end: int
    form: str | None
    date: str | None
    alleges_coercion: bool | None
    found_credible: bool | None


def extract_recantations(ctx) -> list[RecantationFact]:
    """Recantations whose witness the sentence names (one per witness).

    Args:
        ctx: ``dayincourt.extract.context.Context``.
    """
    from ._text import DATE_RE, is_person_name, parse_date

    text = ctx.text
    end = ctx.facts_end
    matches = [m for m in find_recantations(text[:end]) if m.start >= ctx.header_end and ctx.usable(m.start, m.end)]
    if not matches:
        return []
    not_credible = any(
        _NOT_CREDIBLE_RE.search(text[s:e]) and re.search(r"recant", text[s:e], re.IGNORECASE) for s, e in ctx.sentences if s < end
    )
    out: dict[str, RecantationFact] = {}
    for m in matches:
        s, e = ctx.sentence(m.start)
        if ctx.sentence_cites_case(m.start):
            continue
        sent = text[s:e]
        names: list[str] = []
        for nm in _NAME_IN_SENT_RE.finditer(sent):
            if nm.group("first"):
                second = nm.group("second")
                names += [nm.group("first") + " " + second.split()[1], second]
            elif is_person_name(nm.group("name")):
                names.append(nm.group("name"))
        if not names and re.match(r"\s*(?:She|He)\b", sent):
            # "Mele gave a written statement to police. She later admitted that she lied.": the pronoun is the
            # previous sentence's subject (a single name is kept only if the caller knows the person)
            subject = _previous_subject(ctx, s)
            if subject:
                names.append(subject)
        if not names:
            continue
        form = next((f for f, rx in _FORM_RES if rx.search(sent)), None)
        dm = DATE_RE.search(sent)
        for name in names:
            if name in out:
                continue
            out[name] = RecantationFact(
                witness=name, start=m.start, end=m.end, form=form, date=parse_date(dm) if dm else None,
                alleges_coercion=True if _COERCION_RE.search(sent) else None,
                found_credible=False if not_credible else None,
            )
    return list(out.values())
