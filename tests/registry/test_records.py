"""Reading the two NRE export formats: detection, encodings, validation, normalization."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dayincourt.registry import BadRow, RegistryFormatError, detect_format, public_key, read_export
from dayincourt.registry.records import ReadRow, read_export_text

from .conftest import FIXTURES
from .fixtures.make_fixtures import FULL_HEADER, PUBLIC_HEADER, full_row, public_row


def _read(name: str):
    fmt, rows = read_export(FIXTURES / name)
    good = {r.line: r for r in rows if isinstance(r, ReadRow)}
    bad = [(b.line, b.reason) for b in rows if isinstance(b, BadRow)]
    return fmt, good, bad


@pytest.mark.parametrize("name, fmt, good_lines, bad", [
    ("full_small.csv", "nre-full", [2, 3, 4, 5, 6, 7, 13], [
        (8, "Date of Exon: '2019-02-30' is not a date of the form YYYY-MM-DD"),
        (9, "State: 'Atlantis' is not a U.S. state, territory or Fed-XX"),
        (10, "Name: missing"),
        (11, "Official Misconduct: 'Maybe' is not Yes or No"),
        (12, "duplicate of the row on line 3 (key nre-9002)"),
        (15, "40 cells where the header has 78"),
        (16, "ID: 'abc' is not a whole number"),
    ]),
    ("public_small.csv", "nre-public", [2, 3, 4, 9], [
        (5, "Date of Exoneration: '13/45/2020' is not a date of the form M/D/YYYY"),
        (6, "State: 'Narnia' is not a U.S. state, territory or Fed-XX"),
        (7, "Last Name: missing"),
        (8, "MWID: 'yes' is neither 'MWID' nor empty"),
    ]),
])
def test_bad_rows_are_reported_with_their_line_and_the_rest_read(name, fmt, good_lines, bad):
    got_fmt, good, got_bad = _read(name)
    assert got_fmt == fmt
    assert sorted(good) == good_lines
    assert got_bad == bad


def test_full_row_is_normalized():
    _fmt, good, _bad = _read("full_small.csv")
    alma = good[2].record
    assert (alma.key, alma.nre_id, alma.name, alma.state, alma.state_code, alma.jurisdiction) == (
        "nre-9001", 9001, "Alma Fictional", "Louisiana", "LA", "US-LA")
    assert (alma.crime_date, alma.arrest_date, alma.conviction_date, alma.exoneration_date) == (
        "1994-07-04", "1994-08", "1995-03-01", "2015-06-30")
    assert (alma.conviction_year, alma.exoneration_year, alma.years_lost) == (1995, 2015, 20.3)
    assert (alma.mwid, alma.pfa, alma.om, alma.fc, alma.dna) == (True, True, True, None, False)
    assert (alma.om_police, alma.om_withheld_evidence, alma.om_prosecutor) == (True, True, False)
    assert (alma.om_judicial, alma.recanters, alma.recantation_year) == (False, True, 2009)
    assert (alma.form_of_conviction, alma.tags, alma.sentence) == ("jury", "H;IO", "Life")
    assert alma.raw["Name"] == "Alma Fictional" and len(alma.raw) == 78
    bertrand = good[3].record
    assert (bertrand.recantation_year, bertrand.victim_recanters) == (None, 1)  # "DK"
    dmitri = good[5].record
    assert (dmitri.state, dmitri.state_code, dmitri.federal, dmitri.jurisdiction,
            dmitri.county, dmitri.form_of_conviction) == ("Fed-LA", "LA", True, "US-FED", None,
                                                          "bench")
    jon = good[13].record  # a quoted cell with a line break: the row starts on line 13
    assert jon.additional_crimes == "Robbery; Assault"


def test_month_out_of_range_lowers_precision_with_a_warning():
    _fmt, good, _bad = _read("full_small.csv")
    eve = good[6]
    assert eve.record.crime_date == "1985" and eve.record.crime_year == 1985
    assert eve.warnings == ("Date of Crime Month: '13' is not a month; kept the year only",)


def test_public_row_is_normalized_from_cp1252():
    _fmt, good, _bad = _read("public_small.csv")
    jose = good[3].record
    assert (jose.last_name, jose.first_name, jose.name) == ("Núñez", "José", "José Núñez")
    assert (jose.crime_year, jose.conviction_date, jose.exoneration_date) == (
        1999, "2000-06-06", "2010-07-07")
    assert (jose.mwid, jose.om, jose.recanters, jose.tags) == (True, False, None, "CV;IO")
    lou = good[4].record
    assert (lou.name, lou.form_of_conviction, lou.om_prosecutor, lou.om_withheld_evidence,
            lou.om_police) == ("Lou Lastly", "plea", True, True, False)
    assert lou.key.startswith("pub-") and lou.nre_id is None


def test_same_exoneration_has_matching_keys_in_both_formats():
    _f, full, _b = _read("full_small.csv")
    _f, public, _b = _read("public_small.csv")
    alma_full, alma_public = full[2].record, public[2].record
    assert alma_full.match_conviction == "fictional|a|louisiana|1995"
    assert alma_public.match_conviction == alma_full.match_conviction
    assert alma_full.match_exoneration == alma_public.match_exoneration


@pytest.mark.parametrize("header, fmt", [
    (FULL_HEADER, "nre-full"),
    (PUBLIC_HEADER, "nre-public"),
    ([" " + h + " " for h in PUBLIC_HEADER], "nre-public"),
])
def test_detect_format(header, fmt):
    assert detect_format(header) == fmt


@pytest.mark.parametrize("text, message", [
    ("", "empty file"),
    ("a,b,c\n1,2,3\n", "not a National Registry of Exonerations export"),
])
def test_unreadable_exports_raise(text, message):
    with pytest.raises(RegistryFormatError, match=message):
        read_export_text(text)


def test_bytes_neither_utf8_nor_cp1252_raise(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"Last Name\x81\x8d\n")  # undefined in cp1252
    with pytest.raises(RegistryFormatError, match="not UTF-8 or cp1252"):
        read_export(path)


@pytest.mark.parametrize("year, month, day, iso, warning", [
    ("1994", "7", "4", "1994-07-04", None),
    ("1994", "07", "00", "1994-07", None),
    ("1994", "00", "00", "1994", None),
    ("1994", "", "", "1994", None),
    ("1994", "2", "30", "1994-02",
     "Date of Crime Day: '30' is not a day of 1994-02; kept the month"),
    ("28", "2006", "1", None, "Date of Crime Year: '28' is not a year; date left out"),
    ("0000", "00", "00", None, None),
    ("", "", "", None, None),
])
def test_split_dates(year, month, day, iso, warning):
    row = full_row(ID="1", Name="A B", State="Ohio", **{
        "Date of Exon": "2000-01-01", "Date of Crime Year": year, "Date of Crime Month": month,
        "Date of Crime Day": day})
    _fmt, rows = read_export_text(_csv(FULL_HEADER, [row]))
    (read,) = rows
    assert read.record.crime_date == iso
    assert read.warnings == ((warning,) if warning else ())


def _csv(header, rows) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def test_public_key_ignores_case_spacing_and_punctuation_but_not_dates():
    key = public_key("Núñez", "José", "New York", "Kings", "2000-06-06", "2010-07-07")
    assert key == public_key(" NÚÑEZ ", "josé", "new york", "KINGS", "2000-06-06", "2010-07-07")
    assert key != public_key("Núñez", "José", "New York", "Kings", "2000-06-06", "2010-07-08")
    assert key == "pub-" + key[4:] and len(key) == 20


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2026, 12, 31))


@given(conviction=dates, exoneration=dates, crime_year=st.integers(1900, 2026),
       flags=st.lists(st.booleans(), min_size=7, max_size=7))
def test_both_formats_give_the_same_facts(conviction, exoneration, crime_year, flags):
    """Round trip: the same exoneration written in each export's own style reads back the same."""
    full_cells = dict(zip(["Mistaken Witness ID", "False Confession",
                           "Perjury or False Accusation?", "False or Misleading Forensic Evidence",
                           "Official Misconduct", "Inadequate Legal Defense", "DNA"],
                          ["Yes" if f else "No" for f in flags]))
    full = full_row(ID="7", Name="Pat Q. Roe", State="Maine", **{
        "County of Crime": "York", "Date of 1st Convic": conviction.isoformat(),
        "Date of Exon": exoneration.isoformat(), "Date of Crime Year": str(crime_year),
        **full_cells})
    codes = ["MWID", "FC", "P/FA", "F/MFE", "OM", "ILD", "DNA"]
    public = public_row(Last_Name="Roe", First_Name="Pat Q.", State="Maine", County="York", **{
        "Date of 1st Conviction": f"{conviction.month}/{conviction.day}/{conviction.year}",
        "Date of Exoneration": f"{exoneration.month}/{exoneration.day}/{exoneration.year}",
        "Date of Crime Year": f"{crime_year:,}",
        **{c: c if f else "" for c, f in zip(codes, flags)}})
    (a,) = read_export_text(_csv(FULL_HEADER, [full]))[1]
    (b,) = read_export_text(_csv(PUBLIC_HEADER, [public]))[1]
    fields = ("name", "state", "county", "conviction_date", "exoneration_date", "crime_year",
              "mwid", "fc", "pfa", "fmfe", "om", "ild", "dna", "match_conviction",
              "match_exoneration")
    assert {f: getattr(a.record, f) for f in fields} == {f: getattr(b.record, f) for f in fields}
