"""Rules on drafted knowledge: imports and exports asked together are no figure of one way, a
yearly rate answers the whole span though its sentence opens with one year, 种次 counts
instances of kinds, 个 opening 个体户 is no measure word, tax asked of a sentence without it,
state-owned enterprises asked of private ones, the whole a share is of (占网民总数的) is no
writing of the thing it counts, and a part said by its deed right after 其中 and its figure."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.modifiers import clash
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure, ruled_out

CUSTOMS = """全省海关工作
10月14日

外贸规模稳步扩大。2021年，全省货物贸易进出口总额达到2980亿元，是2012年的2.3倍，年均增长9.8%；其中出口1410亿元，进口1570亿元。

守牢国门安全。十年来，海关共查办走私犯罪案件1900余起；截获检疫性有害生物1.1万种次。
"""


@pytest.fixture(scope="module")
def customs(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("customs"), CUSTOMS, "customs")


def test_imports_and_exports_asked_together_are_no_figure_of_one_way(customs: Engine) -> None:
    assert "one way" in ruled_out(customs, "2021年全省进出口额是多少?", "1410亿元")
    assert "one way" in ruled_out(customs, "2021年全省进出口额是多少?", "1570亿元")
    assert figure(customs, "2021年全省服务贸易进出口额是多少?") is None
    assert figure(customs, "2021年全省货物贸易进出口总额是多少?") == "2980亿元"
    assert figure(customs, "2021年全省出口了多少钱的货?") == "1410亿元"


def test_a_yearly_rate_answers_the_whole_span(customs: Engine) -> None:
    # (The sentence opens with 2021年; 年均增长 is of every year since 2012.)
    assert figure(customs, "进出口总额这十年年均增速是多少?") == "9.8%"


def test_instances_of_kinds_are_a_measure_word(customs: Engine) -> None:
    assert [(f.text, f.unit) for f in find_figures("截获检疫性有害生物1.1万种次。")] == [("1.1万种次", "种次")]
    assert figure(customs, "截获检疫性有害生物多少种次?") == "1.1万种次"


PRIVATE = """全省统战工作
10月15日

民营经济。全省民营企业由2012年的11万户增加到2021年的55万户，个体工商户达到260万户。十年来，全省5300余家民营企业结对帮扶8100个贫困村，投入帮扶资金90亿元。

多党合作。十年来，各民主党派共提交调研报告和建议1500件，其中300件获得省领导批示。
"""


@pytest.fixture(scope="module")
def private(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("private"), PRIVATE, "private")


def test_a_measure_word_that_opens_a_word_is_no_measure_word(private: Engine) -> None:
    # 多少个体户: 个 opens 个体户 (a variant of 个体工商户), which normalising must still see.
    assert private.matcher.normalizer.normalize("有多少个体户") == "有多少个体工商户"
    assert figure(private, "云南现在有多少个体户?") == "260万户"


def test_tax_asked_of_a_sentence_that_never_speaks_of_it(private: Engine) -> None:
    assert "tax" in ruled_out(private, "民营企业缴税多少?", "90亿元")
    assert figure(private, "民营企业缴税多少?") is None


def test_state_owned_asked_of_private_enterprises(private: Engine) -> None:
    assert "国有" in ruled_out(private, "国有企业帮扶了多少个贫困村?", "8100个")
    assert figure(private, "国有企业帮扶了多少个贫困村?") is None
    assert figure(private, "民营企业帮扶了多少个贫困村?") == "8100个"


def test_the_whole_a_share_is_of_is_no_writing_of_what_the_figure_counts() -> None:
    # 网民总数 after 占 is the whole; the figure is of 手机网民, another kind than 电脑网民.
    assert clash("全省手机网民占网民总数的99.6", (("电脑", "网民"),), "全省电脑网民占网民总数的多少")
    assert not clash("全省手机网民占网民总数的99.6", (("手机", "网民"),), "全省手机网民占网民总数的多少")


def test_a_part_said_by_its_deed_right_after_its_figure(private: Engine) -> None:
    # 其中300件获得省领导批示: those that got it; the whole's words are no other figure's thing.
    assert figure(private, "民主党派提交的调研报告和建议有多少件获得省领导批示?") == "300件"
    assert figure(private, "各民主党派共提交调研报告和建议多少件?") == "1500件"
