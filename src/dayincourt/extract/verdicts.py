"""Jury votes and verdicts.

``find_jury_votes`` is the low-level finder (also used by the corpus scanner on arbitrary
windows): it reads every way opinions and news write a split ("10-2", "ten to two",
"by a vote of 11 to 1", "eleven of the twelve jurors", a jury poll) and never takes a
date or a page range for a vote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._match import Match
from ._words import VOTE_WORD_RE, to_int

if TYPE_CHECKING:
    from .context import Context

_NUM = rf"(?:1[0-2]|[0-9]|{VOTE_WORD_RE})"
_DASH = r"(?:\s*[-\u2010\u2011\u2012\u2013\u2014]\s*|\s+to\s+|-to-)"

_UNIT = (
    r"\s*(?:years?|months?|days?|weeks?|hours?|minutes?|seconds?|feet|foot|inch(?:es)?|miles?|yards?|"
    r"[ap]\.?m\.?|o'clock|percent|%|pounds?|grams?|counts?|points?|times)\b"
)
_MONTH = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$|"
    r"(?:counts?|pages?|pp?\.|paragraphs?|§+|art\.|arts\.|articles?|sections?|nos?\.|tr\.|at|ages?|between|from|aged)\s*$",
    re.IGNORECASE,
)
# "10-2", "ten to two", "11 to 1"; not part of a date (10-2-2009, 10/2) or a range (47-48).
_SPLIT_RE = re.compile(
    rf"(?<![\w/.\u2013-])(?P<g>{_NUM}){_DASH}(?P<n>{_NUM})(?![\w/]|\s*[-/\u2013]\s*\d|\.\d|{_UNIT})",
    re.IGNORECASE,
)
# "eleven of the twelve jurors", "10 out of 12 jurors"
_OF_RE = re.compile(
    rf"(?<![\w.-])(?P<g>{_NUM})\s+(?:out\s+)?of\s+(?:the\s+)?(?P<t>{_NUM})\s+(?:jurors|members\s+of\s+the\s+jury)\b",
    re.IGNORECASE,
)
_GUILTY = r"(?:guilty|to\s+convict|for\s+conviction|in\s+favor\s+of\s+(?:a\s+)?(?:conviction|guilt))"
_ACQUIT = r"(?:not\s+guilty|to\s+acquit|for\s+acquittal|in\s+favor\s+of\s+(?:an\s+)?acquittal)"
_VOTERS = r"(?:\s+(?:jurors?|members?\s+of\s+the\s+jury))?(?:\s+(?:voted|votes?(?:\s+(?:of|for))?|answered|found|were\s+for))?\s+"
# "ten jurors voted guilty and two voted not guilty", "ten guilty votes and two not guilty votes"
_POLL_RE = re.compile(
    rf"(?<![\w.-])(?P<g>{_NUM}){_VOTERS}{_GUILTY}(?:\s+votes?)?,?\s+(?:and|with|while|but|to)\s+"
    rf"(?P<n>{_NUM}){_VOTERS}{_ACQUIT}",
    re.IGNORECASE,
)
_JURY_CUE_RE = re.compile(r"\b(?:jur(?:y|ies|or|ors)|verdicts?|polled|poll)\b", re.IGNORECASE)
_CUE_BEFORE = 90
_CUE_AFTER = 60
# this trial's jury, named once: "the evidence before the jury", "refusing to instruct the jury", "the jury was told"
_THIS_JURY_RE = re.compile(r"(?<!grand\s)\b(?:before|to|instruct(?:ed|ing)?|told|charged|polled|asked)\s+the\s+jury\b|\bthe\s+jury\s+(?:was|were|heard|saw|deliberat\w*)\b",
                           re.IGNORECASE)


def _has_jury_cue(text: str, start: int, end: int) -> bool:
    """A split counts only near a word about a jury or verdict, inside the same paragraph."""
    lo = max(0, start - _CUE_BEFORE)
    hi = min(len(text), end + _CUE_AFTER)
    before = text[lo:start]
    after = text[end:hi]
    # do not look across a paragraph break
    if "\n\n" in before:
        before = before.rsplit("\n\n", 1)[1]
    if "\n\n" in after:
        after = after.split("\n\n", 1)[0]
    return bool(_JURY_CUE_RE.search(before) or _JURY_CUE_RE.search(after))


def _plausible(guilty: int | None, not_guilty: int | None) -> bool:
    """A jury of 6 to 12, at least as many votes counted for one side as a split needs."""
    if guilty is None or not_guilty is None:
        return False
    total = guilty + not_guilty
    return 6 <= total <= 12 and guilty >= 1


def find_jury_votes(text: str) -> list[Match]:
    """Find jury vote splits in ``text``.

    Args:
        text: Any text, including a window cut from the middle of a document.

    Returns:
        Matches in text order, ``value`` like ``"10-2"`` (votes for the first-named side
        first, as written; "eleven of the twelve jurors" gives ``"11-1"``).

    Example:
        >>> [m.value for m in find_jury_votes("convicted by a ten to two jury verdict")]
        ['10-2']
    """
    found: dict[int, Match] = {}

    for m in _POLL_RE.finditer(text):
        g, n = to_int(m["g"]), to_int(m["n"])
        if _plausible(g, n):
            found[m.start()] = Match(m.start(), m.end(), f"{g}-{n}", m.group(0))
    for m in _OF_RE.finditer(text):
        g, t = to_int(m["g"]), to_int(m["t"])
        if g is not None and t is not None and t in (6, 8, 12) and 0 < g <= t:
            found.setdefault(m.start(), Match(m.start(), m.end(), f"{g}-{t - g}", m.group(0)))
    for m in _SPLIT_RE.finditer(text):
        g, n = to_int(m["g"]), to_int(m["n"])
        if not _plausible(g, n) or m.start() in found:
            continue
        if any(f.start <= m.start() < f.end for f in found.values()):
            continue
        if _MONTH.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if _has_jury_cue(text, m.start(), m.end()):
            found[m.start()] = Match(m.start(), m.end(), f"{g}-{n}", m.group(0))
    return [found[k] for k in sorted(found)]


# --- the conviction and its verdict, for the draft -----------------------------------------

# a plea the accused moves to take back, or says was entered (not a plea of not guilty): a conviction by plea
_PLEA_ENTERED = (r"\bwithdraw(?:al\s+of)?\s+(?:his|her|the)\s+(?:guilty\s+|nolo\s+contendere\s+|no\s+contest\s+)?pleas?\b(?!\s+of\s+not)|"
                 r"\b(?:his|her)\s+pleas?\s+(?:was|were)\s+entered")
_CONVICT_CUE_RE = re.compile(
    r"\b(?:convicted|convicting|found\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?:\w+\s+){0,2}guilty|"
    r"found\s+that\s+(?:the\s+)?(?:defendant|appellant|petitioner|he|she|[A-Z][a-z]+)\s+(?:was|is)\s+guilty|"
    # "found appellant, John Roe, guilty", "found Mr. Roe and his wife guilty"
    r"found\s+(?:the\s+)?(?:defendant|appellant|petitioner|accused),?\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},?\s+guilty|"
    r"found\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?\w+\s+and\s+(?:his|her)\s+(?:wife|husband|co-?defendants?|co-?conspirators?|brother|sister|son|daughter|"
    r"father|mother|partner|cousin)\s+guilty|"
    # "after pleading guilty to X"
    r"(?:after|upon|following|by|on|when)\s+pleading\s+(?:guilty|no\s+contest|nolo\s+contendere)|"
    # "a jury verdict finding him guilty", "adjudged guilty", "adjudicated guilty"
    r"(?:finding|adjudged|adjudicated)\s+(?:(?!not\b)\w+\s+){0,2}guilty|\bAlford\s+plea|(?:returned|rendered)\s+(?:a\s+)?(?:\w+\s+)?verdicts?\s+of\s+guilty|"
    # "appeals his judgment and sentence for X", "his adjudication of guilt", "the judgment entry of conviction"
    r"(?:his|her)\s+(?:judgments?|adjudications?\s+of\s+guilt)\s+and\s+sentences?\s+for\b|(?:his|her)\s+adjudications?\s+of\s+guilt\b|"
    r"judgments?\s+entry\s+of\s+conviction|"
    r"guilty\s+verdicts?|verdicts?\s+of\s+guilty|(?:pleaded|pled|plead)\s+guilty|plea\s+of\s+guilty|guilty\s+plea|"
    r"(?:pleaded|pled)\s+(?:no\s+contest|nolo\s+contendere|non\s+vult)|pleas?\s+of\s+(?:no\s+contest|nolo\s+contendere|non\s+vult)|"
    r"(?:nolo\s+contendere|non\s+vult|no\s+contest)\s+pleas?|judgments?\s+of\s+conviction|his\s+conviction|her\s+conviction|"
    # a plea the accused moves to take back was entered: "his motion to withdraw his plea", "After his plea was entered"
    + _PLEA_ENTERED + r"|"
    # "his first degree murder conviction", "a jury conviction for conspiracy"
    r"(?:his|her)\s+(?!prior\b|previous\b|earlier\b|former\b|past\b|other\b|juvenile\b)(?:[\w\u201c\u201d\"'\u2019-]+\s+){1,5}convictions?\b|jury\s+convictions?\b|"
    # 'his California "natural and probable consequences" murder conviction'
    r"(?:his|her)\s+(?:\w+\s+)?[\u201c\"][^\u201d\"]{1,60}[\u201d\"]\s+(?:[\w-]+\s+){0,2}convictions?\b|"
    r"serving\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}sentence|guilty[- ]plea\s+conviction|"
    # "Roe's conviction for attempted robbery is affirmed" (the name is checked to be the accused's)
    r"(?:(?-i:[A-Z][a-z]+)|(?:the\s+)?(?:defendant|appellant|petitioner))['\u2019]s?\s+(?:(?!prior\b|previous\b|earlier\b|former\b|past\b|other\b|juvenile\b)[\w-]+\s+){0,4}?convictions?\s+(?:for|of)\b|"
    # Texas: "The conviction is for burglary; the punishment, two years"; "following a conviction by jury on ..."
    r"\bconviction\s+is\s+for\b|\bconviction\s+by\s+(?:a\s+|the\s+)?jury\b|\b[Tt]he\s+offense\s+is\s+[^.;]{2,120};\s+(?:the\s+)?punishment\b|"
    r"conviction\s+of\s+(?:the\s+)?(?:appellant|defendant|petitioner)|appeals?\s+(?:is\s+|was\s+)?from\s+(?:(?:a|the|this)\s+(?:\w+\s+)?)?conviction\b|(?:on|upon|after|following)\s+(?:his\s+|her\s+)?conviction\s+(?:of|upon|on|for)\b|"
    r"appeals?\s+(?:from\s+)?(?:his|her)\s+(?:\d+-month\s+)?sentence|sentence\s+imposed\s+(?:upon|on)\s+(?:him|her)|"
    # a sentence pronounced on the accused means a conviction, even when the opinion names neither trial nor plea
    r"sentencing\s+(?:the\s+)?(?:defendant|appellant|him|her)\s+to|(?:defendant|appellant|he|she)\s+was\s+sentenced\s+to|"
    r"(?-i:[A-Z][a-z]+)\s+was\s+sentenced\s+to|"  # "Roe was sentenced to death" (the name is checked to be the accused's)
    # a court-martial's record above the opinion: "Sentence adjudged 16 December 2014 by SPCM"
    r"\bsentence\s+adjudged\b)",
    re.IGNORECASE,
)
_PLEA_RE = re.compile(
    r"\b(?:pleaded|pled|plead|pleading)\s+(?:guilty|no\s+contest|nolo\s+contendere|non\s+vult)|\bpleas?\s+of\s+(?:guilty|nolo|non\s+vult)|"
    r"\bguilty[- ]pleas?\b|\b(?:nolo\s+contendere|non\s+vult|no\s+contest)\s+pleas?\b|"
    r"\b(?:Alford|Crosby|blind|open)\s+plea\b|\bplea\s+(?:agreement|bargain)\b|\bplea\s+of\s+no\s+contest\b|" + _PLEA_ENTERED,
    re.IGNORECASE,
)
_JURY_FORM_RE = re.compile(
    r"\b(?:(?:by|before)\s+(?:a|the)\s+(?:\w+\s+|(?-i:[A-Z][\w-]*\s+){2,3})?jury|tried\s+to\s+(?:a|the)\s+jury|"
    # not "waived his right to a jury trial"
    r"(?<!non-)(?<!non)(?<!right\sto\sa\s)(?<!right\sto\s)(?<!waived\sa\s)(?<!waiving\sa\s)(?<!without\sa\s)jury\s+(?:found|convicted|acquitted|returned|verdict|trial|deliberat\w*)|"
    r"(?:a|the)\s+(?:\w+\s+){0,2}jury\s+(?:found|convicted)|upon\s+a\s+jury\s+verdict|jury['\u2019]s\s+verdict|"
    r"(?:a|the)\s+jury\s+(?:in|of)\s+(?:[A-Z]\w+\s+){1,3}(?:County|Parish)\s+(?:found|convicted)|"  # "a jury in Clark County found"
    r"(?:\d+|ten|eleven|nine)\s*-\s*\d+\s+(?:jury\s+)?verdict|convicted\s+by\s+a\s+\d+-\d+|conviction\s+by\s+jury|jury\s+conviction|"
    r"(?:convicted|found\s+guilty)\s+by\s+jury|"
    # "After trial by jury, ...", not "waived (his right to) trial by jury"
    r"(?<!right\sto\s)(?<!waived\s)(?<!waive\s)(?<!waiving\s)(?<!without\s)trial\s+by\s+(?:a\s+)?jury)",
    re.IGNORECASE,
)
_BENCH_RE = re.compile(
    r"\b(?:bench\s+trial|non-?jury\s+trial|jury[- ]waived\s+trial|(?:trial|tried)\s+(?:to|before|by)\s+the\s+(?:court|bench|judge)(?!\s+of\b)|"
    r"(?:a|the|his|her)\s+court\s+trial|"  # not "the state court trial"
    r"sitting\s+without\s+a\s+jury|(?:court|judge)\s*,?\s+without\s+a\s+jury|waived\s+(?:his|her|a)\s+(?:right\s+to\s+(?:a\s+)?)?jury|"
    r"tried\s+(?:\w+\s+){0,3}without\s+a\s+jury|waiv(?:ed|ing)\s+(?:(?:his|her|a|the)\s+)?(?:right\s+to\s+(?:a\s+)?)?(?:trial\s+by\s+jury|jury\s+trial)|"
    r"(?:trial\s+court|district\s+court|trial\s+judge|judge|the\s+court)\s+found\s+(?:him|her|the\s+defendant|defendant|[A-Z]\w+)\s+guilty|"
    r"found\s+guilty\s+(?:of\s+[^.;]{1,80}?\s+)?by\s+the\s+(?:trial\s+)?judge)",
    re.IGNORECASE,
)
_JURY_VERDICT_ON_ACCUSED_RE = re.compile(
    r"\bjury\s+(?:found|convicted|returned\s+a\s+verdict\s+against)\s+(?:him|her|the\s+(?:defendant|appellant)|defendant|appellant|[A-Z][a-z]+)\b|"
    r"\b(?:was|were)\s+(?:found\s+guilty|convicted)\s+by\s+(?:a|the)\s+jury\b|"
    r"\b(?:after|following|upon)\s+(?:a\s+)?(?:jury\s+trial|trial\s+by\s+(?:a\s+)?jury),?\s+(?:the\s+)?(?:defendant|appellant|petitioner|he|she|"
    r"[A-Z][a-z]+)\s+(?:was|were)\s+(?:found\s+guilty|convicted)\b", re.IGNORECASE)
_PLEA_BARGAIN_DOWN_RE = re.compile(
    r"\b(?:originally|initially)\s+(?:been\s+)?(?:charged|indicted)\s+(?:with|for)\b|\breduced\s+charges?\b|\bamended\s+charges?\b|"
    r"\bin\s+exchange\s+for\s+(?:the\s+)?dismissal\b", re.IGNORECASE)
_LESSER_RE = re.compile(r"\b(?:lesser(?:[- ]included)?\s+(?:offense|crime|charge)|responsive\s+(?:verdict|offense|crime))\b", re.IGNORECASE)
_INSTRUCTED_VERDICT_RE = re.compile(r"\bin\s+accordance\s+with\s+the\s+court['\u2019]?s?\s+instructions?\b|\binstructed\s+(?:the\s+jury\s+)?"
                                    r"(?:verdict|to\s+find)\b", re.IGNORECASE)
_RULE_OF_LAW_RE = re.compile(r"\b(?:may|might|can|could|would)\s+(?:not\s+)?(?:have\s+)?be(?:en)?\s+convicted\b|\b[Aa]\s+defendant\b")
_INSTRUCTION_RE = re.compile(r"\binstruct\w*|\bjury\s+charge\b|\bcharge\s+(?:the\s+jury\s+)?on\b|\bsubmit\w*\b", re.IGNORECASE)
_UNANIMOUS_RE = re.compile(r"\b(?:unanimous(?:ly)?\s+(?:jury\s+)?(?:verdict|found|convicted|returned)|verdict\s+was\s+unanimous|"
                           r"jury\s+unanimously)\b", re.IGNORECASE)
_NON_UNANIMOUS_RE = re.compile(r"\bnon-?unanimous\s+(?:jury\s+)?verdict\b", re.IGNORECASE)
_RETRIAL_RE = re.compile(
    r"\b(?:second\s+trial|retrial|re-?tried|new\s+trial\s+(?:was\s+)?held|stood\s+trial\s+(?:for\s+)?(?:a\s+)?second\s+time|"
    r"tried\s+(?:again|a\s+second\s+time)|third\s+trial|tried\s+(?:\w+\s+){0,2}(?:two|three|four)\s+(?:times|occasions)|"
    r"(?:was|were)\s+again\s+(?:convicted|found\s+guilty)|again\s+convicted|convicted\s+again|[Oo]n\s+remand,?\s+(?:he|she|the\s+\w+|[A-Z][a-z]+)\s+was\s+(?:(?:re)?tried|convicted|found\s+guilty))\b",
    re.IGNORECASE,
)
_NEW_TRIAL_GRANTED_RE = re.compile(
    r"\b(?:grant(?:ed|ing)?\s+(?:(?:Mr\.|Ms\.|Mrs\.)\s+)?(?:\w+\s+){0,3}(?:a\s+)?new\s+trial|new\s+trial\s+(?:was\s+)?granted|"
    r"granted\s+(?:(?:his|her|the|a)\s+)?motion\s+for\s+(?:a\s+)?new\s+trial|motion\s+for\s+(?:a\s+)?new\s+trial\s+was\s+granted|"
    # an appellate court undoes the conviction and orders the case tried again
    r"(?:reversed|vacated)\s+[^.;]{0,140}?\bremanded\s+(?:\w+\s+){0,3}for\s+(?:a\s+)?new\s+trial|"
    r"reversed\s+(?:an?|the|his|her)\s+(?:earlier|first|original)\s+(?:[\w-]+\s+){0,3}conviction|"
    r"(?:ordered|awarded|secured|won|obtained)\s+(?:(?:him|her)\s+)?(?:a\s+)?new\s+trials?)",
    re.IGNORECASE,
)
_CIVIL_VERDICT_RE = re.compile(r"\bverdict\s+(?:in\s+favor\s+of|for)\s+(?:the\s+)?(?:plaintiff|defendant)s?\b|\bdamages\b", re.IGNORECASE)
_PENALTY_PHASE_RE = re.compile(r"\b(?:penalty|sentencing)\s+(?:phase|hearing|recommendation)|recommend\w*\s+(?:a\s+)?(?:death|life)|"
                               r"\bdeath\s+(?:sentence|penalty)|aggravating", re.IGNORECASE)


# "tried on an indictment charging murder and convicted of manslaughter", "found him not guilty of first degree murder
# but guilty of second degree murder": what was charged (or acquitted), then what the verdict or plea took
_CHARGED_THEN_CONVICTED_RE = re.compile(
    r"\b(?:charg(?:ed|ing)|indicted|tried|acquitted|not\s+guilty)\b(?P<charged>.*?)"
    r"\b(?:convicted|(?<!not\s)guilty|pleaded|pled)\b(?P<convicted>.*)", re.IGNORECASE | re.DOTALL)
_HOMICIDE_RE = re.compile(
    r"(?:(?:capital|aggravated|felony|voluntary|involuntary|(?:criminally\s+)?negligent|reckless|vehicular|"
    r"(?:first|second|third)[- ]degree)\s+)*(?:murder|manslaughter|homicide)(?:\s+in\s+the\s+(?:first|second|third)\s+degree)?",
    re.IGNORECASE)

# The grading vocabulary shared by the sentence-level and the document-level reading of a lesser conviction.
_DEGREES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_DEGREE = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
# "second-degree assault", "assault in the second degree", "class B felony" (1 = gravest)
_DEGREE_RE = re.compile(rf"\b(?P<d>{_DEGREE})[- ]degree\b(?:\s+(?P<after>[a-z]+))?|"
                        rf"\b(?P<before>[a-z]+)\s+in\s+the\s+(?P<d2>{_DEGREE})\s+degree\b|\bclass\s+(?P<cls>[a-e])\b",
                        re.IGNORECASE)
_GRADE_WORDS_RE = re.compile(rf"\b{_DEGREE}[- ]degree\b|\bclass\s+[a-e]\b|\b(?:felony|misdemeanor)\b|"
                             r"\baggravated\b|\battempt(?:ed|s)?\b|\b(?:to\s+commit|of|the|an?|in)\b", re.IGNORECASE)
# Greater offense -> words of the lesser offenses it includes.
_LESSER_INCLUDED = {
    "murder": ("manslaughter", "negligent homicide"),
    "rape": ("sexual battery", "sexual imposition", "sexual assault", "sexual abuse", "sexual contact", "indecen"),
    "kidnapping": ("abduction", "false imprisonment", "unlawful restraint"),
    "robbery": ("theft", "larceny"),
    "burglary": ("trespass", "theft"),
}


def _degree(m: re.Match[str]) -> int:
    """The grade a ``_DEGREE_RE`` match states: the degree, or the class letter (A = 1)."""
    if m["cls"]:
        return ord(m["cls"].lower()) - ord("a") + 1
    return _DEGREES[(m["d"] or m["d2"]).lower()]


def _homicide_rank(offense: str) -> int | None:
    """1 is the gravest (capital, first degree murder), 4 the least (involuntary manslaughter, negligent homicide)."""
    o = offense.lower()
    if "murder" in o:
        return 1 if re.search(r"capital|aggravated|first", o) else 3 if "third" in o else 2
    if "manslaughter" in o:
        return 4 if re.search(r"involuntary|second|negligent|reckless|vehicular", o) else 3
    return 4 if re.search(r"negligent|reckless|vehicular", o) else None


def _graded(part: str) -> dict[str, int]:
    """The gravest grade of each offense family named in ``part``: homicide by rank, others by degree."""
    grades: dict[str, int] = {}
    for m in _HOMICIDE_RE.finditer(part):
        rank = _homicide_rank(m.group(0))
        if rank is not None:
            grades["homicide"] = min(rank, grades.get("homicide", rank))
    for m in _DEGREE_RE.finditer(part):
        family = (m["after"] or m["before"] or "").lower()
        if not family or m["cls"] or family in ("murder", "manslaughter"):
            continue
        degree = _degree(m)
        grades[family] = min(degree, grades.get(family, degree))
    return grades


def _grade(offense: str) -> tuple[int | None, bool, bool, str]:
    """Degree (1 = gravest) or class, aggravated?, attempt?, and the offense words without them."""
    m = _DEGREE_RE.search(offense)
    base = " ".join(_GRADE_WORDS_RE.sub(" ", offense.lower()).split())
    return (_degree(m) if m else None, bool(re.search(r"\baggravated\b", offense, re.IGNORECASE)),
            bool(re.search(r"\battempt", offense, re.IGNORECASE)), base)


def graded_lower(charged: str, convicted: str) -> bool:
    """The same offense at a lower grade: second- for first-degree, class B for A, plain for aggravated, attempt for the act."""
    cd, ca, ct, cb = _grade(charged)
    vd, va, vt, vb = _grade(convicted)
    if not cb or not vb or not (cb == vb or cb.endswith(" " + vb) or vb.endswith(" " + cb)):
        return False
    return (cd is not None and vd is not None and vd > cd) or (ca and not va) or (vt and not ct)


def convicted_of_lesser(charged: str, offenses: list[str]) -> bool:
    """Every offense of conviction is less than what ``charged`` (the words after "indicted for") names: an offense
    it includes (indicted for rape, guilty of imposition) or its own offense at a lower grade."""
    if not offenses:
        return False
    charged = charged.lower()
    convicted = " ".join(offenses).lower()
    greater = [g for g in _LESSER_INCLUDED if re.search(rf"\b{g}\b", charged) and not re.search(rf"\b{g}\b", convicted)]
    if greater and all(any(lesser in off.lower() for g in greater for lesser in _LESSER_INCLUDED[g]) for off in offenses):
        return True
    # the charged offense as written up to the first "and"/"," (one offense, its "in the first degree" kept), against
    # each offense of conviction
    first = re.split(rf",|\band\b|\bin\s+(?:the(?!\s+{_DEGREE}\s+degree)|that|connection)\b|\bafter\b|\bon\s+\w+\s+\d", charged)[0]
    first = re.sub(r"^(?:\w+\s+counts?\s+of\s+|one\s+count\s+of\s+|the\s+(?:crime|offense)\s+of\s+)", "", first.strip())
    return all(graded_lower(first, off) for off in offenses)


def _convicted_of_less_than_charged(sentence: str) -> bool:
    """The sentence names a grave offense charged (or acquitted) and a lesser grade of it taken by verdict or plea."""
    m = _CHARGED_THEN_CONVICTED_RE.search(sentence)
    if not m:
        return False
    charged, convicted = _graded(m["charged"]), _graded(m["convicted"])
    return any(family in charged and grade > charged[family] for family, grade in convicted.items())


@dataclass(frozen=True)
class ConvictionFact:
    """The conviction (trial, plea, retrial or unknown form) and its verdict.

    Attributes:
        kind: ``trial``, ``plea``, ``retrial`` or ``other`` (form not stated).
        form: ``jury``, ``bench``, ``plea`` or None.
        outcome: ``guilty`` or ``guilty_lesser``.
        votes: ``(guilty, not_guilty)`` when a split is stated.
        unanimous: True/False when stated or implied by the votes.
        start, end: The cue that states the conviction.
        vote_span: The span stating the votes.
    """

    kind: str
    form: str | None
    outcome: str
    votes: tuple[int, int] | None
    unanimous: bool | None
    start: int
    end: int
    vote_span: tuple[int, int] | None = None
    confidence: float = 0.7
    result: str = "convicted"  # the proceeding's outcome: "hung" for a trial the jury could not decide


_HUNG_RE = re.compile(
    r"\b(?:hung\s+jury|jury\s+(?:could\s+not|was\s+unable\s+to|failed\s+to)\s+(?:agree|reach\s+a\s+verdict)|"
    r"jury\s+(?:was\s+)?deadlocked|deadlocked\s+jury|mistrial\s+(?:was\s+)?declared\s+(?:because|when|after)\s+the\s+jury)\b",
    re.IGNORECASE,
)


_TRIAL_COUNT_RE = re.compile(r"\btried\s+(?:\w+\s+){0,2}(?P<n>three|four)\s+(?:times|occasions)\b|"
                             r"\b(?:at|in|after|during)\s+(?:the|his|her)\s+(?P<nth>third|fourth)\s+trial\b", re.IGNORECASE)
_FUTURE_RE = re.compile(r"\b(?:will|would|should|may|might|if|[Ww]e)\b")


def retried_before(ctx: Context, end: int) -> bool:
    """A new trial was ordered and held before this decision: not "remanded for a new trial" by this court, nor "the
    issue will arise again on retrial"."""
    text = ctx.text

    def told(rx: re.Pattern[str]) -> bool:
        for m in rx.finditer(text, ctx.header_end, end):
            s, e = ctx.sentence(m.start())
            if end - m.start() < 400 or _FUTURE_RE.search(text[s:e]):
                continue  # the court's own disposition, or a retrial still to come
            return True
        return False

    return told(_RETRIAL_RE) and told(_NEW_TRIAL_GRANTED_RE)


