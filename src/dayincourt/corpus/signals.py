"""The signals a corpus scan looks for: their prefilter keywords and their precise finders.

Every signal is a :class:`SignalSpec`: the lowercase keywords the Aho-Corasick prefilter
searches for, and a precise finder run only on the windows around keyword hits. The
keywords of a signal must cover every phrasing its finder accepts (every finder match
contains a keyword, or, for jury splits, lies near one of the jury cue words the finder
requires); ``tests/corpus/test_signals.py`` checks that a windowed scan equals a scan of
the whole text.

``jury_split`` and ``recantation`` reuse the extractors of :mod:`dayincourt.extract`; the
other signals' patterns live here.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass

from dayincourt.extract import find_jury_votes, find_recantations

SpanFinder = Callable[[str], list[tuple[int, int, str]]]

# str.lower() can lengthen a string ("İ" -> "i̇"), which would shift offsets; this table
# lowercases ASCII only and keeps every offset.
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def lower_keeping_offsets(text: str) -> str:
    """``text`` lowercased, every character at its own offset."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)

"""A finder over a text: ``(start, end, value)`` spans in text order."""


@dataclass(frozen=True, slots=True)
class SignalSpec:
    """One signal of the corpus scan.

    Attributes:
        name: The ``signal`` column value (CONTRACTS section 4).
        keywords: Lowercase strings for the prefilter; one occurs in or near every match.
        find: The precise finder, run on windows of the document text.
        reach: How far (characters) a match may lie from the keyword that announces it,
            before or after; the window core is the keyword hit widened by this much.
        context: Characters of text the finder looks at beyond a match (lookbehind, cue
            words); the window is the core widened by this much, so a finder sees the same
            neighbourhood in a window as in the whole document.
        lowered: The finder reads the lowercased text (same offsets), which lets its
            regexes run case-sensitively, several times faster.
        gate: A cheap test of the lowercased window that is true for every window holding
            a match; windows it rejects skip the finder.
    """

    name: str
    keywords: tuple[str, ...]
    find: SpanFinder
    reach: int = 200
    context: int = 200
    lowered: bool = False
    gate: Callable[[str], object] | None = None


def _from_matches(finder: Callable[[str], list]) -> SpanFinder:
    """Adapt a :mod:`dayincourt.extract` finder (``Match`` objects) to spans."""

    def find(text: str) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.value) for m in finder(text)]

    find.__name__ = finder.__name__
    find.__doc__ = finder.__doc__
    return find


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _regex_finder(patterns: tuple[tuple[str, str], ...]) -> SpanFinder:
    """A finder over lowercased text from ``(regex, value)`` pairs; overlaps keep the first.

    A leading ``\\b`` is checked in Python rather than by the regex: a pattern that starts
    with a literal word lets ``re`` jump between occurrences of it, some twenty times faster.
    """
    compiled = []
    for rx, value in patterns:
        if re.search(r"\\[A-Z]", rx):  # \S, \W, \B... would change meaning once lowercased
            raise ValueError(f"pattern {rx!r} uses an uppercase escape")
        bounded = rx.startswith(r"\b")
        compiled.append((re.compile(rx.lower()[2:] if bounded else rx.lower()), value, bounded))

    def find(text: str) -> list[tuple[int, int, str]]:
        spans = []
        for rx, value, bounded in compiled:
            pos = 0
            while (m := rx.search(text, pos)) is not None:
                start, end = m.span()
                if bounded and start > 0 and _is_word(text[start - 1]):
                    pos = start + 1  # not at a word start; the next try may be
                    continue
                spans.append((start, end, value))
                pos = max(end, start + 1)
        # earliest first, and the longest of those starting together
        spans.sort(key=lambda span: (span[0], -span[1]))
        kept: list[tuple[int, int, str]] = []
        for span in spans:
            if kept and span[0] < kept[-1][1]:
                continue
            kept.append(span)
        return kept

    return find


# --- claims and outcomes written as fixed phrases -------------------------------------------

_WS = r"[\s\-]+"  # words split by spaces, line breaks or a hyphen

