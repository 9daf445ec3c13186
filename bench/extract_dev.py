#!/usr/bin/env python3
"""Extract every document of a gold folder and print the scorer's table.

Usage: bench/extract_dev.py [GOLD_DIR] [--json]   (default ../shared/eval/dev)

A gold folder holds ``<id>.gold.json`` files and, optionally, ``<id>.txt`` beside them. When a
text is missing (as in ``bench/train``, which stores only gold), the folder is materialized into a
temporary directory: each ``<id>`` is read from ``../shared/data/courtlistener/opinions.jsonl``
(the record's exact ``text``) by ``bench/materialize.py``.
The scorer is ../shared/eval/score_extract.py, run as a subprocess on a temporary predictions folder.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from materialize import materialize  # bench/materialize.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"


def _materialize(gold: Path, out: Path) -> Path:
    """``gold`` itself when it holds the texts, else a copy with the texts read by id (bench/materialize.py)."""
    if all((gold / f"{p.name[: -len('.gold.json')]}.txt").exists() for p in gold.glob("*.gold.json")):
        return gold
    materialize(gold, out, SHARED)
    return out


def main(argv: list[str]) -> int:
    from dayincourt.extract import extract_document
    from dayincourt.ingest import IngestError, ingest

    args = [a for a in argv if not a.startswith("--")]
    extra = [a for a in argv if a.startswith("--")]
    gold = Path(args[0]) if args else SHARED / "eval" / "dev"
    scorer = SHARED / "eval" / "score_extract.py"
    if not gold.is_dir() or not scorer.exists():
        print(f"missing {gold} or {scorer}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as pred, tempfile.TemporaryDirectory() as mat:
        gold = _materialize(gold, Path(mat))
        t0 = time.perf_counter()
        n = 0
        for txt in sorted(gold.glob("*.txt")):
            try:
                obj = extract_document(ingest(txt)).to_dict()
            except IngestError as exc:
                print(exc.line(), file=sys.stderr)
                continue
            (Path(pred) / (txt.stem + ".json")).write_text(json.dumps(obj), encoding="utf-8")
            n += 1
        dt = time.perf_counter() - t0
        proc = subprocess.run([sys.executable, str(scorer), str(gold), pred, *extra], capture_output=True, text=True, check=False)
        sys.stdout.write(proc.stdout)
        sys.stderr.write(proc.stderr)
        print(f"extracted {n} documents in {dt:.2f} s")
        return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
