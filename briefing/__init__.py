"""Research-briefing site generator: a folder of collected articles -> a static MkDocs site.

Stages, one module each: read -> extract -> enrich -> write -> site.
The data passed between them is defined in :mod:`briefing.model`.
"""

import contextlib

__version__ = "0.1.0"


def source_digest(*names: str) -> str:
    """SHA-256 over these modules of the package (name and bytes of each): the code part of
    the cache and page-input keys. Computed once per process."""
    return _source_digest(names)


def _source_digest(names: tuple[str, ...]) -> str:
    if names not in _SOURCE_DIGESTS:
        import hashlib
        from pathlib import Path

        package = Path(__file__).resolve().parent
        digest = hashlib.sha256()
        for name in names:
            source = package / name
            digest.update(name.encode() + b"\0" + (source.read_bytes() if source.exists() else b""))
        _SOURCE_DIGESTS[names] = digest.hexdigest()
    return _SOURCE_DIGESTS[names]


_SOURCE_DIGESTS: dict[tuple[str, ...], str] = {}



@contextlib.contextmanager
def worker_pool(workers: int, initializer=None, initargs: tuple = ()):  # type: ignore[no-untyped-def]
    """A pool of forked worker processes that leave Ctrl-C to the main process.

    The terminal sends SIGINT to every process of the run: workers that took it would each
    print a traceback. Here they ignore it; the main process stops, and leaving the `with`
    block cancels the work not yet started instead of waiting for all of it.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_quiet_worker, initargs=(initializer, initargs))
    try:
        yield executor
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _quiet_worker(initializer, initargs: tuple) -> None:  # type: ignore[no-untyped-def]
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    if initializer is not None:
        initializer(*initargs)


def die_with_parent() -> None:
    """In a forked child: end when the process that forked it ends, however it ends.

    A run killed outright (`kill -9`, the out-of-memory killer) cannot stop its workers,
    which would go on, holding the run's lock on docs/ or site/ (a lock is shared across
    fork), so that every later run is refused. Linux: prctl(PR_SET_PDEATHSIG, SIGKILL);
    elsewhere nothing. SIGTERM is put back to its default (the main process makes it a
    Ctrl-C, which a worker must not take as one).
    """
    import os
    import signal
    import sys

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before the call: nobody is left to wait for us
        os._exit(1)
