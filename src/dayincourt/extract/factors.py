"""Contributing-factor claims in the NRE taxonomy (MWID, FC, PFA, FMFE, OM, ILD) and who asserts them.

A claim reported as someone's words ("X says", "X alleges", "according to X", "she continued"
after a quote of X) carries ``asserted_by``; a court's own finding does not. Claims inside
cited cases' references are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._text import clean_name, is_person_name, paragraph_bounds
from .context import Context

_CODES: dict[str, re.Pattern[str]] = {
    "ILD": re.compile(
        r"\bineffective(?:ness)?\s+(?:assistance|representation)|\bineffective(?:ness)?\s+of\s+(?:his\s+|her\s+)?(?:trial\s+|appellate\s+|plea\s+)?counsel|"
        r"\bcounsel(?:'s|\u2019s)?\s+(?:was|were|rendered)\s+(?:constitutionally\s+)?ineffective|"
        # "trial counsel failed to raise the point at sentencing and was ineffective in this regard"
        r"\bcounsel\b[^.;]{0,120}?\band\s+(?:was|were)\s+(?:constitutionally\s+)?ineffective|\bcounsel(?:'s|\u2019s)?\s+ineffectiveness|"
        r"\bineffective\s+for\s+(?:failing|pressuring|not)|\bdeficient\s+performance|"
        r"\b(?:attorney|lawyer|counsel)\s+(?:who\s+)?(?:made\s+no\s+effort|never\s+(?:called|investigated|interviewed))|"
        r"\b(?:trial|defense|appellate|plea)\s+counsel\s+(?:failed|neglected)\s+to\b|"
        r"\b(?:his|her|their)\s+(?:trial\s+|defense\s+)?(?:attorney|lawyer|counsel)\s+(?:had\s+)?(?:failed|neglected)\s+to\s+"
        r"(?:investigate|interview|call\s+(?:\w+\s+){0,2}witness|object|present|file|request|move|advise|inform|consult|challenge|"
        r"cross-examine|impeach|subpoena)\b|\bincompeten\w+\s+of\s+(?:[\w'\u2019-]+\s+){0,3}(?:counsel|attorney|lawyer)|"
        r"\bineffective\s+aid\b|\bcompetent\s+and\s+effective\s+counsel|\b(?:denied|deprived)\s+(?:(?:him|her|them|(?:the\s+)?(?:defendant|appellant|petitioner))\s+)?(?:of\s+)?(?:the\s+|his\s+|her\s+)?"
        r"(?:(?:constitutional\s+)?right\s+to\s+(?:the\s+)?)?effective\s+(?:assistance|representation)",
        re.IGNORECASE,
    ),
    "OM": re.compile(
        r"\bBrady\b(?!\s+(?-i:O'|[A-Z]))|\bGiglio\b|\bNapue\b|\bsuppress(?:ed|ion\s+of)\s+(?:\w+\s+){0,2}(?:exculpatory|favorable|impeach\w*|material)|"
        r"\bsuppression\s+of\s+(?:this\s+|the\s+)?(?:evidence|information)\s+(?:favorable|by\s+the\s+prosecution)|"
        r"\b(?:withh[eo]ld\w*|fail\w*\s+to\s+disclose|nondisclosure\s+of|non-disclosure\s+of)\s+(?:\w+\s+){0,3}(?:evidence|information|report|statement)|"
        r"\bprosecutorial\s+misconduct|\bpolice\s+misconduct|\bofficial\s+misconduct|\bprosecutor(?:'s)?\s+misconduct|"
        r"\bmisconduct\s+(?:of|by)\s+(?:the\s+)?(?:deputy\s+|assistant\s+)?(?:prosecut\w+|district\s+attorney|(?:state|commonwealth)(?:'s|\u2019s)?\s+attorney|county\s+attorney)|"
        r"\bprejudiced\s+(?:\w+\s+){0,8}?by\s+(?:the\s+)?prosecut\w+(?:'s|\u2019s)?\s+(?:alleged(?:ly)?\s+)?(?:\w+\s+)?(?:argument|remarks?|comments?|questions?)|"
        r"\bcoerced\s+(?:confession|statement|testimony|witness)|\bknowing(?:ly)?\s+(?:use|used|present\w*)\s+(?:of\s+)?(?:false|perjured)|"
        r"\b(?:detective|officer|police|sheriff|investigator)s?(?:'s|\u2019s)?\s+(?:(?!(?:she|he|they|I|we|you)\b)\w+\s+){0,3}(?:harass\w*|coerc\w*|threaten\w*|fabricat\w*|planted|mishandled|intimidat\w*)|"
        r"\b(?:erred|error)\s+(?:\w+\s+){0,6}(?:motion\s+to\s+suppress|refusing\s+to\s+suppress)|\bdenial\s+of\s+(?:his|her|the|defendant's|appellant's)\s+motion\s+to\s+suppress|"
        r"\brefusing\s+to\s+suppress|\b(?:arrest|search|seizure)\s+was\s+(?:illegal|unlawful|unconstitutional)|"
        # the accused's motion to suppress what the police found or heard attacks how they got it
        r"\bmotions?\s+to\s+suppress\s+(?:\w+\s+){0,4}(?:evidence|statements?|confessions?|fruits|items|drugs|cocaine|firearms?|"
        r"weapons?|guns?|physical|admissions?|results|recordings?)\b|"
        r"\billegal(?:ly)?\s+(?:search|seiz\w+|obtain\w*|arrest)|\bunlawful(?:ly)?\s+(?:search|seiz\w+|obtain\w*|arrest)|"
        r"\bMiranda\s+(?:rights\s+)?(?:violation|claim)|"
        # warnings not given, entries without warrant, brutality, the prosecutor's improper questions or argument
        r"\b(?:without|absence\s+of|failure\s+to\s+give|inadequate|defective)\s+(?:\w+\s+)?(?:Miranda|Escobedo|Dorado)\s+warnings?|"
        r"\bwarrantless\s+(?:entry|search|arrest|seizure)|\bunlawful(?:ly)?\s+(?:entry|entered)|\bpolice\s+brutality|"
        r"\bprosecutor(?:'s|\u2019s)?\s+(?:\w+\s+){0,2}?(?:improper(?:ly)?|prejudicial|inflammatory)\b|"
        r"\b(?:improper|prejudicial|inflammatory)\s+(?:\w+\s+){0,2}(?:remarks?|comments?|argument|questions?|questioning|cross-examination)\s+"
        r"(?:by|of)\s+the\s+(?:prosecutor|district\s+attorney|State|prosecution)|\bprosecutor\s+suppressed|"
        r"\bfail\w*\s+of\s+the\s+(?:prosecut\w+|State|government|police)(?:\s+\w+)?\s+to\s+disclose|\bconstitut\w+\s+suppression\s+of\s+evidence|"
        r"\bconfessions?\s+(?:\w+\s+){0,2}(?:was|were)\s+(?:\w+\s+)?coerced|\bconfessions?\s+allegedly\s+coerced|\bvoluntariness\s+of\s+(?:his|her)\s+(?:statement|confession)s?|"
        r"\binvoluntar\w+\s+(?:confession|statement)s?|"
        # improper argument by the prosecutor is a prosecutorial-misconduct claim
        r"\bimproper\s+(?:\w+\s+)?(?:argument|remarks?|comments?|questions?|questioning)\s+(?:of|by)\s+(?:the\s+)?(?:prosecut\w+|district\s+attorney|state)|"
        r"\bprosecut\w+(?:'s|\u2019s)?\s+(?:closing\s+|jury\s+|final\s+|opening\s+)?(?:argument|remarks?|comments?|statements?|questions?|"
        r"questioning|cross-examination)\s+(?:\w+\s+){0,4}(?:improper|prejudic\w+|inflammatory|misconduct|unfair)|"
        # the court let the prosecutor do something the accused objects to
        r"\b(?:allow\w*|permit\w*)\s+the\s+(?:State['\u2019]s\s+Attorney|State|prosecut\w+|district\s+attorney|county\s+attorney|government)\s+to\s+"
        r"(?:interrupt|cross-examine|question|comment|argue|refer|impeach|confer|ask|make\s+(?:improper|prejudicial|inflammatory))\b|"
        r"\b(?:confession|statement)s?\s+(?:was|were)\s+(?:coerced|involuntary|obtained\s+(?:by|through)\s+(?:threats|coercion|force))",
        re.IGNORECASE,
    ),
    "PFA": re.compile(
        r"\brecant\w*|\bfalsely\s+accus\w+|\bfalse\s+accusations?|\b(?:testimony|accusations?|statements?)\s+(?:was|were|had\s+been)\s+(?:untrue|false|fabricated|a\s+lie)|"
        r"\bsworn\s+that\s+(?:their|his|her)\s+(?:prior\s+)?testimony\s+was\s+untrue|\btestified\s+falsely|\blied\s+(?:at|during|on|under)\s+(?:the\s+)?(?:trial|stand|oath)|"
        r"\bcommitted\s+perjury|\b(?:based\s+(?:up)?on|use\s+of)\s+perjured\s+testimony|\bperjured\s+testimony\s+(?:deprived|was\s+used|at\s+(?:the\s+)?trial)",
        re.IGNORECASE,
    ),
    "MWID": re.compile(
        r"\bmisidentif\w+|\bmistaken(?:ly)?\s+identif\w+|\bsuggestive\s+(?:\w+\s+)?(?:line-?ups?|photo\w*|identification|show-?ups?|procedures?)|"
        r"\b(?:eyewitness|photo(?:graphic)?|pretrial|in-court|out-of-court|lineup)\s+identification\s+(?:\w+\s+){0,4}(?:suggestive|unreliable|tainted|mistaken)|"
        r"\b(?:unreliable|questionable|doubtful|uncertain)\s+(?:eyewitness\s+)?identification|"
        r"\b(?:challeng\w*|motion\s+to\s+suppress)\s+(?:\w+\s+){0,3}?(?:eyewitness|photo\w*|pretrial|in-court|out-of-court|line-?up|show-?up)\s+identification|"
        r"\bidentification\s+(?:\w+\s+){0,4}(?:was|is|were)\s+(?:unreliable|suggestive|tainted|mistaken|impermissibly|vague|doubtful|uncertain)",
        re.IGNORECASE,
    ),
    "FC": re.compile(r"\bfalse(?:ly)?\s+confess\w*|\bconfession\s+(?:was|were)\s+(?:false|untrue|fabricated)", re.IGNORECASE),
}
_FORENSIC_RE = re.compile(r"\b(?:firearms?\s+examiner|ballistic\w*|forensic|crime\s+lab\w*|serolog\w*|hair\s+(?:analysis|comparison)|"
                          r"bite[- ]mark|fingerprint\s+(?:analyst|examiner)|DNA\s+analyst|expert\s+testimony)\b", re.IGNORECASE)
_FALSITY_RE = re.compile(r"\b(?:false|misleading|misled|perjur\w+|fabricat\w+|misrepresent\w+|discredited|erroneous|flawed|invalid|"
                         r"falsif\w+|withheld|nondisclosure|unreliable|not\s+(?:scientifically\s+)?reliable|junk\s+science|"
                         r"disavowed|overstated)\b", re.IGNORECASE)
_ATTRIB_VERB = (
    r"(?:says|said|alleges|alleged|claims|claimed|contends|contended|argues|argued|asserts|asserted|maintains|maintained|"
    r"insists|insisted|continued|explained|added|wrote|told|stated|believes|went\s+on\s+to\s+claim|avers|averred|complains|"
    r"complained|charges|suggests)"
)
_SUBJECT_ROLES = r"(?:defendant|appellant|petitioner|movant|he|she|the\s+defense)"
_ACCORDING_RE = re.compile(r"\b(?i:according)\s+to\s+(?P<name>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})")
_COURT_FINDS_RE = re.compile(r"\b(?:we|the\s+court|this\s+court)\s+(?:find|found|hold|held|conclude|concluded|agree)\b", re.IGNORECASE)


@dataclass(frozen=True)
class FactorFact:
    code: str
    start: int
    end: int
    asserted_by: str | None
    status: str | None
    actor: str | None
    confidence: float = 0.6


def _actor(code: str, snippet: str) -> str | None:
    s = snippet.lower()
    if code == "ILD":
        return "defense_counsel"
    if code == "FMFE":
        return "forensic_analyst"
    if code in ("PFA", "MWID"):
        return "witness"
    if code == "OM":
        if re.search(r"prosecut|brady|giglio|napue|disclos|withh", s):
            return "prosecutor"
        if re.search(r"police|detective|officer|sheriff|deput|miranda|search|arrest|coerc", s):
            return "police"
    return None


class Speakers:
    """Who is speaking in a news text: named speakers and the pronoun that refers back to them."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.named: list[tuple[int, str]] = []
        text = ctx.text
        rx = re.compile(
            rf"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}})(?:'s)?(?:,\s+[^,.\n]{{1,60}},)?,?\s+(?:\w+\s+){{0,2}}?{_ATTRIB_VERB}\b"
            rf"|{_ATTRIB_VERB},?\s+(?:(?:his|her|their|the)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+,\s+)?(?P<name2>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}})"
        )
        for m in rx.finditer(text):
            name = m.group("name") or m.group("name2")
            name = re.sub(r"^(?:The|A|An|In|But|And|Even|Despite|While)\s+", "", name)
            if not is_person_name(name) and not (len(name.split()) == 1 and name[0].isupper() and name.lower() not in
                                                     ("he", "she", "it", "they", "we", "i", "the", "this")):
                continue
            self.named.append((m.start(), clean_name(name)))
        for m in _ACCORDING_RE.finditer(text):
            self.named.append((m.start(), clean_name(m.group("name"))))
        self.named.sort()

    def at(self, offset: int) -> str | None:
        """The speaker of the paragraph or quotation around ``offset``, if someone's words are reported."""
        text = self.ctx.text
        ps, pe = paragraph_bounds(text, offset)
        inside = [n for pos, n in self.named if ps <= pos < pe]
        quoted = bool(re.search(r"[\"\u201c\u201d]", text[ps:pe]))
        pronoun = re.search(rf"\b(?:she|he|they)\s+(?:\w+\s+){{0,2}}?{_ATTRIB_VERB}\b", text[ps:pe], re.IGNORECASE)
        if inside:
            return inside[0]
        if quoted or pronoun:
            earlier = [n for pos, n in self.named if pos < ps]
            if earlier:
                return earlier[-1]
        return None


