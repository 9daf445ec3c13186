#!/usr/bin/env python3
"""Benchmark: `dayincourt corpus scan --engine local` against an eyecite pass over the same opinions.

The CourtListener sample (../shared/data/courtlistener/opinions.jsonl, ~14 MB) is replicated
into a temporary directory until it reaches --target-mb (default 200), each copy with
distinct ids. In one run the script then times

  (a) `dayincourt corpus scan REPLICA --out OUT --engine local --workers N` (a subprocess,
      whose process tree's peak RSS is sampled from /proc), and
  (b) eyecite.get_citations over the same documents on a pool of the same N processes
      (--eyecite-fraction < 1 times every k-th document only and says so: eyecite reads
      well under 1 MB/s per core, so the full pass takes about half an hour on 2 cores),

and prints both throughputs, their ratio against the targets (scan >= 20x eyecite and
>= 25 MB/s per core), the peak RSS, the signal counts and the dev-set recall of jury splits
and recantations.

Usage:
    .venv/bin/python bench/corpus_scan.py [--target-mb 200] [--workers N] [--eyecite-fraction 0.1] [--shard-mb 8]

The machine is shared: the load average printed before the scan says whether other work ran
beside it (a load of 1 on 2 cores halves the wall-clock rate; the CPU-second figure holds).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SOURCE = SHARED / "data" / "courtlistener" / "opinions.jsonl"
DEV = SHARED / "eval" / "dev"
FINAL_LINE_PREFIX = "scanned "


def replicate(source: Path, target: Path, target_bytes: int) -> tuple[int, int]:
    """Write copies of ``source`` with distinct ids until ``target`` holds ``target_bytes``."""
    lines = source.read_bytes().splitlines()
    written = docs = copy = 0
    with target.open("wb") as out:
        while written < target_bytes:
            for line in lines:
                record = json.loads(line)
                record["cl_opinion_id"] = f'{record["cl_opinion_id"]}-c{copy}'
                data = json.dumps(record).encode() + b"\n"
                out.write(data)
                written += len(data)
                docs += 1
            copy += 1
    return docs, written


class TreeRss:
    """Samples the summed and the largest RSS of a process and its descendants from /proc."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid, self.every = pid, every
        self.peak_total = self.peak_single = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            sizes = [_rss(p) for p in _descendants(self.pid)]
            if sizes:
                self.peak_total = max(self.peak_total, sum(sizes))
                self.peak_single = max(self.peak_single, max(sizes))
            self._stop.wait(self.every)


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def children_cpu() -> float:
    """User + system CPU seconds of every finished child process (and theirs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_scan(replica: Path, out: Path, workers: int, shard_mb: float) -> tuple[str, float, float, TreeRss]:
    command = [
        str(REPO / ".venv" / "bin" / "dayincourt"), "corpus", "scan", str(replica),
        "--out", str(out), "--engine", "local", "--workers", str(workers), "--shard-mb", str(shard_mb),
    ]
    started, cpu = time.perf_counter(), children_cpu()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeRss(process.pid) as rss:
        stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        sys.exit(f"corpus scan failed ({process.returncode}):\n{stderr}")
    return stdout.strip().splitlines()[-1], seconds, children_cpu() - cpu, rss


def _eyecite_count(text: str) -> tuple[int, int]:
    from eyecite import get_citations

    return len(text.encode("utf-8")), len(get_citations(text))


def _quiet_eyecite() -> None:
    logging.getLogger("eyecite").setLevel(logging.ERROR)


def run_eyecite(replica: Path, workers: int, every: int) -> tuple[int, int, int, float, float]:
    """get_citations over every ``every``-th document, on ``workers`` processes."""

    def texts():
        with replica.open("rb") as handle:
            for number, line in enumerate(handle):
                if number % every == 0:
                    yield json.loads(line)["text"]

    size = docs = cites = 0
    started, cpu = time.perf_counter(), children_cpu()
    with ProcessPoolExecutor(max_workers=workers, initializer=_quiet_eyecite) as pool:
        for nbytes, ncites in pool.map(_eyecite_count, texts(), chunksize=4):
            size += nbytes
            docs += 1
            cites += ncites
    return docs, size, cites, time.perf_counter() - started, children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target-mb", type=float, default=200.0, help="replica size (MB of JSON Lines)")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)), help="cores for both passes")
    parser.add_argument(
        "--eyecite-fraction", type=float, default=1.0,
        help="share of the documents eyecite reads (1 = all; 0.05 = every 20th)",
    )
    parser.add_argument(
        "--shard-mb", type=float, default=8.0,
        help="shard size passed to the scan (0 = the main process streams and ships every record)",
    )
    args = parser.parse_args()
    if not SOURCE.exists():
        sys.exit(f"shared data not found: {SOURCE}")
    from dayincourt.corpus import summarize
    from dayincourt.corpus.evaluate import dev_set_recall

    with tempfile.TemporaryDirectory(prefix="dayincourt-bench-") as tmp:
        replica = Path(tmp) / "opinions-replica.jsonl"
        docs, nbytes = replicate(SOURCE, replica, int(args.target_mb * 1e6))
        print(f"replica: {docs} documents, {nbytes / 1e6:.1f} MB of JSON Lines in {replica}")
        print(f"cores used by each pass: {args.workers}; load average before: {os.getloadavg()[0]:.2f}; "
              f"shards: {f'{args.shard_mb:g} MB' if args.shard_mb else 'off (streamed)'}")

        empty = Path(tmp) / "empty.jsonl"
        empty.write_bytes(b"")
        _, _, startup_cpu, _ = run_scan(empty, Path(tmp) / "empty.parquet", args.workers, args.shard_mb)
        final, wall, scan_cpu, rss = run_scan(replica, Path(tmp) / "signals.parquet", args.workers, args.shard_mb)
        scanned_mb = float(final.split("(")[1].split(" MB")[0])
        inner = float(final.split(" in ")[1].split(" s:")[0])
        print(f"(a) corpus scan: {final}")
        # the scan's own time (the final line) leaves out the CLI's start-up, a constant
        scan_rate = scanned_mb / inner
        print(
            f"    {scan_rate:.1f} MB/s of text, {scan_rate / args.workers:.1f} MB/s per core "
            f"({wall:.1f} s wall-clock with start-up: {scanned_mb / wall:.1f} MB/s)"
        )
        scan_cpu -= startup_cpu
        print(
            f"    CPU: {scan_cpu:.1f} s over all processes, after {startup_cpu:.1f} s of CLI start-up "
            f"(an empty scan) = {scanned_mb / scan_cpu:.1f} MB per CPU-second, what one unshared core reads"
        )
        print(f"    peak RSS: {rss.peak_total / 2**20:.0f} MB summed over the process tree, "
              f"{rss.peak_single / 2**20:.0f} MB largest process")
        summary = summarize(Path(tmp) / "signals.parquet")
        counts = ", ".join(f"{c.signal} {c.rows}" for c in summary.by_signal)
        print(f"    signals: {summary.rows} in {summary.documents} documents: {counts}")

        every = max(1, round(1 / args.eyecite_fraction))
        e_docs, e_bytes, e_cites, e_seconds, e_cpu = run_eyecite(replica, args.workers, every)
        eyecite_rate = e_bytes / 1e6 / e_seconds
        sample = "all documents" if every == 1 else f"every {every}th document ({e_docs} documents)"
        print(
            f"(b) eyecite.get_citations on {sample}: {e_bytes / 1e6:.1f} MB in {e_seconds:.1f} s, "
            f"{eyecite_rate:.2f} MB/s, {eyecite_rate / args.workers:.2f} MB/s per core, {e_cites} citations; "
            f"CPU {e_cpu:.1f} s = {e_bytes / 1e6 / e_cpu:.3f} MB per CPU-second"
        )
        ratio = scan_rate / eyecite_rate
        print(
            f"ratio: scan is {ratio:.0f}x faster than eyecite (target >= 20x: {'met' if ratio >= 20 else 'NOT met'}); "
            f"{scan_rate / args.workers:.1f} MB/s per core (target >= 25: "
            f"{'met' if scan_rate / args.workers >= 25 else 'NOT met'})"
        )
        cpu_ratio = (scanned_mb / scan_cpu) / (e_bytes / 1e6 / e_cpu)
        print(
            f"by CPU time (fair on a shared machine): scan {scanned_mb / scan_cpu:.1f} MB per CPU-second "
            f"(target >= 25: {'met' if scanned_mb / scan_cpu >= 25 else 'NOT met'}), "
            f"{cpu_ratio:.0f}x eyecite (target >= 20x: {'met' if cpu_ratio >= 20 else 'NOT met'})"
        )
    if DEV.exists():
        recall = dev_set_recall(DEV)
        print(
            f"dev-set recall of gold jury splits and recantations: {recall.found}/{recall.total} "
            f"= {recall.recall:.2f}" + (f" (missed: {'; '.join(recall.missed)})" if recall.missed else "")
        )


if __name__ == "__main__":
    main()
