"""Small word tables shared by the extractors."""

from __future__ import annotations

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "none": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}

# Vote counts spelled out, 0-12 (the alternation lists longer words first).
VOTE_WORD_RE = r"(?:twelve|eleven|seven|three|eight|zero|none|nine|four|five|ten|two|one|six)"


def to_int(token: str) -> int | None:
    """Read a count written as digits or as an English word ("ten", "twenty-five")."""
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token]
    parts = token.replace(" ", "-").split("-")
    if len(parts) == 2 and all(p in NUMBER_WORDS for p in parts):
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None
