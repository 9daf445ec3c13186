#!/usr/bin/env python3
"""Latency of the web workbench with many cases: case list, a search, a case page (p50/p95/max).

Usage:
    bench/web_latency.py [--backend sqlite|postgresql] [--cases 10000] [--requests 200]
                         [--concurrency 1] [--time-limit 120]

It fills a fresh database (a temporary SQLite file, or a new PostgreSQL database with a unique
name from $DAYINCOURT_TEST_PG_URL, dropped at the end) with generated cases through the store and
the web index, starts `uvicorn` in another process on 127.0.0.1, and measures with a small httpx
client in this process (bounded in requests and time). Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import sqlalchemy as sa

PG_URL = os.environ.get("DAYINCOURT_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
AS_OF = dt.date(2026, 11, 28)
FIRST = ["Corey", "James", "Maria", "Darnell", "Kenneth", "Angela", "Luis", "Tamika", "Robert", "Wei"]
LAST = ["Miller", "Jordan", "Thomas", "Broussard", "Landry", "Nguyen", "Washington", "Guidry", "Hebert", "Price"]
OFFENSES = ["second-degree murder", "armed robbery", "aggravated rape", "first-degree murder", "burglary"]
PARISHES = ["Caddo", "Orleans", "Jefferson", "East Baton Rouge", "Calcasieu", "Lafayette"]
FACTORS = ["MWID", "FC", "PFA", "FMFE", "OM", "ILD"]


def generated_case(n: int, rng: random.Random) -> dict:
    """A plausible case file: a defendant, witnesses, a trial with a (sometimes split) verdict."""
    defendant = f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}"
    year = rng.randint(1985, 2019)
    guilty = rng.choice([12, 12, 11, 10])
    case = {
        "schema": "dayincourt.case/1", "id": f"bench-{n:06d}",
        "jurisdiction": rng.choice(["US-LA"] * 4 + ["US-TX", "US-FED"]),
        "title": f"State v. {defendant}", "county": rng.choice(PARISHES),
        "people": [{"id": "d", "name": defendant, "roles": ["defendant"]},
                   {"id": "w1", "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "roles": ["witness"]}],
        "charges": [{"offense": rng.choice(OFFENSES), "offense_date": f"{year - 1}-{rng.randint(1, 12):02d}"}],
        "proceedings": [{"kind": "trial", "date": f"{year}", "outcome": "convicted",
                         "verdict": {"outcome": "guilty", "form": "jury", "votes_guilty": guilty,
                                     "votes_not_guilty": 12 - guilty}},
                        {"kind": "direct_appeal", "decided": f"{year + 2}", "outcome": "affirmed"}],
        "testimony": [{"id": "t1", "witness": "w1", "at_trial": True, "subject": "identification"}],
        "custody": {"status": rng.choice(["imprisoned", "imprisoned", "parole", "released"])},
        "factors": [{"code": c} for c in rng.sample(FACTORS, rng.randint(0, 2))],
    }
    if rng.random() < 0.3:
        case["testimony"][0]["recantation"] = {"date": f"{year + rng.randint(3, 20)}", "form": "affidavit"}
    return case


def fill(url: str, count: int) -> tuple[str, str]:
    """Add ``count`` cases and index them; return (a case id, an API token)."""
    from dayincourt.casefile import parse_case
    from dayincourt.store import open_store
    from dayincourt.web import accounts, caseindex

    store = open_store(url)
    rng = random.Random(7)
    started = time.perf_counter()
    for n in range(count):
        case = parse_case(generated_case(n, rng), "generated")
        store.add_case(case, "bench")
        # As the web app does: index after the store's write, stamped after it.
        caseindex.record_case(store.engine, case, AS_OF, dt.datetime.now(dt.UTC), team="default")
        if n and n % 1000 == 0:
            print(f"  {n} cases in {time.perf_counter() - started:.0f} s", flush=True)
    accounts.create_user(store.engine, "bench", "attorney", "bench-password-123", teams=("default",))
    token = accounts.create_token(store.engine, "bench")
    store.engine.dispose()
    return f"bench-{count // 2:06d}", token


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, port: int) -> subprocess.Popen:
    code = ("import uvicorn; from dayincourt.web import create_app; "
            f"uvicorn.run(create_app({url!r}, secure_cookies=False), host='127.0.0.1', port={port}, "
            "log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/login", timeout=1)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


async def measure(base: str, token: str, path: str, requests: int, concurrency: int,
                  time_limit: float) -> list[float]:
    timings: list[float] = []
    stop = time.monotonic() + time_limit
    queue = asyncio.Queue()
    for _ in range(requests):
        queue.put_nowait(path)

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty() and time.monotonic() < stop:
            target = queue.get_nowait()
            t0 = time.perf_counter()
            response = await client.get(target)
            timings.append((time.perf_counter() - t0) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{target}: HTTP {response.status_code}: {response.text[:200]}")

    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"},
                                 timeout=30) as client:
        await client.get(path)  # warm-up
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    return timings


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=120.0, help="seconds per scenario")
    args = parser.parse_args(argv)

    tmp = tempfile.TemporaryDirectory()
    admin = None
    if args.backend == "sqlite":
        url = f"sqlite:///{Path(tmp.name) / 'bench.sqlite'}"
    else:
        name = f"dic_bench_{uuid.uuid4().hex[:10]}"
        admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        url = sa.make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    server = None
    try:
        print(f"filling {args.backend} with {args.cases} cases...", flush=True)
        t0 = time.perf_counter()
        case_id, token = fill(url, args.cases)
        print(f"filled in {time.perf_counter() - t0:.0f} s", flush=True)
        port = free_port()
        server = start_server(url, port)
        base = f"http://127.0.0.1:{port}"
        scenarios = {"case list": "/", "search": "/?q=miller", "case page": f"/cases/{case_id}",
                     "API list": "/api/v1/cases?jurisdiction=US-LA&non_unanimous=true"}
        print(f"{'scenario':<12} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for label, path in scenarios.items():
            timings = asyncio.run(measure(base, token, path, args.requests, args.concurrency,
                                          args.time_limit))
            print(f"{label:<12} {len(timings):>5} {statistics.median(timings):>8.1f} "
                  f"{p95(timings):>8.1f} {max(timings):>8.1f}", flush=True)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        if admin is not None:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.dispose()
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