FACTUAL_INNOCENCE = (
    (rf"\bfactual(?:ly)?{_WS}innocen(?:ce|t)\b", "factual innocence"),
    (rf"\bactual(?:ly)?{_WS}innocen(?:ce|t)\b", "actual innocence"),
    (rf"\bfree{_WS}?standing{_WS}(?:claim{_WS}of{_WS})?innocence\b", "freestanding innocence"),
    (rf"\b(?:claims?|assertions?){_WS}of{_WS}innocence\b", "claim of innocence"),
    (rf"\binnocence{_WS}(?:claims?|gateway)\b", "innocence claim"),
)
NON_UNANIMOUS = (
    (r"\bnon[\s\-]?unanimous\b", "non-unanimous"),
    (rf"\bless{_WS}than{_WS}unanimous\b", "less than unanimous"),
    (rf"\b(?:not|never){_WS}unanimous\b", "not unanimous"),
    (rf"\bRamos{_WS}v\.?{_WS}Louisiana\b", "Ramos v. Louisiana"),
    (rf"\bEdwards{_WS}v\.?{_WS}Vannoy\b", "Edwards v. Vannoy"),
    (rf"\bunanimous{_WS}(?:jury|verdict){_WS}(?:requirement|rule|claim)\b", "unanimity claim"),
)
BRADY = (
    (rf"\bBrady{_WS}v\.?{_WS}Maryland\b", "Brady v. Maryland"),
    (
        rf"\bBrady{_WS}(?:claims?|violations?|material|evidence|obligations?|rule|doctrine|"
        r"disclosures?|requests?|challenges?|issues?)\b",
        "Brady",
    ),
    (rf"\b(?:under|violat\w*|pursuant{_WS}to){_WS}Brady\b", "Brady"),
    (rf"\bGiglio{_WS}v\.?{_WS}United{_WS}States\b", "Giglio v. United States"),
    (
        rf"\b(?:suppress|withh[oe]ld|conceal)\w*{_WS}(?:\w+{_WS}){{0,2}}(?:exculpatory|impeachment|"
        r"favorable|favourable)\b",
        "suppression of favorable evidence",
    ),
)
INEFFECTIVE = (
    (
        rf"\bineffective(?:ness)?{_WS}(?:assistance{_WS})?of{_WS}(?:(?:his|her|trial|appellate|"
        rf"post-?conviction|defense){_WS})*counsel\b",
        "ineffective assistance of counsel",
    ),
    (rf"\bineffective{_WS}assistance\b", "ineffective assistance of counsel"),
    (rf"\bcounsel{_WS}was{_WS}(?:constitutionally{_WS})?ineffective\b", "ineffective assistance of counsel"),
    (rf"\bStrickland{_WS}v\.?{_WS}Washington\b", "Strickland v. Washington"),
)
DNA = (
    (
        rf"\b(?:(?:post-?conviction|forensic){_WS})?DNA{_WS}(?:test(?:s|ing|ed)?|analys[ie]s|evidence|profil\w*|results?|samples?|"
        r"comparisons?|match(?:es|ed)?|exclu\w*)\b",
        "DNA testing",
    ),
    (rf"\b(?:post-?conviction|forensic){_WS}DNA\b", "DNA testing"),
)
EXONERATION = (
    (r"\bexonerat(?:e|es|ed|ing|ion|ions|ory)\b", "exoneration"),
    (rf"\bcertificates?{_WS}of{_WS}innocence\b", "certificate of innocence"),
)
LIFE = (
    (
        rf"\blife{_WS}(?:imprisonment|sentences?|terms?|in{_WS}prison){_WS}without{_WS}(?:the{_WS})?"
        rf"(?:benefit|possibility){_WS}of{_WS}parole\b",
        "life without parole",
    ),
    (rf"\blife{_WS}without{_WS}(?:the{_WS})?(?:benefit|possibility){_WS}of{_WS}parole\b", "life without parole"),
    (rf"\b(?:life|lifetime){_WS}(?:imprisonment|sentences?|in{_WS}prison)\b", "life"),
    (rf"\bsentenced{_WS}(?:him{_WS}|her{_WS})?to{_WS}(?:a{_WS})?(?:natural{_WS})?life\b", "life"),
    (rf"\b(?:term|sentence){_WS}of{_WS}(?:natural{_WS})?life\b", "life"),
)
DEATH = (
    (rf"\bsentenced{_WS}(?:him{_WS}|her{_WS})?to{_WS}death\b", "death"),
    (rf"\bdeath{_WS}(?:sentences?|penalty|row)\b", "death"),
    (rf"\bsentences?{_WS}of{_WS}death\b", "death"),
    (rf"\bcapital{_WS}(?:sentenc\w*|punishment)\b", "death"),
)

# --- keywords --------------------------------------------------------------------------------
# Each list holds a substring every regex alternative of its signal must contain, lowercase.
# For jury splits the finder requires a cue word ("jury", "verdict", "poll") within 90
# characters before or 60 after the split, or the words "jurors"/"guilty"/"acquit" inside
# the match, so these cue words are the keywords and the window reaches past them.
JURY_KEYWORDS = ("jury", "juries", "juror", "verdict", "poll", "guilty", "acquit")
# find_recantations: "recant..."; "took/take back ..."; "repudiate/retract/disavow ...";
# "swore that his testimony was untrue" (always "testimony"); "admitted that he lied /
# testified falsely" (always one of these verbs).
RECANT_KEYWORDS = (
    "recant", "back", "repudiat", "retract", "disavow", "testimony",
    "admit", "confess", "conced", "acknowledg",
)


