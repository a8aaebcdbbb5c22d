"""Command line: ask, chat, check, facts, why, draft, alias, misses, run. `python -m bot` alone
picks run or chat.

Telegram is imported only by `run`, so the offline commands start fast.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from bot.config import SettingsError, load_settings
from bot.core.answer import render_text
from bot.core.conversation import Conversations
from bot.core.engine import Engine, fact_json, match_json
from bot.core.errors import KnowledgeError, StoreError
from bot.core.screening import screen_question

CHAT_BANNER = "数据问答（离线模式），资料：{titles}。直接输入问题，输入 exit 退出。"
EXIT_WORDS = {"exit", "quit", "q", "退出", "再见"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument("--knowledge", type=Path, help="knowledge directory (default: KNOWLEDGE_DIR)")
    sub = parser.add_subparsers(dest="command")
    ask = sub.add_parser("ask", help="answer one question ('-' reads one a line from stdin)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--dialogue", action="store_true",
                     help="each line is a JSON array of turns; answer the last in the context of those before")
    ask.add_argument("question", nargs="+", help="the question, or '-' for standard input")
    why = sub.add_parser("why", help="explain how a question is matched: candidates, score parts, decision")
    why.add_argument("question", nargs="+")
    alias = sub.add_parser("alias", help="add a phrase as an alias of a fact (in its YAML file, comments kept)")
    alias.add_argument("fact_id")
    alias.add_argument("phrase", nargs="+")
    misses = sub.add_parser("misses", help="what users asked that the bot could not answer (from DATA_DIR)")
    misses.add_argument("--days", type=float, default=7.0, help="how far back (default 7)")
    misses.add_argument("--limit", type=int, default=20)
    misses.add_argument("--json", action="store_true", help="one JSON object per line")
    sub.add_parser("chat", help="offline console chat")
    sub.add_parser("check", help="validate the knowledge; file:line errors, non-zero exit")
    facts = sub.add_parser("facts", help="list every fact")
    facts.add_argument("--json", action="store_true", help="one JSON object per line")
    sub.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    draft = sub.add_parser("draft", help="draft facts from a new article into the knowledge directory")
    draft.add_argument("article", type=Path, help="UTF-8 plain text, paragraphs on lines")
    draft.add_argument("--source-id", required=True, help="lowercase a-z, 0-9 and '-' (the facts file's name)")
    draft.add_argument("--title", required=True)
    draft.add_argument("--date", required=True, help="as the article gives it, e.g. 9月8日")
    draft.add_argument("--force", action="store_true", help="overwrite a drafted file that was edited since")
    # Also after the subcommand, as `draft ARTICLE ... --knowledge DIR` is documented.
    draft.add_argument("--knowledge", type=Path, default=argparse.SUPPRESS, help="knowledge directory to write into")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; Ctrl-C and a closed pipe (`facts | head`) end it quietly."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader is gone: point stdout at nothing so that Python's exit flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None = None) -> int:
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
    if command == "draft":
        return _draft(args, knowledge_dir)
    if command == "misses":
        return _misses(settings.data_dir, args.days, args.limit, args.json, knowledge_dir)
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
    if command == "alias":
        return _alias(engine, args.fact_id, " ".join(args.phrase))
    if command == "why":
        for line in engine.explain(" ".join(args.question)).lines():
            print(line)
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
        if args.dialogue:
            return _ask_dialogues(engine, args.question, args.json, sys.stdin, sys.stdout)
        return _ask(engine, args.question, args.json, sys.stdin, sys.stdout)
    return chat(engine, sys.stdin, sys.stdout)


def _alias(engine: Engine, fact_id: str, phrase: str) -> int:
    from bot.core.aliases import AliasRefused, add_alias

    try:
        added = add_alias(engine, fact_id, phrase)
    except AliasRefused as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    state = "it now answers" if added.answered else "it still does not answer it alone (see `why`)"
    print(f"added alias '{added.phrase}' to {added.fact_id} in {added.path}; {state}. /reload a running bot.")
    return 0


def _misses(data_dir: Path, days: float, limit: int, as_json: bool, knowledge_dir: Path) -> int:
    import time

    from bot.core.question_log import QuestionLog

    if not (data_dir / "quiz.sqlite3").exists():
        print(f"no question log in {data_dir} (DATA_DIR): the bot has not run there yet", file=sys.stderr)
        return 1
    try:
        log = QuestionLog(data_dir)
        found = log.misses(time.time() - days * 86400, limit)
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        engine: Engine | None = Engine.load(knowledge_dir)
    except KnowledgeError:
        engine = None
    for miss in found:
        fact = engine.fact(miss.candidate) if engine and miss.candidate else None
        if as_json:
            print(json.dumps({"question": miss.example, "normalized": miss.normalized, "count": miss.count,
                              "unanswered": miss.unanswered, "unsure": miss.unsure,
                              "reported_wrong": miss.reported_wrong, "candidate": miss.candidate,
                              "candidate_figure": fact.figure if fact else None}, ensure_ascii=False))
        else:
            best = f"  best candidate: {miss.candidate} {fact.figure}" if fact else ""
            wrong = f", reported wrong {miss.reported_wrong}" if miss.reported_wrong else ""
            print(f"{miss.count:4}x {miss.example}  (unanswered {miss.unanswered}, unsure {miss.unsure}{wrong}){best}")
    if not found and not as_json:
        print(f"no misses in the last {days:g} days")
    return 0


def _draft(args: argparse.Namespace, knowledge_dir: Path) -> int:
    from bot.core.draft import draft
    from bot.core.draft_files import DraftRefused, write
    from bot.core.knowledge import read_text

    try:
        text = read_text(args.article)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {args.article}: {exc}", file=sys.stderr)
        return 1
    result = draft(text, args.title, args.date)
    if not result.facts:
        print(f"{args.article}: no figures found; nothing written", file=sys.stderr)
        return 1
    try:
        written = write(result, knowledge_dir, args.source_id, args.title, args.date, force=args.force)
    except DraftRefused as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    print(f"{args.article}: {result.figures_found} figures found, {len(result.facts)} facts written "
          f"to {written.facts_path} ({len(result.merged)} stated twice for one thing)")
    for path in written.changed:
        print(f"  wrote {path}")
    if not written.changed:
        print("  nothing changed")
    for line in result.merged:
        print(f"  merged {line}")
    for line in result.unplaced:
        print(f"  weak   {line}")
    try:
        Engine.load(knowledge_dir)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    print("check: OK. Review the facts (drafted: true), then /reload.")
    return 0


def _ask(engine: Engine, words: list[str], as_json: bool, stdin: TextIO, out: TextIO) -> int:
    questions: Iterable[str] = (
        (line.rstrip("\n") for line in stdin) if words == ["-"] else [" ".join(words)]
    )
    for question in questions:
        # (Text is the reply a user sees, which screens input that is no question first; each
        # question is answered once either way: a cold `ask` is mostly start-up.)
        if as_json:
            out.write(json.dumps(match_json(engine.ask(question)), ensure_ascii=False) + "\n")
        else:
            out.write(reply_text(engine, question) + "\n")
        out.flush()
    return 0


def _ask_dialogues(engine: Engine, words: list[str], as_json: bool, stdin: TextIO, out: TextIO) -> int:
    """`ask --dialogue`: one JSON array of turns per line (or as the argument); the reply to the
    last turn, each turn asked in the conversation of the ones before it."""
    lines: Iterable[str] = (line.rstrip("\n") for line in stdin) if words == ["-"] else [" ".join(words)]
    for line in lines:
        turns = _turns(line)
        if turns is None:
            error = "expected a JSON array of turns (strings)"
            out.write((json.dumps({"answered": False, "error": error}) if as_json else error) + "\n")
            out.flush()
            continue
        conversation = Conversations()
        match = engine.ask("")
        for turn in turns:
            match = engine.ask(turn, conversation.last(DIALOGUE))
            conversation.remember(DIALOGUE, match)
        if as_json:
            out.write(json.dumps(match_json(match), ensure_ascii=False) + "\n")
        else:
            out.write(render_text(match, engine.kb) + "\n")
        out.flush()
    return 0


DIALOGUE = "dialogue"  # the one conversation of a command-line dialogue


def _turns(line: str) -> list[str] | None:
    try:
        data = json.loads(line)
    except ValueError:
        return None
    if not isinstance(data, list) or not data:
        return None
    turns = [t if isinstance(t, str) else next((t[k] for k in ("q", "text", "question") if k in t), None)
             if isinstance(t, dict) else None for t in data]
    return [t for t in turns if isinstance(t, str)] if all(isinstance(t, str) for t in turns) else None


def reply_text(engine: Engine, question: str, conversation: Conversations | None = None) -> str:
    """What a user sees: a word about input that is no question, else the engine's reply (in the
    conversation's context, which it then remembers)."""
    rejection = screen_question(question)
    if rejection is not None:
        return rejection
    match = engine.ask(question, conversation.last(DIALOGUE) if conversation else None)
    if conversation is not None:
        conversation.remember(DIALOGUE, match)
    return render_text(match, engine.kb)


def chat(engine: Engine, stdin: TextIO, out: TextIO) -> int:
    titles = "、".join(f"《{source.title}》" for source in engine.kb.sources.values()) or "（无）"
    try:
        out.write(CHAT_BANNER.format(titles=titles) + "\n")
        out.flush()
        _converse(engine, stdin, out)
    except KeyboardInterrupt:  # Ctrl-C, at the prompt or while answering: a goodbye, not a traceback
        out.write("\n")
    out.write("再见！\n")
    return 0


def _converse(engine: Engine, stdin: TextIO, out: TextIO) -> None:
    interactive = stdin.isatty()
    conversation = Conversations()
    while True:
        if interactive:
            out.write("你：")
            out.flush()
        line = stdin.readline()
        if not line:
            return
        question = line.strip()
        if question.lower() in EXIT_WORDS:
            return
        if not question:
            continue
        out.write(reply_text(engine, question, conversation) + "\n\n")
        out.flush()
