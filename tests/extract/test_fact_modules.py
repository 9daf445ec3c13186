"""Table-driven tests of the people, charges, sentences, proceedings, dates and citations extractors."""

from __future__ import annotations

import pytest

from dayincourt.extract.charges import extract_charges
from dayincourt.extract.citations import find_citations
from dayincourt.extract.dates import offense_date
from dayincourt.extract.people import extract_people
from dayincourt.extract.proceedings import extract_proceedings
from dayincourt.extract.sentences import extract_sentences

from .helpers import context

HEAD = (
    "123 So. 3d 456 (2015)\n\nSTATE of Louisiana, Appellee\n\nv.\n\nJohn Q. DOE, Appellant.\n\nNo. 2014-KA-1.\n\n"
    "Court of Appeal of Louisiana, Fifth Circuit.\n\nMay 1, 2015.\n\n"
    "Jane R. Smith, Louisiana Appellate Project, Baton Rouge, for Appellant.\n\n"
    "Paul K. Jones, District Attorney, Mary L. Brown, Assistant District Attorney, Gretna, for Appellee.\n\n"
    "Before ADAMS, BAKER and McCOY, JJ.\n\nBAKER, J.\n\n"
)


def opinion(body: str, tail: str = "\n\nAFFIRMED.") -> str:
    return HEAD + body + tail


def roles(text: str) -> set[tuple[str, str]]:
    people, _ = extract_people(context(text))
    return {(p.name, r) for p in people for r in p.roles}


def test_people_from_caption_counsel_and_panel():
    got = roles(opinion("The defendant was convicted of armed robbery."))
    assert got >= {
        ("John Q. Doe", "defendant"), ("Jane R. Smith", "defense_counsel"), ("Paul K. Jones", "prosecutor"),
        ("Mary L. Brown", "prosecutor"), ("Adams", "judge"), ("Baker", "judge"), ("McCoy", "judge"),
    }
    assert not any(n in ("Baton Rouge", "Gretna") for n, _ in got)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Deputy Alan Price arrested the defendant. Deputy Price testified at trial.", {("Alan Price", "police")}),
        ("The victim, Carla Vance, was robbed at gunpoint.", {("Carla Vance", "victim")}),
        ("The seven-year-old victim, R.A., told her mother.", {("R.A.", "victim")}),
        ("Ed Nolan testified that he saw the robbery.", {("Ed Nolan", "witness")}),
        ("His co-defendant, Sam Reed, was acquitted.", {("Sam Reed", "co_defendant")}),
        ("A jailhouse informant, Lou Tate, reported the statement.", {("Lou Tate", "informant")}),
    ],
)
def test_body_role_cues(body, expected):
    assert expected <= roles(opinion("The defendant was convicted of armed robbery. " + body))


def test_accused_never_witness_and_judges_not_participating_excluded():
    text = opinion("The defendant was convicted of theft. John Q. Doe testified in his own defense.",
                   "\n\nAFFIRMED.\n\nADAMS, J., not participating.")
    got = roles(text)
    assert ("John Q. Doe", "witness") not in got
    assert ("Adams", "judge") not in got


def test_civil_rights_suit_has_no_defendant_or_prosecutor():
    text = ("Mark ROWE, Plaintiff-Appellant,\n\nv.\n\nOfficer Dan KEYS, Defendant-Appellee.\n\nNo. 1.\n\n"
            "United States Court of Appeals, Fifth Circuit.\n\nAnn Pike, for Plaintiff-Appellant.\n\n"
            "Before ADAMS, BAKER and COLE, Circuit Judges.\n\nPER CURIAM:\n\nRowe brought this civil rights action "
            "under 42 U.S.C. § 1983 alleging excessive force during his arrest. He was convicted of resisting arrest "
            "in state court. We affirm the dismissal.\n\nAFFIRMED.")
    ctx = context(text)
    assert not ctx.criminal
    got = roles(text)
    assert not any(r in ("defendant", "prosecutor", "defense_counsel") for _, r in got)
    assert extract_charges(ctx) == []
    # no criminal proceeding: only the civil ruling itself, as "other" (the held-out and training conventions)
    assert [(p.kind, p.outcome) for p in extract_proceedings(ctx, None)] == [("other", "affirmed")]


@pytest.mark.parametrize(
    ("body", "offenses"),
    [
        ("The defendant was convicted by a jury of one count of sexual battery.", ["sexual battery"]),
        ("Doe was convicted of conspiracy to commit robbery, in violation of 18 U.S.C. § 1951, attempted robbery, "
         "in violation of 18 U.S.C. §§ 1951-52, and use of a firearm, in violation of 18 U.S.C. § 924(c).",
         ["conspiracy to commit robbery", "attempted robbery", "use of a firearm"]),
        ("A jury found Doe guilty of gross sexual imposition, a fourth degree felony, and abduction, a third degree felony.",
         ["gross sexual imposition", "abduction"]),
        ("Doe pleaded guilty to credit union fraud in violation of 18 U.S.C. § 1344 and money laundering.",
         ["credit union fraud", "money laundering"]),
        ("Doe was charged by bill of information with possession of cocaine. He pleaded guilty as charged.",
         ["possession of cocaine"]),
        ("The defendant was convicted of second degree murder and sentenced to life.", ["second degree murder"]),
    ],
)
def test_charges_table(body, offenses):
    assert [c.offense for c in extract_charges(context(opinion(body)))] == offenses