# the subject of a conviction cue is someone else charged in the affair
# ("The State's witness, Carl Poe, pleaded guilty", "His codefendant, Carl Poe, was convicted of robbery")
_OTHERS_PLEA_RE = re.compile(r"\b(?:accomplices?|co-?defendants?|co-?conspirators?|co-?indictees?|co-?perpetrators?|confederates?|"
                             r"(?:State['\u2019]s\s+|government['\u2019]s\s+|prosecution['\u2019]s\s+|key\s+|chief\s+|principal\s+|star\s+)witness(?:es)?|informants?)\b"
                             r"(?:,\s+[A-Z][\w.' -]{1,40},)?\s*(?:who\s+had\s+)?(?:also\s+|had\s+|later\s+|each\s+|all\s+)?"
                             r"(?:(?:was|were|had\s+been)\s+(?:also\s+|later\s+|separately\s+)?|(?:had\s+)?entered\s+(?:a|an)\s+)?$", re.IGNORECASE)

# a plea named with its own subject: "Hale, who had pleaded guilty, testified", "Hale pleaded guilty and testified"
# ... or "Poe's plea of guilty", "Poe entered a guilty plea"
_NAMED_SUBJECT_RE = re.compile(r"\b([A-Z][a-z]+)(?:,\s+who\s+(?:had\s+)?|\s+(?:had\s+)?)(?:also\s+|later\s+|previously\s+|earlier\s+)?"
                               r"(?:entered\s+(?:a|an)\s+)?$|\b([A-Z][a-z]+)['\u2019]s?\s+$")
