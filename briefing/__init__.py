"""Research-briefing site generator: a folder of collected articles -> a static MkDocs site.

Stages, one module each: read -> extract -> enrich -> write -> site.
The data passed between them is defined in :mod:`briefing.model`.
"""

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
