"""The extraction gold sets kept in bench/ (ids and gold only) are valid and materialize from ../shared."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dayincourt.casefile import parse_case

REPO = Path(__file__).resolve().parents[2]
OPINIONS = REPO.parent / "shared" / "data" / "courtlistener" / "opinions.jsonl"
GOLD_DIRS = [d for d in (REPO / "bench").iterdir() if d.is_dir() and list(d.glob("*.gold.json"))]
GOLD_FILES = sorted(p for d in GOLD_DIRS for p in d.glob("*.gold.json"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_is_a_valid_draft(path):
    data = json.loads(path.read_text())
    assert data["doc_id"] == path.name.removesuffix(".gold.json")
    parse_case(data["case"], str(path))


def test_sets_do_not_overlap_with_each_other():
    seen: dict[str, str] = {}
    for path in GOLD_FILES:
        assert path.name not in seen, f"{path.name} is in {seen[path.name]} and {path.parent.name}"
        seen[path.name] = path.parent.name


def materialize(gold: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "bench/materialize.py", str(gold), str(out)], cwd=REPO, capture_output=True, text=True)


def test_materialize_writes_exact_texts(tmp_path):
    if not OPINIONS.exists():
        pytest.skip(f"shared data not found: {OPINIONS}")
    gold = REPO / "bench" / "heldout"
    proc = materialize(gold, tmp_path)
    assert proc.returncode == 0, proc.stderr
    texts = {}
    with OPINIONS.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            texts[str(rec["cl_opinion_id"])] = rec["text"]
    written = sorted(tmp_path.glob("*.txt"))
    assert len(written) == len(list(gold.glob("*.gold.json")))
    for txt in written:
        with txt.open(encoding="utf-8", newline="") as fh:  # keep \r\n as written
            assert fh.read() == texts[txt.stem]


def test_materialize_names_a_missing_gold_dir(tmp_path):
    proc = materialize(tmp_path / "none", tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"materialize: {tmp_path / 'none'}: no <id>.gold.json files"


def test_materialize_reads_exoneree_opinions_by_name(tmp_path):
    texts = REPO.parent / "shared" / "data" / "exoneree_opinions"
    if not texts.is_dir():
        pytest.skip(f"shared data not found: {texts}")
    gold = REPO / "bench" / "heldout3"
    proc = materialize(gold, tmp_path)
    assert proc.returncode == 0, proc.stderr
    for path in gold.glob("*.gold.json"):
        doc_id = path.name.removesuffix(".gold.json")
        with (tmp_path / f"{doc_id}.txt").open(encoding="utf-8", newline="") as got, \
                (texts / f"{doc_id}.txt").open(encoding="utf-8", newline="") as want:
            assert got.read() == want.read()
