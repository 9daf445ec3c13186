"""Dates of events, as precise as the text states them (a year stays a year).

``offense_date`` picks the earliest date the document gives for the crime itself: a date in a
sentence that describes the criminal act ("was shot", "touched", "sold cocaine", "on or about"),
not in one about a proceeding (filed, tried, sentenced, decided).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from collections.abc import Iterator

from ._text import DATE_RE, MONTH_PATTERN, MONTHS, parse_date
from .context import Context

_EVENT_RE = re.compile(
    r"\b(?:shot|shooting|killed|killing|murder\w*|stabbed|robbed|robbery|burglar\w*|assault\w*|raped|rape|molest\w*|touched|"
    r"abus\w+|kidnap\w*|abduct\w*|sold|sale|deliver\w*|purchase[sd]?|bought|buy|transaction|possess\w*|stole|theft|fire[sd]?|"
    r"struck|beat(?:en|ing)?|attack\w*|accident|collision|crash|wreck|died|death|crime|offen[cs]e|incident|occurred|happened|"
    r"committed|broke\s+into|threatened|fled|deviate|intercourse|sexual|fraud\w*|embezzl\w*|launder\w*|failed\s+to\s+pay|"
    r"conspir\w*|scheme|on\s+or\s+about|tragically|forg(?:ed|ery|ing)|cashed|utter(?:ed|ing))\b",
    re.IGNORECASE,
)
_STRONG_RE = re.compile(
    r"\b(?:shot|killed|murdered|stabbed|robbed|raped|molested|kidnapped|abducted|committed|occurred|happened|"
    r"beat|strangled|assaulted|burglarized|murders?|killings?|shooting|stabbing|robbery|rape|homicide|missing|disappeared|vanished)\b",
    re.IGNORECASE,
)
_STRONG_VERB_RE = re.compile(
    r"\b(?:shot|killed|murdered|stabbed|robbed|raped|molested|kidnapped|abducted|committed|occurred|happened|"
    r"beat|strangled|assaulted|burglarized)\b",
    re.IGNORECASE,
)
_PROCEDURE_RE = re.compile(
    # the nouns in the plural too: "The convictions resulted from three sales in July and August 2002"
    r"\b(?:filed|tried|trials?|sentenced|sentencing|convicted|convictions?|pleaded|pled|pleas?|indicted|indictments?|arraign\w*|"
    r"decided|affirmed|reversed|denied|granted|appeal\w*|hearings?|opinions?|judgments?|petition\w*|motions?|verdicts?|jury\s+found|"
    r"released|paroled|enacted|amended|effective|decisions?|ruled|argued|submitted|reported|disclosed|contacted|interviewed|"
    r"entered(?=\s*:)|entered\s+(?:a|an|his|her|the)\s+(?:\w+\s+)?(?:plea|judgment|order|appearance)|dated|returned|docketed|post-?conviction|arrest\w*|extradit\w*|charged|custody|surrender\w*|revoked|revocation|probation|parole|told|outcry|"
    r"community\s+corrections|sentences?|writ|habeas|rendered|convicting|prosecution|prosecutors?|this\s+court|release\s+date|(?:went|came)\s+into\s+effect|took\s+effect|"
    r"(?:arrest|bench)\s+warrant|warrant\s+(?:[\w-]+\s+){0,4}?(?:was\s+)?issued|issued\s+(?:a|an)\s+(?:\w+\s+)?warrant)\b",
    re.IGNORECASE,
)


# the narrative of the facts: what the police, the accused or the victim did that day
_SCENE_RE = re.compile(
    r"\b(?:saw|observed|viewed|spotted|witnessed|stopped|responded|received\s+a\s+(?:call|tip|report)|drove|walked|went|entered|arrived|approached|"
    r"encountered|discovered|found|searched|called|met|noticed|heard|fled|chased|pursued|patrol\w*|dispatched|"
    r"faxed|mailed|sent|wrote|purchased|bought|sold|delivered|took|forced|grabbed|pointed|fired)\b",
    re.IGNORECASE,
)


# the lead-in to the story of the facts: "The facts are: On ...", "The facts ... are as follows. During ...", a heading
_FACTS_LEAD_RE = re.compile(
    r"(?:\b(?:facts|evidence)\b[^.\n]{0,40}?\b(?:are|were|is|was|shows?|showed|indicates?|as\s+follows)\s*[:.]?"
    r"|(?m:^[ \t]*(?:[IVX]+\.\s*|[A-Z]\.\s*)?(?:FACTS|BACKGROUND|Background|Facts|Summary\s+of\s+(?:the\s+)?(?:Evidence|Facts)|"
    r"Statement\s+of\s+(?:the\s+)?Facts|STATEMENT\s+OF\s+(?:THE\s+)?FACTS|Factual\s+Background|FACTUAL\s+BACKGROUND)[ \t]*:?[ \t]*\n?))"
    r"[\s\d]*(?:(?:On|In|During|From|Between|At|About|Around|Early|Late)\s+(?:the\s+\w+\s+(?:hours\s+)?of\s+)?)?$"
)


_COMMITTED_ON_RE = re.compile(
    r"\b(?:crimes?|offenses?|murders?|homicide|incident)\s+(?:was|were)\s+(?:committed|occurred)\s+on\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})"
)


# charging language dates the act itself: "charged that Roe, on the 5th day of September, 1965, did unlawfully ..."
_CHARGING_ACT_RE = re.compile(
    r"[,\s\"\u201c]*(?:[\w.]+\s+){0,4}?(?:did\s+(?:then\s+and\s+there\s+)?(?:unlawfully|feloniously|knowingly|wil+fully|intentionally|"
    r"corruptly|kill|murder|steal|take|break|enter|offer|sell|possess|assault|commit)|unlawfully|feloniously)\b",
    re.IGNORECASE,
)


# a witness's account: what follows "testified that" is the event told, whatever proceeding the sentence opens with
# ("At trial, the clerk testified that on May 2, 1990, ...")
_TOLD_RE = re.compile(
    r"\b(?:testif(?:ied|ies|ying)|testimony\s+(?:\w+\s+){0,3}?(?:was|showed|established|indicated|revealed))\s+that\b",
    re.IGNORECASE,
)


# the hour of the day before the date belongs to the story of the crime: "in the early morning hours of", "on the
# evening of"
_TIME_OF_DAY_RE = re.compile(
    r"\b(?:(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)(?:\s+hours)?|(?:early|late|wee)\s+hours)\s+of\s+$",
    re.IGNORECASE,
)


# a charging paper's own date for the act: "The indictment alleged that appellant on or about May 5, 1999 ..."
_PAPER_RE = re.compile(r"\b(?:indictment|information|complaint|counts?|charg\w*|alleg\w*)\b", re.IGNORECASE)
# the sentence that says what the charges are about: "All of the charges stemmed from the murders of ... on May 25, 1981"
_CHARGES_FROM_RE = re.compile(
    r"\b(?:charges?|indictments?|counts?|prosecution)\s+(?:\w+\s+){0,2}?(?:stem(?:s|med)?|ar(?:ose|ise|ises|ising)|grew)\s+"
    r"(?:out\s+)?(?:of|from)\b",
    re.IGNORECASE,
)
_ON_OR_ABOUT_RE = re.compile(r"\bon\s+or\s+about\s+(?:the\s+)?$", re.IGNORECASE)


# a date that is no event of the crime: a deadline ("the date by which he had promised to repay", "prior to November 1")
# or a birth date
_NOT_EVENT_BEFORE_RE = re.compile(
    r"\b(?:before|until|by|no\s+later\s+than|prior\s+to)\s+$|\b(?:born|birth\w*|DOB)\W+(?:(?:on|in|of|was|is)\s+)*$",
    re.IGNORECASE,
)


# a month and day in a list that states the year once, at its end: "on June 3 and 9, July 2 and 8, 1969", "on
# December 9 and 10, 1993"
_SERIES_DAY_RE = re.compile(
    rf"\b(?P<month>{MONTH_PATTERN})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"(?=(?:\s*(?:,|,?\s*and|,?\s*or|&)\s*(?:{MONTH_PATTERN}\s+)?[0-3]?\d(?:st|nd|rd|th)?\b)+,?\s+(?P<year>1[89]\d\d|20\d\d)\b)"
)


def _dates_in(text: str, start: int, end: int) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, ISO partial date) of every date in ``text[start:end]``, in text order, the days of a list that
    states its year once included."""
    found = [(m.start(), m.end(), parse_date(m)) for m in DATE_RE.finditer(text, start, end)]
    for m in _SERIES_DAY_RE.finditer(text, start, end):
        try:
            value: str | None = dt.date(int(m["year"]), MONTHS[m["month"].lower().rstrip(".")], int(m["day"])).isoformat()
        except (ValueError, KeyError):
            value = None
        found.append((m.start(), m.end("year"), value))  # the date runs to the year it shares
    yield from sorted(found)


