"""Rules on drafted knowledge: a measure the sources say of another figure (办件量) is no
question about this one; 数量 asks how many of a thing; the words after a list's last figure are
all its items' (…到本市); a typo of the sentence's own modifier (结队 of 结对) names no other kind;
everyday words for 投入, 污水处理厂 and 企业开办."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

SERVICES = """全市政务服务
9月15日

“一网通办”用户突破500万。全市上线政务服务事项1.2万项，累计办件量达到8600万件。

市场主体。全市市场主体达到52万户，其中企业11万户。企业开办时间压缩至1个工作日以内。

人才交流更加频繁。上海、广东累计选派挂职干部260名、专业技术人才1800名到本市。两地结对学校150对、医院64对。

治污。全市累计投入治污资金86亿元，建成污水处理厂23座。
"""


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("services"), SERVICES, "services")


def test_a_measure_said_of_another_figure(services: Engine) -> None:
    assert figure(services, "“一网通办”用户突破多少?") == "500万"
    assert "办件量" in ruled_out(services, "一网通办累计办件量是多少?", "500万")
    assert figure(services, "一网通办累计办件量是多少?") != "500万"


def test_number_of_a_thing(services: Engine) -> None:
    assert figure(services, "全市企业数量有多少户?") == "11万户"


def test_words_after_a_list_are_all_its_items(services: Engine) -> None:
    assert figure(services, "上海、广东累计选派挂职干部多少名到本市?") == "260名"
    assert figure(services, "上海、广东选派到本市的专业技术人才有多少名?") == "1800名"


def test_a_typo_of_the_sentence_modifier(services: Engine) -> None:
    assert figure(services, "两地结对医院有多少对?") == "64对"
    assert figure(services, "结队医院有多少对?") == "64对"


def test_everyday_words(services: Engine) -> None:
    assert figure(services, "全市治污一共砸了多少钱?") == "86亿元"
    assert figure(services, "全市有多少座污水厂?") == "23座"
    assert figure(services, "开个公司现在要几天?") == "1个工作日"
