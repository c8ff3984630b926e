#!/usr/bin/env python3
"""What MkDocs' Markdown step costs on some generated pages, one core:
`markdown_cost.py DOCS_DIR [SUBFOLDER ...]`.

For each subfolder of a converted docs/ (default: articles, entities, tags, sources,
timeline), every page's body goes through the two passes `mkdocs build` makes over it
before any template: MkDocs' raw-HTML anchor scan (`_RawHTMLPreprocessor`, Python's
html.parser over the whole page) and Python-Markdown with the extensions of mkdocs.yml
(toc). Prints files, megabytes and CPU seconds of each pass. This isolates the pages'
share of a site build from the machine's run-to-run spread, which on a shared two-core
VM is larger than a change to one kind of page.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import markdown
from mkdocs.structure.pages import _RawHTMLPreprocessor

FOLDERS = ("articles", "entities", "tags", "sources", "timeline")


def body(path: Path) -> str:
    """The page without its front matter (MkDocs parses that apart, with YAML)."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return text[end + 5:]
    return text


def cost(pages: list[str]) -> tuple[float, float]:
    """CPU seconds of MkDocs' anchor scan and of Python-Markdown over these pages."""
    t0 = time.process_time()
    for text in pages:
        _RawHTMLPreprocessor().run(text.split("\n"))
    t1 = time.process_time()
    for text in pages:
        markdown.Markdown(extensions=["toc"]).convert(text)
    return t1 - t0, time.process_time() - t1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("docs", type=Path, help="a docs folder written by build_site.py convert")
    ap.add_argument("folders", nargs="*", default=list(FOLDERS), help=f"subfolders (default: {' '.join(FOLDERS)})")
    args = ap.parse_args()
    print("| pages | files | MB | anchor scan CPU-s | Python-Markdown CPU-s |")
    print("|---|---|---|---|---|")
    for name in args.folders:
        files = sorted((args.docs / name).rglob("*.md"))
        if not files:
            print(f"{args.docs / name}: no pages", file=sys.stderr)
            continue
        pages = [body(f) for f in files]
        scan, md = cost(pages)
        print(f"| {name} | {len(files):,} | {sum(map(len, pages)) / 1e6:.1f} | {scan:.1f} | {md:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