def extract_factors(ctx: Context, accused_name: str | None, own_outcome: str | None) -> list[FactorFact]:
    """At most one claim per NRE code, with who asserts it and its status.

    Args:
        ctx: Document context.
        accused_name: The accused (the usual claimant in an opinion).
        own_outcome: Outcome of the court's own decision (rejected/found status), if any.
    """
    text = ctx.text
    end = ctx.facts_end
    start = ctx.header_end
    found: dict[str, FactorFact] = {}
    speakers = Speakers(ctx) if ctx.kind not in ("opinion", "order") else None

    def status_for(sent: str) -> str:
        if ctx.kind == "news" or speakers is not None:
            return "alleged"
        if re.search(r"\b(?:decline|need\s+not|do\s+not\s+(?:consider|reach|address)|premature|without\s+prejudice|time[- ]barred|untimely)\b",
                     sent, re.IGNORECASE):
            return "alleged"
        if own_outcome in ("affirmed", "denied", "dismissed"):
            return "rejected"
        if own_outcome in ("reversed", "vacated"):
            return "found"
        return "alleged"

    def add(code: str, m_start: int, m_end: int) -> None:
        if code in found:
            return
        s, e = ctx.sentence(m_start)
        sent = text[s:e]
        asserted = None
        if speakers is not None:
            asserted = speakers.at(m_start)
            if asserted is None and ctx.kind == "news":
                return  # a news text's own narration is not a claim anyone made
        elif not _COURT_FINDS_RE.search(sent[: max(0, m_start - s)]) and re.search(
            rf"\b{_SUBJECT_ROLES}\s+(?:\w+\s+){{0,2}}?{_ATTRIB_VERB}|\b(?:claim|argument|contention|assignment)s?\b",
            sent,
            re.IGNORECASE,
        ):
            asserted = accused_name
        found[code] = FactorFact(code, m_start, m_end, asserted, status_for(sent), _actor(code, sent), 0.6)

    for code, rx in _CODES.items():
        for m in rx.finditer(text, start, end):
            # a court cites Brady, Giglio or Napue because a disclosure or false-evidence claim is before it
            cited_rule = code == "OM" and re.fullmatch(r"Brady|Giglio|Napue", m.group(0)) and ctx.in_majority(m.start())
            if not ctx.usable(m.start(), m.end()) and not cited_rule:
                continue
            if ctx.sentence_cites_case(m.start()) and ctx.kind != "news":
                s, e = ctx.sentence(m.start())
                if not re.search(rf"\b{_SUBJECT_ROLES}\b", text[s:e], re.IGNORECASE):
                    continue
            add(code, m.start(), m.end())
            break
    for s, e in ctx.sentences:
        if s < start or s >= end or "FMFE" in found:
            continue
        sent = text[s:e]
        fm = _FORENSIC_RE.search(sent)
        if fm and _FALSITY_RE.search(sent) and ctx.usable(s + fm.start(), s + fm.end()):
            add("FMFE", s + fm.start(), s + fm.end())
    return sorted(found.values(), key=lambda f: f.start)
