"""Sentences imposed: death, life without parole, life, a term of years/months, probation.

Read only where a sentence is imposed on the accused ("sentenced to", "a sentence of",
"serving", "punishment at"), never from statutory ranges ("shall be imprisoned for not less
than ...") or cited cases. One sentence per conviction, the most severe.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ._words import to_int
from .context import Context

_NUMBER = (
    r"(?:\d{1,3}(?:\.\d+|\u00bd)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|hundred)"
)
_TERM_RE = re.compile(
    rf"\b(?P<n>{_NUMBER})\s*(?:\(\d+\)\s*)?(?:-|\s)?(?P<unit>years?|months?|days?)(?:'|\u2019|s'|\s+of)?(?=[\s,.;)])",
    re.IGNORECASE,
)
_PAIR_RE = re.compile(rf"\bterms\s+of\s+(?P<a>{_NUMBER})\s+(?:and|or)\s+(?:{_NUMBER})\s+(?P<unit>years|months)\b", re.IGNORECASE)
# "sentenced to the penitentiary for a term of not less than one, nor more than two, years", "an aggregate sentence of
# not less than seven and one half years nor more than fifteen years' incarceration"
_INDETERMINATE_RE = re.compile(
    rf"\b(?:sentenced|sentence|committed|sentencing\s+(?:order|entry|judgment))\b[^.;]{{0,100}}?\bnot\s+less\s+than\s+(?:{_NUMBER})(?:\s+and\s+(?:one|a)(?:-|\s+)half)?(?:\s+(?:years?|months?))?\s*,?\s+"
    rf"(?:nor|and\s+not|but\s+not|or)\s+more\s+than\s+(?P<b>{_NUMBER})\s*,?\s+(?P<unit>years?|months?)\b",
    re.IGNORECASE,
)
# "sentenced to an indeterminate term of not more than ten years"
_MAX_TERM_RE = re.compile(
    rf"\bsentenced\b[^.;]{{0,60}}?\bterm\s+of\s+not\s+(?:more\s+than|to\s+exceed)\s+(?P<b>{_NUMBER})\s+(?P<unit>years?|months?)\b",
    re.IGNORECASE,
)
_CUE_RE = re.compile(
    r"\b(?:sentenced|sentencing\s+(?:him|her)|sentences?\s+of|(?:a|the|his|her|concurrent|consecutive)\s+(?:[\w-]+\s+){0,2}sentences?|"
    r"serving|punishment\s+(?:(?:was\s+)?(?:fixed|assessed|set)\s+)?(?:at|of)|penalty\s+(?:(?:was\s+)?(?:fixed|assessed|imposed)\s+)?(?:is|was|at|of)|(?<=[Tt]he\s)punishment(?=\s*,\s+[^.;]{0,60}?\b(?:years?|months?|life|death))|(?<=[;:]\s)punishment(?=\s*,\s+[^.;]{0,60}?\b(?:years?|months?|life|death))|imposed|term\s+of|terms\s+of|imprisonment|incarceration|confinement|"
    r"probation|in\s+prison|at\s+hard\s+labor|life\s+sentence|imposition\s+of\s+(?:the\s+|his\s+|her\s+)?sentence)\b",
    re.IGNORECASE,
)
_RANGE_RE = re.compile(
    r"\b(?:shall|may\s+be|punishable|faces?|facing|faced|maximum|minimum|range(?!\s+(?:I|II|III|IV|V|one|two|three)\b)|not\s+less\s+than|not\s+more\s+than|"
    r"up\s+to|exceed\w*|statutory\s+(?:maximum|minimum|range|penalty)|guidelines?\s+range|could\s+(?:have\s+)?(?:received|be)|would\s+(?:have\s+)?(?:received|be(?:en)?)|"
    r"offered|offer|if\s+convicted|eligible|parole\s+eligibility|ago|recommend\w*|requested|asked|sought|carr(?:y|ies|ying)\s+(?:with\s+it\s+)?a)\b",
    re.IGNORECASE,
)
_DEATH_RE = re.compile(
    r"\b(?:sentenced\s+(?:\w+\s+){0,3}to\s+death|death\s+sentences?|sentences?\s+of\s+death|punishment\s+at\s+death|"
    r"(?:imposed|fixed)\s+(?:the\s+)?(?:sentence\s+of\s+)?death|condemned\s+to\s+death|death\s+row)\b",
    re.IGNORECASE,
)
_LWOP_RE = re.compile(
    r"\blife\s+(?:imprisonment\s+|sentences?\s+|in\s+prison\s+|term\s+)?(?:at\s+hard\s+labor\s*,?\s*)?without\s+(?:the\s+)?"
    r"(?:benefit|possibility|eligibility)\s+of\s+parole|\blife\s+(?:(?:sentences?|terms?|imprisonment)\s+)?without\s+parole\b|\bLWOP\b|\bnatural\s+life\b",
    re.IGNORECASE,
)
_LIFE_RE = re.compile(
    r"\b(?:sentenced\s+(?:\w+\s+){0,3}to\s+(?:\w+\s+){0,2}life|penitentiary\s+for\s+life|(?:a|two|three|consecutive|concurrent|mandatory)\s+(?:\w+\s+)?life\s+(?:sentences?|terms?|imprisonment)|"
    r"life\s+imprisonment|life\s+sentences?|(?:punishment|confinement|imprisonment|incarceration)\s+(?:at\s+)?(?:\w+\s+){0,2}for\s+life|"
    r"(?:years?|days?|months?)\s+to\s+life|sentences?\s+of\s+life|serving\s+(?:a\s+)?life(?:\s+(?:sentence|term)s?)?|life\s+in\s+prison)\b",
    re.IGNORECASE,
)
_PROBATION_RE = re.compile(
    rf"\b(?:placed\s+(?:\w+\s+)?)?on\s+(?:supervised\s+)?probation\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?(?P<n2>{_NUMBER})\s*(?:\(\d+\)\s*)?(?:-|\s)?(?P<unit2>years?|months?)|"
    rf"\b(?:placed\s+(?:\w+\s+)?on|sentenced\s+(?:\w+\s+){{0,3}}to|(?:a\s+)?term\s+of)\s+(?:(?P<n>{_NUMBER})\s*(?:\(\d+\)\s*)?(?:-|\s)?(?P<unit>years?|months?)(?:'|\u2019)?\s+(?:of\s+)?)?"
    r"(?:supervised\s+)?probation\b|\bsuspended\s+(?:\w+\s+){0,3}(?:sentence|imposition)|"
    rf"\b(?P<n3>{_NUMBER})\s*(?:\(\d+\)\s*)?(?:-|\s)?(?P<unit3>years?|months?)(?:'|\u2019|s')?\s+(?:of\s+|on\s+)?(?:supervised\s+|formal\s+)?probation\b|"
    # no sentence pronounced, the accused on probation meanwhile: "deferred imposition of sentence for five years"
    rf"\b(?:deferred|suspended)\s+(?:the\s+)?imposition\s+of\s+(?:the\s+|his\s+|her\s+)?sentence\s+for\s+(?:a\s+period\s+of\s+)?(?P<n4>{_NUMBER})\s*(?:-|\s)?(?P<unit4>years?|months?)",
    re.IGNORECASE,
)
_PRONOUNCED_RE = re.compile(
    rf"\bsentenced\s+(?:him|her|the\s+defendant|defendant|the\s+appellant|appellant|[A-Z][a-z]+)?\s*to\s+(?:a\s+(?:prison\s+)?term\s+of\s+|serve\s+)?"
    rf"(?:{_NUMBER}\s*(?:to|-)\s*)?(?P<n>{_NUMBER})\s*(?:-|\s)?(?P<unit>years?|months?)(?:'|\u2019|s')?(?:\s+(?:of\s+)?(?:imprisonment|incarceration|in\s+prison|confinement))?(?=[\s,.;])",
    re.IGNORECASE,
)
_SEVERITY = {"death": 5, "life_without_parole": 4, "life": 3, "term": 2, "probation": 1, "other": 0}


@dataclass(frozen=True)
class SentenceFact:
    kind: str
    years: float | None
    text: str
    start: int
    end: int
    confidence: float = 0.7
    summed: bool = False  # two consecutive terms added up here, not a number the court stated


def _years(n: str, unit: str) -> float | None:
    value: float | None
    try:
        value = float(n.replace("\u00bd", ".5"))  # "3½ years"
    except ValueError:
        iv = to_int(n)
        value = float(iv) if iv is not None else None
    if value is None:
        return None
    if unit.lower().startswith("month"):
        value = value / 12
    elif unit.lower().startswith("day"):
        value = value / 365
    return value


def _in_sentence(ctx: Context, s: int, e: int) -> list[SentenceFact]:
    text = ctx.text
    sent = text[s:e]
    found: list[SentenceFact] = []
    ind = _INDETERMINATE_RE.search(sent) or _MAX_TERM_RE.search(sent)
    if ind:
        # an indeterminate term as pronounced: its maximum
        years = _years(ind["b"], ind["unit"])
        if years is not None and 0 < years <= 200:
            found.append(SentenceFact("term", years, ind.group(0), s + ind.start(), s + ind.end()))
            return found
    if not _CUE_RE.search(sent):
        return found
    if _RANGE_RE.search(sent):
        # the range talk may follow the pronounced term: "sentenced defendant to five years imprisonment, one year less
        # than the maximum in the aggravated range"
        said = _PRONOUNCED_RE.search(sent)
        if said and not _RANGE_RE.search(sent, 0, said.end()):
            years = _years(said["n"], said["unit"])
            if years is not None and 0 < years <= 200:
                found.append(SentenceFact("term", years, said.group(0), s + said.start(), s + said.end()))
        return found
    for rx, kind in ((_DEATH_RE, "death"), (_LWOP_RE, "life_without_parole"), (_LIFE_RE, "life")):
        for m in rx.finditer(sent):
            if kind == "life" and _LWOP_RE.search(sent):
                continue
            if kind == "death" and re.search(r"\b(?:penalty\s+phase|recommend|eligible|seek|sought|aggravat)", sent, re.IGNORECASE):
                if not re.search(r"\bsentenced\s+(?:\w+\s+){0,3}to\s+death|imposed\s+the\s+death\s+sentence", sent, re.IGNORECASE):
                    continue
            found.append(SentenceFact(kind, None, m.group(0), s + m.start(), s + m.end()))
    for m in _PROBATION_RE.finditer(sent):
        n, unit = next(((m[a], m[b]) for a, b in (("n", "unit"), ("n2", "unit2"), ("n3", "unit3"), ("n4", "unit4")) if m[a]), (None, None))
        years = _years(n, unit) if n and unit else None
        found.append(SentenceFact("probation", years, m.group(0), s + m.start(), s + m.end(), 0.6))
    for m in _PAIR_RE.finditer(sent):
        # "consecutive terms of five and three years": the first number shares the unit of the second
        years = _years(m["a"], m["unit"])
        if years is not None and 0 < years <= 200:
            found.append(SentenceFact("term", years, m.group(0), s + m.start(), s + m.end()))
    probation_spans = [(f.start - s, f.end - s) for f in found if f.kind == "probation"]
    for m in _TERM_RE.finditer(sent):
        if any(ps <= m.start() < pe for ps, pe in probation_spans):
            continue  # the length of the probation, not a prison term
        before = sent[max(0, m.start() - 60) : m.start()].lower()
        after = sent[m.end() : m.end() + 40].lower()
        if re.search(r"\b(?:age|aged|old|ago|after|within|for\s+over|over|about|period|since|delay|later|earlier|"
                     r"probation(?:\s+for)?|parole|supervised\s+release|spent|served|waited|married|lived|living|credit(?:\s+for)?)\W*$", before):
            continue
        if re.search(r"licen[cs]e\b[^.;]{0,20}$", before):
            continue  # "revoked his license for 15 years"
        if re.search(r"^\s*(?:old|of\s+age|ago|later|earlier|of\s+(?:supervised\s+release|probation|parole))", after):
            continue
        if re.search(r"^\W*(?:of\s+|term\s+of\s+|period\s+of\s+)?(?:probation|supervised)|^\W*(?:driver'?s\s+)?(?:license|licence|revocation|suspension)", after):
            continue
        if re.search(r"^\W*(?:statute\s+of\s+limitations?|limitations?\s+period|period\s+of\s+limitations?|time\s+limit|limit\b|deadline)", after):
            continue  # "a one-year statute of limitations", "the new 30-day limit"
        years = _years(m["n"], m["unit"])
        if years is None or years <= 0 or years > 200:
            continue
        if m["unit"].lower().startswith("day") and (years < 30 / 365 or re.search(r"hundred\W*$", before)):
            continue  # "two days in jail" in lieu of a fine; "one hundred eighty days" is not read as 80
        prev = next((f for f in reversed(found) if f.kind == "term"), None)
        if prev is not None and _CONSECUTIVE_RE.search(text[prev.end : s + m.start()]):
            # "a term of 92 months followed by a mandatory consecutive sentence of 60 months": the terms add up
            found.append(SentenceFact("term", prev.years + years, text[prev.start : s + m.end()], prev.start, s + m.end(), summed=True))
            found.append(SentenceFact("term", years, m.group(0), s + m.start(), s + m.end()))  # the part, should a total be told
            continue
        found.append(SentenceFact("term", years, m.group(0), s + m.start(), s + m.end()))
    if not any(f.kind in ("term", "life", "life_without_parole", "death") for f in found):
        unstated = _UNSTATED_TERM_RE.search(sent)
        if unstated:
            found.append(SentenceFact("term", None, unstated.group(0), s + unstated.start(), s + unstated.end(), 0.5))
    return found


# a prison or jail term whose length the opinion does not state: "sentenced to state prison", "sentence to state prison
# followed", "sentenced to the county jail for the time he had already served"
_UNSTATED_TERM_RE = re.compile(
    r"\bsentenced?\s+(?:(?:him|her|the\s+(?:defendant|appellant))\s+)?to\s+(?:the\s+)?(?:state\s+prison|prison|(?:county\s+)?jail|"
    r"(?:state\s+)?penitentiary|(?:the\s+)?Department\s+of\s+Corrections?)\b(?!\s+(?:for|of)\s+(?:a\s+)?(?:term|period)\s+of\s+\d)",
    re.IGNORECASE,
)


# The whole term suspended, stayed or probated ("suspended all 90 days", "one year suspended with three
# years probation"); "365 days with 359 days suspended" is a partly suspended term.
_ALL_SUSPENDED_RE = re.compile(
    r"\bsuspended\s+sentence\s+of|,?\s+all\s+suspended\b|\bsuspended\s+(?:all|the\s+(?:entire\s+|whole\s+)?(?:sentence|term|jail|prison|imposition))|"
    r"\b(?:entire|whole)\s+(?:sentence|term)\s+(?:was\s+)?suspended|"
    r"\b(?:sentence|term)\s+(?:was|is|were)\s+(?:suspended|stayed|probated)\b|"
    rf"\b(?:sentenced\s+(?:\w+\s+){{0,3}}to|sentence\s+of)\s+(?:a\s+term\s+of\s+)?{_NUMBER}\s*(?:-|\s)?(?:years?|months?|days?)"
    r"(?:'|\u2019|s')?(?:\s+(?:in|of)\s+(?:the\s+)?(?:jail|prison|imprisonment|incarceration|confinement))?,?\s+(?:which\s+was\s+|was\s+)?"
    r"(?:suspended|stayed|probated)\b",
    re.IGNORECASE,
)


# a part of the term ("Twenty days of the sentence were suspended") before a suspension
_PORTION_BEFORE_RE = re.compile(rf"\b{_NUMBER}\s*(?:-|\s)?(?:days?|months?|years?)\s+of\s+(?:the|his|her)\s+$", re.IGNORECASE)


def _all_suspended(said: str) -> bool:
    """All confinement suspended, stayed or probated (not only a stated part of the term)."""
    return any(not _PORTION_BEFORE_RE.search(said, max(0, m.start() - 40), m.start()) for m in _ALL_SUSPENDED_RE.finditer(said))


# Between two terms of one sentence: the second runs after the first.
_CONSECUTIVE_RE = re.compile(r"^[^.;]{0,80}\bconsecutive\b[^.;]{0,30}$", re.IGNORECASE)


# a court-martial's record printed above the opinion: "Approved Sentence: Bad-conduct discharge, confinement for 60 days"
_HEADER_SENTENCE_RE = re.compile(r"\s*(?:Approved\s+)?Sentence(?:\s+adjudged\b|\s*:)", re.IGNORECASE)


def extract_sentences(ctx: Context) -> SentenceFact | None:
    """The most severe sentence imposed on the accused, from the first sentences that state one.

    Returns:
        A ``SentenceFact`` or None when no sentence is stated.
    """
    if not ctx.criminal:
        return None
    text = ctx.text
    end = ctx.facts_end
    candidates: list[SentenceFact] = []
    considered: list[tuple[int, int]] = []
    first_idx = None
    for i, (s, e) in enumerate(ctx.sentences):
        if s >= end:
            break
        if e <= ctx.header_end and ctx.kind != "news" and not _HEADER_SENTENCE_RE.match(text, s, e):
            continue
        if first_idx is not None and i > first_idx + 2:
            break
        if ctx.is_masked(s, e) or ctx.sentence_cites_case(s):
            continue
        if not re.search(r"\bsentenc|\bserving\b|\bpunishment\b|\bpenalty\b|\bprobation\b|\bimprisonment\b|\bimposed\b|\bterms?\s+of\b|\blife\b",
                         text[s:e], re.IGNORECASE):
            continue
        got = _in_sentence(ctx, s, e)
        if got or first_idx is not None:
            considered.append((s, e))
        if got:
            candidates.extend(got)
            # a bare mention ("revoked his suspended sentence") does not end the search for the pronounced sentence
            if first_idx is None and not all(f.kind == "probation" and f.years is None for f in got):
                first_idx = i
    if not candidates:
        return None
    said = " ".join(text[s:e] for s, e in considered)
    if any(f.kind == "probation" for f in candidates) and _all_suspended(said):
        # all confinement suspended: the sentence is the probation (its length when stated)
        candidates = [f for f in candidates if f.kind != "term"]
    candidates = _without_totals(text, candidates)
    best = max(candidates, key=lambda f: (_SEVERITY[f.kind], f.years or 0))
    return best


# "for a total of sixty-four years", "an aggregate term of 50 years"
_TOTAL_BEFORE_RE = re.compile(r"\b(?:total|aggregate|combined|cumulative|overall)\s+(?:\w+\s+){0,2}?(?:of\s+)?(?:a\s+)?$", re.IGNORECASE)


def _without_totals(text: str, candidates: list[SentenceFact]) -> list[SentenceFact]:
    """Drop a total when its parts are stated too: the sentence of a conviction is the longest single term ("for a total
    of 50 years: 15 years for robbery; 15 years for conspiracy; ...", "28 years (16 years on count 1 and 12 years on
    count 7)"). A term split into time served and time suspended keeps its pronounced length."""
    terms = [f for f in candidates if f.kind == "term" and f.years]
    if len(terms) < 2:
        return candidates

    def is_total(f: SentenceFact) -> bool:
        if f.summed:
            return False
        if _TOTAL_BEFORE_RE.search(text[max(0, f.start - 40) : f.start]):
            return True
        parts = [o for o in terms if o is not f and not o.summed and o.years and o.years < f.years and f.end <= o.start < f.end + 250]
        if len(parts) < 2:
            return False
        told = text[f.end : max(o.end for o in parts)]
        if not re.search(r"\bcounts?\b|\bconsecutive", told, re.IGNORECASE) or re.search(r"suspend|execut|probat|served|release", told, re.IGNORECASE):
            return False
        return any(abs(sum(o.years or 0 for o in c) - (f.years or 0)) < 1e-6 for n in range(2, min(len(parts), 5) + 1)
                   for c in itertools.combinations(parts, n))

    totals = [f for f in terms if is_total(f)]
    if not totals or len(totals) == len(terms):
        return candidates
    # the court's own total replaces any sum made here as well
    return [f for f in candidates if not f.summed and not any(f is t for t in totals)]
