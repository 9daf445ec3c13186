"""Text normalization that keeps a map back to the original offsets.

Each pass rewrites the text with regular-expression substitutions and carries along, for
every output character, the offset of the original character it came from. Unchanged
stretches are copied as slices, so a pass costs about one regex scan.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Callable

Replacement = str | Callable[[re.Match[str]], str]

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
_SPACE_CHARS = "\u00a0\u2002\u2003\u2009\u200a\u202f\u3000\t\v"
# control and invisible characters; \n and \f (page break) are kept until the page pass
_JUNK_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b\u200c\u200d\ufeff\u00ad]")
_PAGE_NUMBER_LINE_RE = re.compile(
    # "- 2 -" is also printed with a symbol font's minus (U+F02D) or dashes
    r"(?im)^[ \t]*(?:[-\uf02d\u2013\u2014]\s*\d{1,4}\s*[-\uf02d\u2013\u2014]|\[?\d{1,4}\]?|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)[ \t]*$\n?"
)
# CourtListener star pagination ("*1017 ") marks where a reporter page begins.
_STAR_PAGE_RE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[\"'(\[]))\*(?:Page\s+)?\d{1,5}(?:\s|$)", re.MULTILINE)
_HYPHEN_BREAK_RE = re.compile(r"(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])")
_SPLIT_W_LOWER_RE = re.compile(r"(?<![\w.])W (?=[a-z]+\b)")
_SPLIT_W_RE = re.compile(r"(?<![\w.])W (?=[a-z]+\b|[A-Z]{2,}\b)")
_TRAILING_SPACE_RE = re.compile(r"[ ]+(?=\n)|(?<=\n)[ ]+(?=\n)")
# runs of 2-4 spaces collapse; wider gaps are the columns of a caption box and stay
_MULTISPACE_RE = re.compile(r"(?<=\S)[ ]{2,4}(?=\S)")
_BLANK_LINES_RE = re.compile(r"\n{3,}")


class Normalized:
    """A text plus, for each of its characters, the offset in the original text."""

    __slots__ = ("offsets", "text")

    def __init__(self, text: str, offsets: array | None = None):
        self.text = text
        self.offsets = offsets if offsets is not None else array("q", range(len(text)))

    def sub(self, pattern: re.Pattern[str], repl: Replacement) -> Normalized:
        """Apply one substitution pass; replaced text maps to the start of what it replaced."""
        pieces: list[str] = []
        offs = array("q")
        pos = 0
        text, src = self.text, self.offsets
        for m in pattern.finditer(text):
            start, end = m.span()
            pieces.append(text[pos:start])
            offs.extend(src[pos:start])
            new = repl(m) if callable(repl) else m.expand(repl)
            if new:
                anchor = src[start] if start < len(src) else (src[-1] + 1 if len(src) else 0)
                pieces.append(new)
                if new == m.group(0):
                    offs.extend(src[start:end])
                else:
                    offs.extend([anchor] * len(new))
            pos = end
        if pos == 0 and not pieces:
            return self
        pieces.append(text[pos:])
        offs.extend(src[pos:])
        return Normalized("".join(pieces), offs)


def _repeated_page_lines(pages: list[str]) -> set[str]:
    """Lines that open or close most pages (running headers/footers), digits ignored."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [ln.strip() for ln in page.strip("\n").split("\n") if ln.strip()]
        depth = 2 if len(lines) > 8 else 1
        edge = set(lines[:depth] + lines[-depth:])
        counts.update(re.sub(r"\d+", "#", ln) for ln in edge if len(ln) <= 100)
    return {ln for ln, n in counts.items() if n >= max(3, len(pages) // 2)}


_LINE_NUMBER_RE = re.compile(r"(?m)^[ \t]*(\d{1,2})[ \t]+(?=\S)")


def _strip_line_numbers(norm: Normalized) -> Normalized:
    """Pleading-paper line numbers ("12 for Appellee", "13 Greg Roe"): dropped when most lines carry one and they count
    up page by page."""
    text = norm.text
    lines = [ln for ln in text.split("\n") if ln.strip()]
    numbers = [int(m.group(1)) for m in _LINE_NUMBER_RE.finditer(text)]
    if len(lines) < 30 or len(numbers) < 0.3 * len(lines):
        return norm
    in_order = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1 or b == 1)
    if in_order < 0.8 * (len(numbers) - 1):
        return norm  # numbers that do not count up are the text's own ("2 counts of theft")
    return norm.sub(_LINE_NUMBER_RE, "")


# a line ends mid-sentence: not after a full stop, but after a middle initial ("Omar F.\n\nPoe") it does
_DOUBLE_BREAK_RE = re.compile(r"(?:(?<=[^.:!?\"\u201d\s])|(?<=\s[A-Z]\.))(?P<gap>[ ]*\n[ ]*\n)(?=[ ]*\S)")


def _undouble(norm: Normalized) -> Normalized:
    """Double-spaced text (a blank line after every line): rejoin lines broken mid-sentence."""
    text = norm.text
    lines = text.count("\n")
    if lines < 20 or text.count("\n\n") < 0.35 * lines:
        return norm
    filled = [len(ln) for ln in text.split("\n") if ln.strip()]
    if sum(1 for n in filled if n > 120) > 0.1 * len(filled):
        return norm  # one paragraph to a line with blank lines between: not wrapped, so no line breaks mid-sentence
    def join(m: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        prev = text[line_start : m.start()].strip()
        nxt = text[m.end() : m.end() + 1]
        # a short line is a heading or a caption row; a long line broken mid-sentence continues
        if len(prev) >= 50 or nxt.islower():
            return "\n"
        return m.group(0)

    return norm.sub(_DOUBLE_BREAK_RE, join)


def normalize_text(raw: str) -> Normalized:
    """Normalize whitespace and OCR debris, keeping the map back to ``raw`` offsets.

    Steps: newlines unified; odd spaces and ligatures replaced; control characters and soft
    hyphens dropped; running headers/footers repeated across form-feed-separated pages and
    page-number lines removed; star-pagination markers and pleading-paper line numbers removed; words hyphenated across a
    line end joined; runs of spaces and blank lines collapsed.

    Args:
        raw: The text as read from the file.

    Returns:
        The normalized text and, per character, its offset in ``raw``.
    """
    norm = Normalized(raw)
    norm = norm.sub(re.compile(r"\r\n?"), "\n")
    norm = norm.sub(re.compile("[" + _SPACE_CHARS + "]"), " ")
    norm = norm.sub(re.compile("[" + "".join(_LIGATURES) + "]"), lambda m: _LIGATURES[m.group(0)])
    norm = norm.sub(_JUNK_RE, "")
    norm = norm.sub(re.compile("[\u2010\u2011]"), "-")  # the Unicode hyphens, so "un\u2010\nlawful" is joined like "un-\nlawful"
    # U+201F shows up for a mis-encoded right single quote ("court\u201fs")
    norm = norm.sub(re.compile("\u201f"), "\u2019")
    if "\f" in norm.text:
        norm = norm.sub(re.compile(r"[ ]*\n?\f\n?"), "\n\f\n")  # page breaks on lines of their own
        headers = _repeated_page_lines(norm.text.split("\f"))
        if headers:
            header_re = re.compile(r"(?m)^[ ]*([^\n]{1,100}?)[ ]*(?:\n|$)")

            def drop_header(m: re.Match[str]) -> str:
                return "" if re.sub(r"\d+", "#", m.group(1).strip()) in headers else m.group(0)

            norm = norm.sub(header_re, drop_header)
    norm = norm.sub(_PAGE_NUMBER_LINE_RE, "")
    norm = norm.sub(re.compile(r"\n?\f\n?"), "\n\n")
    norm = norm.sub(_STAR_PAGE_RE, "")
    if len(_SPLIT_W_LOWER_RE.findall(norm.text)) >= 3:
        # a word processor's export that sets a space after every capital W ("W e affirm", "JANE T. W ARD"): seen
        # often enough in one text, the space is debris
        norm = norm.sub(_SPLIT_W_RE, "W")
    norm = _strip_line_numbers(norm)
    norm = _undouble(norm)
    norm = norm.sub(_HYPHEN_BREAK_RE, "")
    norm = norm.sub(_TRAILING_SPACE_RE, "")
    norm = norm.sub(_MULTISPACE_RE, " ")
    norm = norm.sub(_BLANK_LINES_RE, "\n\n")
    # strip leading/trailing whitespace of the whole text
    stripped = norm.text.strip()
    if stripped != norm.text:
        lead = len(norm.text) - len(norm.text.lstrip())
        norm = Normalized(stripped, norm.offsets[lead : lead + len(stripped)])
    return norm
