"""Text helpers shared by the extractors: sentences, names, casing, dates."""

from __future__ import annotations

import bisect
import datetime as dt
import re

MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        1,
    )
    for m in names
}
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
DATE_RE = re.compile(
    rf"\b(?P<month>{MONTH_PATTERN})(?:\s+(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+)?|,\s*)(?:of\s+)?(?P<year>1[89]\d\d|20\d\d)\b"
    r"|\b(?P<m2>[01]?\d)/(?P<d2>[0-3]?\d)/(?P<y2>(?:19|20)\d\d)\b"
    # a range of years is read as its first ("Between 2003 and 2007", "From 1989 to 1993": a continuing offense)
    r"|\b(?:in|during|of|since|until|by|early|late|summer|spring|fall|winter|"
    r"(?:[Bb]etween|[Ff]rom)(?=\s+(?:1[89]|20)\d\d\s+(?:and|to|through|until)\s+(?:1[89]|20)\d\d\b))\s+(?P<y3>1[89]\d\d|20\d\d)\b(?![-/\d])"
    # charging language: "on the 5th day of September, 1965", "the 11th day of February, A.D. 1971"
    rf"|\b(?P<d4>[0-3]?\d)(?:st|nd|rd|th)?\s+day\s+of\s+(?P<m4>{MONTH_PATTERN}),?\s+(?:A\.\s?D\.,?\s+)?(?P<y4>1[89]\d\d|20\d\d)\b"
)