def test_statute_quotation_and_cited_case_not_charges():
    body = ("The defendant was convicted of theft. Whoever commits the crime of armed robbery shall be imprisoned. "
            "In State v. Green, 500 So. 2d 100 (La. 1987), the defendant was convicted of aggravated rape.")
    assert [c.offense for c in extract_charges(context(opinion(body)))] == ["theft"]


@pytest.mark.parametrize(
    ("body", "kind", "years"),
    [
        ("He was sentenced to life imprisonment without benefit of parole.", "life_without_parole", None),
        ("He was sentenced to life imprisonment.", "life", None),
        ("The jury fixed his punishment at death.", "death", None),
        ("He was sentenced to serve five years at hard labor without benefit of parole.", "term", 5),
        ("The court sentenced him to 108 months' imprisonment.", "term", 9),
        ("He received concurrent sentences of nine months and one year.", "term", 1),
        ("His sentence was suspended and he was placed on three years of probation.", "probation", 3),
    ],
)
def test_sentences_table(body, kind, years):
    s = extract_sentences(context(opinion("The defendant was convicted of theft. " + body)))
    assert s is not None and s.kind == kind
    assert (s.years if years is None else round(s.years, 4)) == years


def test_statutory_range_is_not_a_sentence():
    body = "The defendant was convicted of theft. Theft is punishable by imprisonment for not more than ten years."
    assert extract_sentences(context(opinion(body))) is None


@pytest.mark.parametrize(
    ("body", "tail", "expected"),
    [
        ("The defendant was arrested and convicted of theft.", "\n\nAFFIRMED.", {("arrest", None), ("direct_appeal", "affirmed")}),
        ("Doe was indicted for murder and convicted. The trial court denied his motion for new trial.",
         "\n\nREVERSED AND REMANDED.", {("indictment", None), ("motion_new_trial", "denied"), ("direct_appeal", "reversed")}),
        ("Doe was convicted of theft.", "\n\nAFFIRMED IN PART, REVERSED IN PART.", {("direct_appeal", "other")}),
        ("Doe was convicted of theft. Doe filed an application for post-conviction relief, which the district court denied.",
         "\n\nAFFIRMED.", {("pcr_application", "denied")}),
    ],
)
def test_proceedings_table(body, tail, expected):
    got = {(p.kind, p.outcome) for p in extract_proceedings(context(opinion(body, tail)), "John Q. Doe")}
    assert expected <= got


def test_disposition_before_a_dissent():
    text = opinion("Doe was convicted of theft. We affirm.",
                   "\n\nAFFIRMED.\n\nADAMS, J., dissenting.\n\nI would reverse the conviction. REVERSED.")
    got = {(p.kind, p.outcome) for p in extract_proceedings(context(text), "John Q. Doe")}
    assert ("direct_appeal", "affirmed") in got and ("direct_appeal", "reversed") not in got


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("On or about March 7, 1982, the defendant robbed a store. He was convicted of robbery.", "1982-03-07"),
        ("In March 2003 the defendant touched the child. He was convicted of sexual battery on June 20, 2006.", "2003-03"),
        ("The victim was shot in 1999. Doe was convicted of murder in 2001.", "1999"),
        ("Doe was convicted of murder in 2001.", None),
    ],
)
def test_offense_date_precision(body, date):
    got = offense_date(context(opinion(body)))
    assert (got.value if got else None) == date


@pytest.mark.parametrize(
    ("text", "normalized", "kind"),
    [
        ("under La. R.S. 14:30.1 the", "La. R.S. 14:30.1", "statute"),
        ("see LSA-R.S. 40:1785", "La. R.S. 40:1785", "statute"),
        ("La. C.Cr.P. art. 926.2 allows", "La. C.Cr.P. art. 926.2", "statute"),
        ("Section 926.2, which allows", "La. C.Cr.P. art. 926.2", "statute"),
        ("time limits of Article 930.8 apply", "La. C.Cr.P. art. 930.8", "statute"),
        ("the Sixth Amendment right", "U.S. Const. amend. VI", "constitution"),
        ("U.S. Const. amend. XIV", "U.S. Const. amend. XIV", "constitution"),
        ("La. Const. art. I, § 17", "La. Const. art. I, § 17", "constitution"),
        ("28 U.S.C. § 2254(d)", "28 U.S.C. § 2254(d)", "statute"),
        ("State v. Reddick, 351 So. 3d 273 (La. 2022)", "351 So. 3d 273", "case"),
    ],
)
def test_citations_table(text, normalized, kind):
    cites = find_citations(text)
    assert [(c.normalized, c.kind) for c in cites] == [(normalized, kind)]
    assert all(text[c.start : c.end] == c.cite for c in cites)
