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