# a sentence that cites a case as authority but tells of the accused's own plea or conviction: "Roe contends that his counsel
# was ineffective under Padilla v. Kentucky, 559 U.S. 356 (2010), when she failed to tell him the consequences of his guilty plea"
_OWN_CASE_CITING_RE = re.compile(r"\s*(?:(?:Defendant|Appellant|Petitioner|Movant)\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:contends|argues|claims|asserts|"
                                 r"maintains)\b)[^;]*\b(?:his|her)\s+\S$")
# capitalised words that name the accused by his part in the case, never another person ("Applicant pleaded guilty")
NOT_OTHERS = frozenset({"Defendant", "Appellant", "Appellee", "Petitioner", "Respondent", "Accused", "Movant", "Applicant", "Relator",
                         "He", "She", "They"})
# a plea offered or refused, not entered: "he rejected a plea offer", "the State offered a plea bargain, which he refused"
_PLEA_NOT_ENTERED_RE = re.compile(r"\b(?:offer\w*|refus\w*|reject\w*|declin\w*|withdr[ae]w\w*)\b", re.IGNORECASE)


def accused_words(ctx: Context) -> frozenset[str]:
    """The capitalised words of the accused's names and aliases, to tell the accused's plea from another person's."""
    return frozenset(w for p in ctx.parties if "_defendant" in p.labels for n in (p.name, *p.aliases, *p.others)
                     for w in re.findall(r"[A-Z][a-z]+", n))


