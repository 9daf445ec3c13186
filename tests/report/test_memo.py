"""The memo's view model and its wording: footnotes, summary, tables, escaping, similar cases."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dayincourt.casefile import Case, case_to_dict, load_case
from dayincourt.registry import SharedFeature, Similar
from dayincourt.report import build_memo, render_report
from dayincourt.report.timeline import case_events
from dayincourt.report.wording import court_name, jurisdiction_name

from .conftest import AS_OF, GENERATED_AT, shared_path
from .report_helpers import hand_screening, provenance_case


def memo_of(case, **kw):
    return build_memo(case, AS_OF, generated_at=GENERATED_AT,
                      screening=hand_screening(case, AS_OF), **kw)


def test_each_distinct_source_and_quote_gets_one_number_in_order_of_first_use():
    memo = memo_of(provenance_case())
    assert [(f.number, f.source_id, f.quote) for f in memo.footnotes] == [
        (1, "op", "convicted by a 10-2 jury"),  # the trial sentence of the summary
        (2, "rec", None),  # the later steps
        (3, "op", "she recanted"),  # the recantation
    ]
    note = memo.footnotes[2]
    assert note.span == "characters 40\u201352"
    assert note.asserted_by == "Kim Kin"  # the person id is shown as the person's name
    assert note.source_anchor == "source-op"
    people = {p.name: p.refs for p in memo.people}
    assert people == {"Dana Test": (1,), "Wanda Witness": (3,), "Kim Kin": ()}
    assert memo.evidence[0].refs == (3,)
    assert memo.testimony[0].refs == (3,)


def test_the_same_quote_asserted_by_two_people_is_two_notes():
    quote = {"source": "op", "quote": "he was elsewhere"}
    case = provenance_case(factors=[
        {"code": "PFA", "src": [{**quote, "asserted_by": "kin"}]},
        {"code": "OM", "src": [{**quote, "asserted_by": "wit"}]},
        {"code": "ILD", "src": [{**quote, "asserted_by": "kin"}]},
    ])
    rows = memo_of(case).factors
    first, second, third = (r.refs for r in rows)
    assert first == third != second
    notes = {f.number: f.asserted_by for f in memo_of(case).footnotes}
    assert (notes[first[0]], notes[second[0]]) == ("Kim Kin", "Wanda Witness")


def test_a_source_cited_but_not_described_is_still_listed():
    # Drafts built in code skip the file's cross-reference check; the memo must still link.
    case = provenance_case()
    draft = Case.model_validate({**case_to_dict(case), "sources": []})
    memo = memo_of(draft)
    assert [(s.id, s.anchor, s.described) for s in memo.sources] == [
        ("op", "source-op", False), ("rec", "source-rec", False)]


def test_html_links_fact_to_footnote_to_source():
    html = render_report(provenance_case(), AS_OF, "html", generated_at=GENERATED_AT,
                         screening=hand_screening(provenance_case(), AS_OF)).decode()
    assert '<a href="#fn-3" aria-label="source note 3">3</a>' in html
    assert re.search(r'<li id="fn-3">Source <a href="#source-op">op</a>.*she recanted', html)
    assert '<li id="source-op">' in html
    assert '<li id="source-rec">' in html
    # element facts link to the evidence row
    assert '<a href="#fact-evidence-e1">evidence/e1</a>' in html
    assert '<tr id="fact-evidence-e1">' in html


def test_markdown_footnotes_and_links():
    md = render_report(provenance_case(), AS_OF, "md", generated_at=GENERATED_AT,
                       screening=hand_screening(provenance_case(), AS_OF)).decode()
    assert "[^3]: Source [op](#source-op) (State v. Test, opinion): “she recanted” " \
           "(characters 40–52); asserted by Kim Kin" in md
    assert '<a id="source-op"></a>' in md
    assert "| Wanda Witness | testified at trial | identification |" in md


GUILT_WORDS = re.compile(r"\b(guilty|innocent|innocence)\b", re.IGNORECASE)
ALLOWED = re.compile(r"guilty verdict|not-guilty verdict|factual-innocence claim|"
                     r"claim of factual innocence|factual innocence", re.IGNORECASE)


@pytest.mark.parametrize("name", ["miller.case.yaml"])
def test_summary_never_calls_a_person_guilty_or_innocent(name):
    case = load_case(shared_path("spec", "examples", name))
    memo = memo_of(case)
    text = " ".join(s.text for paragraph in memo.summary for s in paragraph)
    leftover = GUILT_WORDS.findall(ALLOWED.sub("", text))
    assert leftover == [], text
    assert "10\u20132 (not unanimous)" in text
    assert "Corey Miller was charged with second-degree murder" in text


def test_summary_states_the_record_with_sources():
    memo = memo_of(provenance_case())
    sentences = [s for paragraph in memo.summary for s in paragraph]
    trial = next(s for s in sentences if s.text.startswith("At a jury trial"))
    assert trial.text == ("At a jury trial (2002-05-06), the record shows a guilty verdict by a "
                          "vote of 10\u20132 (not unanimous); the sentence recorded is 20 years.")
    assert trial.refs == (1,)
    assert any("1 recantation by witnesses who testified at trial: Wanda Witness (2018)" in s.text
               for s in sentences)
    screened, review = memo.summary[-1]
    assert screened.text.startswith("Screened on 2026-11-28 against 2 remedies: 0 eligible")
    assert "next deadline ahead is 2027-06-30" in screened.text
    assert review.text == "Needing review: Post-conviction claim of factual innocence."


@pytest.mark.parametrize("field, expected", [
    ("new", "new: not known at trial"),
    ("discovered", "2018-04"),
    ("corroborates", "testimony of Wanda Witness (t1)"),
])
def test_evidence_table(field, expected):
    assert getattr(memo_of(provenance_case()).evidence[0], field) == expected


def test_factor_rows_say_who_asserts_and_whether_a_court_found_it():
    (row,) = memo_of(provenance_case()).factors
    assert (row.label, row.asserted_by, row.finding) == (
        "Mistaken witness identification", "Kim Kin", "alleged; no court finding in the record")


def test_timeline_events_partial_dates_custody_and_deadlines():
    case = provenance_case()
    events = case_events(case, AS_OF, hand_screening(case, AS_OF))
    by_label = {e.label: e for e in events}
    offense = by_label["Offense: armed robbery"]
    assert (offense.earliest, offense.latest) == (dt.date(2001, 3, 1), dt.date(2001, 3, 31))
    pcr = by_label["Post-conviction application: denied"]
    assert (pcr.earliest, pcr.latest, pcr.lead_in) == (
        dt.date(2020, 1, 1), dt.date(2020, 12, 31), dt.date(2019, 2, 1))
    custody = next(e for e in events if e.category == "custody")
    assert (custody.earliest, custody.latest) == (dt.date(2001, 4, 2), AS_OF)
    deadlines = [e for e in events if e.category == "deadline"]
    # only the deadline still ahead is drawn, as the range screening gave
    assert [(d.earliest, d.latest) for d in deadlines] == [(dt.date(2027, 1, 1), dt.date(2027, 12, 31))]
    assert [e.earliest for e in events] == sorted(e.earliest for e in events)


@pytest.mark.parametrize("court, name", [
    ("laed", "United States District Court Eastern District of Louisiana"),
    ("la", "Supreme Court of Louisiana"),
    ("la-ctapp-5", "Louisiana Court of Appeal, Fifth Circuit"),
    ("Court of Appeal of Louisiana, Second Circuit", "Court of Appeal of Louisiana, Second Circuit"),
    (None, None),
])
def test_court_names_come_from_courts_db(court, name):
    assert court_name(court) == name


@pytest.mark.parametrize("code, name", [("US-LA", "Louisiana"), ("US-FED", "United States (federal)"),
                                        ("unknown", "Unknown jurisdiction")])
def test_jurisdiction_names(code, name):
    assert jurisdiction_name(code) == name


HOSTILE = '<script>alert("x")</script> *bold* | pipe [link](http://e.vil)'


def test_user_text_is_escaped_in_html_and_markdown():
    case = provenance_case(title=HOSTILE, notes=HOSTILE)
    screening = hand_screening(case, AS_OF)
    html = render_report(case, AS_OF, "html", generated_at=GENERATED_AT, screening=screening)
    assert b"<script>" not in html
    assert b"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    md = render_report(case, AS_OF, "md", generated_at=GENERATED_AT, screening=screening).decode()
    assert "<script>" not in md
    assert r"\<script\>" in md and r"\*bold\* \| pipe \[link\](http://e.vil)" in md


def similar(i: int) -> Similar:
    return Similar(
        key=f"k{i}", nre_id=i, name=f"Person {i}", state="Louisiana", county="Orleans",
        worst_crime="Murder", form_of_conviction="jury", conviction_year=1990 + i,
        exoneration_date="2015-01-01", factors=("PFA",), recanters=True, score=10 - i,
        max_score=10, shared=(SharedFeature("factor", "PFA", 2.0),),
    )


@pytest.mark.parametrize("given, expected", [
    (None, "The National Registry of Exonerations is not loaded"),
    ([], "No similar exonerations were found in the registry."),
    ([similar(i) for i in range(7)], "The 5 exonerations in the National Registry of Exonerations that share the most"),
])
def test_similar_exonerations_section(given, expected):
    case = provenance_case()
    md = render_report(case, AS_OF, "md", generated_at=GENERATED_AT, similar=given,
                       screening=hand_screening(case, AS_OF)).decode()
    assert expected in md
    if given:
        assert "| Person 4 | Orleans, Louisiana | Murder | 1994 | 2015-01-01 | factor: PFA |" in md
        assert "Person 5" not in md


def test_unknown_format_is_refused():
    from dayincourt.report import UnknownFormat

    with pytest.raises(UnknownFormat, match="choose one of md, html, pdf"):
        render_report(provenance_case(), AS_OF, "docx", generated_at=GENERATED_AT,  # type: ignore[arg-type]
                      screening=hand_screening(provenance_case(), AS_OF))


def test_svg_is_accessible_and_escaped():
    from dayincourt.report import render_timeline_svg

    case = provenance_case(title="A & B <v> C")
    svg = render_timeline_svg(case, AS_OF, screening=hand_screening(case, AS_OF))
    assert svg.startswith("<?xml")
    assert 'role="img" aria-labelledby="timeline-title-1 timeline-desc-1"' in svg
    assert '<title id="timeline-title-1">Timeline of A &amp; B &lt;v&gt; C as of 2026-11-28</title>' in svg
    assert "as of 2026-11-28" in svg
    import xml.dom.minidom

    xml.dom.minidom.parseString(svg.encode())  # well-formed
