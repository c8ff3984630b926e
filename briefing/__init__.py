"""Research-briefing site generator: a folder of collected articles -> a static MkDocs site.

Stages, one module each: read -> extract -> enrich -> write -> site.
The data passed between them is defined in :mod:`briefing.model`.
"""

__version__ = "0.1.0"
