#!/usr/bin/env python3
"""What a change costs the conversion, in CPU instructions: a count that does not depend on the
machine's load, so two commits can be compared to a fraction of a percent on a busy machine.

    python bench/instructions.py REF [REF ...] [--n 150] [--seeds DIR] [--label NAME]

Each REF (a commit, a branch, or WORKTREE for the working tree as it is) is exported with
`git archive` and runs `build_site.py convert --jobs 1 --no-cache` under Valgrind's cachegrind
(Debian's `valgrind`), once on N generated articles (bench/make_corpus.py, seed 1) or on
--seeds, and once on the first of them alone: the difference, divided by N-1, is the
instructions one article costs (extraction, analysis and its share of writing the pages),
without the start-up (imports, compiling the patterns), which is reported apart.

Counting is exact only when nothing else decides what the process does:
- PYTHONHASHSEED=0, so sets and dicts of strings iterate in the same order every run;
- OPENBLAS_NUM_THREADS=1: numpy's BLAS (relating the articles) otherwise starts a thread per
  core that spins while waiting for work, and under Valgrind, which runs one thread at a
  time, those spins added 0-7 billion instructions at random to a 22-billion run.
Valgrind runs the interpreter about 40 times slower: 150 articles take about two minutes per
REF. Prints a table: start-up and per-article instructions, and each REF's ratio to the first.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE / "bench"))
import make_corpus  # noqa: E402

PY = sys.executable
IREFS_RE = re.compile(r"I\s+refs:\s+([\d,]+)")


def export(ref: str, into: Path) -> Path:
    """The tree of REF (or the working tree, for WORKTREE) in its own folder."""
    if ref == "WORKTREE":
        return HERE
    into.mkdir(parents=True)
    archive = into.with_suffix(".tar")
    subprocess.run(["git", "-C", str(HERE), "archive", "--format=tar", "-o", str(archive), ref], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    archive.unlink()
    return into


def instructions(tree: Path, seeds: Path, work: Path) -> int:
    """Instructions of one single-process conversion of seeds with the code in tree."""
    docs = work / "docs"
    shutil.rmtree(docs, ignore_errors=True)
    env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    proc = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={work / 'cg.out'}",
         PY, str(tree / "build_site.py"), "convert", "--seeds", str(seeds), "--docs", str(docs), "--no-cache",
         "--jobs", "1", "--quiet", "--config", str(tree / "mkdocs.yml"), "--candidates", str(work / "cand.yml")],
        cwd=tree, env=env, capture_output=True, text=True)
    found = IREFS_RE.search(proc.stderr)
    if proc.returncode not in (0, 1) or found is None:  # 1: some seeds skipped (reported)
        sys.exit(f"error: the conversion under valgrind failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("refs", nargs="+", metavar="REF", help="commits to compare (WORKTREE: the working tree)")
    ap.add_argument("--n", type=int, default=150, help="generated articles (default 150)")
    ap.add_argument("--seeds", type=Path, help="a folder of seeds instead of generated articles")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("error: valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-instructions-") as tmp:
        root = Path(tmp)
        if args.seeds:
            seeds = args.seeds.resolve()
            files = sorted(p for p in seeds.iterdir() if p.is_file() and not p.name.startswith("."))
        else:
            seeds = root / "seeds"
            make_corpus.generate(args.n, seeds, seed=1)
            files = sorted(seeds.iterdir())
        n = len(files)
        one = root / "one"
        one.mkdir()
        shutil.copy2(files[0], one / files[0].name)
        rows = []
        for i, ref in enumerate(args.refs):
            tree = export(ref, root / f"tree{i}")
            print(f"{ref}: {n} articles under valgrind …", file=sys.stderr, flush=True)
            work = root / f"work{i}"
            work.mkdir()
            base = instructions(tree, one, work)
            total = instructions(tree, seeds, work)
            rows.append((ref, base, (total - base) / (n - 1)))
        print(f"\n{n} articles ({'from ' + str(args.seeds) if args.seeds else 'generated, seed 1'}); "
              "instructions counted by cachegrind, PYTHONHASHSEED=0, one BLAS thread\n")
        print("| ref | start-up (1 article), G | per article, M | per article vs first |")
        print("|---|---|---|---|")
        for ref, base, per in rows:
            print(f"| {ref} | {base / 1e9:.3f} | {per / 1e6:.1f} | {per / rows[0][2]:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
