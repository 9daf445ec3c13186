"""Signals: each finder's phrasings, the prefilter's coverage (windowed == whole text), dev-set recall."""

from __future__ import annotations

import json

import pytest
from corpus_helpers import shared
from hypothesis import given, settings
from hypothesis import strategies as st

from dayincourt.corpus import SIGNAL_NAMES, SIGNALS, Prefilter, scan_text
from dayincourt.corpus.evaluate import dev_set_recall
from dayincourt.corpus.prefilter import scan_text_whole

CONTRACT_SIGNALS = (
    "jury_split", "recantation", "factual_innocence_claim", "non_unanimous_claim", "brady_claim",
    "ineffective_assistance_claim", "dna_testing", "exoneration", "life_sentence", "death_sentence",
)


def test_every_contract_signal_exists() -> None:
    assert set(CONTRACT_SIGNALS) <= set(SIGNAL_NAMES)


@pytest.mark.parametrize(
    "text, signal, value, quote",
    [
        ("He was convicted by a 10-2 jury.", "jury_split", "10-2", "10-2"),
        ("The jury voted ten to two to convict.", "jury_split", "10-2", "ten to two"),
        ("Eleven of the twelve jurors voted guilty.", "jury_split", "11-1", "Eleven of the twelve jurors"),
        ("The verdict was 11 – 1.", "jury_split", "11-1", "11 – 1"),
        ("Both men later recanted.", "recantation", "recantation", "recanted"),
        ("She took back her accusation.", "recantation", "recantation", "took back her accusation"),
        ("He admitted that he lied at trial.", "recantation", "recantation", "admitted that he lied"),
        ("a claim of factual innocence under art. 926.2", "factual_innocence_claim", "factual innocence",
         "factual innocence"),
        ("he is actually\n   innocent", "factual_innocence_claim", "actual innocence", "actually\n   innocent"),
        ("a non-unanimous verdict", "non_unanimous_claim", "non-unanimous", "non-unanimous"),
        ("the verdict was not unanimous", "non_unanimous_claim", "not unanimous", "not unanimous"),
        ("See Ramos v. Louisiana, 590 U.S. 83", "non_unanimous_claim", "Ramos v. Louisiana", "Ramos v. Louisiana"),
        ("the State withheld exculpatory evidence", "brady_claim", "suppression of favorable evidence",
         "withheld exculpatory"),
        ("Brady v. Maryland, 373 U.S. 83", "brady_claim", "Brady v. Maryland", "Brady v. Maryland"),
        ("ineffective assistance of trial counsel", "ineffective_assistance_claim",
         "ineffective assistance of counsel", "ineffective assistance of trial counsel"),
        ("post-conviction DNA testing", "dna_testing", "DNA testing", "post-conviction DNA testing"),
        ("He was exonerated in 2019.", "exoneration", "exoneration", "exonerated"),
        ("life imprisonment without benefit of parole", "life_sentence", "life without parole",
         "life imprisonment without benefit of parole"),
        ("sentenced to death by the jury", "death_sentence", "death", "sentenced to death"),
    ],
)
def test_finder_phrasings(text: str, signal: str, value: str, quote: str) -> None:
    hits = [h for h in scan_text(text) if h.signal == signal]
    assert [(h.value, h.quote) for h in hits] == [(value, quote)]
    assert all(text[h.start : h.end] == h.quote for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "On 10-2-2009 the court met.",  # a date, not a vote
        "See pages 10-2 of the brief about the contract.",
        "Officer Brady arrived at the scene.",  # a name, not a Brady claim
        "The motion to suppress the evidence was denied.",
        "the life of the contract",
        "a civil dispute with no criminal issue",
        "The verdict was unanimous.",
    ],
)
def test_non_signals(text: str) -> None:
    assert scan_text(text) == []


def _signature(hits) -> list[tuple]:
    return sorted((h.signal, h.start, h.end, h.value) for h in hits)


