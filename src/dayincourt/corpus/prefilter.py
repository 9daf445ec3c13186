"""Stage one and two of a scan: keyword windows (Aho-Corasick), then precise finders on them.

The prefilter lowercases the text once, runs one Aho-Corasick automaton over it for the
keywords of every signal, and turns each signal's keyword hits into windows. Only those
windows reach the precise finders, and every offset is mapped back to the whole text.
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

from .signals import SIGNALS, SignalSpec, lower_keeping_offsets



@dataclass(frozen=True, slots=True)
class Hit:
    """One signal found in a document.

    Attributes:
        signal: The signal name (``jury_split``, ``recantation``, ...).
        value: The finder's normalized reading (``"10-2"``, ``"life without parole"``).
        start: Offset of the first character in the whole document text.
        end: Offset one past the last character.
        quote: Exactly ``text[start:end]``.
    """

    signal: str
    value: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class Window:
    """A slice of the text handed to a finder.

    Matches are kept only when they start inside ``[core_start, core_end)``; the rest of the
    window is context, so that neighbouring windows never report the same match twice.
    """

    start: int
    end: int
    core_start: int
    core_end: int


class Prefilter:
    """An Aho-Corasick automaton over the keywords of a set of signals.

    Args:
        specs: The signals to look for; by default every signal of :mod:`.signals`.
    """

    def __init__(self, specs: tuple[SignalSpec, ...] = SIGNALS) -> None:
        self.specs = specs
        owners: dict[str, list[int]] = {}
        for index, spec in enumerate(specs):
            for keyword in spec.keywords:
                owners.setdefault(keyword.lower(), []).append(index)
        self._automaton = ahocorasick.Automaton()
        for keyword, indexes in owners.items():
            self._automaton.add_word(keyword, (tuple(indexes), len(keyword)))
        self._automaton.make_automaton()

    def windows(self, text: str) -> list[list[Window]]:
        """The candidate windows of ``text``, one list per signal (in ``self.specs`` order)."""
        return self._windows(text, lower_keeping_offsets(text))

    def _windows(self, text: str, lowered: str) -> list[list[Window]]:
        hits: list[list[tuple[int, int]]] = [[] for _ in self.specs]
        for last, (indexes, length) in self._automaton.iter(lowered):
            for index in indexes:
                hits[index].append((last + 1 - length, last + 1))
        size = len(text)
        return [
            _merge(spec_hits, spec.reach, spec.context, size) if spec_hits else []
            for spec, spec_hits in zip(self.specs, hits)
        ]

    def scan(self, text: str) -> list[Hit]:
        """Every signal in ``text``: finders run on keyword windows only.

        Returns:
            Hits ordered by signal (``self.specs`` order), then by offset.
        """
        found: list[Hit] = []
        lowered = lower_keeping_offsets(text)
        for spec, windows in zip(self.specs, self._windows(text, lowered)):
            for window in windows:
                piece_lower = lowered[window.start : window.end]
                if spec.gate is not None and not spec.gate(piece_lower):
                    continue
                piece = piece_lower if spec.lowered else text[window.start : window.end]
                for start, end, value in spec.find(piece):
                    start += window.start
                    if window.core_start <= start < window.core_end:
                        end += window.start
                        found.append(Hit(spec.name, value, start, end, text[start:end]))
        return found


def _merge(hits: list[tuple[int, int]], reach: int, context: int, size: int) -> list[Window]:
    """Widen keyword hits by ``reach`` into cores, join close cores, add ``context`` around."""
    hits.sort()
    windows: list[Window] = []
    core_start = core_end = -1
    for hit_start, hit_end in hits:
        lo, hi = max(0, hit_start - reach), min(size, hit_end + reach)
        if core_end >= 0 and lo <= core_end + 2 * context:
            core_end = max(core_end, hi)
            continue
        if core_end >= 0:
            windows.append(_window(core_start, core_end, context, size))
        core_start, core_end = lo, hi
    windows.append(_window(core_start, core_end, context, size))
    return windows


def _window(core_start: int, core_end: int, context: int, size: int) -> Window:
    return Window(max(0, core_start - context), min(size, core_end + context), core_start, core_end)


def scan_text_whole(text: str, specs: tuple[SignalSpec, ...] = SIGNALS) -> list[Hit]:
    """Every signal in ``text``, running each finder over the whole text (no prefilter).

    The reference the windowed :meth:`Prefilter.scan` must equal; slower on long texts.
    """
    lowered = lower_keeping_offsets(text)
    return [
        Hit(spec.name, value, start, end, text[start:end])
        for spec in specs
        for start, end, value in spec.find(lowered if spec.lowered else text)
    ]
