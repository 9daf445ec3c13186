"""Materialize an extraction gold set (ids and gold only) into a directory score_extract.py can read.

Usage:
    python bench/materialize.py GOLD_DIR OUTDIR [--shared PATH]

GOLD_DIR is ``bench/heldout``, ``bench/train`` or another folder of ``<id>.gold.json`` files whose
ids are CourtListener opinion ids, or names of the exoneree opinions in ``<shared>/data/exoneree_opinions/``
(``harward_opinion`` for ``harward_opinion.txt``). For every gold file, writes ``OUTDIR/<id>.txt`` (the exact
``text`` field of CourtListener opinion ``<id>`` in ``<shared>/data/courtlistener/opinions.jsonl``, or the
exoneree opinion's file as it is) and copies the gold file next to it, so that::

    python ../shared/eval/score_extract.py OUTDIR PRED_DIR

scores predictions made from ``OUTDIR/*.txt``. The opinion text is never stored in the repository;
it is read from the shared data set at run time. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent / ".." / "shared"
OPINIONS = Path("data") / "courtlistener" / "opinions.jsonl"
EXONEREE_OPINIONS = Path("data") / "exoneree_opinions"


def gold_ids(gold_dir: Path) -> list[str]:
    """Return the document ids of the gold files in ``gold_dir``, sorted."""
    return sorted(p.name[: -len(".gold.json")] for p in gold_dir.glob("*.gold.json"))


def read_texts(opinions: Path, wanted: set[str]) -> dict[str, str]:
    """Stream the JSON Lines file once and keep the ``text`` of the wanted opinion ids."""
    found: dict[str, str] = {}
    with opinions.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            doc_id = str(record.get("cl_opinion_id"))
            if doc_id in wanted:
                found[doc_id] = record["text"]
    return found


def materialize(gold_dir: Path, out_dir: Path, shared: Path = DEFAULT_SHARED) -> int:
    """Write ``<id>.txt`` and ``<id>.gold.json`` for every gold document; return the count."""
    opinions = shared / OPINIONS
    if not opinions.is_file():
        raise FileNotFoundError(
            f"{opinions}: not found; the shared data set (../shared beside the project root) is "
            "required, or pass --shared PATH"
        )
    ids = gold_ids(gold_dir)
    if not ids:
        raise FileNotFoundError(f"{gold_dir}: no <id>.gold.json files")
    texts = read_texts(opinions, {i for i in ids if i.isdigit()})
    for doc_id in ids:
        named = shared / EXONEREE_OPINIONS / f"{doc_id}.txt"
        if not doc_id.isdigit() and named.is_file():
            with named.open(encoding="utf-8", newline="") as fh:
                texts[doc_id] = fh.read()
    missing = [i for i in ids if i not in texts]
    if missing:
        raise KeyError(f"{opinions}: no opinion with cl_opinion_id {', '.join(missing)} "
                       f"(nor a file {shared / EXONEREE_OPINIONS}/<id>.txt)")
    out_dir.mkdir(parents=True, exist_ok=True)
    for doc_id in ids:
        # newline="" keeps the text byte-for-byte (no \r\n translation).
        with (out_dir / f"{doc_id}.txt").open("w", encoding="utf-8", newline="") as fh:
            fh.write(texts[doc_id])
        shutil.copyfile(gold_dir / f"{doc_id}.gold.json", out_dir / f"{doc_id}.gold.json")
    return len(ids)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path, help="folder of <id>.gold.json files (e.g. bench/heldout)")
    parser.add_argument("out_dir", type=Path, help="directory to write <id>.txt and <id>.gold.json into")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the shared data directory (default: ../shared beside the project root)")
    args = parser.parse_args(argv)
    try:
        n = materialize(args.gold_dir, args.out_dir, args.shared)
    except (FileNotFoundError, KeyError) as exc:
        print(f"materialize: {exc.args[0]}", file=sys.stderr)
        return 2
    print(f"wrote {n} documents with gold to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
