"""Dates of events, as precise as the text states them (a year stays a year).

``offense_date`` picks the earliest date the document gives for the crime itself: a date in a
sentence that describes the criminal act ("was shot", "touched", "sold cocaine", "on or about"),
not in one about a proceeding (filed, tried, sentenced, decided).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._text import DATE_RE, parse_date
from .context import Context

_EVENT_RE = re.compile(
    r"\b(?:shot|shooting|killed|killing|murder\w*|stabbed|robbed|robbery|burglar\w*|assault\w*|raped|rape|molest\w*|touched|"
    r"abus\w+|kidnap\w*|abduct\w*|sold|sale|deliver\w*|purchase[sd]?|bought|buy|transaction|possess\w*|stole|theft|fire[sd]?|"
    r"struck|beat(?:en|ing)?|attack\w*|accident|collision|crash|wreck|died|death|crime|offen[cs]e|incident|occurred|happened|"
    r"committed|broke\s+into|threatened|fled|deviate|intercourse|sexual|fraud\w*|embezzl\w*|launder\w*|failed\s+to\s+pay|"
    r"on\s+or\s+about|tragically)\b",
    re.IGNORECASE,
)
_STRONG_RE = re.compile(
    r"\b(?:shot|killed|murdered|stabbed|robbed|raped|molested|kidnapped|abducted|committed|occurred|happened|"
    r"beat|strangled|assaulted|burglarized|murders?|killings?|shooting|stabbing|robbery|rape|homicide)\b",
    re.IGNORECASE,
)
_STRONG_VERB_RE = re.compile(
    r"\b(?:shot|killed|murdered|stabbed|robbed|raped|molested|kidnapped|abducted|committed|occurred|happened|"
    r"beat|strangled|assaulted|burglarized)\b",
    re.IGNORECASE,
)
_PROCEDURE_RE = re.compile(
    r"\b(?:filed|tried|trial|sentenced|sentencing|convicted|conviction|pleaded|pled|plea|indicted|indictment|arraign\w*|"
    r"decided|affirmed|reversed|denied|granted|appeal\w*|hearing|opinion|judgment|petition\w*|motion|verdict|jury\s+found|"
    r"released|paroled|enacted|amended|effective|decision|ruled|argued|submitted|reported|disclosed|contacted|interviewed|"
    r"entered|dated|returned|docketed|post-?conviction|arrest\w*|extradit\w*|charged|custody|surrender\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateFact:
    value: str
    start: int
    end: int
    confidence: float = 0.55


def offense_date(ctx: Context) -> DateFact | None:
    """The earliest date stated for the offense, or None."""
    if not ctx.criminal:
        return None
    text = ctx.text
    end = min(ctx.body_end, ctx.separate_start)
    best: DateFact | None = None
    for m in DATE_RE.finditer(text, ctx.header_end, end):
        if not ctx.usable(m.start(), m.end()) or ctx.sentence_cites_case(m.start()):
            continue
        s, e = ctx.sentence(m.start())
        sent = text[s:e]
        if not _EVENT_RE.search(sent):
            # a date that sets the scene ("In the early morning hours of November 13, 1979, ...") counts when
            # the paragraph goes on to describe the crime and the sentence mentions no proceeding
            ps = text.rfind("\n\n", 0, m.start()) + 1
            pe = text.find("\n\n", m.end())
            para = text[ps : pe if pe != -1 else len(text)]
            if _PROCEDURE_RE.search(sent) or not _STRONG_RE.search(para) or len(para) > 2500:
                continue
        # a procedural verb close to the date means the date is the proceeding's
        near = text[max(s, m.start() - 60) : min(e, m.end() + 60)]
        if _PROCEDURE_RE.search(near) and not re.search(r"\b(?:shot|killed|murdered|robbed|touched|"
                                                        r"stabbed|occurred|happened|committed)\b", near, re.IGNORECASE):
            continue
        value = parse_date(m)
        if value is None:
            continue
        if len(value) == 4 and not _STRONG_VERB_RE.search(sent):
            continue  # a bare year needs the crime itself in the sentence
        cand = DateFact(value, m.start(), m.end())
        if best is None:
            best = cand
        elif value.startswith(best.value) or best.value.startswith(value):
            if len(value) > len(best.value):
                best = cand  # the same period stated more precisely
        elif value < best.value:
            best = cand
    return best
