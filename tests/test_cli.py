"""The command line as users and the quality harness call it: a real subprocess each time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
JSON_KEYS = {"answered", "fact_id", "figure", "sentence", "source", "score", "alternatives", "derived", "nearest"}


def run(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "KNOWLEDGE_DIR")}
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
        cwd=cwd, env=environ, timeout=60, check=False,
    )


def test_ask_prints_the_reply_with_figure_and_sentence() -> None:
    result = run("ask", "职工驿站建了多少个?")
    assert result.returncode == 0, result.stderr
    assert "2131个" in result.stdout
    assert "新建职工驿站【2131个】" in result.stdout
    assert "云南这十年" in result.stdout


def test_ask_json_contract() -> None:
    result = run("ask", "--json", "职工驿站建了多少个?")
    data = json.loads(result.stdout)
    assert set(data) == JSON_KEYS
    assert data["answered"] is True
    assert data["figure"] == "2131个"
    assert "2131个" in data["sentence"]
    assert data["source"] == "yunnan-decade-unions"
    assert 0 <= data["score"] <= 1
    for alt in data["alternatives"]:
        assert set(alt) == {"fact_id", "figure", "score"}


def test_ask_json_stdin_one_object_per_line_in_order() -> None:
    questions = ["职工驿站建了多少个", "今天天气怎么样", "", "高技能人才有多少", "\x00\x01"]
    result = run("ask", "--json", "-", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(questions)
    assert [d["answered"] for d in lines] == [True, False, False, True, False]
    assert lines[0]["figure"] == "2131个"
    assert lines[3]["figure"] == "135.7万人"
    assert lines[1]["fact_id"] is None
    assert lines[1]["figure"] is None


def test_facts_json_lists_every_fact() -> None:
    result = run("facts", "--json")
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(facts) >= 120
    assert len({f["id"] for f in facts}) == len(facts)
    for fact in facts:
        assert fact["figure"] in fact["sentence"]


def test_check_ok_and_broken(tmp_path: Path) -> None:
    ok = run("check")
    assert ok.returncode == 0
    assert ok.stdout.startswith("OK:")
    broken = tmp_path / "knowledge"
    (broken / "facts").mkdir(parents=True)
    (broken / "sources.yaml").write_text("- id: x\n  title: t\n  date: d\n  file: a.txt\n", encoding="utf-8")
    (broken / "a.txt").write_text("正文。", encoding="utf-8")
    (broken / "facts" / "f.yaml").write_text("- id: a\n  topic: [unclosed\n", encoding="utf-8")
    result = run("check", env={"KNOWLEDGE_DIR": str(broken)})
    assert result.returncode == 1
    assert f"{broken / 'facts' / 'f.yaml'}:3: invalid YAML" in result.stderr


def test_no_token_starts_console_chat(tmp_path: Path) -> None:
    result = run(stdin="驿站有几个\nexit\n", cwd=tmp_path, env={"PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert "离线模式" in result.stdout
    assert "2131个" in result.stdout
    assert result.stdout.rstrip().endswith("再见！")


def test_run_without_token_says_so() -> None:
    result = run("run")
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr


@pytest.mark.parametrize(
    ("env", "name"),
    [({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN"), ({"ADMIN_USER_IDS": "alice"}, "ADMIN_USER_IDS"),
     ({"QUIZ_OPEN_PERIOD": "1"}, "QUIZ_OPEN_PERIOD"), ({"TELEGRAM_API_URL": "ftp://x"}, "TELEGRAM_API_URL")],
)
def test_malformed_setting_stops_with_one_line_naming_it(env: dict[str, str], name: str) -> None:
    result = run("run", env=env)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert name in result.stderr
    assert "not-a-token" not in result.stderr  # the token (even a bad one) is never echoed


def test_ask_stdin_survives_binary_and_huge_lines() -> None:
    environ = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    data = b"\xff\xfe\x00abc\n" + "驿站".encode() * 3000 + b"\n" + "职工驿站建了多少个".encode() + b"\n"
    result = subprocess.run([sys.executable, "-m", "bot", "ask", "--json", "-"], input=data, capture_output=True,
                            cwd=ROOT, env=environ, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [d["answered"] for d in lines] == [False, False, True]


def test_why_lists_candidates_with_score_parts_and_the_decision() -> None:
    result = run("why", "高技能人才有多少")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "question: 高技能人才有多少"
    assert any("135.7万人" in line and "key" in line and "coverage" in line for line in lines)
    assert lines[-1].startswith("decision: answered 135.7万人")
    declined = run("why", "贵州省高技能人才有多少").stdout.splitlines()
    assert declined[-1].startswith("decision: declined")
    assert "names 贵州" in declined[-1]


def test_draft_refuses_a_missing_article_and_a_bad_source_id(tmp_path: Path) -> None:
    missing = run("draft", str(tmp_path / "none.txt"), "--source-id", "x", "--title", "t", "--date", "d",
                  "--knowledge", str(tmp_path / "k"))
    assert missing.returncode == 1
    assert "cannot read" in missing.stderr
    article = tmp_path / "a.txt"
    article.write_text("全省建成驿站2131个。\n", encoding="utf-8")
    bad = run("draft", str(article), "--source-id", "Bad Id", "--title", "t", "--date", "d",
              "--knowledge", str(tmp_path / "k"))
    assert bad.returncode == 1
    assert "source id" in bad.stderr
    article.write_text("没有数字的文章。\n", encoding="utf-8")
    empty = run("draft", str(article), "--source-id", "x", "--title", "t", "--date", "d",
                "--knowledge", str(tmp_path / "k"))
    assert empty.returncode == 1
    assert "no figures" in empty.stderr
    assert not (tmp_path / "k").exists()


def test_ask_dialogue_answers_the_last_turn_in_the_context_of_the_ones_before() -> None:
    lines = [
        json.dumps(["全国劳模推荐了多少名?", "那省里的呢?"], ensure_ascii=False),
        json.dumps(["那省里的呢?"], ensure_ascii=False),
        "not a list",
    ]
    result = run("ask", "--json", "--dialogue", "-", stdin="\n".join(lines) + "\n")
    follow_up, alone, broken = (json.loads(line) for line in result.stdout.splitlines())
    assert set(follow_up) >= JSON_KEYS
    assert follow_up["answered"]
    assert follow_up["figure"] == "894名"
    assert follow_up["asked_as"]
    assert not alone["answered"]
    assert broken == {"answered": False, "error": "expected a JSON array of turns (strings)"}


def test_tests_never_read_the_developers_env_file(tmp_path: Path) -> None:
    # A .env with a token in the working directory: read by default, ignored with BOT_ENV_FILE=""
    # (which tests/conftest.py sets for the whole suite).
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=123:abc\nTELEGRAM_API_URL=http://127.0.0.1:9/bot\n"
                                   "STARTUP_RETRIES=0\n", encoding="utf-8")
    env = {"KNOWLEDGE_DIR": str(ROOT / "knowledge"), "PYTHONPATH": str(ROOT)}
    ignored = run(stdin="exit\n", env=env, cwd=tmp_path)
    assert ignored.returncode == 0, ignored.stderr
    assert "离线模式" in ignored.stdout  # no token seen: the console chat
    read = run(stdin="exit\n", env={**env, "BOT_ENV_FILE": str(tmp_path / ".env")}, cwd=tmp_path)
    assert read.returncode == 1  # the token was read: it tried Telegram, out of reach here


def test_telegram_out_of_reach_at_start_up_is_one_line_not_a_traceback() -> None:
    env = {"TELEGRAM_BOT_TOKEN": "123:abc", "TELEGRAM_API_URL": "http://127.0.0.1:9/bot", "STARTUP_RETRIES": "0"}
    result = run("run", env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "cannot reach Telegram" in result.stderr
    assert len(result.stderr.splitlines()) <= 4


def test_ctrl_c_in_the_console_chat_says_goodbye_without_a_traceback() -> None:
    environ = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    process = subprocess.Popen([sys.executable, "-m", "bot", "chat"], cwd=ROOT, env=environ, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.readline()  # the banner: the chat is waiting for a line
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert "Traceback" not in err
    assert "再见" in out
    assert process.returncode == 0


def test_a_closed_pipe_ends_the_listing_quietly() -> None:
    command = f"{sys.executable} -m bot facts | head -1"
    result = subprocess.run(command, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert len(result.stdout.splitlines()) == 1
    assert "Error" not in result.stderr
