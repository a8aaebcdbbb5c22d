"""A quantity asked with a verb and its object, written as the sources' noun (bot.core.metrics)."""

from __future__ import annotations

import pytest

from bot.core.metrics import with_metric

CORPUS = "全省粮食总产量稳定在1900万吨以上。茶叶种植面积达到740万亩。2021年全省发电量3700亿千瓦时。"


@pytest.mark.parametrize(("question", "rewritten"), [
    ("一年打多少粮食", "一年粮食总产量多少"),
    ("云南种了多少茶", "云南茶叶种植面积多少"),
    ("一年能发多少电", "一年能发电量多少"),
])
def test_a_verb_and_its_object_become_the_sources_noun(question: str, rewritten: str) -> None:
    assert with_metric(question, CORPUS) == rewritten


def test_nothing_is_put_in_that_the_sources_do_not_say() -> None:
    assert with_metric("种了多少树", CORPUS) == "种了多少树"  # no 树…种植面积 in the sources
    assert with_metric("用了多少水", CORPUS) == "用了多少水"


def test_mining_sending_and_spending_are_read_as_the_sources_nouns() -> None:
    corpus = "全省原煤产量达到7200万吨。累计外送电量1.38万亿千瓦时。医保基金总支出612亿元。"
    assert with_metric("挖了多少煤", corpus) == "煤产量多少"
    assert with_metric("一共往外送过多少电", corpus) == "一共往外外送电量多少"
    assert with_metric("一年投入多少", corpus) == "一年总支出多少"  # 花了多少, normalised
    assert with_metric("一年投入多少", corpus + "累计投入资金12亿元。") == "一年投入多少"  # 投入 is said


def test_what_was_earned_is_the_sources_word_for_it() -> None:
    business = "实现利润总额12.8亿元。"
    people = "农村常住居民人均可支配收入达到14197元。"
    assert with_metric("一年赚多少钱", business) == "一年利润多少钱"
    assert with_metric("一年能挣多少", people) == "一年能收入多少"
    assert with_metric("一年赚多少钱", business + people) == "一年利润多少钱"  # 赚 leans to profit
    assert with_metric("一年能挣多少", business + people) == "一年能收入多少"  # 挣 to income
    assert with_metric("一年赚多少钱", "全省接待游客8亿人次。") == "一年赚多少钱"  # neither is said


def test_one_of_them_asked_is_the_figure_per_head_the_sources_give() -> None:
    corpus = "法官人均办案数由2012年的86件增加到2021年的268件。"
    assert with_metric("一个法官一年要办多少案子", corpus) == "法官人均一年要办多少案子"
    assert with_metric("平均每位法官办多少案子", corpus) == "法官人均办多少案子"
    assert with_metric("我是一个法官要问受理了多少案件", corpus) == "我是一个法官要问受理了多少案件"  # the asker
    assert with_metric("一个职工一年能拿多少", corpus) == "一个职工一年能拿多少"  # no 职工人均 in the sources


def test_money_moved_by_a_verb_is_the_sources_noun_for_it() -> None:
    corpus = "全省共查处环境违法案件1.6万件，罚没款金额10.2亿元。"
    assert with_metric("被罚了多少钱", corpus) == "被罚没款金额多少钱"
    assert with_metric("捐了多少钱", corpus) == "捐了多少钱"  # no 捐款 in the sources
    assert with_metric("罚了多少件", corpus) == "罚了多少件"  # no money asked
