#!/usr/bin/env python3
"""Extract every <id>.txt of a gold folder and print the scorer's table.

Usage: bench/extract_dev.py [GOLD_DIR]   (default ../shared/eval/dev)
The scorer is ../shared/eval/score_extract.py, run as a subprocess on a temporary predictions folder.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"


def main(argv: list[str]) -> int:
    from dayincourt.extract import extract_document
    from dayincourt.ingest import IngestError, ingest

    gold = Path(argv[0]) if argv else SHARED / "eval" / "dev"
    scorer = SHARED / "eval" / "score_extract.py"
    if not gold.is_dir() or not scorer.exists():
        print(f"missing {gold} or {scorer}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as pred:
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
        extra = sys.argv[2:] if len(argv) > 1 else []
        proc = subprocess.run([sys.executable, str(scorer), str(gold), pred, *extra], capture_output=True, text=True, check=False)
        sys.stdout.write(proc.stdout)
        sys.stderr.write(proc.stderr)
        print(f"extracted {n} documents in {dt:.2f} s")
        return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
