"""One renderer, two forms: the figure, its sentence quoted with the figure marked, the source."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.answer import fact_html, fact_text, render_html, render_text, sources_text
from bot.core.engine import Engine
from bot.core.models import Candidate, Match


def test_plain_answer_marks_the_figure_and_names_the_source(engine: Engine) -> None:
    text = render_text(engine.ask("职工驿站建了多少个"), engine.kb)
    head, quote, source = text.split("\n")
    assert head == "职工驿站：2131个"
    assert quote == "“新建职工驿站【2131个】,为户外劳动者提供了休息、饮水、手机充电等服务。”"
    assert source == "——《奋进新征程 建功新时代·云南这十年》，9月27日"


def test_html_answer_is_escaped(engine: Engine) -> None:
    fact = replace(engine.kb.by_id["worker-stations"], sentence="A<b>&新建职工驿站2131个</b>。", keywords=("<驿站>",))
    html = fact_html(fact, engine.kb)
    assert "&lt;驿站&gt;：<b>2131个</b>" in html
    assert "<blockquote>A&lt;b&gt;&amp;新建职工驿站<b><u>2131个</u></b>&lt;/b&gt;。</blockquote>" in html
    assert fact_text(fact, engine.kb).startswith("<驿站>：2131个")


def test_reverse_lookup_lists_every_fact_with_the_figure(engine: Engine) -> None:
    match = engine.ask("3200多")
    assert match.reverse
    assert {f.figure for f in match.facts} == {"3200多个", "3200多名"}
    assert render_text(match, engine.kb).startswith("资料里有 2 处是这个数字：")


def test_declines_are_one_line_with_up_to_three_topics(engine: Engine) -> None:
    unsure = render_html(engine.ask("劳模"), engine.kb)
    assert "\n" not in unsure
    assert unsure.startswith("抱歉")
    assert unsure.count("、") == 2
    assert render_text(engine.ask("今天天气怎么样"), engine.kb).startswith("抱歉，这个问题我在资料里没有找到答案。")
    assert render_text(engine.ask("87654"), engine.kb).startswith("抱歉，资料里没有这个数字。")
    assert "比如" in render_text(engine.ask("   "), engine.kb)


def test_alternatives_are_escaped_in_html(engine: Engine) -> None:
    fact = replace(engine.kb.by_id["worker-stations"], keywords=("a<b",))
    match = Match("q", False, (), 0.4, (Candidate(fact, 0.4),))
    assert "a&lt;b" in render_html(match, engine.kb)


def test_sources(engine: Engine) -> None:
    assert "《奋进新征程 建功新时代·云南这十年》，9月27日" in sources_text(engine.kb)


@pytest.mark.parametrize(("said", "start"), [("你好", "你好！"), ("谢谢！", "不客气"), ("再见", "再见")])
def test_small_talk_gets_a_human_reply(engine: Engine, said: str, start: str) -> None:
    reply = render_text(engine.ask(said), engine.kb)
    assert reply.startswith(start)
    assert "没有找到" not in reply