def _corpus_texts(step: int) -> list[str]:
    path = shared("data", "courtlistener", "opinions.jsonl")
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")][::step]
    texts += [p.read_text(encoding="utf-8") for p in sorted(shared("eval", "dev").glob("*.txt"))]
    return texts


def _assert_windowed_equals_whole(texts: list[str], at_least: int) -> None:
    prefilter = Prefilter()
    found = 0
    for text in texts:
        windowed = prefilter.scan(text)
        assert _signature(windowed) == _signature(scan_text_whole(text))
        found += len(windowed)
    assert found >= at_least  # the texts do hold signals: the comparison is not vacuous


def test_windowed_scan_equals_whole_text_scan_on_real_opinions() -> None:
    """The prefilter loses nothing: on real opinions (every 8th of the CourtListener sample
    and the dev set) the finders, run on keyword windows only, give exactly what they give
    on the whole text."""
    _assert_windowed_equals_whole(_corpus_texts(step=8), at_least=60)


@pytest.mark.slow
def test_windowed_scan_equals_whole_text_scan_on_all_real_opinions() -> None:
    """The same on all 976 CourtListener opinions (about 20 s)."""
    _assert_windowed_equals_whole(_corpus_texts(step=1), at_least=300)


_PHRASES = st.sampled_from(
    [
        "ten to two", "10-2", "11 to 1", "eleven-one", "12-0", "10 -\n 2", "the jury", "jurors", "verdict",
        "polled", "guilty", "not guilty", "acquit", "ten jurors voted guilty and two voted not guilty",
        "eight of the twelve jurors", "recanted", "took back his testimony", "swore that his testimony was untrue",
        "admitted that she lied", "retracted her statement", "factual innocence", "Brady claim",
        "ineffective assistance", "DNA testing", "exonerated", "life sentence", "sentenced to death",
        "Ramos v. Louisiana", "on 10-2-2009", "pages 10-12", "\n\n", " ", "x" * 150, ".",
        "none to two", "twenty-two", "a 2-1 vote", "11 - 1", "6-2", "eleven\u2014one", "TEN TO TWO", "often-two",
        "/12-2", "112-2", "in favor of acquittal", "12 jurors",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PHRASES, min_size=1, max_size=40))
def test_windowed_scan_equals_whole_text_scan_on_generated_text(parts: list[str]) -> None:
    text = " ".join(parts)
    assert _signature(Prefilter().scan(text)) == _signature(scan_text_whole(text))


def test_each_signal_keyword_is_lowercase_and_specs_are_unique() -> None:
    assert len({s.name for s in SIGNALS}) == len(SIGNALS)
    for spec in SIGNALS:
        assert spec.keywords and all(k == k.lower() for k in spec.keywords), spec.name
        assert spec.reach > 0 and spec.context > 0


def test_dev_set_recall_of_jury_splits_and_recantations_is_complete() -> None:
    result = dev_set_recall(shared("eval", "dev"))
    assert result.total >= 3  # seed_miller: a 10-2 verdict and two recanting witnesses
    assert result.found == result.total, result.missed
    assert result.recall == 1.0


def test_dev_set_recall_counts_a_miss(tmp_path) -> None:
    gold = {
        "doc_id": "d1",
        "case": {
            "people": [{"id": "w", "name": "Ann Example", "roles": ["witness"]}],
            "proceedings": [{"id": "p", "kind": "trial", "verdict": {"votes_guilty": 11, "votes_not_guilty": 1}}],
            "testimony": [{"id": "t", "witness": "w", "recantation": {}}],
        },
    }
    (tmp_path / "d1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "d1.txt").write_text("The jury voted 10-2. Ann Example testified.", encoding="utf-8")
    result = dev_set_recall(tmp_path)
    assert (result.found, result.total) == (0, 2)
    assert result.missed == ("d1: jury_split 11-1", "d1: recantation by Example")
