#!/usr/bin/env python3
"""Extract every document of a gold folder and print the scorer's table.

Usage: bench/extract_dev.py [GOLD_DIR] [--json]   (default ../shared/eval/dev)

A gold folder holds ``<id>.gold.json`` files and, optionally, ``<id>.txt`` beside them. When a
text is missing (as in ``bench/train``, which stores only gold), the folder is materialized into a
temporary directory: each ``<id>`` is read from ``../shared/data/courtlistener/opinions.jsonl``
(the record's exact ``text``), as ``bench/heldout/materialize.py`` does.
The scorer is ../shared/eval/score_extract.py, run as a subprocess on a temporary predictions folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
OPINIONS = SHARED / "data" / "courtlistener" / "opinions.jsonl"


def _materialize(gold: Path, out: Path) -> Path:
    """Copy ``gold``'s gold files into ``out`` with ``<id>.txt`` for every id lacking a text."""
    ids = [p.name[: -len(".gold.json")] for p in gold.glob("*.gold.json")]
    missing = {i for i in ids if not (gold / f"{i}.txt").exists()}
    if not missing:
        return gold
    texts: dict[str, str] = {}
    with OPINIONS.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                if str(rec.get("cl_opinion_id")) in missing:
                    texts[str(rec["cl_opinion_id"])] = rec["text"]
    for i in ids:
        shutil.copyfile(gold / f"{i}.gold.json", out / f"{i}.gold.json")
        if i in missing:
            if i not in texts:
                print(f"{gold / (i + '.gold.json')}: no opinion with cl_opinion_id {i}; skipped", file=sys.stderr)
                (out / f"{i}.gold.json").unlink()
                continue
            with (out / f"{i}.txt").open("w", encoding="utf-8", newline="") as fh:
                fh.write(texts[i])
        else:
            shutil.copyfile(gold / f"{i}.txt", out / f"{i}.txt")
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
