"""What every extractor needs to know about a document: its kind, regions, parties and cited cases.

An opinion has a header (caption, counsel, panel), a body, possibly separate opinions
(dissents, concurrences) and footnotes. Facts about *this* case come from the header and
the majority body; text inside a cited case's reference (name, citation, parenthetical)
describes another case and is masked for fact extractors.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ..ingest import Document
from ._text import Sentences, clean_name, fix_caps, is_person_name
from .citations import Citation, find_citations

US_STATES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA", "Colorado": "CO",
    "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID",
    "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
    "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC",
    "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
    "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX",
    "Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington": "WA", "West Virginia": "WV",
    "Wisconsin": "WI", "Wyoming": "WY", "District of Columbia": "DC",
}
_STATE_RE = re.compile(r"\b(" + "|".join(sorted(US_STATES, key=len, reverse=True)) + r")\b")
# the States' names as a pattern for other modules' regexes ("New\s+York"), longest first
STATE_NAMES = "|".join(name.replace(" ", r"\s+") for name in sorted(US_STATES, key=len, reverse=True))
_GOV_RE = re.compile(
    r"^\s*(?:the\s+)?(?:state\s+of\s+[A-Za-z ]+|people\s+of\s+the\s+state\s+of\s+[A-Za-z ]+|the\s+people|people|"
    r"commonwealth(?:\s+of\s+[A-Za-z ]+)?|united\s+states(?:\s+of\s+america)?|state|government|"
    r"city\s+of\s+[A-Za-z ]+)\b",
    re.IGNORECASE,
)
# a government named short, as reporters print captions: "COM. v. ROE" (Pennsylvania's Commonwealth), "U.S. v. Roe",
# "ROE v. NORTH CAROLINA" (a State by its bare name); the whole party name, so "U.S. Steel" or "Ohio Casualty" is not one
_GOV_SHORT_RE = re.compile(
    r"^\s*(?:com|comm|commw|u\.\s?s(?:\.\s?a)?|usa|" + STATE_NAMES + r")\.?\s*$",
    re.IGNORECASE,
)
# "United States Fidelity and Guaranty Company", "State Farm Insurance": a business, not the government
_FIRM_RE = re.compile(r"\b(?:Company|Co\.|Inc\.?|Corp\.?|Corporation|Insurance|Fidelity|Guaranty|Casualty|Bank|Steel|Lines|"
                      r"Railroad|Railway|Trust|Association|Farm|Mutual|Assurance|L\.?L\.?C\.?|Postal|Service|Agency|"
                      r"Commission|Bureau|Administration|Authority)\b")
_CUSTODIAN_RE = re.compile(r"\b(?:warden|superintendent|supt|director|secretary|commissioner|department\s+of\s+corrections|"
                           r"sheriff|attorney\s+general|institution|penitentiary)\b", re.IGNORECASE)
# what a caption's right column holds: the court, a docket or lower-court number, a date, a publication status
_RIGHT_COLUMN_LINE_RE = re.compile(r"\d|\b(?:Court|COURT|Circuit|CIRCUIT|County|COUNTY|No\.|NO\.|UNPUBLISHED|PUBLISHED|PUBLICATION|"
                                   r"January|February|March|April|May|June|July|August|September|October|November|December)\b")
# the one who holds the prisoner (not a tax commissioner or a director of revenue)
_JAILER_RE = re.compile(r"\b(?:warden|superintendent|supt|jailer|penitentiary|(?:department|dep't|dept\.?|director|secretary|"
                        r"commissioner)\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:corrections?|correctional|prisons?|criminal\s+justice))\b", re.IGNORECASE)
_PARTY_LABEL_RE = re.compile(
    r",?\s*\b(?:(?:plaintiffs?|defendants?|appellants?|appellees?|petitioners?|respondents?|movants?|relators?|"
    r"applicants?|claimants?|cross|third[- ]party|in\s+error|on\s+review|below)[-\u2010-\u2015\s/and,]*)+\.?\s*$",
    re.IGNORECASE,
)
_AKA_RE = re.compile(r"\s*,?\s*\b(?:a/k/a|aka|a\.k\.a\.?|also\s+known\s+as|f/k/a|formerly\s+known\s+as)(?:\b|(?<=\.))\s*", re.IGNORECASE)
_VERSUS_RE = re.compile(r"(?:^|\n)[ \t]*(?:-[ \t]?)?(?:v\.?|vs\.?|versus)(?:[ \t]?-)?[ \t]*(?:[ \t]*[)*|][^\n]*|[ \t]+(?-i:[A-Z][A-Z ]{4,})|[ \t]{5,}[^\n]*)?[ \t]*(?:\n|$)", re.IGNORECASE)
_INLINE_VERSUS_RE = re.compile(r"[ \t]v\.?[ \t]|[ \t]vs\.[ \t]")
_AUTHOR_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:Opinion\s+by\s+)?(?:Chief\s+)?(?:Justice|Judge)\s+[A-Z][A-Za-z'.\- ]+\.?|"
    r"[A-Z][A-Za-z'.\- ]{1,40},\s*(?:C\.\s?J\.|P\.\s?J\.|J\.|JJ\.|Justice|Judge|Chief\s+Judge|Chief\s+Justice|"
    r"(?:Senior\s+)?(?:Circuit|District|Magistrate|Associate|Presiding)\s+Judge|Associate\s+Justice)"
    r"[^\n]{0,40}|(?:OPINION\s+)?PER\s+CURIAM(?:,[^\n]{0,40})?\.?:?\*?|(?:MEMORANDUM\s+)?OPINION(?:\s+AND\s+ORDER)?|"
    # the heading letterspaced, as Texas courts print it: "M E M O R A N D U M   O P I N I O N"
    r"(?:M E M O R A N D U M\s+)?O P I N I O N|MEMORANDUM(?:\s+AND\s+ORDER)?\*?|"
    r"Memorandum:|\{¶\s*1\}|(?:The\s+)?opinion\s+of\s+the\s+[Cc]ourt\s+was\s+delivered\s+by\s+[^\n]{2,60})[ \t]*$|\{¶\s*1\}|Memorandum:|^[ \t]*(?:PER\s+CURIAM|Per\s+Curiam)[.:](?=[ \t]+[A-Z])",
)
_NOTE_MARK_RE = re.compile(r"\[(\d{1,3})\]")
_NOTE_START_RE = re.compile(r"(?m)^[ \t]*\[(\d{1,3})\]")
_NOTES_RE = re.compile(r"(?m)^[ \t]*(?:NOTES|FOOTNOTES|Footnotes|Notes)[ \t]*$")
_SEPARATE_OPINION_RE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Za-z'.\- ]{1,40},\s*(?:C\.\s?J\.|P\.\s?J\.|J\.|Justice|Judge|Circuit\s+Judge|Chief\s+Judge)"
    r",?\s*(?:\([^)]*\)\s*)?(?:dissenting|concurring|dissents|concurs\s+in\s+(?:part|the\s+result)|"
    r"concurring\s+in\s+part|\([^)]*\bdissenting\b[^)]*\))[^\n]{0,80}$"  # "ROE, Justice (dissenting)."
    r"|^[ \t]*(?:DISSENTING|CONCURRING)\s+OPINION(?:\s+BY\s+[^\n]{2,60})?[ \t]*$"
    # the title first: "Justice GRAY Dissenting.", "Chief Judge Roe, concurring."
    # (Illinois: "JUSTICE ROE, dissenting:", "PRESIDING JUSTICE ROE, specially concurring:")
    r"|^[ \t]*(?:Chief\s+|CHIEF\s+|Senior\s+|SENIOR\s+|Presiding\s+|PRESIDING\s+)?(?:Justice|JUSTICE|Judge|JUDGE)\s+[A-Z][A-Za-z'\-]+,?\s+"
    r"(?:(?:specially|SPECIALLY)\s+)?(?:[Dd]issenting|DISSENTING|[Cc]oncurring|CONCURRING)\b[^\n]{0,80}$"
    # "KINGSLEY, J.\n\nI dissent.": an author line whose first words are a separate vote
    r"|^[ \t]*[A-Z][A-Za-z'.\- ]{1,40},\s*(?:C\.\s?J\.|P\.\s?J\.|J\.|Justice|Judge)[ \t]*\n\s*(?=I\s+(?:respectfully\s+)?(?:dissent|concur))"
)
_NEWS_CUES_RE = re.compile(
    r"\b(?:said|says|told|according to|reported|posted|tweet|social media|rapper|Instagram|news|reporter|"
    r"spokes(?:man|woman|person)|interview(?:ed)?)\b",
    re.IGNORECASE,
)
# Dotted tokens ("JJ.", "P. J.") end in a non-word character, so they sit outside the trailing \b group.
_OPINION_CUES_RE = re.compile(
    r"\b(?:(?:AFFIRMED|REVERSED|PER CURIAM|Circuit Judges?|we affirm|we reverse|assignments? of error|"
    r"Court of Appeals?|Supreme Court of|appellant|appellee|petitioner|respondent|plaintiff in error|"
    r"defendant in error|trial court|bill of exceptions|not participating|concurs|judgment (?:is|was) affirmed|"
    r"for (?:the )?(?:defendants?|appellants?|appellees?|plaintiffs?|petitioners?|respondents?|State|People|Commonwealth|"
    r"Government|United States)|District Court|District Judge|MEMORANDUM OPINION)\b|"
    r"(?:C\.\s?J|P\.\s?J|JJ?)\.(?=[\s,;:]))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Party:
    """One side of a caption."""

    text: str  # as written, including labels
    name: str  # cleaned name
    aliases: tuple[str, ...]
    labels: tuple[str, ...]  # appellant, appellee, petitioner, ...
    government: bool
    start: int
    end: int
    others: tuple[str, ...] = ()  # more accused named on this side ("A, B and C, Appellants") or in a joined caption


@dataclass
class Context:
    """Everything extractors share for one document."""

    doc: Document
    source_id: str
    kind: str
    sentences: Sentences
    header_end: int
    body_end: int
    separate_start: int
    citations: list[Citation]
    masked: list[tuple[int, int]] = field(default_factory=list)
    _mask_starts: list[int] = field(default_factory=list, repr=False)
    parties: tuple[Party, ...] = ()
    criminal: bool = False
    civil_rights: bool = False
    court_line: str | None = None
    state: str | None = None
    federal_court: bool = False
    appellate: bool = False
    # where the facts of this case end: the majority's end, or the end of the body when the majority is a bare
    # disposition ("Judgments of sentence affirmed.") and a separate opinion tells the case
    facts_end: int = -1

    def __post_init__(self) -> None:
        if self.facts_end < 0:
            self.facts_end = min(self.body_end, self.separate_start)

    @property
    def text(self) -> str:
        return self.doc.text

    @functools.cached_property
    def note_spans(self) -> tuple[tuple[int, int], ...]:
        """The majority's footnotes printed after the opinions: all of them when no separate opinion comes first (or only
        a one-line vote: "EDMONDSON, Circuit Judge, concurs in the result."); otherwise, since the footnotes of every
        opinion are printed together, each note whose marker ("[3]") the majority carries, the first of each number
        (a separate opinion numbers its own from 1 again)."""
        text = self.doc.text
        end = len(text)
        if self.body_end >= end:
            return ()
        if self.separate_start >= self.body_end or self.body_end - self.separate_start < 200:
            return ((self.body_end, end),)
        marks = set(_NOTE_MARK_RE.findall(text, self.header_end, self.separate_start))
        starts = list(_NOTE_START_RE.finditer(text, self.body_end))
        spans: list[tuple[int, int]] = []
        for i, m in enumerate(starts):
            if m.group(1) in marks:
                marks.discard(m.group(1))
                spans.append((m.start(), starts[i + 1].start() if i + 1 < len(starts) else end))
        return tuple(spans)

    def in_majority(self, offset: int) -> bool:
        """In the header or the majority opinion (not footnotes or a separate opinion), or in the separate opinion that
        tells the case when the majority only disposes of it."""
        return offset < self.facts_end

    def is_masked(self, start: int, end: int | None = None) -> bool:
        """Inside a cited case's reference (name, citation or parenthetical)."""
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._mask_starts, start) - 1
        # spans are merged and sorted: only the one starting at or before ``start`` and the next can overlap
        for s, e in self.masked[max(0, i) : i + 2]:
            if s < end and start < e:
                return True
        return False

    def set_masked(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        self.masked = merged
        self._mask_starts = [s for s, _ in merged]

    def usable(self, start: int, end: int | None = None) -> bool:
        return self.in_majority(start) and not self.is_masked(start, end)

    def fact_matches(self, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Matches of ``rx`` where this case's facts are told: the opinion from the header to ``facts_end``, then the
        majority's footnotes (``note_spans``)."""
        yield from rx.finditer(self.doc.text, self.header_end, self.facts_end)
        for span in self.note_spans:
            yield from rx.finditer(self.doc.text, *span)

    def people_matches(self, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``fact_matches``, then the separate opinions: a dissent that retells the trial names the same witnesses,
        officers and victims as the majority, even where the majority names none of them."""
        yield from self.fact_matches(rx)
        if self.facts_end < self.body_end:
            yield from rx.finditer(self.doc.text, self.facts_end, self.body_end)

    def usable_for_people(self, start: int, end: int | None = None) -> bool:
        """``usable_or_note``, or in a separate opinion and not a cited case's reference."""
        return self.usable_or_note(start, end) or (self.facts_end <= start < self.body_end and not self.is_masked(start, end)
                                                   and not self.sentence_cites_case(start))

    def usable_or_note(self, start: int, end: int | None = None) -> bool:
        """``usable``, or in the majority's footnotes and not a cited case's reference."""
        return self.usable(start, end) or (any(s <= start < e for s, e in self.note_spans) and not self.is_masked(start, end)
                                           and not self.sentence_cites_case(start))

    def sentence(self, offset: int) -> tuple[int, int]:
        return self.sentences.around(offset)

    def sentence_cites_case(self, offset: int) -> bool:
        """The sentence around ``offset`` cites another case (its facts are not this case's)."""
        s, e = self.sentence(offset)
        # a bare reporter cite without a case name is this case's own history ("553 F. Supp. 890"), and so is an earlier
        # decision named after the accused against the government ("Roe v. State, 331 Ga. App. 191" in State v. Roe)
        own = _own_history_re(self.defendant_party.name) if self.defendant_party else None
        named = [c for c in self.citations if c.kind == "case" and c.case_name and not (own and own.match(c.case_name))
                 and not _PROCEDURE_CASE_RE.search(c.case_name)]
        if any(s <= c.start < e for c in named):
            return True
        # a sentence that goes on about a case just cited: "In that case, Dunlap was convicted of murder",
        # "There, a convicted ...", "In Dunlap, the defendant ... was convicted"
        if self._told_before_id(s, e, named):
            return True
        back = _CITED_BACKREF_RE.match(self.text, s, e)
        if back is None:
            return False
        if back.group("name"):
            return any(back.group("name") in c.case_name for c in named)
        # the cite may sit in a footnote: "Dunlap v. State,[56]"
        return any(s - 600 <= c.start < s for c in named) or bool(_CASE_NAME_RE.search(self.text, max(0, s - 600), s))

    def _told_before_id(self, s: int, e: int, named: list[Citation]) -> bool:
        """The sentence is closed by "Id." (in it or right after it) whose authority, the last reference before, is a
        named case: "The district court denied Brown's motion to suppress and the Court of Appeals reversed. Id." The
        record ("(Tr. 7:12.)", "R. 45") as the last reference makes "Id." this case's own record."""
        text = self.text
        if not _ID_CITE_RE.match(text, e) and not _ID_CITE_RE.search(text, s, e):
            return False
        last = max((c for c in named if c.end <= s and s - c.end <= 4000), key=lambda c: c.end, default=None)
        # (another case named since, in a form eyecite does not read, "Roe v. Poe, No. 97-11004 (D. Mass. 1997)", may be
        # the authority "Id." means)
        if last is None or _RECORD_CITE_RE.search(text, last.end, s) or _CASE_NAME_RE.search(text, last.end, s):
            return False
        # the accused named in the sentence, or "Id." after a decision of the accused's own case: this case's history
        acc = self.defendant_party
        sur = [w for w in re.findall(r"[A-Za-z'\-]{3,}", acc.name) if w.lower() not in ("jr", "sr", "iii")][-1:] if acc else []
        return not (sur and re.search(rf"\b{re.escape(sur[0])}\b", (last.case_name or "") + " " + text[s:e], re.IGNORECASE))

    @property
    def defendant_party(self) -> Party | None:
        return next((p for p in self.parties if not p.government and "_defendant" in p.labels), None)


@functools.lru_cache(maxsize=256)
def _own_history_re(accused: str) -> re.Pattern[str] | None:
    """A case name for this case's own earlier decisions: the accused's surname against the government, either way."""
    words = [w for w in re.findall(r"[A-Za-z'\-]+", accused) if w.lower() not in ("jr", "sr", "ii", "iii", "iv")]
    if not words or len(words[-1]) < 3:
        return None
    sur = re.escape(words[-1])
    gov = r"(?:the\s+)?(?:State|People|Commonwealth|United\s+States|Government)\b"
    return re.compile(rf"(?:(?:[A-Z][\w.'\-]*\s+){{0,3}}{sur}\s+v\.?\s+{gov}|{gov}(?:\s+of\s+[A-Z][\w ]+?)?\s+v\.?\s+(?:[A-Z][\w.'\-]*\s+){{0,3}}{sur}\b)",
                      re.IGNORECASE)


_CITED_BACKREF_RE = re.compile(r"\s*(?:(?:In\s+that\s+(?:case|appeal|decision)|There|In\s+(?P<name>[A-Z][a-z]+(?:\s+v\.\s+[A-Z][a-z]+)?))\s*,|"
                               r"There\s+(?=[A-Z][a-z]+\s+(?:was|were|had|pleaded|pled)\b))")
# cases cited for the procedure of this appeal, not for their facts: "Pursuant to Anders v. California, 386 U.S. 738 (1967),
# his court-appointed attorney, Ann Roe, has filed a brief"
_PROCEDURE_CASE_RE = re.compile(r"^(?:Anders\s+v\.\s+California|Penson\s+v\.\s+Ohio|Smith\s+v\.\s+Robbins|McCoy\s+v\.\s+Court\s+of\s+Appeals)")
# "Id." or "Id. at 244." as a sentence of its own (after the sentence it supports) or closing it
# (not "Id. ¶ 5" or "Id. at ¶ 5", "Id., Ex. 3": the paragraphs or exhibits of a record document)
_ID_CITE_RE = re.compile(r"[\"\u201d']?\s*\(?\bId\.(?!,?\s*(?:at\s+)?(?:\u00b6|\u00a7|Ex\.|Exh|Doc|Dkt|Tr\.))(?:\s+at\s+[*\d][\d*,\s-]*)?\.?\)?(?=\s|$)")
# a cite to this case's record or transcript: "(Tr. 7:12-24.)", "(R. 45)", "(App. 12)", "(J.A. 33)", "(Doc. 12)"
_RECORD_CITE_RE = re.compile(r"\((?:Tr|T|R|Rec|Record|App|J\.\s?A|Doc|ECF|Dkt|Hr['\u2019]g\s+Tr|Supp\.\s+Tr)\.?\s*(?:at\s+)?\d")
_CASE_NAME_RE = re.compile(r"\b[A-Z][A-Za-z'\u2019-]+\s+v\.\s+[A-Z]")
_JUNK_PARTY_RE = re.compile(r"\b(?:OPINION|Opinion\*?\s+By|MEMORANDUM|JUDGE|Record\s+No|Hon(?=\.\s)|Honorable|(?:January|February|March|April|May|June|July|August|"
                            r"September|October|November|December)\s+\d|\d{4})\b", re.IGNORECASE)


def _left_column(head: str) -> str:
    """The head with right-column text blanked (same length, so offsets hold): text after a gap of four or more
    spaces, and lines indented past the left column's margin."""
    out = []
    for line in head.split("\n"):
        stripped = line.lstrip(" \t")
        indent = len(line) - len(stripped)
        # (a district court's judge set beside the caption: "JOHN ROE,          Hon. Ann Poe" or "        Hon. Ann Poe")
        if indent >= 40 or (indent >= 20 and re.match(r"(?:Hon\.|HON\.|Honorable|HONORABLE)\s", stripped)):
            out.append(" " * len(line))
            continue
        m = re.search(r"\S(\s{4,})\S", line)
        if m:
            line = line[: m.start(1)] + " " * (len(line) - m.start(1))
        out.append(line)
    return "\n".join(out)


# a header form field ("TRIAL JUDGE:   HON. JANE ROE", "ATTORNEY FOR APPELLANT:   JOHN DOE")
# (or the dates under a caption: "Submitted: October 14, 2016")
_FORM_FIELD_LINE_RE = re.compile(r"\n[ \t]*(?:[A-Z][A-Z .'/()-]{2,40}|(?:Submitted|Decided|Argued|Filed|Heard)(?:\s+and\s+[A-Z]?[a-z]+)?):[ \t]")


# the rest of an inline "X v. Y" that is a cited case: the other party, then a volume and a reporter
_CITED_AFTER_VERSUS_RE = re.compile(r"[^\n,]{1,60},\s*\d+\s+[A-Z][A-Za-z.]*")


# a publisher's notice fenced by lines of asterisks above the caption (Connecticut's slip opinions: "The
# ''officially released'' date that appears near the beginning of each opinion is ...")
_FENCED_NOTICE_RE = re.compile(r"\s*\*{10,}[ \t]*\n.{200,4000}?\n[ \t]*\*{10,}[ \t]*\n", re.DOTALL)
# or a paragraph headed "NOTICE" that opens the text, closed by a sentence and a blank line (Illinois: "NOTICE: Under
# Supreme Court Rule 367 a party has 21 days after the filing of the opinion to request a rehearing. ...")
_NOTICE_PARAGRAPH_RE = re.compile(r"\s*NOTICE\b[^\n]*(?:\n(?![ \t]*\n)[^\n]*){0,30}?[.)][ \t]*\n[ \t]*\n")


def _blank(text: str) -> str:
    """The text with every character but line ends set to a space (offsets hold)."""
    return re.sub(r"[^\n]", " ", text)


def _caption(text: str, start: int = 0) -> tuple[tuple[Party, ...], int]:
    """Parties from the "X v. Y" caption in the first part of the document (from ``start``: after a publisher's
    notice)."""
    # the Eighth Circuit's form fields print as runs of "l" before the party labels: read them as blanks
    head = re.sub(r"\bl{8,}\b", lambda m: " " * len(m.group(0)), _blank(text[:start]) + text[start : start + 4000])
    candidates = list(_VERSUS_RE.finditer(head)) or [
        m for m in _INLINE_VERSUS_RE.finditer(head, start, start + 600)
        if len(head[head.rfind("\n", 0, m.start()) + 1 : (head.find("\n", m.end()) + 1 or len(head))]) <= 200
        and not _CITED_AFTER_VERSUS_RE.match(head, m.end())  # "Roe v. State, 12 Ala. App. 147": a cited case, no caption
    ]
    for m in candidates:
        found = _parties_at(head, m)
        if found is None:
            continue
        first, second, end = found
        first, second, end = _joined_caption(head, first, second, end)
        first, second, end = _consolidated_caption(head, candidates, first, second, end)
        return (first, second), end
    # no "v.": a caption naming one person ("In re BILLY ROE on Habeas Corpus.", "Ex parte P.D.H.")
    one = _IN_RE_RE.search(head, start, start + 1500)
    if one:
        party = _party(one.group("name"), one.start("name"))
        if party is not None and is_person_name(party.name):
            return (replace(party, labels=party.labels + ("petitioner",)),), one.end()
    return (), 0


_HEADER_LINE_RE = re.compile(r"\bNo\.\s*\d|\b(?:Docket|CLERK|FILED|COURT\s+OF\s+APPEALS|CIRCUIT|PUBLISH)\b|\d{1,2}/\d{1,2}/\d{2,4}|^[\s_*=-]*$")


def _parties_at(head: str, m: re.Match[str]) -> tuple[Party, Party, int] | None:
    """The two parties around one "v." line of the caption, and where the second ends (None when either is no party)."""
    before = head[: m.start()]
    after = head[m.end() :]
    # the party paragraph just before and just after the "v."
    b_pars = re.split(r"(\n[ \t]*\n)", before.rstrip())
    b_par = b_pars[-1]
    if _only_labels(b_par) and len(b_pars) >= 3:
        b_par = b_pars[-3] + b_pars[-2] + b_par
    # a notice or docket line run into the party line: keep the short trailing lines
    b_lines = b_par.split("\n")
    while len(b_lines) > 1 and (len(b_lines[0].strip()) > 150 or (len(b_lines[0].strip()) > 60 and b_lines[0].rstrip().endswith("."))):
        b_lines.pop(0)
    # a caption set right under the court's header with no blank line ("D.C. Docket No. 93-310    CLERK\nUNITED STATES
    # OF AMERICA,", "United States Court of Appeals\nFor the Ninth Circuit\n____\nNo. 19-0001\nJOHN ROE,"): the party
    # starts after the last header line (the court's name is no party, and "United States" in it is no government)
    marks = [i for i, ln in enumerate(b_lines[:-1]) if _HEADER_LINE_RE.search(ln)]
    # (under the court's name a blank line is no header line: one parts the name from its label when the label is joined on)
    printed_marks = [i for i in marks if b_lines[i].strip()]
    # the clerk's filing stamp set beside the caption ("FILED / March 12, 2015 / Lyle W. Cayce / Clerk"): the party
    # starts after the clerk's title
    clerk = [i for i, ln in enumerate(b_lines[:-1]) if re.fullmatch(r"\s*(?:Clerk|CLERK)(?:\s+of\s+(?:the\s+)?[Cc]ourt)?\s*", ln)]
    if clerk:
        b_lines = b_lines[clerk[-1] + 1 :]
    elif marks and len("\n".join(b_lines)) > 400:
        b_lines = b_lines[marks[-1] + 1 :]
    elif printed_marks and re.search(r"\bcourt\b", "\n".join(b_lines[: printed_marks[-1] + 1]), re.IGNORECASE):
        b_lines = b_lines[printed_marks[-1] + 1 :]
    b_par = "\n".join(b_lines)
    a_pars = re.split(r"(\n[ \t]*\n)", after.lstrip(), maxsplit=2)
    a_par = a_pars[0]
    field = _FORM_FIELD_LINE_RE.search(a_par)
    if field:  # "STATE OF MISSISSIPPI   APPELLEE\nDATE OF JUDGMENT: 03/28/2013": the form starts after the party
        a_par = a_par[: field.start()]
    docket = re.search(r"\n[ \t]*\((?:[A-Z]{1,4}[ \t]*)?\d[\d-]*\)[ \t]*(?=\n|$)", a_par)
    if docket:  # Connecticut: "STATE v. JOHN ROE\n(AC 12345)\nPoe, Doe and Lane, Js.": the docket line closes the caption
        a_par = a_par[: docket.start()]
    if len(a_pars) >= 3 and _only_labels(a_pars[2].split("\n\n")[0]):
        a_par = a_par + a_pars[1] + a_pars[2].split("\n\n")[0]
    if len(b_par) > 400 or len(a_par) > 400 or not b_par.strip() or not a_par.strip():
        return None
    b_start = m.start() - len(b_par)
    a_start = m.end() + (len(after) - len(after.lstrip()))
    first = _party(b_par, b_start)
    # (the first line keeps its indent: a right column's line set there is no part of the party)
    indent = after[: len(after) - len(after.lstrip())].split("\n")[-1]
    second = _party(indent + a_par, a_start - len(indent))
    if second is not None:
        second = replace(second, text=second.text.lstrip(), start=a_start)
    if first is None or second is None:
        return None
    return first, second, a_start + len(a_par)


_IN_RE_RE = re.compile(
    r"(?m)^[ \t]*(?:In\s+re|IN\s+RE|Ex\s+parte|EX\s+PARTE|In\s+the\s+Matter\s+of|IN\s+THE\s+MATTER\s+OF)\s+"
    r"(?:(?:the\s+)?(?:Personal\s+Restraint|Application|Petition)\s+of\s+)?"
    r"(?P<name>[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){0,4}?)"
    r"(?=\s*(?:,?\s+on\s+Habeas\s+Corpus|,?\s+(?:for|FOR)\s+(?:a\s+|A\s+)?(?:Writ|WRIT)\s+(?:of|OF)\s+(?:Habeas|HABEAS)\s+(?:Corpus|CORPUS)|"
    r",\s+(?:Petitioner|Relator|Applicant)|\.?[ \t]*$))"
)


def _joined_caption(head: str, first: Party, second: Party, end: int) -> tuple[Party, Party, int]:
    """"ROGERS v. THE STATE. / TOWNSEND v. THE STATE.": appeals decided together, one caption after another. The
    accused of the later captions join the first caption's accused as ``others``; the caption ends after the last."""
    if first.government == second.government:
        return first, second, end
    gov, acc = (first, second) if first.government else (second, first)
    others = list(acc.others)
    while True:
        m = re.match(r"\s*\n(?P<b>[^\n]{2,80})\n\s*(?:v\.?|vs\.?|versus)\s*\n\s*(?P<a>[^\n]{2,80})(?=\n|$)", head[end:], re.IGNORECASE)
        if not m:
            break
        b = _party(m.group("b"), end + m.start("b"))
        a = _party(m.group("a"), end + m.start("a"))
        if b is None or a is None:
            break
        a2 = _accused_of_same_government(b, a, gov)
        if a2 is None or not is_person_name(a2.name):
            break
        others += [a2.name, *a2.others]
        end += m.end()
    return _with_others(first, second, gov, acc, others, end)


def _consolidated_caption(head: str, candidates: list[re.Match[str]], first: Party, second: Party,
                          end: int) -> tuple[Party, Party, int]:
    """Consolidated appeals printed as full captions one under another ("No. 94-0001 / UNITED STATES OF AMERICA,
    Plaintiff-Appellee, versus JOHN ROE ... / No. 94-0002 / UNITED STATES OF AMERICA ... versus CARL POE"): the
    accused of every caption are parties. Only docket lines and rules may lie between the captions, no prose."""
    if first.government == second.government:
        return first, second, end
    gov, acc = (first, second) if first.government else (second, first)
    others = list(acc.others)
    for m in candidates:
        if m.start() <= end:
            continue
        found = _parties_at(head, m)
        if found is None:
            break
        b, a, e = found
        if any(len(re.findall(r"\b[a-z]{2,}\b", ln)) >= 5 for ln in head[end : b.start].split("\n")):
            break  # prose between: not another caption of this case
        a2 = _accused_of_same_government(b, a, gov)
        names = [n for n in (a2.name, *a2.others) if is_person_name(n) and n != acc.name and n not in others] if a2 else []
        if not names:
            break
        others += names
        end = e
    return _with_others(first, second, gov, acc, others, end)


def _accused_of_same_government(b: Party, a: Party, gov: Party) -> Party | None:
    """The accused of a further caption that sets the same government against one accused, else None."""
    g2, a2 = (b, a) if b.government else (a, b)
    if not g2.government or a2.government or g2.name.lower().removeprefix("the ") != gov.name.lower().removeprefix("the "):
        return None
    return a2


def _with_others(first: Party, second: Party, gov: Party, acc: Party, others: list[str], end: int) -> tuple[Party, Party, int]:
    """The caption's two parties in their order, the accused carrying the further captions' accused as ``others``."""
    if len(others) == len(acc.others):
        return first, second, end
    acc = replace(acc, others=tuple(others))
    return (gov, acc, end) if first is gov else (acc, gov, end)


def _only_labels(par: str) -> bool:
    """A caption paragraph that holds only party labels ("Plaintiff-Appellee")."""
    return bool(par.strip()) and not _PARTY_LABEL_RE.sub("", " " + par.strip()).strip(" ,.")


# lines printed among the caption that belong to no party: Florida's "NOT FINAL UNTIL TIME EXPIRES TO FILE MOTION FOR
# REHEARING AND DISPOSITION THEREOF IF FILED", Georgia's "In the Court of Appeals of Georgia" above "A17A0594. ROE v. THE STATE."
_CAPTION_NOISE_RE = re.compile(r"(?:NOT\s+FINAL\s+UNTIL|FILE\s+MOTION\s+FOR\s+REHEARING|DISPOSITION\s+THEREOF|"
                               # a publication notice above the caption ("NON-PRECEDENTIAL DECISION - SEE ... I.O.P. 65.37")
                               r"NON-?PRECEDENTIAL|NOT\s+PRECEDENTIAL|UNPUBLISHED\s+(?:OPINION|DECISION|MEMORANDUM)|"
                               r"NOT\s+(?:DESIGNATED\s+)?FOR\s+PUBLICATION|"
                               r"In\s+the\s+(?:Supreme\s+)?Court\s+(?:of\s+Appeals?\s+)?of\s+[A-Z][a-z]+\s*$)", re.IGNORECASE)
_RANK_RE = re.compile(
    r"^(?:(?:Senior|Staff|Technical|Master|Chief|Lance|First|Second|Private|Petty)\s+)?(?:Airman|Sergeant|Corporal|Private|Specialist|"
    r"Seaman|Officer|Lieutenant|Ensign|Cadet|Captain|Major)(?:\s+(?:First|Second|Third|Basic)(?:\s+Class)?|\s+Recruit|\s+Apprentice)?\s+(?=[A-Z])"
)


def _party(raw: str, start: int) -> Party | None:
    raw_lines = raw.splitlines()
    # a right column's text run on under itself ("COMMONWEALTH OF PENNSYLVANIA      IN THE SUPERIOR COURT OF" over
    # "                                    PENNSYLVANIA"): a line set far right under a line that had a right column
    # (or any line set that far right beside a party set at the left margin: Michigan's "v      No. 312345" over
    # "                  Wayne Circuit Court" over "JOHN ROE,      LC No. 12-001234-FH")
    # (only a line that reads as the right column's: a court, a number, a date; a party's name or labels set far right
    # stay: "ROE,\n\n                     Petitioner - Appellant,")
    left = any(ln.strip() and len(ln) - len(ln.lstrip()) < 20 and not _only_labels(ln) for ln in raw_lines)
    kept = [ln for i, ln in enumerate(raw_lines)
            if not (len(ln) - len(ln.lstrip()) >= 40 and not _only_labels(ln) and (
                i and re.search(r"\S[ \t]{5,}\S", raw_lines[i - 1]) or left and _RIGHT_COLUMN_LINE_RE.search(ln)))]
    # (Delaware and Texas rule the columns with "§")
    lines = [ln.strip() for ln in kept if ln.strip() and not ln.strip().startswith((")", "*", "|", "_", ":", "\u00a7"))]
    if not lines:
        return None
    # "MICKEY H. MITCHELL,   )  No. ED100563" - drop the right-hand column of boxed captions
    lines = [re.split(r"\s+[)*|:\u00a7]|[ \t]{5,}", ln)[0].strip() for ln in lines]
    lines = [ln for ln in lines if ln.strip("*)|_-.: ") and not _CAPTION_NOISE_RE.match(ln)]  # rules of dots or dashes
    if len(lines) >= 2 and re.match(r"(?:In\s+re|IN\s+RE|In\s+the\s+Matter\s+of|IN\s+THE\s+MATTER\s+OF)\b", lines[0]):
        lines = lines[1:]  # the matter's title above the party: "In re GRAND JURY PROCEEDINGS. / UNITED STATES of America, Appellee,"
    text = " ".join(lines)
    # a service member's rank and branch: "Airman First Class ALEXANDER M. KIRBY / United States Air Force"
    text = _RANK_RE.sub("", text).strip()
    text = re.sub(r"\s+United\s+States\s+(?:Air\s+Force|Army|Navy|Marine\s+Corps|Coast\s+Guard)\b.*$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+", " ", text).strip()
    labels = tuple(
        w.lower().rstrip("s")
        for w in re.findall(r"\b(plaintiffs?|defendants?|appellants?|appellees?|petitioners?|respondents?|movants?|"
                            r"relators?|applicants?|claimants?)\b(?!\s+in\s+error)", text, re.IGNORECASE)
    )
    if re.search(r"\bplaintiffs?\s+in\s+error\b", text, re.IGNORECASE):
        labels += ("appellant",)  # the party bringing error: in a criminal case, the accused
    if re.search(r"\bdefendants?\s+in\s+error\b", text, re.IGNORECASE):
        labels += ("appellee",)
    # "Kerry DeCAY; Stanford Barre, Defendants-Appellants, Louisiana Sheriffs Fund, Garnishee-Appellant.": one side
    # holds two parties, each with its own label; the accused are the first
    name = re.split(r",\s*(?:Plaintiffs?|Defendants?)[-\u2010 ](?:Appellants?|Appellees?|Petitioners?|Respondents?)\s*,\s+(?=[A-Z])",
                    text, maxsplit=1)[0]
    # "Appellant (Defendant below)": the role in the court below, in parentheses after the label
    name = re.sub(r"\s*\((?:defendants?|plaintiffs?|petitioners?|respondents?|appellants?|appellees?)(?:[- ][a-z]+)?"
                  r"(?:\s+below|\s+in\s+the\s+(?:trial\s+)?court(?:\s+below)?)?\)[\s.,]*$", "", name, flags=re.IGNORECASE)
    name = _PARTY_LABEL_RE.sub("", name)
    name = re.sub(r"\(([A-Za-z][A-Za-z'\-]+)\)", r"\1", name)  # "DAREADELL (TERRELL) THOMPSON": the middle name in parentheses
    name = re.sub(r"\s*,?\s*(?:et al\.?|etc\.?)\s*$", "", name, flags=re.IGNORECASE)
    name = re.sub(r"\s+(?:d/b/a|dba|doing\s+business\s+as)\s+.*$", "", name, flags=re.IGNORECASE)  # the person, not the trade name
    name = name.strip(" ,.*")
    name = re.sub(r"^(?:\S*\d\S*\.?\s+)+", "", name)
    name = re.sub(r",?\s*(?:DOC|D\.O\.C\.|Inmate|Prisoner|TDCJ|CDC)\s*(?:No\.?|#)?\s*#?\s*[\w-]*\d[\w-]*.*$", "", name, flags=re.IGNORECASE)  # a docket number run into the caption ("S15G1108. Thornton")
    aliases: list[str] = []
    if ";" in name:
        # "A.B. Roe; Carl Roe, a.k.a. "Red"; Dan Poe": each accused's own aliases stay with him
        entries = [re.sub(r"\s*[\"\u201c][^\"\u201d]*[\"\u201d]", "", _AKA_RE.split(e)[0]).strip(" ,") for e in name.split(";")]
        name = "; ".join(e for e in entries if e)
    parts = _AKA_RE.split(name)
    if len(parts) > 1:
        name = parts[0].strip(" ,")
        aliases = [clean_name(p) for p in parts[1:] if p.strip(" ,")]
    nick = re.search(r"\s*[\"\u201c]([^\"\u201d]+)[\"\u201d]\s*", name)
    if nick:
        plain = clean_name(name[: nick.start()] + " " + name[nick.end() :])
        aliases = [plain, nick.group(1)] + aliases
        name = clean_name(name)
    else:
        name = clean_name(name)
    if _GOV_SHORT_RE.match(name):
        # the government's name in full for the case title: "COM." is the Commonwealth, "U. S." the United States
        key = re.sub(r"[\s.]", "", name).lower()
        name = "Commonwealth" if key.startswith("com") else "United States" if key in ("us", "usa") else name
    government = bool(_GOV_RE.match(name) or _GOV_SHORT_RE.match(name)) and not re.search(r"\bex\s+rel\b", name, re.IGNORECASE) and not _FIRM_RE.search(name)
    others: tuple[str, ...] = ()
    listed = [clean_name(n) for n in re.split(r"\s*;\s*|\s*,\s*(?:and\s+)?|\s+and\s+", name) if n.strip()]
    if not government and not aliases and len(listed) >= 2 and all(len(n.split()) >= 2 and is_person_name(n) for n in listed):
        # "CHARLES D. ROBERTS, ROBERT CRITTENDEN and JAMES E. SMITH, Appellants": several accused, one side
        name, others = listed[0], tuple(listed[1:])
    rel = re.search(r"\bex\s+rel\.?\s+(?P<rel>.+)$", name, re.IGNORECASE)
    if rel and _GOV_RE.match(name) and is_person_name(rel.group("rel")):
        # "United States ex rel. Owen Price": the State sues on the relation of the prisoner, who is the party
        aliases.insert(0, name)
        name = clean_name(rel.group("rel"))
    return Party(raw.strip(), name, tuple(aliases), labels, government, start, start + len(raw), others)


def _mask_spans(text: str, citations: list[Citation], own: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Spans describing other cases: the full citation with its name and parenthetical. With ``own`` (the case name of
    this case's earlier decisions), the quotations those decisions close are left readable."""
    spans = []
    own_starts = [c.full_start if c.full_start is not None else c.start for c in citations
                  if own is not None and c.kind == "case" and c.case_name and own.match(c.case_name)]
    for c in citations:
        if c.kind != "case":
            continue
        # (this case's own earlier decisions are masked too: a reference is no fact)
        s = c.full_start if c.full_start is not None else c.start
        e = c.full_end if c.full_end is not None else c.end
        # extend over a following "(holding that ...)" parenthetical and a year
        tail = re.match(r"[^()\n]{0,40}?\((?:[^()]|\([^()]*\))*\)(?:\s*\((?:[^()]|\([^()]*\))*\))?", text[e : e + 700])
        if tail:
            e += tail.end()
        spans.append((s, e))
    # "In Smith v. Jones, the defendant was convicted ..." : the sentence discussing a named case
    for m in re.finditer(r"\b(?:In|in)\s+(?:State|People|Commonwealth|United States|[A-Z][a-z]+)\s+v\.\s+[A-Z][A-Za-z'.-]+"
                         r"(?:\s*,\s*supra)?", text):
        end = text.find(".", m.end())
        spans.append((m.start(), end if end != -1 else m.end()))
    # long quotations (jury charges, statutes, other courts' words) are not this court's account
    for m in re.finditer(r"(?:(?<=[\s(:,\[])|^)\"(?=\S)[^\"]{150,1500}?(?<=\S)\"(?=[\s,.;:)\]]|$)|\u201c[^\u201d\u201c]{150,1500}\u201d", text):
        if any(m.end() <= o <= m.end() + 6 for o in own_starts):
            continue  # the court below telling this case: "... found him guilty of making false statements." Roe v. State, 3 Ga.
        if _quotes_assigned_error(text, m.start()):
            continue
        spans.append((m.start(), m.end()))
    spans.sort()
    return spans


# the appellant's claims quoted in a list after their lead-in: "raising two assignments of error:", "propositions of law:"
_ASSIGNED_ERROR_LEAD_RE = re.compile(r"\b(?:assignments?\s+of\s+error|propositions?\s+of\s+(?:law|error)|"
                                     r"issues?\s+(?:presented|for\s+review))[^.:\n]{0,40}:\s*$", re.IGNORECASE)


def _quotes_assigned_error(text: str, start: int) -> bool:
    """The quotation at ``start`` is one of the appellant's assignments of error, listed after their lead-in (the
    quotations and paragraph numbers before it being the earlier ones): this case's own claim, not another's words."""
    before = text[max(0, start - 2000) : start]
    # (a quoted paragraph whose closing mark the court left off runs to the end of its line)
    before = re.sub(r"\"[^\"]*\"|\"[^\"\n]*(?=\n)|\u201c[^\u201d\u201c]*\u201d|\{¶\s*\d+\}", " ", before)
    return bool(_ASSIGNED_ERROR_LEAD_RE.search(before))


def _prose_start(text: str, start: int, end: int) -> int | None:
    """Where running text begins: a 400-character line, or fifteen lines in a row that hold lowercase words
    (a form set in capitals, as Mississippi's headers are, is not prose)."""
    long_line = re.search(r"[^\n]{400,}", text[start:end])
    first = start + long_line.start() if long_line else None
    run = 0
    run_start = start
    pos = start
    for line in text[start:end].split("\n"):
        if re.search(r"[a-z]{4}", line):
            if run == 0:
                run_start = pos
            run += 1
            if run >= 15:
                return min(first, run_start) if first is not None else run_start
        else:
            run = 0
        pos += len(line) + 1
    return first


_BEFORE_THE_COURT_RE = re.compile(r"[ \t]*Before\s+(?:the|this)\s+(?:[A-Z]\w+\s+)?Court\s+(?:is|are|comes?|came|now)\b|[^\n]{300}",
                                  re.IGNORECASE)


def _header_end(text: str, caption_end: int) -> int:
    """Where the opinion proper begins: after the author/per curiam line, else after the panel line."""
    limit = min(len(text), max(caption_end, 0) + 3500)
    # header paragraphs are short: an author-like line after the first long paragraph of prose closes the opinion
    prose_at = _prose_start(text, caption_end, limit)
    if prose_at is not None:
        limit = prose_at
    best = None
    for m in _AUTHOR_RE.finditer(text, caption_end, limit):
        if re.match(r"\s*(?:Before|BEFORE|Present|PRESENT|Panel)\b", m.group(0)) or m.group(0).rstrip().endswith(","):
            continue  # a panel line ("Before X, Circuit Judges, and ..." / "Selya, Circuit Judge,") is not the author line
        if re.search(r"\bwould\s+(?:grant|deny|remand|reverse|affirm|vacate|dismiss|hold)\b|\b(?:not\s+participating|took\s+no\s+part)\b",
                     m.group(0), re.IGNORECASE):
            continue  # a justice's vote under an order ("CAVANAGH, J., would grant leave to appeal."), not its author line
        if re.search(r"\b(?:concur|dissent)", m.group(0), re.IGNORECASE):
            # "Broyles, C. J., and Gardner, J., concur." closes an opinion; a separate opinion starts after the header
            best = m.start() if re.search(r"\bOPINION\b", m.group(0)) else None
            break
        prev = text[max(0, m.start() - 200) : m.start()].rstrip()
        if re.search(r"(?:^|\n)[ \t]*(?:Before|BEFORE|Present|PRESENT):?$|,$", prev):
            continue
        if re.match(r"\s*(?:We|I|WE)\s+(?:concur|CONCUR)\b", text[m.end() : m.end() + 80]) or re.search(
                r"\b(?:We|WE)\s+(?:concur|CONCUR):?[ \t]*(?:\n[^\n]*){0,4}$", prev):
            continue  # California signs at the end: "POE, J.\nWe concur:\nDOE, P. J." closes the opinion, no header
        best = m.end()
        break
    if best is None:
        # (a panel line, not a trial court's first sentence: "Before the Court is Defendant's Motion to Vacate ...")
        before = [m for m in re.finditer(r"(?m)^[ \t]*(?:Before|PRESENT|Panel)\b[^\n]*$", text[:limit])
                  if not _BEFORE_THE_COURT_RE.match(m.group(0))]
        best = before[-1].end() if before else caption_end
    return best


# The court's own voice, for opinions printed without a caption (older reporters start with the first paragraph).
_COURT_VOICE_RE = re.compile(
    r"\b(?:this\s+court|the\s+court\s+below|trial\s+court|lower\s+court|"
    r"we\s+(?:hold|think|find|conclude|agree|are\s+of\s+the\s+opinion|affirm|reverse)|it\s+is\s+(?:so\s+)?ordered|"
    r"the\s+judgment|judgment\s+(?:is|was)|the\s+record|assignments?\s+of\s+error|supra|overruled|sustained|"
    r"instructions?|statute|concur\w*|dissent\w*|opinion)\b|\u00a7",
    re.IGNORECASE,
)


def detect_kind(text: str, parties: tuple[Party, ...], case_citations: int = 0) -> str:
    """news | opinion | order | affidavit | transcript | letter | other, from cues in the text.

    ``case_citations`` is the number of case citations found in the text: a text that cites
    cases, or speaks in a court's voice, is an opinion even without a caption.
    """
    head = text[:3000]
    opinion_cues = len(_OPINION_CUES_RE.findall(text[:20000]))
    # the court's voice is counted only for texts without a caption: every other text is decided without it
    voice = opinion_cues + len(_COURT_VOICE_RE.findall(text[:20000])) if not parties else 0
    if parties and opinion_cues >= 1:
        if re.search(r"\bIT\s+IS\s+(?:HEREBY\s+)?ORDERED\b", text) and len(text) < 6000 and not re.search(
            r"\bOPINION\b", head
        ):
            return "order"
        return "opinion"
    if re.search(r"\bAFFIDAVIT\b|(?i:\bsworn\s+(?:to\s+and\s+)?subscribed\b|\baffiant\b|\bbeing\s+(?:first\s+)?duly\s+sworn\b)",
                 head) and not parties:
        return "affidavit"
    if len(re.findall(r"(?m)^\s*[QA][.:]\s", text[:20000])) >= 6:
        return "transcript"
    if re.match(r"\s*(?:Dear\s|To whom it may concern)", text, re.IGNORECASE):
        return "letter"
    if opinion_cues >= 6 or (not parties and (case_citations >= 2 or voice >= 6)):
        return "opinion"
    if not parties and voice >= 2 and not _NEWS_CUES_RE.search(text[:20000]):
        return "opinion"
    if opinion_cues >= 3 and re.search(r"\b(?:JJ\.|J\.|PER CURIAM|Circuit Judges|Court of Appeals?|Judge|Justice)\W", text):
        return "opinion"
    if opinion_cues >= 2 and re.search(r"(?m)^[ \t]*THE\s+COURT:", text[:20000]):
        return "opinion"  # a ruling from the bench, transcribed under its counsel lines ("..., for the State.")
    if len(_NEWS_CUES_RE.findall(text)) >= 2:
        return "news"
    return "other"


def _state_of(text: str) -> str | None:
    counts: dict[str, int] = {}
    for m in _STATE_RE.finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if not counts:
        return None
    return US_STATES[max(counts, key=lambda k: counts[k])]


def _court_line(text: str) -> str | None:
    m = re.search(
        r"(?im)^[ \t]*((?:IN\s+THE\s+)?(?:(?:United\s+States\s+|(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+(?=Court\s+of\s+))?(?:Court\s+of\s+(?:Criminal\s+)?Appeals?|District\s+Court|"
        r"Supreme\s+Court|Bankruptcy\s+Court)|Superior\s+Court|Appellate\s+Division|Commonwealth\s+Court)[^\n]{0,120})$",
        text[:5000],
    )
    if not m:
        return None
    line = re.sub(r"\s+", " ", m.group(1)).strip(" .")
    # a wrapped court name ("Court of Appeals,\nEighth Circuit.")
    nxt = text[m.end() : m.end() + 80].lstrip("\n ").split("\n", 1)[0].strip(" .")
    if line.endswith(",") or re.match(r"^(?:for\s+the\s+|[A-Z][a-z]+\s+(?:Circuit|District|Department|Division))", nxt, re.IGNORECASE):
        line = line.rstrip(",") + ", " + nxt
    if line.isupper():
        # a header printed in capitals ("IN THE COURT OF APPEALS, SEVENTH DISTRICT") is named as courts write it
        line = re.sub(r"\b(Of|The|For|And|In)\b", lambda w: w.group(1).lower(), line.title())
        line = re.sub(r"^in the ", "", line)
    return line


def build_context(doc: Document, source_id: str) -> Context:
    """Segment the document and find its parties, cited cases and court."""
    text = doc.text
    notice = _FENCED_NOTICE_RE.match(text) or _NOTICE_PARAGRAPH_RE.match(text)
    notice_end = notice.end() if notice else 0
    parties, caption_end = _caption(text, notice_end)
    if not parties or any(_JUNK_PARTY_RE.search(p.name) for p in parties):
        # a caption set in columns (the case number, date or author beside the party names): read the left column
        left, left_end = _caption(_left_column(text[: notice_end + 4000]), notice_end)
        if left and not any(_JUNK_PARTY_RE.search(p.name) for p in left):
            parties, caption_end = left, left_end
    citations = find_citations(text)
    kind = detect_kind(text, parties, sum(1 for c in citations if c.kind == "case"))
    if kind in ("opinion", "order"):
        header_end = _header_end(text, max(caption_end, notice_end))
    else:
        header_end = 0
    notes = _NOTES_RE.search(text, header_end)
    body_end = notes.start() if notes else len(text)
    sep = _SEPARATE_OPINION_RE.search(text, header_end, body_end)
    separate_start = sep.start() if sep else len(text)
    majority = text[header_end:separate_start]
    bare_disposition = separate_start < body_end and len(majority.strip()) < 400 and re.search(
        r"\b(?:affirmed|reversed|vacated|dismissed|denied)\b", majority, re.IGNORECASE)
    ctx = Context(
        doc=doc, source_id=source_id, kind=kind, sentences=Sentences(text), header_end=header_end,
        body_end=body_end, separate_start=separate_start, citations=citations,
        facts_end=body_end if bare_disposition else min(body_end, separate_start),
    )
    ctx.court_line = _court_line(text) if kind in ("opinion", "order") else None
    court = (ctx.court_line or "").lower()
    # Florida's District Courts of Appeal are state appellate courts, not federal district courts
    florida_dca = "district court of appeal" in court
    ctx.federal_court = bool(re.search(r"united states|circuit(?!\s+court\s+of)|district court", court)) and not (
        florida_dca or re.search(r"court of appeal of|state of", court))
    ctx.appellate = bool(re.search(r"appeal|supreme|appellate|circuit", court)) and (
        "district court" not in court or florida_dca) or (
        # no court line, but the header names the court appealed from: "(Appeal from Superior Court, judicial district
        # of Roe, Poe, J.)"
        ctx.court_line is None and bool(APPEAL_FROM_PAREN_RE.search(text, 0, max(header_end, 0) + 1500)))
    body = text[header_end:body_end]
    # decided before the parties: a civil-rights suit against no government is no criminal case
    # (a cited case's "civil rights action" is not this case's)
    ctx.civil_rights = any(
        not ctx.sentence_cites_case(m.start()) for m in _CIVIL_RIGHTS_RE.finditer(text, header_end, body_end)
    )
    _assign_parties(ctx, parties)
    # masked once the accused is known: the quotations this case's own earlier decisions close stay readable
    own = _own_history_re(ctx.defendant_party.name) if ctx.defendant_party is not None else None
    ctx.set_masked(_mask_spans(text, citations, own) if kind != "news" else [])
    state_src = (ctx.court_line or "") if ctx.court_line and not ctx.federal_court else ""
    ctx.state = _state_of(state_src) or _state_of(" ".join(p.name for p in ctx.parties if p.government)) or _state_of(body)
    return ctx


_CRIMINAL_CUES_RE = re.compile(
    r"\b(?:convicted|convictions?|pleaded\s+guilty|pled\s+guilty|guilty\s+plea|plea\s+of\s+guilty|found\s+(?:him|her|[A-Z]\w+)?\s*guilty|"
    r"sentenced|indicted|indictment|habeas|post-?conviction|prisoner|inmate|arrested|charged\s+with|no\s+contest|"
    r"nolo\s+contendere|penitentiary|prosecuting\s+witness|certificate\s+of\s+appealability|motion\s+to\s+suppress|"
    r"(?:State['\u2019]s|District|Prosecuting|Commonwealth['\u2019]s)\s+Attorney)\b|§\s*22(?:54|55)\b",
    re.IGNORECASE,
)


# ("§" is no word character: a \b before it would need a letter before the sign, as "42 U.S.C. § 1983" has not)
_CIVIL_RIGHTS_RE = re.compile(r"§+\s*1983\b|\b(?:section\s+1983|civil\s+rights\s+(?:action|suit|complaint|claim))", re.IGNORECASE)
# words of a civil dispute: with no criminal cue at all, a government party is suing or being sued
_CIVIL_CUES_RE = re.compile(
    r"\b(?:damages|negligen\w*|torts?|tortious|contracts?|contractual|insur\w+|summary\s+judgment|breach|lease|lessee|lessor|"
    r"mortgage\w*|divorce|alimony|easement|zoning|taxpayers?|refund|wages|employer|employee|workers'?\s+compensation|"
    r"injunct\w+|condemnation|eminent\s+domain|probate|testator|deed|warranty|malpractice|bankrupt\w*|policyholder|"
    r"ante\s+litem|class\s+action)\b",
    re.IGNORECASE,
)


# a civil docket in the header: "No. 08-05-00186-CV" (a federal habeas is also docketed "-cv", so only with no criminal cue)
_CIVIL_HEADER_RE = re.compile(r"\bclaimants?\b|\bNo\.\s*[\w-]*\d-CV\b|\b\d+-CV-\d+", re.IGNORECASE)
# courts that hear no prosecution
_CIVIL_COURT_RE = re.compile(r"\bcourt\s+of\s+civil\s+appeals\b|\bcourt\s+of\s+(?:federal\s+)?claims\b|\bclaims\s+court\b|"
                             r"\btax\s+court\b|\bmerit\s+systems\s+protection\s+board\b|\bbankruptcy\s+(?:court|appellate\s+panel)\b",
                             re.IGNORECASE)


# the court appealed from, in parentheses under the caption (Connecticut): "(Appeal from Superior Court, judicial district of
# Roe, Poe, J.)"
APPEAL_FROM_PAREN_RE = re.compile(r"(?m)^[ \t]*\(Appeal\s+from\s+[^()]{5,400}\)")
# review of an immigration court's order
_IMMIGRATION_REVIEW_RE = re.compile(r"\bBoard\s+of\s+Immigration\s+Appeals\b|\bImmigration\s+Judge\b")
# the subject of a child-welfare case, told where the opinion opens
_CHILD_WELFARE_RE = re.compile(
    r"\bparental[- ]rights\b|\b(?:neglect|dependency|deprivation)\s+(?:petitions?|proceedings?|adjudications?)\b|"
    r"\badjudicated\s+(?:the\s+)?(?:child|children|minors?)\s+(?:to\s+be\s+)?(?:neglected|dependent|deprived)\b",
    re.IGNORECASE,
)
# a child-welfare agency as a party: "J.C. v. State, Dept. of Children & Family Services"
_CHILD_AGENCY_RE = re.compile(
    r"\b(?:Children|Child)\s*(?:and|&)\s*Famil(?:y|ies)|\bFamily\s+and\s+Protective\s+Services|\bChild\s+Protective\s+Services|"
    r"\bDep(?:artmen)?t\.?\s+of\s+(?:Human|Social)\s+Services",
    re.IGNORECASE,
)


# the thing a forfeiture is brought against: "2000 KIA SEPHIA", "$10,000.00 IN UNITED STATES CURRENCY", "ONE 1990 FORD
# TRUCK", "Certain Real Property Located at ..."
_IN_REM_RE = re.compile(r"\s*(?:\$\s?\d|(?:19|20)\d\d\s+[A-Z]|(?:One|ONE)\s+(?:\(1\)\s+)?(?:19|20)\d\d\b|"
                        r"(?:Certain|CERTAIN)\s+(?:Real\s+Property|REAL\s+PROPERTY)|[\d,.]+\s+(?:Acres|ACRES)\b)")
# what the opinion says it reviews: "Roe appeals from a judgment of the United States Claims Court"
_APPEAL_FROM_RE = re.compile(r"\bappeal\w*\s+from\b[^.]{0,120}", re.IGNORECASE)


_GOV_NEAR_RE = re.compile(r"\b(?:state\s+of|people\s+of|commonwealth\s+of|united\s+states\s+of\s+america)\b", re.IGNORECASE)


def _government_near(near: str) -> bool:
    """A government's name near a caption label, not the court's own ("STATE OF MICHIGAN COURT OF APPEALS")."""
    return any(not re.match(r"\s*(?:[ \t\w]{0,25}?\s*)?\b(?:court|supreme)\b", near[m.end() : m.end() + 60], re.IGNORECASE)
               for m in _GOV_NEAR_RE.finditer(near))


_COLLATERAL_RE = re.compile(r"\bhabeas\b|§+\s*22(?:54|55)\b|\bpost-?conviction\b|\bcoram\s+nobis\b|\bmotion\s+to\s+vacate\b",
                            re.IGNORECASE)


def _civil_by_parties(ctx: Context, cues: int, civil_words: int, body: str, gov_found: bool = False) -> bool:
    """The parties or the words of the case say civil: a private plaintiff against a private party or against the
    government as defendant (a tort claim against the United States), or far more words of a civil dispute than of a
    prosecution where no caption label puts the government against an accused."""
    if _COLLATERAL_RE.search(body):
        return False  # a prisoner's collateral attack is sometimes styled "Plaintiff v. United States, Defendant"
    parties = ctx.parties
    # (a plaintiff whose name the caption box lost may be the government)
    private_plaintiff = any("plaintiff" in p.labels and not p.government and re.search(r"[A-Za-z]{2}", p.name) for p in parties)
    # (``gov_found``: a boxed caption's government was found beside its label, its name lost to the box)
    if private_plaintiff and not gov_found and (not any(p.government for p in parties)
                                                or any(p.government and "defendant" in p.labels for p in parties)):
        return True
    prosecution = gov_found or any(p.government and "plaintiff" in p.labels for p in parties) or any(
        "_defendant" in p.labels and "defendant" in p.labels for p in parties)
    return not prosecution and civil_words >= 3 * cues + 5


def _assign_parties(ctx: Context, parties: tuple[Party, ...]) -> None:
    """Mark which caption party is the accused (labels '_defendant'), and whether the case is criminal."""
    text = ctx.text
    body = text[ctx.header_end : ctx.body_end]
    cues = len(_CRIMINAL_CUES_RE.findall(body))
    civil_words = len(_CIVIL_CUES_RE.findall(body))
    marked: list[Party] = []
    gov_found = False
    if len(parties) == 2:
        a, b = parties
        accused: Party | None = None
        collateral = False
        if a.government and not b.government:
            accused = b
        elif b.government and not a.government:
            accused = a
        elif not a.government and not b.government and _CUSTODIAN_RE.search(a.text) and not _CUSTODIAN_RE.search(b.text) and (
                _COLLATERAL_RE.search(body) or cues >= 3) and is_person_name(b.name):
            # the custodian appeals what the prisoner won: "Dugger, Secretary, Appellant v. Roe, Appellee"
            accused = b
        elif not a.government and not b.government and _CUSTODIAN_RE.search(b.text) or (
            not a.government and ("petitioner" in a.labels or "appellant" in a.labels and not b.government)
            and re.search(r"habeas|2254|2255|post-?conviction", body[:3000] if "petitioner" not in a.labels else body, re.IGNORECASE)
        ):
            accused = a  # "Ross, Petitioner v. Davis [warden], Respondent"
            # a habeas petition against the custodian attacks a conviction even when no offense is named
            # (so does a bare certiorari order against the jailer with no word of a civil dispute: "ROE v. SMITH, WARDEN.
            # ... Certiorari denied."; a suit against a superintendent or a sheriff's office may be civil)
            collateral = bool(_CUSTODIAN_RE.search(b.text) and re.search(r"\bhabeas\b|\b225[45]\b", body, re.IGNORECASE)
                              or _JAILER_RE.search(b.text) and civil_words == 0 and len(body) < 1500
                              and re.search(r"\bcertiorari\b", body, re.IGNORECASE))
        if accused is not None and _IN_REM_RE.match(accused.text):
            accused = None  # a forfeiture against a thing ("People v. 2000 Kia Sephia") has no accused
        if accused is None:
            # a boxed caption whose government name sits apart from its label: "UNITED STATES OF AMERICA, |
            # Plaintiff-Appellee, ... v. ... Defendant-Appellant."
            for acc, gov in ((a, b), (b, a)):
                first = acc.name.split(",")[0].strip()
                near = text[max(0, gov.start - 150) : gov.end]
                if "defendant" in acc.labels and "plaintiff" in gov.labels and is_person_name(first) and cues >= 2 and (
                    _government_near(near) and not re.search(r"\bex\s+rel\b", near, re.IGNORECASE)
                    and not re.search(r"\b(?:Ltd|Inc|Corp\w*|Co|Company|Enterprises|LLC|L\.L\.C|Bank)\b", acc.text, re.IGNORECASE)
                ):
                    # the name may run on into the box's other cells: "Jane Roe, Appellant-Defendant, 49A02-..."
                    accused = replace(acc, name=first)
                    parties = (accused, b) if acc is a else (a, accused)
                    a, b = parties
                    gov_found = True
                    break
        for p in parties:
            if p is accused and is_person_name(re.sub(r"[^\w .'-]", " ", p.name)):
                marked.append(replace(p, labels=p.labels + ("_defendant",)))
            else:
                marked.append(p)
        ctx.parties = tuple(marked)
        government = any(p.government for p in parties) or gov_found
        # a government suing a business ("State of Roe v. Acme Corporation") with no word of a prosecution is civil
        ctx.criminal = accused is not None and (cues >= 2 or collateral or government and not _FIRM_RE.search(accused.name))
    elif len(parties) == 1 and "petitioner" in parties[0].labels and (cues >= 2 or re.search(r"habeas", text[: ctx.header_end], re.IGNORECASE)):
        # the one person a habeas or post-conviction caption names is the accused
        ctx.parties = (replace(parties[0], labels=parties[0].labels + ("_defendant",)),)
        ctx.criminal = True
    else:
        ctx.parties = parties
        # no caption: a conviction told where the opinion opens ("Appellant John Roe was convicted by a jury of
        # burglary.") makes a criminal case even when the short opinion says so only once
        ctx.criminal = cues >= 2 or (not parties and civil_words <= 1 and bool(_CRIMINAL_CUES_RE.search(body[:600])))
    if ctx.civil_rights and not any(p.government for p in ctx.parties):
        ctx.criminal = False
    if ctx.criminal and _civil_by_parties(ctx, cues, civil_words, body, gov_found):
        ctx.criminal = False
    if _CIVIL_COURT_RE.search(ctx.court_line or ""):
        ctx.criminal = False  # "Court of Civil Appeals of Texas", "United States Claims Court"
    appeal_from = _APPEAL_FROM_RE.search(body, 0, 1500)
    if appeal_from and _CIVIL_COURT_RE.search(appeal_from.group(0)):
        ctx.criminal = False  # "Roe appeals from a grant by the United States Claims Court of summary judgment"
    if any("claimant" in p.labels for p in ctx.parties):
        ctx.criminal = False  # a claim for money against the State (a court of claims), even by an inmate
    if ctx.criminal and (any(_CHILD_AGENCY_RE.search(p.name) for p in ctx.parties) or not any(
            p.government for p in ctx.parties) and (_CHILD_WELFARE_RE.search(body, 0, 2500) or _CHILD_AGENCY_RE.search(body, 0, 1000))):
        # a child-welfare case (termination of parental rights, neglect, dependency) is civil, however many of a
        # parent's crimes it tells; a prosecution's caption names the government (a parent who relinquished parental
        # rights may still be prosecuted for unpaid support)
        ctx.criminal = False
    if ctx.criminal and not any(p.government for p in ctx.parties) and _IMMIGRATION_REVIEW_RE.search(
            text, 0, ctx.header_end + 3000):
        ctx.criminal = False  # an alien's petition for review of a removal order (an arrest abroad is no prosecution)
    if cues == 0 and (civil_words >= 2 or _CIVIL_HEADER_RE.search(text, 0, ctx.header_end)):
        ctx.criminal = False  # "City of Roe v. Poe" over a notice of claim, "Poe v. United States" in the Court of Claims


__all__ = ["APPEAL_FROM_PAREN_RE", "STATE_NAMES", "US_STATES", "Context", "Party", "build_context", "detect_kind", "fix_caps"]