@dataclass(frozen=True)
class DateFact:
    value: str
    start: int
    end: int
    confidence: float = 0.55


def offense_date(ctx: Context) -> DateFact | None:
    """The earliest date stated for the offense, or None.

    When no sentence ties a date to the crime, the first date that opens the story of the facts
    ("On May 8, 1965, at 8 o'clock a deputy saw ...", "officers responded to a 911 call on ...")
    is taken, at a lower confidence.
    """
    if not ctx.criminal:
        return None
    text = ctx.text
    end = ctx.facts_end
    cands: list[DateFact] = []
    charged: list[DateFact] = []
    scene: DateFact | None = None
    for d_start, d_end, value in _dates_in(text, ctx.header_end, end):
        if not ctx.usable(d_start, d_end) or ctx.sentence_cites_case(d_start):
            continue
        if re.search(r"\b(?:Act|Acts|Laws|Statutes?|Code|Session|enacted|approved|effective)\s+(?:of\s+)?$", text[max(0, d_start - 20) : d_start]):
            continue  # "Act of June 24, 1939, P.L. 872": a statute's date
        before = text[max(0, d_start - 120) : d_start]
        if _NOT_EVENT_BEFORE_RE.search(before):
            continue
        s, e = ctx.sentence(d_start)
        told = _TOLD_RE.search(text, s, d_start)
        if told:
            s = told.end()  # the proceeding in which it was told is not the date's
        sent = text[s:e]
        if scene is None and not _PROCEDURE_RE.search(sent) and (
                _SCENE_RE.search(sent) or _FACTS_LEAD_RE.search(text, max(0, s - 150), d_start)
                or _TIME_OF_DAY_RE.search(before)):
            if value is not None and len(value) > 4:
                scene = DateFact(value, d_start, d_end, 0.45)
        # charging language dates the act itself: "charged that Roe, on the 5th day of September, 1965, did ..."
        in_paper = bool(re.search(r"\bcharged\s+that\s+[^.;]{0,80}?\bon\s+(?:or\s+about\s+)?(?:the\s+)?$", before)) or bool(
            _ON_OR_ABOUT_RE.search(before) and _PAPER_RE.search(sent)) or bool(_CHARGES_FROM_RE.search(text, s, d_start))
        charging = in_paper or bool(_CHARGING_ACT_RE.match(text, d_end, min(e, d_end + 80)))
        if not _EVENT_RE.search(sent) and not _CHARGING_ACT_RE.search(sent) and not charging:
            # a date that sets the scene ("In the early morning hours of November 13, 1979, ...") counts when
            # the paragraph goes on to describe the crime and the sentence mentions no proceeding
            ps = text.rfind("\n\n", 0, d_start) + 1
            pe = text.find("\n\n", d_end)
            para = text[ps : pe if pe != -1 else len(text)]
            if _PROCEDURE_RE.search(sent) or not _STRONG_RE.search(para) or len(para) > 2500:
                continue
        # a procedural verb close to the date means the date is the proceeding's
        near = text[max(s, d_start - 60) : min(e, d_end + 60)]
        if not charging and _PROCEDURE_RE.search(near) and not re.search(r"\b(?<!had )(?:shot|killed|murdered|robbed|touched|"
                                                        r"stabbed|occurred|happened|committed(?!\s+to\b))\b", near, re.IGNORECASE):
            continue
        if value is None:
            continue
        if len(value) == 4 and not _STRONG_VERB_RE.search(sent):
            continue  # a bare year needs the crime itself in the sentence
        cands.append(DateFact(value, d_start, d_end))
        if in_paper:
            charged.append(cands[-1])
    # the charging paper's date is the offense's; earlier dates the evidence tells are other acts
    best = _earliest(charged) or _earliest(cands)
    if best is None and ctx.body_end < len(text):
        # Georgia and others open the first footnote with "The crimes were committed on August 6, 1993 ..."
        for m in _COMMITTED_ON_RE.finditer(text, ctx.body_end):
            d = DATE_RE.search(text, m.start("date"), m.end("date"))
            value = parse_date(d) if d else None
            if value is not None and not ctx.is_masked(m.start(), m.end()):
                return DateFact(value, d.start(), d.end(), 0.55)
    return best or scene


def _earliest(cands: list[DateFact]) -> DateFact | None:
    """The earliest candidate; a bare year gives way to a date with a month (a year alone is most often background:
    "the arrests in 1989 and 1990"), and a period to the same period stated more precisely."""
    pool = [c for c in cands if len(c.value) > 4]
    best: DateFact | None = None
    for cand in pool or cands:
        if best is None:
            best = cand
        elif cand.value.startswith(best.value) or best.value.startswith(cand.value):
            if len(cand.value) > len(best.value):
                best = cand
        elif cand.value < best.value:
            best = cand
    return best
