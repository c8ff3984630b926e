"""Run the extraction benchmark: convert a split, score it with the shared scorer, print the figures.

Usage: python bench/extraction.py [--split dev|dev-html|generated] [--n N] [--json] [--keep DIR] [--fallback]

`generated` is N articles of bench/make_corpus.py (seed 1), scored against the truth the
generator records: the same scorer on our own, larger and fully known, corpus.

The conversion goes through the real CLI (`build_site.py convert --seeds IN --docs OUT`)
when build_site.py exists; until then (or with --fallback) the extractor is called
directly and the Markdown is written here in the scorer's format.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BENCH = SHARED / "bench" / "extraction"
SCORER = BENCH / "score.py"

sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def prepare_inputs(split: str, dest: Path, n: int = 0) -> list[Path]:
    """Copy the split's pages into `dest` as seeds (.txt as is, .html.gz gunzipped to .html);
    for `generated`, write N generated seeds and their truth (dest/../gold.jsonl)."""
    dest.mkdir(parents=True, exist_ok=True)
    files = []
    if split == "generated":
        import make_corpus

        return make_corpus.generate(n, dest, seed=1, gold=dest.parent / "gold.jsonl")
    if split == "dev":
        for src in sorted((BENCH / "dev").glob("*.txt")):
            shutil.copy(src, dest / src.name)
            files.append(dest / src.name)
    else:
        for src in sorted((BENCH / "dev-html").glob("*.html.gz")):
            # The scorer maps abc.html back to page abc (page_key strips .html), so the name can stay.
            out = dest / src.name[: -len(".gz")]
            out.write_bytes(gzip.decompress(src.read_bytes()))
            files.append(out)
    return files


def cli_available() -> bool:
    """True once the lead's CLI exists in the repository."""
    return (REPO / "build_site.py").is_file()


def convert_with_cli(seeds: Path, docs: Path) -> None:
    """The real pipeline: build_site.py convert writes docs/articles/*.md."""
    cmd = [sys.executable, str(REPO / "build_site.py"), "convert", "--seeds", str(seeds), "--docs", str(docs)]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if proc.returncode != 0:
        print(proc.stdout[-2000:], proc.stderr[-2000:], file=sys.stderr)
        raise SystemExit(f"convert failed with exit code {proc.returncode}")


def fallback_write_markdown(seeds: Path, docs: Path) -> None:
    """Stand-in for the CLI: call extract() and write the scorer's Markdown format ourselves."""
    from briefing.extract import extract
    from briefing.model import SourceDoc

    out_dir = docs / "articles"
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(seeds.iterdir()):
        raw = path.read_bytes()
        kind = "html" if path.suffix.lower() in (".html", ".htm") else "text"
        text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        doc = SourceDoc(path=path, name=path.name, kind=kind, text=text, encoding="utf-8",
                        sha256=hashlib.sha256(raw).hexdigest())
        art = extract(doc)
        front = {
            "source_file": art.source_file,
            "title": art.title,
            "date": art.date.isoformat() if art.date else None,
            "authors": art.authors,
            "source": art.source,
        }
        lines = ["---"] + [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items()] + ["---", ""]
        for block in art.blocks:
            if block.kind == "caption":
                continue  # the scorer's gold body has no captions
            prefix = {"heading": "## ", "quote": "> "}.get(block.kind, "")
            lines += [prefix + block.text, ""]
        (out_dir / (path.stem + ".md")).write_text("\n".join(lines), encoding="utf-8")


def run_scorer(docs: Path, gold: Path = BENCH / "dev" / "gold.jsonl") -> dict:
    """Score docs/ with the shared scorer; returns its JSON figures."""
    proc = subprocess.run([sys.executable, str(SCORER), str(gold), str(docs), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.splitlines()[0])


def subtitle_accuracy(gold: Path, docs: Path) -> float:
    """Share of pages whose subtitle is the truth's (None for none); the scorer has no such figure."""
    import yaml

    found = {}
    for md in (docs / "articles").glob("*.md"):
        front = yaml.safe_load(md.read_text(encoding="utf-8").split("\n---\n", 1)[0][4:])
        found[Path(str(front.get("source_file"))).stem] = front.get("subtitle")
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sum(found.get(g["id"], "missing") == g["subtitle"] for g in rows) / max(1, len(rows))


def run(split: str, use_fallback: bool = False, keep: Path | None = None, n: int = 300) -> dict:
    """Convert the split and score it; returns the scorer's figures plus timing."""
    with tempfile.TemporaryDirectory() as tmp:
        seeds, docs = Path(tmp) / "seeds", Path(tmp) / "docs"
        files = prepare_inputs(split, seeds, n)
        t0 = time.perf_counter()
        via = "fallback"
        if cli_available() and not use_fallback:
            convert_with_cli(seeds, docs)
            via = "cli"
        else:
            fallback_write_markdown(seeds, docs)
        elapsed = time.perf_counter() - t0
        if split == "generated":
            gold = Path(tmp) / "gold.jsonl"
            figures = run_scorer(docs / "articles", gold)
            figures["subtitle"] = {"accuracy": subtitle_accuracy(gold, docs)}
        else:
            figures = run_scorer(docs)
        if keep:
            shutil.copytree(docs, keep, dirs_exist_ok=True)
    figures["timing"] = {"seconds": elapsed, "per_page": elapsed / max(1, len(files)), "via": via}
    return figures


def table(split: str, f: dict) -> str:
    """One header row and one figures row."""
    def s(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    head = "| split | body P | body R | body F1 | title | date | date±1d | author | site | coverage | s/page | via |"
    row = (f"| {split} | {s(f['body']['precision'])} | {s(f['body']['recall'])} | {s(f['body']['f1'])} "
           f"| {s(f['title']['accuracy'])} | {s(f['date']['accuracy'])} | {s(f['date']['within_1_day'])} "
           f"| {s(f['authors']['accuracy'])} | {s(f['site']['accuracy'])} | {s(f['coverage']['rate'])} "
           f"| {f['timing']['per_page']:.3f} | {f['timing']['via']} |")
    return "\n".join([head, "|" + "---|" * 12, row])


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "dev-html", "generated"), default="dev")
    ap.add_argument("--n", type=int, default=300, help="articles of the generated split (default 300)")
    ap.add_argument("--json", action="store_true", help="print the scorer's figures as JSON")
    ap.add_argument("--keep", type=Path, help="copy the generated docs here for inspection")
    ap.add_argument("--fallback", action="store_true", help="skip the CLI, call extract() directly")
    ap.add_argument("--per-page", action="store_true", help="list per-page body F1 and field hits")
    args = ap.parse_args(argv)
    figures = run(args.split, args.fallback, args.keep, args.n)
    if args.json:
        print(json.dumps({k: v for k, v in figures.items() if k != "per_page" or args.per_page},
                         ensure_ascii=False))
    else:
        if args.per_page:
            for r in figures["per_page"]:
                flags = " ".join(f"{k[:-3]}={'ok' if r[k] else '-'}" for k in
                                 ("title_ok", "date_ok", "author_ok", "site_ok") if k in r)
                print(f"{r['id'][:8]} P={r['body_p']:.2f} R={r['body_r']:.2f} F1={r['body_f1']:.2f} {flags}")
        print(table(args.split, figures))
        if "subtitle" in figures:
            print(f"subtitle accuracy (not scored by score.py): {figures['subtitle']['accuracy']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