def anothers_plea(text: str, start: int, sentence_start: int, accused: frozenset[str]) -> bool:
    """The plea at ``start`` is someone else's: an accomplice's or co-defendant's, or a named person not the accused."""
    before = text[max(sentence_start, start - 80) : start]
    if _OTHERS_PLEA_RE.search(before) and not re.search(r"\b(?:and|with)\s+(?:his|her|their|a|the)\s+co-?\w+", before, re.IGNORECASE):
        return True  # "Roe's accomplice, Carl Poe, pleaded guilty"
    named = _NAMED_SUBJECT_RE.search(before)
    who = named and (named.group(1) or named.group(2))
    if not (accused and named) or who in accused or who in NOT_OTHERS:
        return False
    return not accused & set(re.findall(r"[A-Z][a-z]+", before))  # "Price and Lee Roe pleaded guilty": the accused too


# the cue denies a conviction or states the law: "did not plead guilty", "had not been theretofore convicted", "released
# without being convicted", "the defendant may be convicted of", "lacks the intent to be convicted of", "any person
# convicted of"
_NOT_A_CONVICTION_RE = re.compile(
    r"(?:\b(?:not|never)|\bwithout\s+being)\s+(?:\w+\s+){0,2}$|"
    r"\b(?:may|might|can|cannot|shall|must|to)\s+(?:not\s+)?(?:only\s+)?(?:be|have\s+been)\s+$|"
    r"\b(?:any|every)\s+person\b|\ba\s+person\s+(?:who|is|was|has)\b", re.IGNORECASE)
