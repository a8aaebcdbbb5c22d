#!/usr/bin/env python3
"""Score `bot draft` and the matcher on the project's own articles of the series, each drafted
with no hand edit and asked its questions, and print right / wrong / correct declines per article
and the styles below 90%.

    .venv/bin/python scripts/probes.py [-v] [NAME.txt ...]

Each article under tests/data/articles is NAME.txt (title, date, text), NAME_in.jsonl
(answerable: {"q", "expect": [figures], "note": style}) and NAME_out.jsonl (to decline). The
questions were written before the matcher ever saw the article, so the first score of each (in
README) measured first contact; after the rules its misses led to, they are a regression set.
Scored as ../shared/eval/score.py scores (`whole` figures, the engine as `ask --json` answers).
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
from pathlib import Path

from tune import ROOT, drafted, read_jsonl, whole

from bot.core.engine import Engine, match_json

ARTICLES = ROOT / "tests" / "data" / "articles"


def score_article(article: Path, into: Path, verbose: bool) -> str:
    drafted(article, article.stem, into)
    engine = Engine.load(into, use_cache=False)
    styles: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    right = wrong = 0
    answerable = list(read_jsonl(article.with_name(article.stem + "_in.jsonl")))
    for entry in answerable:
        figure = match_json(engine.ask(str(entry["q"])))["figure"]
        good = figure is not None and any(whole(str(e), figure) for e in entry["expect"])  # type: ignore[attr-defined]
        right += good
        wrong += figure is not None and not good
        styles[str(entry.get("note", ""))][0] += good
        styles[str(entry.get("note", ""))][1] += 1
        if verbose and not good:
            print(f"  MISS  {entry['q']} {entry['expect']} -> {figure}")
    decline = list(read_jsonl(article.with_name(article.stem + "_out.jsonl")))
    declined = 0
    for entry in decline:
        answered = engine.ask(str(entry["q"])).answered
        declined += not answered
        styles["OUT:" + str(entry.get("note", ""))][0] += not answered
        styles["OUT:" + str(entry.get("note", ""))][1] += 1
        if verbose and answered:
            print(f"  FALSE {entry['q']}")
    weak = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(styles.items()) if v[0] < 0.9 * v[1]) or "none"
    n = max(1, len(answerable))
    return (f"{article.stem:10} right {right / n:.1%}, wrong {wrong / n:.1%}, "
            f"correct declines {declined / max(1, len(decline)):.1%}; styles below 90%: {weak}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    parser.add_argument("articles", nargs="*", type=Path, help="NAME.txt files (default: all kept ones)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for article in args.articles or sorted(ARTICLES.glob("*.txt")):
            print(score_article(article, Path(tmp) / article.stem, args.verbose))
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