_ABBREV = (
    r"(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Nos|Nos|Inc|Co|Corp|Ltd|v|vs|Lt|Sgt|Det|Capt|Gen|Atty|Asst|Dist|Dept|App|Cir|"
    r"Ct|Cr|Crim|Rev|Stat|Ann|Supp|art|arts|Art|Sec|U\.S|So|Cal|La|Tex|Fla|Miss|Mo|Ind|Va|Ohio|Pa|Ill|Ga|Ala|Ark|"
    r"Ky|Tenn|Okla|Kan|Neb|Minn|Wis|Mich|Mass|Conn|Md|Del|Colo|Ariz|Nev|Or|Wash|Ida|Mont|Wyo|N\.Y|N\.J|N\.C|"
    r"S\.C|N\.D|S\.D|R\.S|P|J|JJ|C\.J|P\.J|Id|id|Cf|cf|e\.g|i\.e|etc|al|Lieut|Sp|Hon|Gov|Rep|Sen|Jan|Feb|Mar|"
    r"Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])"
)
# A sentence ends at . ! ? (and closing quotes/brackets) before a capital, quote or digit, or at a
# blank line; a period after an abbreviation or an initial is checked in code (lookbehinds are fixed-width).
_SENT_RE = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019)\]]*(?:\[\d{1,3}\]|(?<=[a-z]\.)\d{1,2})?\s+(?=[\"'\u201c(\[]?[A-Z0-9])|\n[ \t]*\n"
)
_ABBREV_END_RE = re.compile(rf"(?:^|[\s(\[\"'])(?:{_ABBREV[3:-1]})\.$")


class Sentences:
    """Sentence spans of a text, with lookup by offset."""

    def __init__(self, text: str):
        self.text = text
        spans: list[tuple[int, int]] = []
        pos = 0
        for m in _SENT_RE.finditer(text):
            end = m.start()
            piece = text[max(pos, end - 12) : end]
            if "\n\n" not in m.group(0) and _ABBREV_END_RE.search(piece):
                continue  # "v." / "Mr." / "J." do not end a sentence
            if end > pos:
                spans.append((pos, end))
            pos = m.end()
        if pos < len(text):
            spans.append((pos, len(text)))
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def __iter__(self):
        return iter(self.spans)

    def around(self, offset: int) -> tuple[int, int]:
        """The sentence holding ``offset``."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return (0, 0)
        return self.spans[i]

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)


# --- names -------------------------------------------------------------------------------
NAME_PARTICLES = {"de", "la", "van", "von", "der", "del", "da", "di", "le", "st."}
SUFFIX_RE = r"(?:,?\s+(?:Jr|Sr)\.?|,?\s+(?:II|III|IV)\b)"
_UPPER_WORD = r"(?:Mc|Mac|O'|D')?[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\u2019\-]*[a-zß-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'\u2019\-]*"
_INITIAL = r"[A-Z]\."
# A proper name in running text: 2-4 capitalized words or initials, last one a word.
PERSON_NAME_RE = re.compile(
    rf"\b(?:{_UPPER_WORD}|{_INITIAL})(?:(?:[ \t]+|[ \t]*\n[ \t]*(?=\S))(?:{_UPPER_WORD}|{_INITIAL}|\"[A-Z][a-z]+\")){{1,3}}(?:{SUFFIX_RE})?(?![A-Za-z])"
)
NOT_NAME_WORDS = {
    "state", "states", "united", "court", "courts", "county", "parish", "city", "district", "appeal", "appeals",
    "supreme", "circuit", "department", "office", "police", "sheriff", "sheriffs", "the", "a", "an", "and", "of",
    "in", "on", "at", "for", "to", "by", "with", "from", "that", "this", "these", "those", "his", "her", "their",
    "its", "he", "she", "they", "we", "it", "i", "after", "before", "when", "while", "but", "or", "if", "as",
    "amendment", "constitution", "code", "article", "section", "rule", "rules", "act", "law", "statute",
    "judge", "justice", "chief", "honorable", "hon", "mr", "mrs", "ms", "dr", "officer", "detective", "deputy",
    "sergeant", "sgt", "lieut", "lt", "trooper", "agent", "investigator", "captain", "corporal",
    "defendant", "appellant", "appellee", "petitioner", "respondent", "plaintiff", "movant", "commonwealth",
    "people", "government", "attorney", "general", "assistant", "prosecutor", "counsel",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "street", "road", "avenue", "highway", "club", "bar", "hotel", "motel", "store", "school", "university",
    "church", "hospital", "center", "centre", "prison", "penitentiary", "jail", "corrections", "correctional",
    "company", "corporation", "inc", "llc", "bank", "union", "project", "association", "society", "committee",
    "board", "commission", "division", "bureau", "agency", "service", "services", "affairs", "council",
    "north", "south", "east", "west", "new", "louisiana", "texas", "american", "america", "federal", "national",
    "registry", "innocence", "post", "conviction", "relief", "court's", "jury", "trial", "verdict", "evidence",
    "however", "thus", "therefore", "although", "because", "since", "also", "then", "there", "here", "where",
    "mother", "father", "brother", "sister", "son", "daughter", "wife", "husband", "victim", "witness",
    "assignment", "error", "errors", "facts", "background", "discussion", "conclusion", "opinion", "order",
    "memorandum", "affirmed", "reversed", "denied", "granted", "remanded", "vacated", "notes", "footnotes",
    "sixth", "fourteenth", "fifth", "fourth", "first", "second", "third", "id", "see", "cf", "supra", "infra",
    "dist", "atty", "gen", "asst", "app", "cir", "ct", "sup", "crim", "criminal", "civil", "rev", "stat",
    # "Ford" is a common surname: the car is told by its model word ("a Ford Taurus")
    "mcdonald's", "walmart", "k-mart", "plymouth", "chevrolet", "taurus", "explorer", "mustang", "bronco", "thunderbird",
    "pickup", "truck", "sedan", "miranda", "brady", "strickland",
    "one", "two", "three", "no", "not", "all", "any", "every", "each", "some", "other", "such", "said",
    "instagram", "twitter", "facebook", "youtube", "tiktok", "skims", "nba", "nfl", "related", "content", "watch",
    "gallery", "video", "up", "next", "breaks", "took", "says", "mentioned",
    # places and organisations a cue can catch ("restitution to Alaska Equine Rescue", "Marshall's Cafe")
    "laboratory", "lab", "rescue", "foundation", "fund", "trust", "institute", "museum", "shelter", "clinic", "ministries",
    "cafe", "restaurant", "lounge", "tavern", "market", "apartments", "motors",
    # words a caption or a bench line leaves beside a name ("Presiding", "and others", "Deceased", "Claimant")
    "presiding", "others", "relator", "relators", "deceased", "claimant", "claimants", "branch", "litigation", "drilling", "corp",
    # an office named for its holder ("the Probation Administrator of the Fifth Circuit Court")
    "administrator", "probation", "superintendent", "coordinator", "supervisor", "caseworker", "psychologist",
    "commissioner", "director", "secretary", "treasurer", "auditor", "examiner",
}


def is_person_name(name: str) -> bool:
    """A capitalized phrase that can be a person's name (no institution or legal words)."""
    words = [w.strip(".,\"'").lower() for w in name.split()]
    words = [w for w in words if w and w not in ("jr", "sr", "ii", "iii", "iv")]
    if not words:
        return False
    if any(w in NOT_NAME_WORDS for w in words if len(w) > 1):
        return False
    if any(re.search(r"defendant|appellant|appellee|petitioner|respondent|plaintiff", w) for w in words):
        return False
    if all(len(w) == 1 for w in words):
        return True  # initials such as "R. A." name minors and victims
    return any(len(w) > 1 for w in words)


_MC_RE = re.compile(r"^(Mc|Mac|O'|D')(\w)(.*)$", re.IGNORECASE)


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the paragraph (between blank lines) that holds ``offset``."""
    start = max(text.rfind("\n\n", 0, offset), 0)
    end = text.find("\n\n", offset)
    return start, len(text) if end < 0 else end


def smart_title(word: str) -> str:
    """COTTON -> Cotton, McMANUS -> McManus, O'NEAL -> O'Neal, I'ANSON -> I'Anson, keeping Jr./II."""
    if word.upper() in ("II", "III", "IV"):
        return word.upper()
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?,?", word):
        return word.upper()  # initials: "R.A." stays "R.A.", "C.A.W" stays "C.A.W"
    parts = re.split(r"(['\u2019\-])", word)
    out = []
    for p in parts:
        if p in ("'", "\u2019", "-"):
            out.append(p)
            continue
        m = _MC_RE.match(p)
        if m and m.group(1).lower() in ("mc", "mac") and len(p) > 3:
            out.append(m.group(1).capitalize() + m.group(2).upper() + m.group(3).lower())
        else:
            out.append(p[:1].upper() + p[1:].lower())
    return "".join(out)


def _shouting(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(c.isupper() for c in letters)
    return upper == len(letters) or (upper >= 3 and upper >= len(letters) - 1)


def fix_caps(name: str) -> str:
    """Title-case words written in capitals ("Richard COTTON" -> "Richard Cotton", "McMANUS" -> "McManus")."""
    return " ".join(smart_title(w) if _shouting(w) else w for w in name.split())


def clean_name(name: str) -> str:
    """Strip punctuation around a name, collapse spaces, drop a quoted nickname."""
    name = re.sub(r"\s+", " ", name).strip(" ,;:")
    name = re.sub(r",?\[\d+\]$", "", name).rstrip(" ,-")  # a footnote mark or a label's hyphen: "Guy Roe,[1]", "Guy Roe, Claimant-"
    name = re.sub(r"^[a-z]\w*\.\s+(?=[A-Z])", "", name)  # the end of the sentence before: "disqualified. Roe"
    paren = re.fullmatch(r"([A-Z][\w'\-]+)\s+\(([A-Z][\w.' ]+)\)", name)
    if paren:
        name = f"{paren.group(2)} {paren.group(1)}"  # a table caption's "Roe (Jane A.)" is Jane A. Roe
    if name.endswith(".") and not re.search(r"(?:^|[\s.])[A-Z]\.$|\b(?:Jr|Sr)\.$", name):
        name = name.rstrip(".")
    if name.endswith((" Jr", " Sr")):
        name += "."
    return fix_caps(name)


def surname(name: str) -> str:
    """Last word that is not a generational suffix."""
    words = [w.strip(",") for w in re.sub(r"\"[^\"]*\"", " ", name).split()]
    words = [w for w in words if w.strip(".").lower() not in ("jr", "sr", "ii", "iii", "iv")]
    return words[-1] if words else name


def slug(value: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
    return s[:60] or "x"


# --- dates -------------------------------------------------------------------------------
def parse_date(m: re.Match[str]) -> str | None:
    """A DATE_RE match as an ISO partial date, as precise as the text: '2009', '2009-08', '2009-08-03'."""
    try:
        if m.group("year"):
            year = int(m.group("year"))
            month = MONTHS[m.group("month").lower().rstrip(".")]
            if m.group("day"):
                day = int(m.group("day"))
                dt.date(year, month, day)
                return f"{year:04d}-{month:02d}-{day:02d}"
            return f"{year:04d}-{month:02d}"
        if m.group("y2"):
            year, month, day = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
            dt.date(year, month, day)
            return f"{year:04d}-{month:02d}-{day:02d}"
        if m.group("y3"):
            return m.group("y3")
        if m.group("y4"):
            year, month, day = int(m.group("y4")), MONTHS[m.group("m4").lower().rstrip(".")], int(m.group("d4"))
            dt.date(year, month, day)
            return f"{year:04d}-{month:02d}-{day:02d}"
    except (ValueError, KeyError):
        return None
    return None
