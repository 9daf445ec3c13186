"""Where batches run: a local process pool, or a Dask distributed cluster.

Both engines expose ``submit(fn, arg) -> future`` with ``future.result()``; the pipeline keeps
a bounded number of batches in flight and takes results in submission order, so both
produce the same rows in the same order.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

ENGINES: tuple[str, ...] = ("local", "dask")
SCHEDULER_TIMEOUT = "10s"
"""How long to try to reach a Dask scheduler before giving up."""


class EngineError(RuntimeError):
    """The engine cannot start (unknown name, unreachable scheduler)."""


class _Future(Protocol):
    def result(self) -> Any: ...


@dataclass(frozen=True)
class Engine:
    """A started engine.

    Attributes:
        submit: Runs ``fn(arg)`` somewhere; returns a future.
        workers: How many batches can run at once.
        description: For messages, e.g. ``"local pool of 8 processes"``.
    """

    submit: Callable[[Callable[..., Any], Any], _Future]
    workers: int
    description: str


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@contextmanager
def start_engine(
    name: str,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    local_cluster_processes: bool = True,
) -> Iterator[Engine]:
    """Start an engine for the duration of a ``with`` block.

    Args:
        name: ``local`` (a process pool) or ``dask`` (dask.distributed).
        workers: Processes for ``local`` and for a Dask LocalCluster; default every core.
        scheduler: ``tcp://HOST:PORT`` of a running Dask scheduler; without it ``dask``
            starts a LocalCluster bound to 127.0.0.1.
        local_cluster_processes: Whether that LocalCluster runs workers as processes (True)
            or as threads of this process (False: light, for tests).

    Raises:
        EngineError: Unknown engine or unreachable scheduler.
    """
    n = workers or default_workers()
    if name == "local":
        # fork starts workers in milliseconds without re-importing the caller's main module
        # (the CLI imports every command group); workers only run scan_batch, which takes no
        # lock a parent thread could hold. Elsewhere fork is unsafe: spawn.
        context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        with ProcessPoolExecutor(max_workers=n, mp_context=context) as pool:
            yield Engine(pool.submit, n, f"local pool of {n} processes")
        return
    if name != "dask":
        raise EngineError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except OSError as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc
        with client:
            threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
            yield Engine(_dask_submit(client), max(threads, 1), f"Dask cluster at {scheduler}")
        return
    cluster = LocalCluster(
        host="127.0.0.1",
        protocol="tcp://",  # also for thread workers, which would otherwise talk in-process
        n_workers=n,
        threads_per_worker=1,
        processes=local_cluster_processes,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    with cluster, Client(cluster) as client:
        yield Engine(_dask_submit(client), n, f"Dask LocalCluster of {n} workers on 127.0.0.1")


def _dask_submit(client: Any) -> Callable[[Callable[..., Any], Any], _Future]:
    def submit(fn: Callable[..., Any], arg: Any) -> _Future:
        # pure=False: two batches with equal content are still two tasks
        return client.submit(fn, arg, pure=False)

    return submit
