"""Offenses of conviction, worded as the document words them, one entry per offense.

Read from conviction cues ("convicted of", "found guilty of", "pleaded guilty to",
"conviction for", "convicting him ... of") and, for a plea "as charged", from the charge
("charged by bill of information with ..."). Statute quotations, footnotes, separate
opinions and cited cases are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import Context
from .facts import Evidence

OFFENSE_HEADS = (
    r"murder|manslaughter|homicide|robbery|burglary|theft|larceny|assault|battery|rape|sodomy|molestation|"
    r"kidnapping|abduction|imposition|sexual\s+contact|possession|distribution|delivery|delivering|distributing|"
    r"trafficking|sale|selling|fraud|laundering|conspiracy|escape|arson|forgery|embezzlement|extortion|bribery|"
    r"perjury|obstruction|stalking|incest|indecency|solicitation|carjacking|racketeering|failure\s+to\s+pay|"
    r"child\s+support|driving|vehicular|endangerment|cruelty|abuse|pornography|obscenity|mischief|trespass|"
    r"resisting|harassment|threats?|receiving\s+stolen|unauthorized\s+use|counterfeit\w*|evasion|misapplication|"
    r"felon\s+in\s+possession|use\s+of\s+a\s+firearm|carrying|weapon|firearm|cocaine|marijuana|heroin|"
    r"methamphetamine|controlled\s+(?:dangerous\s+)?substance|narcotics?|dwi|dui|intoxicat\w+|lewd\w*|"
    r"exploitation|enticement|prostitution|pandering|gambling|looting|vandalism|mayhem|terroristic|treason|"
    r"piracy|smuggling|misprision|false\s+statements?|identity\s+theft|wire\s+fraud|mail\s+fraud|"
    r"exposure|failure\s+to\s+\w+|register\w*|deception|impersonat\w+|interference|endanger\w*|obstruct\w*|"
    r"neglect|desertion|nonsupport|bribe\w*|harbou?ring|transporting|importing|importation|manufactur\w+|cultivat\w+|smuggl\w+|structuring|tampering|"
    r"bigamy|sodomy|battery|menacing|trafficking|bribery|forgery|uttering|counterfeiting|fleeing|eluding|evading|"
    r"hijacking|racketeering|loitering|disorderly|reckless\w*|negligen\w+|child\s+\w+|misconduct|corruption|"
    r"Act\s+violations?|injur(?:y|ing|ies)|transport\w*|launder\w*|defraud\w*|aiding\s+and\s+abetting|intercourse|deviate\s+conduct|"
    r"false\s+(?:\w+\s+)?(?:registration|name|report|information|pretenses|imprisonment)|"
    r"attempt(?:ed)?\s+\w+|aggravated\s+\w+|simple\s+\w+|second[- ]degree\s+\w+|first[- ]degree\s+\w+"
)
_HEAD_RE = re.compile(rf"\b(?:{OFFENSE_HEADS})\b", re.IGNORECASE)

_CUE = (
    r"(?:(?:was|were|been|being|is|and)\s+)?(?:(?:(?:his|her|the|a)\s+)?conviction\s+of\s+(?:the\s+)?(?:appellant|defendant|petitioner|him|her)(?=\s+for\b)|"
    r"(?:[Oo]n|[Uu]pon|[Aa]fter|[Ff]ollowing)\s+(?:his\s+|her\s+)?conviction|(?:his|her)\s+guilty[- ]plea\s+conviction|"
    r"sentence(?:\s+of\s+\d+\s+(?:months|years)(?:\s+of\s+(?:imprisonment|incarceration))?|\s+imposed\s+(?:upon|on)\s+(?:him|her))(?=\s+for\s+(?!a\s+term|the\s+term))|"
    r"convicted|convicting\s+(?:him|her|them|defendant|the\s+defendant|appellant)|"
    r"found\s+(?:him\s+|her\s+|them\s+|the\s+defendant\s+|defendant\s+|appellant\s+|petitioner\s+|[A-Z][a-z]+\s+){0,2}guilty|"
    r"(?:pleaded|pled|plead)\s+(?:guilty|no\s+contest|nolo\s+contendere)|"
    r"(?:entered|entering)\s+(?:a\s+|an\s+)?(?:(?:blind|open|negotiated|conditional|Alford|counseled|knowing)\s+)*"
    r"(?:plea\s+of\s+guilty|guilty\s+plea|plea\s+of\s+nolo\s+contendere|Alford\s+plea|plea\s+of\s+no\s+contest)"
    r"(?:\s+under\s+(?:North\s+Carolina\s+v\.\s+)?Alford)?|"
    r"(?:his|her|the|a|defendant's|appellant's|petitioner's|[A-Z][a-z]+'s)\s+(?:underlying\s+|state\s+|jury\s+|bench\s+trial\s+|jury\s+trial\s+)?convictions?|"
    r"judgments?\s+of\s+conviction|serving\s+(?:a|an)\s+(?:\w+\s+){0,2}sentence|affirm(?:s|ed)?\s+(?:the\s+)?convictions?|"
    r"(?:serving\s+a\s+sentence|sentence\s+imposed)[^.;]{0,80}?(?=\s+for\s+the\s+offense))"
)
_FILLER = (
    r"(?:\s*,?\s*(?:by\s+a\s+(?:\w+\s+)?jury|by\s+the\s+(?:trial\s+)?(?:court|judge|jury)|upon\s+a\s+(?:jury\s+)?verdict|"
    r"after\s+a\s+(?:jury|bench|nonjury)\s+trial|following\s+a\s+(?:jury|bench)\s+trial|as\s+charged|"
    r"in\s+(?:the\s+)?\w+\s+(?:\w+\s+)?[Cc]ourt(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)?(?:\s+(?:[Cc]ounty|[Pp]arish|[Dd]istrict))?(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)?|"
    r"in\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s+(?:[Cc]ounty|[Pp]arish)|"
    r"in\s+\d{4}|on\s+(?:\w+\s+)?\d{1,2},\s+\d{4}|on\s+(?:his|her)\s+plea|at\s+trial|in\s+state\s+court|"
    r"(?:the\s+)?trial\s+court\s+found\s+(?:him|her)|on\s+all\s+counts|"
    r"(?:the\s+)?(?:defendant|appellant|petitioner)(?:,\s+[A-Z][\w.\" ]+?,)?|(?<=convicted\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|"
    r"(?:again|also|subsequently|ultimately|eventually)|"
    r"under\s+\d+\s+U\.\s?S\.\s?C\.\s*(?:§+|Secs?\.)\s*[\w().]+|under\s+(?:La\.\s*)?R\.\s?S\.\s*[\d:.]+)\s*,?)*"
)
_OF = r"\s+(?:of|on|upon|to|for|under)\s+(?:the\s+)?(?:crimes?\s+of\s+|offenses?\s+of\s+|charges?\s+of\s+|charged\s+offenses?\s+of\s+)?"
_CONVICTION_RE = re.compile(_CUE + _FILLER + _OF + r"(?P<off>[A-Za-z][^;:\[\]\n]{2,40})")
_STATUTE_REF_RE = re.compile(
    r"\s*,?\s*\b(?:in\s+violation\s+of|contrary\s+to|under|pursuant\s+to)\s+(?:the\s+)?"
    r"(?:\d+\s+U\.\s?S\.\s?C\.(?:A\.)?|(?:LSA-|La\.\s*)?R\.\s?S\.|[A-Z][\w.]*\s+(?:Penal\s+)?(?:Code|Law|Stat\w*\.?)|"
    r"Penal\s+Law|Code|Section|Sec\.|§|SDCL|(?:O\.)?R\.\s?C\.|Ind\.\s*Code|Mo\.\s*Rev|Ohio|RSMo|Va\.|Miss\.)[^,;\n]*?(?=,|;|\s+and\s|\.?\n|$)"
    r"|\s*\((?:[^()]|\([^()]*\))*\)|\[\d+\]|(?<=[a-z])\d{1,2}\b|(?<=[a-z]\.)\d{1,2}(?=\s)"
)
_CHARGED_RE = re.compile(
    r"\bcharged\s+(?:by\s+(?:a\s+)?(?:bill\s+of\s+information|indictment|information|grand\s+jury\s+indictment)\s+)?with\s+"
    r"(?P<off>[^.;:()\[\]\n]{3,200})"
)
_AS_CHARGED_RE = re.compile(r"\b(?:pleaded|pled|plea\s+of)\s+guilty\s+as\s+charged|\bguilty\s+as\s+charged\b", re.IGNORECASE)
_END_RE = re.compile(
    r"\s*,?\s*\b(?:in\s+violation|contrary\s+to|under\s+(?:\d|section|sec\.|§|La\.|art|the\s+(?!age|influence))|"
    r"(?<!dealing\s)(?<!trafficking\s)(?<!engaging\s)(?<!participating\s)"
    r"in\s+(?:the|a|an|his|her)\s+(?!(?:first|second|third|fourth)\s+degree|commission)|pursuant|and\s+(?:was\s+|were\s+|is\s+)?sentenced|"
    r"and\s+sentences?\b|and\s+(?:the\s+)?(?:trial\s+)?(?:court|judge|jury)|and\s+(?:he|she|they)\b|and\s+received|"
    r"and\s+(?:his|her)\s+sentence|and\s+(?:the\s+)?(?:resulting|subsequent)|and\s+(?:was|were|has|had)\b|"
    r"on\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)|"
    r"in\s+(?:the\s+)?(?:\w+\s+)?(?:District|Circuit|Superior|County|Parish|Criminal)\s+Court|in\s+\d{4}\b|after\s+a\b|"
    r"following\b|(?:by|before|in)\s+(?:a|the)\s+(?:[A-Z]\w+\s+){0,4}(?:jury|court|judge|Court|Jury|Judge)\b|for\s+which|which\b|who\b|that\b|when\b|where\b|"
    r"because\b|but\b|while\b|in\s+exchange\s+for\b|beyond\s+a\s+reasonable\s+doubt|(?:petitioner|defendant|appellant|he|she)\s+(?:was|is|has|had)\b|based\s+(?:on|upon)\b|relating\s+to\b|with\s+(?:a\s+)?(?:sentence|fine)|at\s+(?:the\s+)?(?:age|trial)|"
    r"a\s+(?:class\s+\w+\s+|first|second|third|fourth|fifth|capital|\w+[- ]degree\s+)?(?:felony|misdemeanor)|"
    r"an?\s+(?:\w+\s+)?(?:felony|misdemeanor)|is\s+|was\s+|were\s+|has\s+|had\s+|as\s+(?:a|an)\s+|since\b|"
    r"as\s+charged|in\s+connection\s+with|arising\s+(?:out|from)|stemming|on\s+(?:his|her|their)\s+(?:plea|guilty)|"
    r"and\s+(?:appeals?|now)|even\s+though|for\s+(?:his|her|their)\s+(?:role|part)|respectively|each\b|"
    r"in\s+(?:cause|case|docket|trial\s+court\s+cause|count)\s+nos?\b|and\s+the\s+(?:other|remaining)\b|"
    r"(?:but\s+)?not\s+(?:of|guilty)\b|without\s+(?:an?\s+|the\s+)?(?:agreed|plea|benefit|recommendation)|(?:cannot|can|could|must|should|would|will|did|does|do|may|might)\b)"
)
_COUNT_RE = re.compile(
    r"^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|multiple|several|all)\s+"
    r"(?:\(\d+\)\s+)?(?:counts?|charges?)\s+(?:each\s+)?(?:of\s+)?|counts?\s+(?:\w+\s+)?(?:of\s+)?|the\s+(?:crime|offense|charge)s?\s+of\s+|"
    r"(?:a|an|the)\s+(?:single\s+)?counts?\s+of\s+|(?:the\s+)?lesser[- ]included\s+(?:offenses?|crimes?|charges?)\s+of\s+|(?:an?\s+|the\s+)?(?:amended\s+|reduced\s+|original\s+|lesser\s+)?charges?\s+of\s+)",
    re.IGNORECASE,
)
_BAD_START_RE = re.compile(r"^(?:a|an|the|his|her|their|this|that|these|those|it|which|what|any|such)\b", re.IGNORECASE)
_HYPOTHETICAL_RE = re.compile(
    r"\b(?:if|whether|unless|could\s+(?:have\s+)?be(?:en)?|would\s+(?:have\s+)?be(?:en)?|may\s+be|shall|punishable|"
    r"faces?|facing|eligible|risk|prior\s+convictions?|previous(?:ly)?\s+convicted|previous\s+convictions?|"
    r"was\s+not\s+convicted|never\s+convicted|acquitted)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ChargeFact:
    offense: str
    evidence: Evidence
    statute: str | None = None


def _clean_offense(raw: str) -> str | None:
    off = re.sub(r"\s+", " ", raw).strip(" ,")
    m = _END_RE.search(off)
    if m:
        off = off[: m.start()]
    off = off.strip(" ,-\u2014")
    off = _COUNT_RE.sub("", _COUNT_RE.sub("", off).strip()).strip()  # "two counts of the lesser-included offense of"
    off = re.split(r"[\]\[*]", off, maxsplit=1)[0].strip(" ,")
    off = re.sub(r"^(?:(?:guilty|nolo\s+contendere|no\s+contest)\s+(?:plea\s+)?to\s+(?:the\s+)?)", "", off, flags=re.IGNORECASE)
    off = re.sub(r"^(?:having|committing|for|the\s+offense\s+of|the\s+crime\s+of)\s+(?:the\s+)?", "", off, flags=re.IGNORECASE)
    off = re.sub(r"^(?:the\s+|an?\s+)?(?:class\s+\w+\s+|[\w-]+[- ]degree\s+|third-?\s?degree\s+)?(?:felony|misdemeanor)\s+"
                 r"(?:offense|crime|charge)s?\s+of\s+", "", off, flags=re.IGNORECASE)
    if re.match(r"(?:\w+[- ]){0,4}(?:felony|felonies|offenses|crimes|charges|counts)\b", off, re.IGNORECASE):
        return None  # "two first degree felony offenses": a description, not an offense
    off = re.sub(r"^(?:the\s+)?(?:lesser(?:\s+included)?\s+(?:offense|crime|charge)\s+of\s+|responsive\s+verdict\s+of\s+)",
                 "", off, flags=re.IGNORECASE)
    off = re.sub(r"\s*,\s*(?:and\s+)?$", "", off)
    if not off or len(off) > 140 or not _HEAD_RE.search(off):
        return None
    if _BAD_START_RE.match(off) and not re.match(r"(?:a|an)\s+(?:controlled|firearm|weapon)", off, re.IGNORECASE):
        return None
    if re.search(r"\b(?:he|she|they|we|i|you)\b", off, re.IGNORECASE):
        return None
    return off


_OFFENSE_NOUN_RE = re.compile(
    rf"\b(?:{OFFENSE_HEADS.replace('cocaine|marijuana|heroin|methamphetamine|', '')})\b", re.IGNORECASE
)
_LIST_SEP_RE = re.compile(r"\s*(?:[,;]\s*and\s+|,\s*or\s+|[,;]\s*|\s+and\s+)")


def _list_items(phrase: str) -> list[tuple[str, int]]:
    """Split "A, B, and C" (statute references already blanked) into items with offsets.

    "and" splits only when the words after it start another offense; a comma always splits,
    and the caller stops at the first item that names no offense.
    """
    items: list[tuple[str, int]] = []
    pos = 0
    for m in _LIST_SEP_RE.finditer(phrase):
        if "," not in m.group(0) and ";" not in m.group(0):
            rest = phrase[m.end() : m.end() + 80]
            if re.fullmatch(r"(?:[A-Z][a-z]+\s?)+", phrase[pos : m.start()].strip()) and re.match(r"[A-Z][a-z]+", rest):
                # "Rape and Criminal Deviate Conduct": offenses written as titles
                items.append((phrase[pos : m.start()], pos))
                pos = m.end()
                continue
            if not re.match(r"(?:\w+[- ]){0,5}?(?:" + OFFENSE_HEADS + r")\b", rest, re.IGNORECASE):
                continue
            if not _OFFENSE_NOUN_RE.search(phrase[pos : m.start()]):
                continue  # "possession or dealing in ..." keeps its own "and"/"or"
        items.append((phrase[pos : m.start()], pos))
        pos = m.end()
    items.append((phrase[pos:], pos))
    out = []
    for item, off in items:
        lead = len(item) - len(item.lstrip())
        item = re.sub(r"\s+", " ", item).strip()
        if item:
            out.append((item, off + lead))
    return out


def extract_charges(ctx: Context) -> list[ChargeFact]:
    """Offenses of conviction found in the header and majority body.

    Returns:
        One ``ChargeFact`` per distinct offense wording, in text order.
    """
    if not ctx.criminal:
        return []
    text = ctx.text
    end = min(ctx.body_end, ctx.separate_start)
    out: list[ChargeFact] = []
    seen: set[str] = set()

    def add(off_raw: str, start: int, conf: float, method: str) -> None:
        # a semicolon ends the phrase unless it separates counts ("kidnapping, ...; one count of abduction, ...")
        off_raw = re.split(r"[.]\s|[.]$|[:(]|;(?!\s*(?:and\s+)?(?:one|two|three|four|five|six|\d+)\s+counts?\s+of\b)",
                           off_raw + " ", maxsplit=1)[0]
        for n, (piece, off) in enumerate(_list_items(off_raw)):
            if re.fullmatch(r"(?:an?|the)\s+(?:class\s+\w+\s+|[\w-]+\s+){0,3}(?:felony|misdemeanor|offense)", piece, re.IGNORECASE):
                continue  # "a fourth degree felony": an appositive, the list goes on
            if re.match(r"(?:but\s+)?(?:not|acquitted|except)\b", piece, re.IGNORECASE):
                break
            piece_clean = _clean_offense(piece)
            if not piece_clean or (n > 0 and not _OFFENSE_NOUN_RE.search(piece_clean)):
                break
            head = _OFFENSE_NOUN_RE.search(piece_clean) or _HEAD_RE.search(piece_clean)
            key = re.sub(r"[^a-z0-9]+", " ", piece_clean[: head.end()].lower() if head else piece_clean.lower()).strip()
            key = re.sub(r"^(?:a|an|the)\s+", "", key)
            if key in seen:
                continue
            seen.add(key)
            s = text.find(piece_clean, start)
            if s < 0 or s > start + 400:
                s = start + off
                e = s + len(piece_clean)
            else:
                e = s + len(piece_clean)
            out.append(ChargeFact(text[s:e] if text[s:e] == piece_clean else piece_clean, Evidence(s, e, method, conf)))

    for m in _CONVICTION_RE.finditer(text, 0, end):
        if not ctx.usable(m.start(), m.end()):
            continue
        s0, e0 = ctx.sentence(m.start())
        # read past the sentence splitter's end: "(Pen. Code, § 211)" holds periods; add() cuts at the real end
        raw = _STATUTE_REF_RE.sub(lambda x: " " * len(x.group(0)), text[m.start("off") : min(end, max(e0, m.start("off") + 400))])
        before = text[s0 : m.start()]
        if _HYPOTHETICAL_RE.search(before[-80:]) or _HYPOTHETICAL_RE.search(m.group(0)[:40]):
            continue
        if ctx.sentence_cites_case(m.start()):
            continue
        add(raw, m.start("off"), 0.75, "charges.conviction")
    if not out:
        pleas = [m for m in _AS_CHARGED_RE.finditer(text, 0, end) if ctx.usable(m.start())]
        if pleas:
            for m in _CHARGED_RE.finditer(text, 0, end):
                if ctx.usable(m.start(), m.end()) and not ctx.sentence_cites_case(m.start()):
                    add(m.group("off"), m.start("off"), 0.6, "charges.as_charged")
                    break
    return out