# Every match of find_jury_votes holds a vote count followed by a dash or "to" (a split:
# "10-2", "ten to two"), "not guilty"/"acquit" (a poll), or a jury size 6, 8 or 12 before
# "jurors"/"members" (a fraction). Separators are found first (a fast scan), then the word
# before each is checked.
_COUNT = "(?:1[0-2]|[0-9]|twelve|eleven|seven|three|eight|zero|none|nine|four|five|ten|two|one|six)"
_DASH = re.compile(r"[-\u2010-\u2014]")
_TO = re.compile(r"to\s")
_COUNT_AT_END = re.compile(rf"{_COUNT}$")
_NOT_GUILTY = re.compile(r"not\s+guilty")
_JURY_SIZE = re.compile(r"(?:12|8|6|twelve|eight|six)\s+(?:jurors|members)")


def _poll_or_fraction_possible(lowered: str) -> bool:
    if "acquit" in lowered or ("guilty" in lowered and _NOT_GUILTY.search(lowered)):
        return True
    return ("jurors" in lowered or "members" in lowered) and _JURY_SIZE.search(lowered) is not None


def _split_starts(lowered: str) -> list[int]:
    """Where a split could start: a count right before a dash or "to" (whitespace between)."""
    # two literal-led scans are several times faster than one alternation with a \s branch
    separators = [m.start() for m in _DASH.finditer(lowered)]
    separators += [m.start() - 1 for m in _TO.finditer(lowered, 1) if lowered[m.start() - 1].isspace()]
    starts = set()
    for end in separators:
        while end > 0 and lowered[end - 1].isspace():  # "ten - two": any whitespace before the dash
            end -= 1
        count = _COUNT_AT_END.search(lowered, max(0, end - 6), end)
        if count is not None:
            starts.add(count.start())
    return sorted(starts)


# find_jury_votes reads 90 characters before a split and 60 after it (jury cue words), a date
# just before it and a unit after it; a split is at most ~40 characters long.
_SPLIT_BEFORE = 110
_SPLIT_AFTER = 150


def find_jury_splits(text: str) -> list[tuple[int, int, str]]:
    """``find_jury_votes`` run only where a vote can be: near a count followed by a dash or
    "to", or on the whole text when it may hold a poll ("not guilty") or a fraction
    ("eleven of the twelve jurors"). Gives exactly what ``find_jury_votes(text)`` gives."""
    lowered = lower_keeping_offsets(text)
    if _poll_or_fraction_possible(lowered):
        return [(m.start, m.end, m.value) for m in find_jury_votes(text)]
    spans: list[tuple[int, int, str]] = []
    starts = _split_starts(lowered)
    i = 0
    while i < len(starts):
        # join candidates whose neighbourhoods overlap into one sub-window
        first = last = starts[i]
        while i + 1 < len(starts) and starts[i + 1] - last <= _SPLIT_BEFORE + _SPLIT_AFTER:
            i += 1
            last = starts[i]
        lo, hi = max(0, first - _SPLIT_BEFORE), min(len(text), last + _SPLIT_AFTER)
        spans.extend(
            (lo + m.start, lo + m.end, m.value)
            for m in find_jury_votes(text[lo:hi])
            if first <= lo + m.start <= last
        )
        i += 1
    return spans


# Every match of find_recantations contains one of these words ("a lie", "not true",
# "testified falsely" included).
RECANT_GATE = re.compile(r"recant|back|repudiat|retract|disavow|untrue|false|lie|fabricat|true").search


def _spec(name: str, keywords: tuple[str, ...], patterns: tuple[tuple[str, str], ...]) -> SignalSpec:
    return SignalSpec(
        name=name, keywords=keywords, find=_regex_finder(patterns), reach=250, context=20, lowered=True
    )


SIGNALS: tuple[SignalSpec, ...] = (
    SignalSpec("jury_split", JURY_KEYWORDS, find_jury_splits, reach=160, context=110),
    SignalSpec(
        "recantation", RECANT_KEYWORDS, _from_matches(find_recantations), reach=150, context=5,
        gate=RECANT_GATE,
    ),
    _spec("factual_innocence_claim", ("innocen",), FACTUAL_INNOCENCE),
    _spec("non_unanimous_claim", ("unanimous", "ramos", "vannoy"), NON_UNANIMOUS),
    _spec("brady_claim", ("brady", "giglio", "suppress", "withh", "conceal"), BRADY),
    _spec("ineffective_assistance_claim", ("ineffective", "strickland"), INEFFECTIVE),
    _spec("dna_testing", ("dna",), DNA),
    _spec("exoneration", ("exonerat", "innocence"), EXONERATION),
    _spec("life_sentence", ("life",), LIFE),
    _spec("death_sentence", ("death", "capital"), DEATH),
)
"""Every signal, in the order rows for one window are emitted."""

SIGNAL_NAMES: tuple[str, ...] = tuple(spec.name for spec in SIGNALS)
