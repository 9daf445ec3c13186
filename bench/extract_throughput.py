#!/usr/bin/env python3
"""Throughput of extract_document next to eyecite.get_citations alone, on the same opinions, in the same run.

Usage: bench/extract_throughput.py [OPINIONS_JSONL] [--limit N]
Default input: ../shared/data/courtlistener/opinions.jsonl. Both are warmed up on the first document and
then timed interleaved, document by document. Prints MB/s (of the records' UTF-8 text) for:
  - ingest + extract_document (eyecite runs inside, only on texts with reporter-like strings, court lookups cached)
  - eyecite.get_citations alone on every document's text
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / ".." / "shared" / "data" / "courtlistener" / "opinions.jsonl"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents (0 = all)")
    args = ap.parse_args(argv)

    from eyecite import get_citations

    from dayincourt.extract import extract_document
    from dayincourt.extract.citations import normalize_court
    from dayincourt.ingest import ingest_records

    logging.getLogger("eyecite").setLevel(logging.ERROR)
    # the sealed held-out opinions are never run through the extractor outside the lead's measurement
    sealed = {p.name.split(".")[0] for p in (ROOT / "bench").glob("heldout*/*.gold.json")}
    texts = []
    with open(args.path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                if str(rec.get("cl_opinion_id")) not in sealed:
                    texts.append(rec["text"])
            if args.limit and len(texts) >= args.limit:
                break
    raw_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    # warm both up (eyecite compiles its reporter patterns, courts-db loads) so neither pays it in the timing
    extract_document(next(ingest_records(texts[0].encode("utf-8"), name="op.txt")))
    normalize_court("Supreme Court of Louisiana")  # courts-db compiles its regexes on first use
    get_citations(texts[0])

    # interleaved per document, so both see the same machine load
    t_extract = t_eyecite = 0.0
    facts = cites = 0
    for t in texts:
        t0 = time.perf_counter()
        doc = next(ingest_records(t.encode("utf-8"), name="op.txt"))
        case = extract_document(doc).case
        t_extract += time.perf_counter() - t0
        facts += sum(len(getattr(case, f) or ()) for f in ("people", "charges", "proceedings", "factors"))
        t0 = time.perf_counter()
        cites += len(get_citations(t))
        t_eyecite += time.perf_counter() - t0

    print(f"documents: {len(texts)}  text: {raw_mb:.2f} MB")
    print(f"extract_document (ingest+extract): {t_extract:7.2f} s  {raw_mb / t_extract:6.3f} MB/s  ({facts} facts)")
    print(f"eyecite.get_citations alone:       {t_eyecite:7.2f} s  {raw_mb / t_eyecite:6.3f} MB/s  ({cites} citations)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
