"""Command line: ask, chat, check, facts, run. `python -m bot` alone picks run or chat.

Telegram is imported only by `run`, so the offline commands start fast.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from bot.config import SettingsError, load_settings
from bot.core.answer import render_text
from bot.core.engine import Engine, fact_json, match_json
from bot.core.errors import KnowledgeError
from bot.core.screening import screen_question

CHAT_BANNER = "云南工会十年数据问答（离线模式）。直接输入问题，输入 exit 退出。"
EXIT_WORDS = {"exit", "quit", "q", "退出", "再见"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument("--knowledge", type=Path, help="knowledge directory (default: KNOWLEDGE_DIR)")
    sub = parser.add_subparsers(dest="command")
    ask = sub.add_parser("ask", help="answer one question ('-' reads one a line from stdin)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("question", nargs="+", help="the question, or '-' for standard input")
    sub.add_parser("chat", help="offline console chat")
    sub.add_parser("check", help="validate the knowledge; file:line errors, non-zero exit")
    facts = sub.add_parser("facts", help="list every fact")
    facts.add_argument("--json", action="store_true", help="one JSON object per line")
    sub.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"配置错误 / setting error: {exc}", file=sys.stderr)
        return 2
    knowledge_dir = args.knowledge or settings.knowledge_dir
    command = args.command or ("run" if settings.has_token else "chat")
    if command == "run":
        if not settings.has_token:
            print("TELEGRAM_BOT_TOKEN is not set (see .env.example)", file=sys.stderr)
            return 2
        from bot.tg.app import run

        return run(settings)
    try:
        engine = Engine.load(knowledge_dir)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    if command == "check":
        kb = engine.kb
        print(f"OK: {len(kb.facts)} facts, {len(kb.topics)} topics, {len(kb.sources)} sources")
        return 0
    if command == "facts":
        for fact in engine.kb.facts:
            if args.json:
                print(json.dumps(fact_json(fact), ensure_ascii=False))
            else:
                print(f"{fact.id}\t{fact.topic}\t{fact.figure}\t{fact.label}")
        return 0
    # Undecodable input bytes become U+FFFD instead of stopping the run midway.
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="replace")
    if command == "ask":
        return _ask(engine, args.question, args.json, sys.stdin, sys.stdout)
    return chat(engine, sys.stdin, sys.stdout)


def _ask(engine: Engine, words: list[str], as_json: bool, stdin: TextIO, out: TextIO) -> int:
    questions: Iterable[str] = (
        (line.rstrip("\n") for line in stdin) if words == ["-"] else [" ".join(words)]
    )
    for question in questions:
        match = engine.ask(question)
        if as_json:
            out.write(json.dumps(match_json(match), ensure_ascii=False) + "\n")
        else:
            out.write(reply_text(engine, question) + "\n")
        out.flush()
    return 0


def reply_text(engine: Engine, question: str) -> str:
    """What a user sees: a word about input that is no question, else the engine's reply."""
    return screen_question(question) or render_text(engine.ask(question), engine.kb)


def chat(engine: Engine, stdin: TextIO, out: TextIO) -> int:
    interactive = stdin.isatty()
    out.write(CHAT_BANNER + "\n")
    while True:
        if interactive:
            out.write("你：")
            out.flush()
        line = stdin.readline()
        if not line:
            break
        question = line.strip()
        if question.lower() in EXIT_WORDS:
            break
        if not question:
            continue
        out.write(reply_text(engine, question) + "\n\n")
        out.flush()
    out.write("再见！\n")
    return 0
