"""Read the two National Registry of Exonerations exports into validated, normalized records.

Two formats are understood, told apart by their header row:

* ``nre-full``: the detailed 78-column export (``fullcsv.csv``), UTF-8 with a byte-order mark,
  one ``ID`` per exoneration, ISO dates, ``Yes``/``No`` cells (empty = not coded).
* ``nre-public``: the public spreadsheet (``publicspreadsheet-*.csv``), cp1252, with the short
  factor codes (``MWID``, ``FC``, ``P/FA``, ``F/MFE``, ``OM``, ``ILD``, ``DNA``), ``Tags`` and
  ``OM Tags``, US dates (``9/2/2009``), and no id. Its rows get a derived key (see
  :func:`public_key`).

Every row is validated; a row that cannot be read becomes a :class:`BadRow` naming its line
number, and the others are still read.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

from .errors import RegistryFormatError

SourceFormat = Literal["nre-full", "nre-public"]

#: Column names that identify each export.
FULL_SIGNATURE = ("ID", "Name", "State", "County of Crime", "Date of Exon", "Mistaken Witness ID")
PUBLIC_SIGNATURE = ("Last Name", "First Name", "State", "County", "Date of Exoneration", "MWID")

# The NRE writes the state of the crime by name, or Fed-XX for a federal prosecution.
STATE_CODES: dict[str, str] = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
    "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "District of Columbia": "DC",
    "Florida": "FL", "Georgia": "GA", "Guam": "GU", "Hawaii": "HI", "Idaho": "ID",
    "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY",
    "Louisiana": "LA", "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI",
    "Minnesota": "MN", "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE",
    "Nevada": "NV", "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM",
    "New York": "NY", "North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH",
    "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA", "Puerto Rico": "PR",
    "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN",
    "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virgin Islands": "VI", "Virginia": "VA",
    "Washington": "WA", "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY",
}
STATE_NAMES: dict[str, str] = {code: name for name, code in STATE_CODES.items()}

#: The seven factor codes, in the order the NRE lists them, with their labels.
FACTORS: dict[str, str] = {
    "MWID": "Mistaken witness identification",
    "FC": "False confession",
    "PFA": "Perjury or false accusation",
    "FMFE": "False or misleading forensic evidence",
    "OM": "Official misconduct",
    "ILD": "Inadequate legal defense",
    "DNA": "DNA evidence substantial to the exoneration",
}
FACTOR_COLUMNS = {code: code.lower() for code in FACTORS}
_FULL_FACTOR_HEADERS = {
    "MWID": "Mistaken Witness ID", "FC": "False Confession",
    "PFA": "Perjury or False Accusation?", "FMFE": "False or Misleading Forensic Evidence",
    "OM": "Official Misconduct", "ILD": "Inadequate Legal Defense", "DNA": "DNA",
}
_PUBLIC_FACTOR_HEADERS = {
    "MWID": "MWID", "FC": "FC", "PFA": "P/FA", "FMFE": "F/MFE", "OM": "OM", "ILD": "ILD",
    "DNA": "DNA",
}

#: Official-misconduct subtypes: NRE OM tag -> (column, label, full-export header).
OM_SUBTYPES: dict[str, tuple[str, str, str]] = {
    "OF": ("om_police", "Misconduct by a police officer", "OF - OM by Police Officer"),
    "PR": ("om_prosecutor", "Misconduct by a prosecutor", "PR: Prosecutor Misconduct"),
    "FA": ("om_forensic_analyst", "Misconduct by a forensic analyst",
           "FA - OM by Forensic Analyst"),
    "CW": ("om_child_welfare", "Misconduct by a child-welfare worker",
           "CW - OM by Child Welfare Worker"),
    "WH": ("om_withheld_evidence", "Exculpatory evidence withheld", "WH - Exculpatory withheld"),
    "NW": ("om_not_withholding", "Misconduct other than withholding evidence",
           "NW - OM not withholding"),
    "KP": ("om_permitted_perjury", "Prosecutor knowingly permitted perjury",
           "KP - Prosecutor permitted perjury"),
    "WT": ("om_witness_tampering", "Witness tampering by an official", "Witness Tampering by OA?"),
    "INT": ("om_interrogation", "Misconduct in interrogation",
            "INT - Misconduct in Interrogation"),
    "PJ": ("om_perjury_by_official", "Perjury by an official", "PJ - Perjury by OA"),
    "PL": ("om_prosecutor_lied", "Prosecutor lied in court", "PL - Prosecutor Lied in Court"),
}
# Not an OM tag in the public sheet: a Yes / "No or Don't Know" column of the full export.
JUDICIAL_MISCONDUCT = ("om_judicial", "Extreme judicial misconduct", "Extreme judicial misconduct")

# Full-export "Case Characteristics" names -> the public sheet's tag codes.
_CHARACTERISTIC_TAGS = {
    "Arson": "A", "Bitemark": "BM", "Codefendant confessed": "CDC",
    "Conviction Integrity Unit": "CIU", "Child sex abuse hysteria": "CSH", "Female exoneree": "F",
    "Federal case": "FED", "Homicide": "H", "Innocence organization": "IO",
    "Jailhouse informant": "JI", "Juvenile defendant": "JV", "Misdemeanor": "M",
    "No crime case": "NC", "Plea": "P", "Posthumous exoneration": "PH", "Sexual Assault": "SA",
    "Shaken baby syndrome": "SBS", "Child victim": "CV",
}

_FORMS = {"Jury": "jury", "Plea": "plea", "Bench": "bench"}
_YES_NO = {"Yes": True, "No": False, "": None}


@dataclass(frozen=True, slots=True)
class Exoneration:
    """One exoneration as the registry stores it: normalized columns plus the raw row.

    Dates are ISO text (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as precise as the export) with a
    year column beside each. Factor flags and misconduct subtypes are booleans; ``None`` means the
    export did not code the field (the public sheet codes factors but not recanters or judicial
    misconduct).
    """

    key: str
    source_format: SourceFormat
    match_conviction: str | None
    match_exoneration: str
    name: str
    state: str
    county: str | None
    worst_crime: str | None
    exoneration_date: str
    exoneration_year: int
    nre_id: int | None = None
    last_name: str | None = None
    first_name: str | None = None
    state_code: str | None = None
    federal: bool = False
    jurisdiction: str = "unknown"
    sex: str | None = None
    race: str | None = None
    age_at_crime: int | None = None
    additional_crimes: str | None = None
    tags: str | None = None
    crime_date: str | None = None
    crime_year: int | None = None
    arrest_date: str | None = None
    arrest_year: int | None = None
    conviction_date: str | None = None
    conviction_year: int | None = None
    release_date: str | None = None
    release_year: int | None = None
    posting_date: str | None = None
    last_update_date: str | None = None
    years_lost: float | None = None
    form_of_conviction: str | None = None
    death_penalty: bool | None = None
    sentence: str | None = None
    mwid: bool | None = None
    fc: bool | None = None
    pfa: bool | None = None
    fmfe: bool | None = None
    om: bool | None = None
    ild: bool | None = None
    dna: bool | None = None
    om_police: bool | None = None
    om_prosecutor: bool | None = None
    om_forensic_analyst: bool | None = None
    om_child_welfare: bool | None = None
    om_withheld_evidence: bool | None = None
    om_not_withholding: bool | None = None
    om_permitted_perjury: bool | None = None
    om_witness_tampering: bool | None = None
    om_interrogation: bool | None = None
    om_perjury_by_official: bool | None = None
    om_prosecutor_lied: bool | None = None
    om_judicial: bool | None = None
    recanters: bool | None = None
    victim_recanters: int | None = None
    recantation_year: int | None = None
    raw: dict[str, str] = field(default_factory=dict)

    def values(self) -> dict[str, Any]:
        """Field name -> value (shallow: ``asdict`` deep-copies and is slow at registry scale)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def content_hash(self) -> str:
        """A digest of all the export says about this exoneration (not where it was read)."""
        text = json.dumps(self.values(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row that was not imported: its line number in the file and why."""

    line: int
    reason: str
    key: str | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ReadRow:
    """A row that was read: the record, where it starts, and warnings about fields left out."""

    line: int
    record: Exoneration
    warnings: tuple[str, ...] = ()


class _RowError(ValueError):
    """A field that makes the whole row unreadable."""


def detect_format(header: list[str]) -> SourceFormat:
    """Tell the export from its header row.

    Raises:
        RegistryFormatError: neither export's columns are there.
    """
    names = {h.strip() for h in header}
    if all(col in names for col in FULL_SIGNATURE):
        return "nre-full"
    if all(col in names for col in PUBLIC_SIGNATURE):
        return "nre-public"
    raise RegistryFormatError(
        "not a National Registry of Exonerations export: expected the columns of the detailed "
        f"export ({', '.join(FULL_SIGNATURE)}) or of the public spreadsheet "
        f"({', '.join(PUBLIC_SIGNATURE)})"
    )


def decode_export(data: bytes) -> str:
    """Decode an export: UTF-8 (with or without BOM) when valid, else cp1252 (the public sheet).

    Raises:
        RegistryFormatError: the bytes are neither UTF-8 nor cp1252 text.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise RegistryFormatError(f"not UTF-8 or cp1252 text (byte {exc.start})") from None


def read_export(path: Path) -> tuple[SourceFormat, list[ReadRow | BadRow]]:
    """Read and validate every row of an export file.

    Raises:
        RegistryFormatError: the file cannot be read or is not an NRE export.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RegistryFormatError(f"cannot read: {exc.strerror or exc}") from None
    return read_export_text(decode_export(data))


def read_export_text(text: str) -> tuple[SourceFormat, list[ReadRow | BadRow]]:
    """Read and validate every row of an export given as text (see :func:`read_export`)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise RegistryFormatError("empty file") from None
    except csv.Error as exc:
        raise RegistryFormatError(f"line 1: {exc}") from None
    fmt = detect_format(header)
    header = [h.strip() for h in header]
    parse = _parse_full if fmt == "nre-full" else _parse_public
    rows: list[ReadRow | BadRow] = []
    seen: dict[str, int] = {}
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rows.append(BadRow(line, f"unreadable CSV: {exc}"))
            line = reader.line_num + 1
            continue
        start, line = line, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            rows.append(BadRow(start, f"{len(cells)} cells where the header has {len(header)}"))
            continue
        warnings: list[str] = []
        try:
            record = parse(dict(zip(header, cells)), warnings)
        except _RowError as exc:
            rows.append(BadRow(start, str(exc)))
            continue
        if record.key in seen:
            rows.append(BadRow(start, f"duplicate of the row on line {seen[record.key]} "
                                      f"(key {record.key})", record.key))
            continue
        seen[record.key] = start
        rows.append(ReadRow(start, record, tuple(warnings)))
    return fmt, rows


# --- shared field readers -------------------------------------------------------------------

def _clean(value: str) -> str:
    return re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip()


def _opt(value: str) -> str | None:
    return _clean(value) or None


def _norm_name(name: str) -> str:
    """Lower case, accents, punctuation and extra spaces removed: ``Robert Aldrich, Jr.`` ->
    ``robert aldrich jr``."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text.lower()).split())


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def match_keys(name: str, state: str, conviction_year: int | None,
               exoneration_year: int) -> tuple[str | None, str]:
    """Two keys that recognize one exoneration across the two exports.

    Both are ``surname|first initial|state|year``, one with the year of conviction and one with
    the year of exoneration: between exports the NRE corrects dates and spells names out
    ("A.G. Hall" / "A. Greg Hall", "Joe Sidney Williams" / "Joe Sidney Williams Jr."), so a
    public-sheet row is the same exoneration as a detailed-export row when either key is equal.
    """
    words = [w for w in _norm_name(name).split() if w not in _SUFFIXES] or ["?"]
    stem = f"{words[-1]}|{words[0][0]}|{state.lower()}"
    return (None if conviction_year is None else f"{stem}|{conviction_year}",
            f"{stem}|{exoneration_year}")


def public_key(last: str, first: str, state: str, county: str | None,
               conviction: str | None, exoneration: str) -> str:
    """Derived key of a public-sheet row, which has no NRE id.

    The hash covers the fields that describe the historical case and do not change when the NRE
    revises its coding: name, state, county, date of first conviction and date of exoneration (the
    last tells apart the few people exonerated more than once for the same conviction date).
    """
    parts = (_norm_name(last), _norm_name(first), state.lower(), (county or "").lower(),
             conviction or "", exoneration)
    return "pub-" + hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


def _state(value: str) -> tuple[str, str | None, bool, str]:
    """State name as written, postal code, federal?, and the case-file jurisdiction."""
    state = _clean(value)
    if not state:
        raise _RowError("State: missing")
    if state in STATE_CODES:
        return state, STATE_CODES[state], False, f"US-{STATE_CODES[state]}"
    m = re.fullmatch(r"Fed-([A-Z]{2}|Military)", state)
    if m and (m.group(1) == "Military" or m.group(1) in STATE_NAMES):
        code = None if m.group(1) == "Military" else m.group(1)
        return state, code, True, "US-FED"
    raise _RowError(f"State: {state!r} is not a U.S. state, territory or Fed-XX")


def _iso_date(column: str, value: str, required: bool = False) -> str | None:
    text = _clean(value)
    if not text:
        if required:
            raise _RowError(f"{column}: missing")
        return None
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise _RowError(f"{column}: {text!r} is not a date of the form YYYY-MM-DD") from None


def _us_date(column: str, value: str, required: bool = False) -> str | None:
    text = _clean(value)
    if not text:
        if required:
            raise _RowError(f"{column}: missing")
        return None
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    try:
        if not m:
            raise ValueError
        return dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2))).isoformat()
    except ValueError:
        raise _RowError(f"{column}: {text!r} is not a date of the form M/D/YYYY") from None


def _year(column: str, value: str) -> int | None:
    text = _clean(value).replace(",", "")  # the public sheet writes years as "1,991"
    if not text:
        return None
    if not re.fullmatch(r"\d{4}", text) or not 1700 <= int(text) <= 2100:
        raise _RowError(f"{column}: {_clean(value)!r} is not a year")
    return int(text)


def _loose_year(column: str, value: str, warnings: list[str]) -> int | None:
    """A year the NRE may mark unknown ("DK") or uncertain ("1988*"): the year if there is one."""
    text = _clean(value).rstrip("*")
    if text.lower() in ("", "dk", "don't know"):
        return None
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    warnings.append(f"{column}: {_clean(value)!r} is not a year; left out")
    return None


def _split_date(prefix: str, row: dict[str, str], warnings: list[str]) -> str | None:
    """A date the full export splits into Year / Month / Day columns ("00" = not known).

    These dates are secondary: a year that is not a year leaves the date out, a month or day that
    is not a calendar value lowers the precision, each with a warning, rather than losing the row
    (the real export has a few such cells).
    """
    year_text = _clean(row.get(f"{prefix} Year", ""))
    if year_text in ("", "0", "0000"):
        return None
    if not re.fullmatch(r"\d{4}", year_text):
        # Seen in the real export: day, year and month shifted into the wrong columns.
        warnings.append(f"{prefix} Year: {year_text!r} is not a year; date left out")
        return None
    year = int(year_text)
    month_text = _clean(row.get(f"{prefix} Month", ""))
    day_text = _clean(row.get(f"{prefix} Day", ""))
    if month_text in ("", "0", "00"):
        return f"{year:04d}"
    if not month_text.isdigit() or not 1 <= int(month_text) <= 12:
        warnings.append(f"{prefix} Month: {month_text!r} is not a month; kept the year only")
        return f"{year:04d}"
    month = int(month_text)
    if day_text in ("", "0", "00"):
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, int(day_text)).isoformat()
    except ValueError:
        warnings.append(f"{prefix} Day: {day_text!r} is not a day of {year:04d}-{month:02d}; "
                        "kept the month")
        return f"{year:04d}-{month:02d}"


def _yes_no(column: str, value: str) -> bool | None:
    text = _clean(value)
    if text in _YES_NO:
        return _YES_NO[text]
    if text.lower().startswith("no or don"):  # "No or Don't Know"
        return False
    raise _RowError(f"{column}: {text!r} is not Yes or No")


def _int(column: str, value: str) -> int | None:
    text = _clean(value)
    if not text:
        return None
    if not text.isdigit():
        raise _RowError(f"{column}: {text!r} is not a whole number")
    return int(text)


def _count(value: str) -> int | None:
    """Counts the NRE writes loosely ("DK", "3+"): the number when there is one."""
    m = re.fullmatch(r"(\d+)\+?", _clean(value))
    return int(m.group(1)) if m else None


def _year_of(iso: str | None) -> int | None:
    return int(iso[:4]) if iso else None


def _years_lost(value: str) -> float | None:
    text = _clean(value)
    if not text:
        return None
    try:
        years = abs(float(text))  # "-0" occurs
    except ValueError:
        raise _RowError(f"Years Lost: {text!r} is not a number") from None
    if years > 100:
        raise _RowError(f"Years Lost: {text!r} is more than 100 years")
    return years


# --- the two formats -------------------------------------------------------------------------

def _parse_full(row: dict[str, str], warnings: list[str]) -> Exoneration:
    nre_id = _int("ID", row["ID"])
    if nre_id is None:
        raise _RowError("ID: missing")
    name = _clean(row["Name"])
    if not name:
        raise _RowError("Name: missing")
    state, code, federal, jurisdiction = _state(row["State"])
    exoneration = _iso_date("Date of Exon", row["Date of Exon"], required=True)
    assert exoneration is not None
    conviction = _iso_date("Date of 1st Convic", row.get("Date of 1st Convic", ""))
    release = _iso_date("Date of Release", row.get("Date of Release", ""))
    crime = _split_date("Date of Crime", row, warnings)
    arrest = _split_date("Date of Arrest", row, warnings)
    characteristics = [_clean(c) for c in row.get("Case Characteristics", "").split(";")]
    tags = sorted({_CHARACTERISTIC_TAGS.get(c, c) for c in characteristics if c})
    if _yes_no("Child Victim", row.get("Child Victim", "")):
        tags = sorted(set(tags) | {"CV"})
    flags = {FACTOR_COLUMNS[c]: _yes_no(h, row.get(h, ""))
             for c, h in _FULL_FACTOR_HEADERS.items()}
    subtypes = {col: _yes_no(h, row.get(h, "")) for col, _label, h in OM_SUBTYPES.values()}
    subtypes[JUDICIAL_MISCONDUCT[0]] = _yes_no(JUDICIAL_MISCONDUCT[2],
                                               row.get(JUDICIAL_MISCONDUCT[2], ""))
    form = _clean(row.get("Form of 1st Conviction", ""))
    return Exoneration(
        key=f"nre-{nre_id}",
        source_format="nre-full",
        **dict(zip(("match_conviction", "match_exoneration"),
                   match_keys(name, state, _year_of(conviction), int(exoneration[:4])))),
        nre_id=nre_id,
        name=name,
        state=state,
        state_code=code,
        federal=federal,
        jurisdiction=jurisdiction,
        county=_opt(row.get("County of Crime", "")),
        sex=_opt(row.get("Sex", "")),
        race=_opt(row.get("Race", "")),
        age_at_crime=_int("Age at Crime Years", row.get("Age at Crime Years", "")),
        worst_crime=_opt(row.get("Worst Crime Display", "")),
        additional_crimes=_opt(row.get("List Add'l Crimes Recode", "")),
        tags=";".join(tags) or None,
        crime_date=crime,
        crime_year=_year_of(crime),
        arrest_date=arrest,
        arrest_year=_year_of(arrest),
        conviction_date=conviction,
        conviction_year=_year_of(conviction),
        exoneration_date=exoneration,
        exoneration_year=int(exoneration[:4]),
        release_date=release,
        release_year=_year_of(release),
        posting_date=_iso_date("Posting Date", row.get("Posting Date", "")),
        last_update_date=_iso_date("Last Update Date", row.get("Last Update Date", "")),
        years_lost=_years_lost(row.get("Years Lost", "")),
        form_of_conviction=_FORMS.get(form),
        death_penalty=_yes_no("Death Penalty?", row.get("Death Penalty?", "")),
        sentence=_opt(" ".join(filter(None, (_clean(row.get("Sentence", "")),
                                             _clean(row.get("Sentence (Other)", "")))))),
        recanters=_yes_no("Any known recanters", row.get("Any known recanters", "")),
        victim_recanters=_count(row.get("# victim recanters", "")),
        recantation_year=_loose_year("Year of recantation", row.get("Year of recantation", ""),
                                     warnings),
        raw=dict(row),
        **flags,
        **subtypes,
    )


def _public_flag(header: str, value: str) -> bool:
    text = _clean(value)
    if text == "":
        return False
    if text == header:
        return True
    if header == "DNA" and text == "*":  # DNA in the record but not a substantial factor
        return False
    raise _RowError(f"{header}: {text!r} is neither {header!r} nor empty")


def _public_tags(value: str) -> list[str]:
    return sorted({t.strip().lstrip("#") for t in _clean(value).split(";") if t.strip(" #")})


def _parse_public(row: dict[str, str], warnings: list[str]) -> Exoneration:
    last, first = _clean(row["Last Name"]), _clean(row["First Name"])
    if not last:
        raise _RowError("Last Name: missing")
    state, code, federal, jurisdiction = _state(row["State"])
    county = _opt(row.get("County", ""))
    exoneration = _us_date("Date of Exoneration", row["Date of Exoneration"], required=True)
    assert exoneration is not None
    conviction = _us_date("Date of 1st Conviction", row.get("Date of 1st Conviction", ""))
    release = _us_date("Date of Release", row.get("Date of Release", ""))
    crime_year = _year("Date of Crime Year", row.get("Date of Crime Year", ""))
    tags = _public_tags(row.get("Tags", ""))
    om_tags = set(_public_tags(row.get("OM Tags", "")))
    unknown = om_tags - set(OM_SUBTYPES)
    if unknown:
        warnings.append(f"OM Tags: unknown code(s) {', '.join(sorted(unknown))} ignored")
    name = f"{first} {last}".strip()
    flags = {FACTOR_COLUMNS[c]: _public_flag(h, row.get(h, ""))
             for c, h in _PUBLIC_FACTOR_HEADERS.items()}
    # The sheet marks OM subtypes only where it coded them; an exoneration without OM has none.
    subtypes = {col: tag in om_tags for tag, (col, _label, _h) in OM_SUBTYPES.items()}
    return Exoneration(
        key=public_key(last, first, state, county, conviction, exoneration),
        source_format="nre-public",
        **dict(zip(("match_conviction", "match_exoneration"),
                   match_keys(name, state, _year_of(conviction), int(exoneration[:4])))),
        name=name,
        last_name=last,
        first_name=first or None,
        state=state,
        state_code=code,
        federal=federal,
        jurisdiction=jurisdiction,
        county=county,
        sex=_opt(row.get("Sex", "")),
        race=_opt(row.get("Race", "")),
        age_at_crime=_int("Age", row.get("Age", "")),
        worst_crime=_opt(row.get("Worst Crime Display", "")),
        tags=";".join(tags) or None,
        crime_date=f"{crime_year:04d}" if crime_year else None,
        crime_year=crime_year,
        conviction_date=conviction,
        conviction_year=_year_of(conviction),
        exoneration_date=exoneration,
        exoneration_year=int(exoneration[:4]),
        release_date=release,
        release_year=_year_of(release),
        posting_date=_us_date("Posting Date", row.get("Posting Date", "")),
        # The sheet has only the P (plea) tag: a trial conviction's form is not given.
        form_of_conviction="plea" if "P" in tags else None,
        sentence=_opt(row.get("Sentence", "")),
        raw=dict(row),
        **flags,
        **subtypes,
    )


def record_columns(record: Exoneration) -> dict[str, Any]:
    """The record as a database row (raw row as JSON text, content hash)."""
    values = record.values()
    values["raw_json"] = json.dumps(values.pop("raw"), ensure_ascii=False)
    values["content_hash"] = record.content_hash()
    return values
