"""Contributing-factor claims and who asserts them."""

from __future__ import annotations

import pytest

from dayincourt.extract.factors import extract_factors

from .helpers import context

NEWS = (
    "John Roe has been in prison since 2001 for a murder he says he did not commit.\n\n"
    "{claim}\n\n"
    "The district attorney's office said it would not comment."
)


@pytest.mark.parametrize(
    ("claim", "code", "speaker"),
    [
        ("Roe's lawyer, Ann Lee, says the lead detective coerced witnesses.", "OM", "Ann Lee"),
        ("According to Ann Lee, the eyewitness misidentified Roe in a suggestive lineup.", "MWID", "Ann Lee"),
        ("\"His trial attorney never called a single witness,\" Ann Lee said. "
         "\"It was ineffective assistance from start to finish,\" she continued.", "ILD", "Ann Lee"),
        ("Ann Lee alleges that the confession was false and fed to him by police.", "FC", "Ann Lee"),
    ],
)
def test_news_attribution_sets_asserted_by(claim, code, speaker):
    facts = extract_factors(context(NEWS.format(claim=claim), "n.txt"), "John Roe", None)
    by_code = {f.code: f for f in facts}
    assert code in by_code
    assert by_code[code].asserted_by == speaker
    assert by_code[code].status == "alleged"


def test_news_narration_without_a_speaker_is_not_a_claim():
    text = NEWS.format(claim="The case drew attention to suggestive lineups in general.")
    # no one is reported as claiming this about the case: the article's own narration is not a claim
    assert [f.code for f in extract_factors(context(text, "n.txt"), "John Roe", None)] == []


OPINION = (
    "STATE of Louisiana\n\nv.\n\nJohn DOE, Appellant.\n\nBefore SMITH, JONES and BROWN, JJ.\n\nSMITH, J.\n\n"
    "The defendant was convicted by a jury of armed robbery. {body}\n\nAFFIRMED."
)


def test_court_finding_has_no_asserted_by():
    text = OPINION.format(body="We find that the prosecutor withheld exculpatory evidence in violation of Brady.")
    (f,) = extract_factors(context(text), "John Doe", "affirmed")
    assert f.code == "OM" and f.asserted_by is None


def test_defendant_claim_is_attributed_and_rejected_on_affirmance():
    text = OPINION.format(body="The defendant contends that he received ineffective assistance of counsel.")
    (f,) = extract_factors(context(text), "John Doe", "affirmed")
    assert (f.code, f.asserted_by, f.status) == ("ILD", "John Doe", "rejected")


def test_cited_case_claims_are_not_read():
    text = OPINION.format(
        body="See Smith v. Jones, 123 So. 2d 456 (La. 1990) (defendant's confession was false). "
             "The defendant raises no other issue."
    )
    assert extract_factors(context(text), "John Doe", "affirmed") == []


def test_brady_as_a_name_is_not_a_brady_claim():
    text = OPINION.format(body="Brady O'Callaghan argued for the State.")
    assert extract_factors(context(text), "John Doe", "affirmed") == []