_BUT_AFTER_ACQUITTAL_RE = re.compile(r"\b(?:but|and|yet)\s+(?:(?:was|were|he|she|it|the\s+jury)\s+)*$|\bbut\s+$")
# a precedent told after its citation: "In that case the defendant was convicted ...", "There, the accused pleaded ..."
PRECEDENT_TOLD_RE = re.compile(r"\s*(?:In\s+(?:that|each|both)\s+(?:case|decision)s?,?|(?:But\s+)?[Tt]here(?:,|\s+the\s+(?:defendant|accused|"
                               r"appellant|petitioner)\b))(?=[\s,])")
# "convicted felons", "convicted sex offenders": a class of people, not this conviction
_CONVICTED_CLASS_RE = re.compile(r"convicted\s+(?:sex\s+)?(?:felons?|offenders?|prisoners?|persons?|criminals?|inmates?)\b", re.IGNORECASE)


# a jury trial told in the appeal from it: "the court submitted this phase of the case to the jury", "the jury was
# instructed", "the charge of the court to the jury"
_JURY_TRIAL_TOLD_RE = re.compile(
    r"\b(?:the\s+jury\s+(?:was|were)\s+(?:instructed|charged|told)|instruct\w*\s+(?:to\s+)?the\s+jury|"
    r"(?:charge|instructions?)\s+(?:of\s+the\s+court\s+)?to\s+the\s+jury|submitted\s+(?:[\w-]+\s+){0,6}?to\s+the\s+jury|"
    r"jury['\u2019]s\s+verdict|the\s+jury\s+(?:found|returned|convicted|deliberat\w*)|verdict\s+of\s+the\s+jury)\b",
    re.IGNORECASE,
)
# no conviction to presuppose: the State appeals a pretrial ruling, or the accused was acquitted
_NO_CONVICTION_YET_RE = re.compile(
    r"\b(?:the\s+)?(?:State|Government|People|Commonwealth|United\s+States)\s+(?:appeals|appealed|has\s+appealed|brings\s+this\s+appeal)\b|"
    r"\bacquit\w*|\bpre-?trial\b|\bmistrial\b|\binterlocutory\b")


