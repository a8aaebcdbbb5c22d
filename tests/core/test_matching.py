"""Targeted behaviours of the matcher; the broad check is test_quality.py."""

from __future__ import annotations

import random

import pytest

from bot.core.engine import Engine
from bot.core.question import asked_unit


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("雲南職工驛站有幾個", "2131个"),  # traditional
        ("高技能人材有多少", "135.7万人"),  # homophone typo, found by pinyin
        ("全国劳动模范推荐了多少人", "126名"),  # synonym
        ("高技能人才有多少", "135.7万人"),  # the longer phrase wins over 技能人才
        ("技能人才总量", "428万人"),
        ("二零二一年以来派出了多少机关干部", "1400多名"),  # Chinese numerals
        ("接待外国工会来访多少人次？", "718人次"),  # the unit asked for decides between 718人次 and 36批
        ("How many 职工驿站 in Yunnan", "2131个"),
        # An alias (扶贫 全国劳模) says how the field is asked: its domain word (脱贫攻坚) need not be.
        ("扶贫这块评上全国劳模的有几个人", "11人"),
    ],
)
def test_answers(engine: Engine, question: str, figure: str) -> None:
    match = engine.ask(question)
    assert match.answered, match
    assert match.best is not None
    assert match.best.figure == figure
    assert 0 <= match.score <= 1
    assert len(match.alternatives) <= 3


@pytest.mark.parametrize(
    "question",
    [
        "贵州省高技能人才有多少", "昆明市新建了多少职工驿站", "2015年新建了多少职工驿站", "今年新建了多少驿站",
        "云南省总工会主席是谁", "云南职工平均工资是多少", "职工驿站有多少台饮水机", "你好", "asdfgh", "",
        "What is the weather today?", "87654",
    ],
)
def test_declines(engine: Engine, question: str) -> None:
    match = engine.ask(question)
    assert not match.answered
    assert match.best is None
    assert len(match.alternatives) <= 3


def test_unsure_offers_close_facts_instead_of_guessing(engine: Engine) -> None:
    match = engine.ask("劳模")
    assert not match.answered
    assert {c.fact.figure for c in match.alternatives} >= {"126名", "894名"}
    assert all(0 <= c.score <= 1 for c in match.alternatives)


def test_reverse_lookup(engine: Engine) -> None:
    for question in ("2131", "135.7万是什么", "一百三十五点七万是什么", "31.25亿元指的是啥"):
        match = engine.ask(question)
        assert match.reverse
        assert match.answered
    assert not engine.ask("2132").answered


def test_search_lists_distinct_figures(engine: Engine) -> None:
    found = engine.matcher.search("驿站", 10)
    assert found[0].fact.figure == "2131个"
    assert len({c.fact.figure for c in found}) == len(found)
    assert engine.matcher.search("", 10) == []


def test_asked_unit() -> None:
    assert asked_unit("接待来访多少人次") == "人次"
    assert asked_unit("产改是哪一年启动") == "年"
    assert asked_unit("发布会是几月几号召开") == "日期"
    assert asked_unit("这几年新建了驿站") is None


def test_every_fact_answers_its_own_question(engine: Engine) -> None:
    """Every figure of the article is a fact, and the engine answers it."""
    wrong = [f.id for f in engine.kb.facts if (m := engine.ask(f.question)).best is None or m.best.figure != f.figure]
    assert wrong == []


def test_every_digit_figure_is_found_in_reverse(engine: Engine) -> None:
    missing = [
        f.id for f in engine.kb.facts
        if any(ch.isdigit() for ch in f.figure) and f not in engine.ask(f.figure).facts
    ]
    assert missing == []


def test_random_chinese_is_declined(engine: Engine) -> None:
    """Garbage in Chinese characters: sound-alike coincidences (颐占 for 驿站) must not answer."""
    rng = random.Random(1)
    garbage = ["".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(rng.randint(2, 15))) for _ in range(2000)]
    answered = [q for q in garbage if engine.ask(q).answered]
    assert len(answered) <= 2, answered


def test_huge_and_broken_input_declines_without_error(engine: Engine) -> None:
    assert not engine.ask("驿站" * 5000).answered
    assert not engine.ask("\udcff\udcfe").answered  # undecodable bytes read with surrogateescape
    assert not engine.ask("\x00\x01\x02").answered


def test_a_weak_lone_candidate_without_any_key_phrase_is_no_answer(engine: Engine) -> None:
    # 观景点 is in no sentence; 点有 and 有个 of 各级试点有多少个 (its own question, fillers dropped)
    # made 535个 look like a match, with no key phrase of its own.
    assert not engine.ask("观景点有多少个").answered
