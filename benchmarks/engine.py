"""Answer-engine figures: per-question time, throughput, load time, cold start, peak memory.

    .venv/bin/python -m benchmarks.engine [--facts 10000] [--rounds 3]

Runs at article size (the project's knowledge) and at a generated base of 10,000 facts. In the
same run, the same questions go through what a user could pick instead: rapidfuzz's
`partial_ratio` of the question against every fact's clause (`process.extractOne`), the plain
fuzzy matcher. Targets (issue #9): no slower per question than that baseline in batch mode,
p99 <= 5 ms at 10k facts, a cold `python -m bot ask` on 10k facts <= 1 s.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from bot.core.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "data" / "questions.yaml"


def questions(engine: Engine) -> list[str]:
    """The project's question set, plus every fact's own quiz question."""
    entries = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8")) if QUESTIONS.exists() else []
    return [entry["q"] for entry in entries] + [f.question for f in engine.kb.facts]


def time_questions(engine: Engine, asked: list[str], rounds: int) -> dict[str, float]:
    for q in asked[:50]:
        engine.ask(q)  # warm the lazy pinyin index and caches, as a running bot has them
    times = []
    for _ in range(rounds):
        for q in asked:
            start = time.perf_counter()
            engine.ask(q)
            times.append(time.perf_counter() - start)
    times.sort()
    return {
        "median_ms": statistics.median(times) * 1e3,
        "p99_ms": times[int(len(times) * 0.99) - 1] * 1e3,
        "qps": len(times) / sum(times),
        "n": len(times),
    }


def time_baseline(engine: Engine, asked: list[str]) -> dict[str, float]:
    """rapidfuzz partial_ratio over every fact's clause: the plain fuzzy matcher."""
    from rapidfuzz import fuzz, process

    clauses = [_clause_of(f.sentence, f.figure) for f in engine.kb.facts]
    times = []
    for q in asked:
        start = time.perf_counter()
        process.extractOne(q, clauses, scorer=fuzz.partial_ratio)
        times.append(time.perf_counter() - start)
    times.sort()
    return {"median_ms": statistics.median(times) * 1e3, "p99_ms": times[int(len(times) * 0.99) - 1] * 1e3,
            "batch_ms": sum(times) / len(times) * 1e3}


def _clause_of(sentence: str, figure: str) -> str:
    at = max(0, sentence.find(figure))
    head = sentence[:at].replace("，", ",").split(",")[-1]
    return head + sentence[at:].replace("，", ",").split(",")[0]


def time_load(directory: Path, repeat: int = 3) -> float:
    """Load, validate and index without the cache, best of `repeat`."""
    return min(_timed(lambda: Engine.load(directory, use_cache=False)) for _ in range(repeat))


def _timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def cold_ask(directory: Path, repeat: int = 5) -> tuple[float, float]:
    """Wall time of fresh `python -m bot ask` processes with an empty engine cache: the first
    (builds the index and caches it, as after any edit) and the median of the next `repeat`."""
    # An installed package has its bytecode (pip compiles it; scripts/setup does here): a process
    # compiling the whole package first would measure the interpreter, not the bot.
    compileall.compile_dir(ROOT / "bot", quiet=1)
    runs = []
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "BOT_CACHE_DIR": cache}
        for _ in range(repeat + 1):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "bot", "--knowledge", str(directory), "ask", "职工驿站建了多少个"],
                           check=True, capture_output=True, cwd=ROOT, env=env)
            runs.append(time.perf_counter() - start)
    return runs[0], statistics.median(runs[1:])


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- a generated knowledge base of N facts ------------------------------------------------------

_PLACES = "东西南北中"
_ORGS = ["职工服务中心", "工会委员会", "劳动竞赛办公室", "技能培训基地", "帮扶中心", "职工书屋", "创新工作室",
         "法律援助站"]
_THINGS = ["培训学员", "慰问职工", "建成驿站", "发放资金", "举办比赛", "推广操作法", "开展宣讲", "筹集善款", "发展会员",
           "建设阵地", "办理案件", "组织疗休养"]
_UNITS = ["人", "人次", "个", "项", "场", "万元", "家", "名"]
_HAN = "云岭滇池苍洱玉龙哀牢乌蒙高黎贡怒澜沧金沙红河普洱临沧德宏保山楚雄文山曲靖昭通丽江迪庆版纳"


def generate(directory: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    (directory / "facts").mkdir(parents=True)
    sentences, facts = [], []
    for i in range(n):
        town = "".join(rng.sample(_HAN, 2)) + rng.choice(_PLACES) + "区"
        org, thing, unit = rng.choice(_ORGS), rng.choice(_THINGS), rng.choice(_UNITS)
        number = f"{rng.randint(2, 99999)}"
        figure = number + unit
        sentence = f"{town}{org}第{i}期累计{thing}{figure}。"
        sentences.append(sentence)
        facts.append({
            "id": f"gen-{i}", "topic": org, "figure": figure,
            "value": int(number) * (10_000 if unit.startswith("万") else 1), "unit": unit,
            "keywords": [f"{town}{thing}", f"{org}第{i}期"], "aliases": [f"{town}{org}{thing}"],
            "sentence": sentence, "source": "generated", "question": f"{town}{org}第{i}期{thing}多少?",
        })
    (directory / "sources").mkdir()
    (directory / "sources" / "generated.txt").write_text("\n".join(sentences), encoding="utf-8")
    (directory / "sources.yaml").write_text(yaml.safe_dump([{
        "id": "generated", "title": "生成的测试资料", "date": "1月1日", "file": "sources/generated.txt"}],
        allow_unicode=True), encoding="utf-8")
    for chunk in range(0, n, 1000):
        (directory / "facts" / f"gen-{chunk:05d}.yaml").write_text(
            yaml.safe_dump(facts[chunk : chunk + 1000], allow_unicode=True), encoding="utf-8")
    lexicon = ROOT / "knowledge" / "lexicon.yaml"
    (directory / "lexicon.yaml").write_text(lexicon.read_text(encoding="utf-8"), encoding="utf-8")


def report(name: str, directory: Path, rounds: int, with_cold: bool) -> None:
    load = time_load(directory)
    engine = Engine.load(directory)
    asked = questions(engine) if name == "article" else [f.question for f in engine.kb.facts[:2000]] + [
        "今天天气怎么样", "贵州高技能人才有多少"] * 20
    figures = time_questions(engine, asked, rounds)
    baseline = time_baseline(engine, asked)
    print(f"[{name}] facts={len(engine.kb.facts)} questions={figures['n']}")
    print(f"  engine per question: median {figures['median_ms']:.3f} ms, p99 {figures['p99_ms']:.3f} ms, "
          f"batch {1e3 / figures['qps']:.3f} ms ({figures['qps']:.0f} questions/s)")
    print(f"  rapidfuzz partial_ratio baseline: median {baseline['median_ms']:.3f} ms, "
          f"p99 {baseline['p99_ms']:.3f} ms, batch {baseline['batch_ms']:.3f} ms")
    print(f"  load + index: {load * 1e3:.0f} ms; peak RSS so far: {peak_rss_mb():.0f} MB")
    if with_cold:
        first, cached = cold_ask(directory)
        print(f"  cold `python -m bot ask`: {cached * 1e3:.0f} ms (median of 5 processes, engine cache warm); "
              f"{first * 1e3:.0f} ms for the first after an edit (builds the index and caches it)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    report("article", ROOT / "knowledge", args.rounds, with_cold=True)
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp) / "kb", args.facts)
        report(f"generated {args.facts}", Path(tmp) / "kb", 1, with_cold=True)


if __name__ == "__main__":
    main()