def implied_conviction(ctx, decided: str | None, outcome: str | None) -> ConvictionFact | None:
    """The conviction an appeal presupposes where the opinion never states it: the accused's own appeal, decided here,
    from the verdict of a jury the opinion tells of ("... submitted this phase of the case to the jury. ... New trial.").

    Args:
        ctx: ``dayincourt.extract.context.Context`` of the document.
        decided: The kind of proceeding this court decides (``proceedings.decided_kind``).
        outcome: This court's outcome (``proceedings.disposition``).

    Returns:
        A jury trial that convicted, or None unless every condition holds.
    """
    if not ctx.criminal or decided != "direct_appeal" or outcome not in ("affirmed", "reversed", "vacated", "remanded", "other"):
        return None
    acc = ctx.defendant_party
    if acc is None or {"appellee", "respondent"} & set(acc.labels):
        return None  # the government appeals: no conviction need lie behind it
    text = ctx.text
    if _NO_CONVICTION_YET_RE.search(text, ctx.header_end, ctx.facts_end):
        return None
    for m in _JURY_TRIAL_TOLD_RE.finditer(text, ctx.header_end, ctx.facts_end):
        if ctx.usable(m.start(), m.end()) and not ctx.sentence_cites_case(m.start()):
            return ConvictionFact("trial", "jury", "guilty", None, None, m.start(), m.end(), confidence=0.45)
    return None


def extract_convictions(ctx) -> list[ConvictionFact]:
    """The conviction(s) of the accused stated in the document (a retrial gives two).

    Args:
        ctx: ``dayincourt.extract.context.Context`` of the document.
    """
    if not ctx.criminal:
        return []
    text = ctx.text
    end = ctx.facts_end
    accused = accused_words(ctx)
    cues = []
    for m in _CONVICT_CUE_RE.finditer(text, 0, end):
        if not ctx.usable(m.start(), m.end()):
            continue
        s, e = ctx.sentence(m.start())
        if ctx.sentence_cites_case(m.start()) and not _OWN_CASE_CITING_RE.match(text[s : m.start() + 1]):
            continue
        sent = text[s:e]
        guard = re.search(r"\b(?:if|whether|unless|would|could|prior\s+conviction|previous(?:ly)?\s+convicted|previously(?=\s+(?:been\s+)?$)|acquitted|"
                          r"not\s+guilty|did\s+not\s+plead)\b", text[max(s, m.start() - 60) : m.start()], re.IGNORECASE)
        if guard and not (guard.group(0).lower() in ("acquitted", "not guilty")
                          and _BUT_AFTER_ACQUITTAL_RE.search(text, guard.end(), m.start())):
            continue  # "acquitted him of murder but convicted him of manslaughter" still states a conviction
        if _NOT_A_CONVICTION_RE.search(text[max(s, m.start() - 60) : m.start()]) or _CONVICTED_CLASS_RE.match(text, m.start()) \
                or PRECEDENT_TOLD_RE.match(sent):
            continue  # "did not plead guilty", "may be convicted of", "any person convicted of", "convicted felons"
        if _CIVIL_VERDICT_RE.search(sent):
            continue
        if anothers_plea(text, m.start(), s, accused if _PLEA_RE.match(m.group(0)) else frozenset()):
            continue  # "Roe's accomplice, Carl Poe, pleaded guilty": another's conviction, not the accused's
        owner = re.match(r"([A-Z][a-z]+)(?:['\u2019]|\s+was\s+sentenced)", m.group(0))
        if owner and accused and owner.group(1) not in accused and owner.group(1) not in NOT_OTHERS:
            continue  # "Poe's conviction for robbery": a named person's, not the accused's
        cues.append((m, s, e))
    if not cues:
        return []
    body = text[ctx.header_end : end]
    # a jury that finds guilt on the court's instruction after a guilty plea (Texas) does not make it a jury trial
    all_sents = [text[s:e] for _, s, e in cues]
    pleaded = any(_PLEA_RE.search(t) for t in all_sents)
    conv_sents = [t for t in all_sents if not (pleaded and _INSTRUCTED_VERDICT_RE.search(t))] or all_sents
    joined = " ".join(conv_sents)
    form: str | None = None
    if any(_PLEA_RE.search(t) for t in conv_sents) and not _JURY_FORM_RE.search(joined):
        form = "plea"
    elif _PLEA_RE.search(conv_sents[0]) and not _JURY_FORM_RE.search(conv_sents[0]) and not _JURY_VERDICT_ON_ACCUSED_RE.search(joined):
        form = "plea"  # the opinion opens on the accused's plea; later jury talk is law (Blakely), not his trial
    elif _JURY_FORM_RE.search(joined):
        form = "jury"
    elif _BENCH_RE.search(body):
        form = "bench"
    elif any(not anothers_plea(text, at, ctx.sentence(at)[0], accused) and not _PLEA_NOT_ENTERED_RE.search(text, *ctx.sentence(at))
             for at in (ctx.header_end + p.start() for p in _PLEA_RE.finditer(body))):
        form = "plea"
    elif re.search(r"\b(?:the|a)\s+jury\s+(?:found|convicted|returned|verdict)|\bjury\s+verdict\b|\bjury\s+trial\b|"
                   r"\btrial\s+(?:was\s+)?(?:before|to|by)\s+(?:a|the)\s+jury\b", body, re.IGNORECASE) or len(re.findall(r"(?<!grand\s)\bjur(?:y|or|ors)\b", body, re.IGNORECASE)) >= 2:
        form = "jury"
    elif any(ctx.usable(ctx.header_end + m.start()) and not ctx.sentence_cites_case(ctx.header_end + m.start())
             for m in _THIS_JURY_RE.finditer(body)):
        form = "jury"  # one mention of this trial's jury: "the evidence before the jury", "instruct the jury on battery"
    # "refused to instruct on battery as a lesser included offense" is a claim about the charge, not the verdict
    # ("A defendant may be convicted of a lesser-included offense." is the law, not this verdict)
    outcome = "guilty_lesser" if any((_LESSER_RE.search(t) and not _INSTRUCTION_RE.search(t) or _convicted_of_less_than_charged(t))
                                     and not _RULE_OF_LAW_RE.search(t) for t in conv_sents) else "guilty"
    if form == "plea" and _PLEA_BARGAIN_DOWN_RE.search(body):
        outcome = "guilty_lesser"  # pleaded to something else than the offense first charged
    votes = None
    vote_span = None
    for v in find_jury_votes(text[: end]):
        if not ctx.usable(v.start, v.end) or ctx.sentence_cites_case(v.start):
            continue
        s, e = ctx.sentence(v.start)
        if _PENALTY_PHASE_RE.search(text[s:e]):
            continue
        g, n = (int(x) for x in v.value.split("-"))
        votes, vote_span = (g, n), (v.start, v.end)
        if form is None:
            form = "jury"
        break
    unanimous: bool | None = None
    if votes is not None:
        unanimous = votes[1] == 0
    elif _NON_UNANIMOUS_RE.search(body):
        unanimous = False
    elif form == "jury" and _UNANIMOUS_RE.search(body):
        unanimous = True
    first_m, _, _ = cues[0]
    kind = {"jury": "trial", "bench": "trial", "plea": "plea"}.get(form or "", "other")
    if kind == "other" and re.search(r"\b(?:testified\s+at\s+(?:the\s+)?trial|at\s+trial|during\s+(?:the\s+)?trial|"
                                     r"trial\s+testimony|throughout\s+the\s+trial|trial\s+proceedings|at\s+the\s+trial|"
                                     r"sufficiency\s+of\s+the\s+evidence|(?:in)?sufficient\s+evidence\s+to\s+(?:convict|support)|"
                                     r"evidence\s+(?:was|is)\s+(?:in)?sufficient|cross-examination|"
                                     # "was tried and convicted", "convicted ... after a trial", "Following a trial"
                                     r"(?:was|were)\s+tried(?:\s+and|,)\s+(?:\w+\s+)?(?:convicted|found\s+guilty)|"
                                     r"(?:after|following|at\s+the\s+conclusion\s+of)\s+a\s+trial|"
                                     # the trial's own steps: "at the close of the evidence", "no limiting instruction was
                                     # given", "his motion for a directed verdict"
                                     r"close\s+of\s+(?:all\s+)?(?:the\s+)?(?:State['\u2019]s\s+|government['\u2019]s\s+)?(?:evidence|case)|"
                                     r"limiting\s+instructions?|motion\s+for\s+(?:a\s+)?directed\s+verdict|"
                                     r"motion\s+for\s+(?:a\s+)?judgment\s+of\s+acquittal)\b|\btestified\b", body, re.IGNORECASE):
        kind = "trial"  # witnesses testified: there was a trial, of a form the document does not state
    hung = _HUNG_RE.search(body)
    if hung and re.match(r"\s+(?:over|on|as\s+to|at)\s+(?:the\s+)?(?:proper\s+)?(?:penalty|punishment|sentence)", body[hung.end() : hung.end() + 40]):
        hung = None  # a penalty phase the jury could not decide: the conviction stands, only the sentence went elsewhere
    if hung and _RETRIAL_RE.search(body) and form != "plea" and ctx.usable(ctx.header_end + hung.start()):
        # the first trial ended with a hung jury; the conviction came at the retrial
        first = ConvictionFact("trial", None, "hung", None, None, ctx.header_end + hung.start(), ctx.header_end + hung.end(),
                               confidence=0.6, result="hung")
        last_m, _, _ = cues[-1]
        anchor = vote_span or (last_m.start(), last_m.end())
        return [first, ConvictionFact("retrial", form, outcome, votes, unanimous, anchor[0], anchor[1], vote_span, 0.6)]
    retried = retried_before(ctx, end) and form != "plea"
    if retried:
        # "A jury convicted Roe of murder. The Court of Appeals reversed ...": the opening statement gives the first form
        opening = text[cues[0][1] : cues[0][2]]
        first_form = "jury" if _JURY_FORM_RE.search(opening) and not _RETRIAL_RE.search(opening) else None
        first = ConvictionFact("trial", first_form, "guilty", None, None, first_m.start(), first_m.end(), confidence=0.6)
        last_m, _, _ = cues[-1]
        anchor = vote_span or (last_m.start(), last_m.end())
        second = ConvictionFact("retrial", form, outcome, votes, unanimous, anchor[0], anchor[1], vote_span, 0.6)
        # "tried three times", "At the third trial": each trial between the first and the last also ended in a
        # conviction that was undone (a new trial presupposes one)
        many = _TRIAL_COUNT_RE.search(body)
        middle = []
        if many:
            n = {"three": 3, "third": 3, "four": 4, "fourth": 4}[(many.group("n") or many.group("nth")).lower()]
            at = ctx.header_end + many.start()
            middle = [ConvictionFact("retrial", None, "guilty", None, None, at, ctx.header_end + many.end(), confidence=0.5)
                      for _ in range(n - 2)]
        return [first, *middle, second]
    return [ConvictionFact(kind, form, outcome, votes, unanimous, first_m.start(), first_m.end(), vote_span)]
